"""Splitting a span of text into sentence spans; abbreviations per language in store/languages/*/text.py.

Each event cites one sentence, so a wrong cut either hides the date ("Dec." cut
from "11, 2023") or glues two reports together.  Pure regex and a few word
lists: ingest splits thousands of sentences per second.
"""

from __future__ import annotations

import re

from store.dates.lexicon import month_names
from store.languages import languages, table


def _words_of(name: str) -> frozenset[str]:
    """The union of a word list over every language of ``store/languages`` (``text.py``)."""
    return frozenset(w for lang in languages() for w in str(table(lang, "text", name, "")).split())


_ABBREVIATIONS = _words_of("ABBREVIATIONS")
_ALWAYS_JOIN = _words_of("ALWAYS_JOIN")
_STARTERS = _words_of("STARTERS")
_TERMINAL = r"(?:\.{2,}|…|[.!?。！？]+|[\u00a0\u202f ]?[!?]+)"
_CLOSERS = r"(?:[\u00a0\u202f ]?[\"'”’»)\]])*"
_CANDIDATE = re.compile(rf"{_TERMINAL}{_CLOSERS}(?=\s|$)")
_HARD = re.compile(r"[。！？]")
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u202f\r\f\v]*\n\s*")
_TOKEN_BEFORE = re.compile(r"[\w.\-’']*\w$")
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.-?){1,}[A-Za-z]$")
_QUOTED = re.compile(r"“[^“”\n]{1,600}”|«[^«»\n]{1,600}»|\"[^\"\n]{1,600}\"")
_NEXT_WORD = re.compile(r"\s*[\"'“‘«(\[]*\s*(\w[\w’'-]*)")

MAX_SENTENCE_CHARS = 1500
"""Longest span kept as one sentence. News sentences run to a few hundred characters; a text with no
sentence breaks at all (a scraped blob, a hostile file) is cut into clause-sized pieces so that every
later step, which looks at a sentence as a whole, costs time in proportion to the document's size."""


def split_sentences(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets, whitespace trimmed, never empty) inside ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    para_start = start
    for blank in _BLANK_LINE.finditer(text, start, end):
        _split_paragraph(text, para_start, blank.start(), spans, language)
        para_start = blank.end()
    _split_paragraph(text, para_start, end, spans, language)
    return spans


def _split_paragraph(text: str, start: int, end: int, spans: list[tuple[int, int]], language: str) -> None:
    cut = start
    quotes = _quotations(text, start, end)  # in text order, never overlapping
    q = 0  # the last quotation opened before the current candidate: the only one that can enclose it
    for match in _CANDIDATE.finditer(text, start, end):
        stop = match.end()
        while q + 1 < len(quotes) and quotes[q + 1][0] < match.start():
            q += 1
        if quotes and quotes[q][0] < match.start() and stop <= quotes[q][1]:
            continue  # inside a quotation that closes later: "We will leave. It is over," he said.
        if _is_boundary(text, match, end) and not _ordinal_date(text, match, language):
            _emit(text, cut, stop, spans)
            cut = stop
    _emit(text, cut, end, spans)


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close) offsets of short quotations that close within the paragraph.

    An unclosed quote (common in scraped text) yields nothing, so it cannot glue
    the rest of the paragraph into one sentence.
    """
    found: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text, start, end):
        found.append((m.start(), m.end() - 1))
    return found


def _ordinal_date(text: str, match: re.Match[str], language: str) -> bool:
    """ "am 15. Dezember": a day number's period before a month name is an ordinal, not a stop."""
    if match.group() != "." or not re.search(
        r"(?<![\d.])\d{1,2}$", text[max(0, match.start() - 3) : match.start()]
    ):
        return False
    nxt = _NEXT_WORD.match(text, match.end())
    return bool(nxt and nxt.group(1).lower().rstrip(".") in month_names(language))


def _emit(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:  # a run-on "sentence": cut it into clause-sized pieces
        cut = _run_on_cut(text, start, start + MAX_SENTENCE_CHARS)
        _emit(text, start, cut, spans)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append((start, end))


def _run_on_cut(text: str, start: int, limit: int) -> int:
    """Where to cut an overlong span: after its last clause break, else its last space, before ``limit``."""
    floor = start + MAX_SENTENCE_CHARS // 2
    for mark in ("; ", ": ", ", ", " "):
        at = text.rfind(mark, floor, limit)
        if at != -1:
            return at + len(mark.rstrip()) if mark != " " else at
    return limit


def _is_boundary(text: str, match: re.Match[str], limit: int) -> bool:
    punct = match.group()
    rest_start = match.end()
    gap_end = rest_start
    while gap_end < limit and text[gap_end].isspace():
        gap_end += 1
    if gap_end >= limit:
        return True  # end of the span
    line_end = "\n" in text[rest_start:gap_end]
    if _HARD.search(punct) or "!" in punct or "?" in punct:
        return line_end or _starts_sentence(text, gap_end)
    token_match = _TOKEN_BEFORE.search(text, max(0, match.start() - 40), match.start())
    token = token_match.group() if token_match else ""
    if punct.startswith(".") and not punct.startswith("..") and token:
        verdict = _after_abbreviation(token, text, gap_end, line_end)
        if verdict is not None:
            return verdict
    return line_end or _starts_sentence(text, gap_end)


def _after_abbreviation(token: str, text: str, next_start: int, line_end: bool) -> bool | None:
    """Decide a period after an abbreviation or initial; None when ``token`` is an ordinary word."""
    word = token.rsplit(".", 1)[-1] if not _ACRONYM.match(token) else token
    lower = word.lower()
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: "J. Smith", "M. Macron"
    if _ACRONYM.match(token):  # "U.N.", "U.S.", "a.m.", "J.-C."
        return line_end or _next_is_starter(text, next_start)
    if lower in _ALWAYS_JOIN:
        return False
    if lower in _ABBREVIATIONS:
        if line_end:
            return True
        nxt = text[next_start : next_start + 1]
        if nxt.isdigit():
            return False  # "Dec. 11", "No. 2", "p. 12"
        return _next_is_starter(text, next_start)
    return None


def _next_is_starter(text: str, at: int) -> bool:
    """True when the next word is a capitalised sentence opener ("The", "Il", "Mais")."""
    m = _NEXT_WORD.match(text, at)
    return bool(m and m.group(1)[0].isupper() and m.group(1).lower() in _STARTERS)


def _starts_sentence(text: str, at: int) -> bool:
    ch = text[at]
    if ch.isupper() or ch.isdigit():
        return True
    if ch in "\"'“‘«([¿¡—–-•":
        nxt = _NEXT_WORD.match(text, at)
        return bool(nxt and (nxt.group(1)[0].isupper() or nxt.group(1)[0].isdigit()))
    return not ch.isalpha() and not ch.islower() and ch not in ",;:)]"
