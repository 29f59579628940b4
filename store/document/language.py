"""Which language a document is written in, judged on its prose, not its menus.

Scraped pages wrap a French or Vietnamese article in English navigation, cookie
banners and tickers; classifying the whole page would let that junk win.  We
classify the longest sentence-like lines instead, which are the article body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.languages import languages, table

MIN_LETTERS = 20  # fewer letters than this is not enough evidence: "und"
_SAMPLE_CHARS = 4000  # plenty for a confident guess; keeps detection fast on huge files
_WORD = re.compile(r"[^\W\d_]+")
_TERMINAL = re.compile(r"[.!?…:;。！？][\"'”’»)\]]*\s*$")


@lru_cache(maxsize=1)
def _identifier():  # py3langid is untyped
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def prose_sample(text: str, limit: int = _SAMPLE_CHARS) -> str:
    """The longest sentence-like lines of ``text`` (the body), up to ``limit`` characters."""
    lines = [line.strip() for line in text.splitlines()]
    scored = []
    for index, line in enumerate(lines):
        words = len(_WORD.findall(line))
        if words < 4:
            continue
        prose = bool(_TERMINAL.search(line)) or words >= 25
        scored.append((not prose, -len(line), index, line))
    scored.sort()
    chosen: list[tuple[int, str]] = []
    total = 0
    for _, _, index, line in scored:
        if total >= limit:
            break
        chosen.append((index, line))
        total += len(line)
    return "\n".join(line for _, line in sorted(chosen))


# Function words that settle a language without loading a model (0.6 s): store/languages/*/text.py.
def _detection_words() -> dict[str, str]:
    return {lang: str(table(lang, "text", "DETECTION_WORDS", "")) for lang in languages()}


@lru_cache(maxsize=1)
def _vocabularies() -> dict[str, frozenset[str]]:
    return {lang: frozenset(line.split()) for lang, line in _detection_words().items() if line}


_VI = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
# A word (as ``_WORD`` cuts them) with a Vietnamese letter: each such word is one match, from its first
# letter (no match can start inside a word whose start has none), so the matches count the words.
_VI_WORD = re.compile(rf"[^\W\d_]*[{_VI}][^\W\d_]*", re.IGNORECASE)


def _by_function_words(sample: str, found: list[str]) -> str | None:
    """A confident answer from common words (``found``: the words of ``sample``), or None to ask the
    model."""
    words = [w.lower() for w in found]
    if len(words) < 30:
        return None
    vi_words = sum(1 for _ in _VI_WORD.finditer(sample))
    if vi_words > 0.25 * len(words):
        return "vi"
    if vi_words > 3:
        return None  # Vietnamese prose among other text: let the model weigh it
    vocabularies = _vocabularies()
    scores = {lang: sum(w in vocab for w in words) / len(words) for lang, vocab in vocabularies.items()}
    best, second = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:2]
    if best[1] >= 0.15 and best[1] >= 3 * second[1]:
        return best[0]
    return None


def detect_language(text: str) -> str:
    """ISO 639-1 code of the document's prose, or "und" when there is too little text to tell."""
    sample = prose_sample(text)
    found = _WORD.findall(sample)
    if sum(map(len, found)) < MIN_LETTERS:
        sample = text[:_SAMPLE_CHARS]
        found = _WORD.findall(sample)
        if sum(map(len, found)) < MIN_LETTERS:
            return "und"
    quick = _by_function_words(sample, found)
    if quick is not None:
        return quick
    lang, _confidence = _identifier().classify(sample)
    return str(lang) if lang else "und"
