"""Whether a sentence tells a vote, and by which body: "the Bundestag extended the mandate",
"le Conseil de sécurité a adopté", "Quốc hội đã thông qua".

A vote is one of the occurrences news repeats (the same vote told by a wire, a national paper and a
list), and two votes of one body on one day are the near-miss linking must keep apart. A sentence
tells a vote when it names a voting body (the UN Security Council; a parliament by its own name,
``store/languages/common/votes.py``, or by its members: "lawmakers", "députés", "Abgeordnete") and a
word of voting or deciding ("voted", "adopté", "aprobó", "verlängert", "thông qua"): the words of each
language are in ``store/languages/<code>/cues.py`` (``VOTE_BODIES``, ``VOTE_VERBS``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.languages import languages, table

__all__ = ["PARLIAMENT", "body_start", "named_body", "vote_body"]

PARLIAMENT = "parliament"  # a parliament named by its members: its country comes from the sentence
UNSC = "UNSC"


@cache
def _legislatures() -> tuple[re.Pattern[str], dict[str, str]]:
    names: dict[str, str] = table("common", "votes", "LEGISLATURES", {})  # type: ignore[assignment]
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)"), {n.casefold(): c for n, c in names.items()}


@cache
def _cues(lang: str) -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str]] | None:
    bodies = table(lang, "votes", "VOTE_BODIES")
    verbs = table(lang, "votes", "VOTE_VERBS")
    if not bodies or not verbs:
        return None
    return (
        tuple((re.compile(p, re.IGNORECASE), key) for p, key in bodies.items()),  # type: ignore[union-attr]
        re.compile(str(verbs), re.IGNORECASE),
    )


@cache
def _body_words() -> tuple[str, ...]:
    """Lower-case words one of which every body's name holds: most sentences hold none, and are let go
    after a few substring tests rather than a regular expression per language."""
    words = {w for code in languages() for w in table(code, "votes", "VOTE_BODY_WORDS", ())}  # type: ignore[union-attr]
    names: dict[str, str] = table("common", "votes", "LEGISLATURES", {})  # type: ignore[assignment]
    words.update(n.casefold() for n in names)
    return tuple(sorted(words))


@lru_cache(maxsize=1 << 16)  # a record is filed, then looked up, with one sentence
def vote_body(text: str, language: str) -> str | None:
    """``"UNSC"``, ``"parliament:DE"`` (a parliament named by its name) or ``"parliament"`` (by its
    members: its country is the sentence's) when ``text`` tells a vote; None otherwise."""
    low = text.casefold()
    if not any(w in low for w in _body_words()):
        return None
    return _vote_body(text, language)


@lru_cache(maxsize=1 << 12)
def _vote_body(text: str, language: str) -> str | None:
    lang = (language or "").split("-")[0].lower()
    langs = [lang] if lang in languages() else list(languages())
    pattern, countries = _legislatures()
    named = pattern.search(text)
    for code in langs:
        cues = _cues(code)
        if cues is None:
            continue
        bodies, verbs = cues
        if not verbs.search(text):
            continue
        if named:
            return f"{PARLIAMENT}:{countries[named.group().casefold()]}"
        for body, key in bodies:
            if body.search(text):
                return key
    return None


@lru_cache(maxsize=1 << 12)
def named_body(text: str, language: str) -> str | None:
    """The voting body ``text`` names, voting or not (``vote_body``'s answer without its verb): the body
    whose decision a sentence typed by that decision tells ("the Security Council put an end to the
    mission in June")."""
    low = text.casefold()
    if not any(w in low for w in _body_words()):
        return None
    pattern, countries = _legislatures()
    named = pattern.search(text)
    if named:
        return f"{PARLIAMENT}:{countries[named.group().casefold()]}"
    lang = (language or "").split("-")[0].lower()
    for code in [lang] if lang in languages() else list(languages()):
        cues = _cues(code)
        for body, key in cues[0] if cues else ():
            if body.search(text):
                return key
    return None


def body_start(text: str, language: str) -> int:
    """Where the first voting body ``text`` names its members by ("lawmakers", "députés") starts: the
    country nearest to it is theirs ("les députés espagnols ... l'armée malienne" are Spain's)."""
    lang = (language or "").split("-")[0].lower()
    for code in [lang] if lang in languages() else list(languages()):
        cues = _cues(code)
        for body, key in cues[0] if cues else ():
            m = body.search(text)
            if m and key == PARLIAMENT:
                return m.start()
    return 0
