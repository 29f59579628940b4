"""Who acts in an event: the subject of the clause that holds the event's verb.

"Mali asks the UN mission to leave" is Mali's request, whatever other
countries the sentence names; "Paris pulled its forces out" is France. The
event's verb ("withdrew", "a quitté", "rời khỏi": ``type_cue.event_cue``)
picks the clause; in it, the nearest country or force named before the verb
is the subject in these subject-verb-object languages. A name that follows a
place preposition ("from Mali", "tại Mali", "au Mali") is only mentioned in
passing and never acts. With no named subject ("the government requested"),
an unnamed authority is the host country; then an agent after the verb ("by
France", "of French troops"); then the first country or force of the clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.about.countries import HOST, country_name, find_countries
from store.about.type_cue import event_cue

UN_NAME = "UN"
MISSION_NAME = "UN (MINUSMA)"

_UN = re.compile(
    r"\bMINUSMA\b|\bU\.?N\.?(?=\W)|\bUnited\s+Nations\b|\bLHQ\b|Liên\s+[Hh]ợp\s+[Qq]uốc|\bONU\b"
    r"|\bNations\s+[Uu]nies\b|\bpeacekeepers\b|\bcasques\s+bleus\b"
)
# Hard clause breaks, and the words that open a new clause (relative, subordinate, contrast).
_BREAK = re.compile(
    r"[;:!?]|\.\s|\s[–—]\s|,\s*(?=(?:which|who|whom|whose|while|as|after|before|because|since|when|where|but|"
    r"although|qui|que|dont|où|tandis|alors|après|avant|car|mais|lorsque|quand|mà|khi|sau\s+khi|trong\s+khi|"
    r"vì|nhưng|để)\b)|\s(?=(?:while|whereas|because|after|as\s+relations|lorsque|tandis\s+que|khi|sau\s+khi|"
    r"trong\s+khi)\b)",
    re.IGNORECASE,
)
# A place preposition right before a name: the name is where, not who.
_PASSING = re.compile(
    r"(?:\b(?:in|into|from|to|at|across|inside|within|throughout|out\s+of|towards?|with|against|between|and\s+"
    r"between|en|au|aux|à|dans|depuis|vers|hors\s+du|contre|avec|tại|ở|khỏi|từ|đến|tới|sang|trong|với)"
    r"(?:\s+(?:the|le|la|les|l'|nước|quốc\s+gia))?\s+)$",
    re.IGNORECASE,
)
_GENITIVE = re.compile(r"(?:\b(?:of|của|de|du|des)(?:\s+(?:the|la|le|les|l'))?\s+)$", re.IGNORECASE)
_COORDINATION = re.compile(r"\s*(?:,|,?\s*(?:and|et|và|&))\s*", re.IGNORECASE)
# After the verb, an agent ("by France", "of French troops", "par la France", "của Pháp").
_AGENT = re.compile(r"(?:\b(?:by|of|par|de|des|du|của)(?:\s+(?:the|la|le|les|l'))?\s+)$", re.IGNORECASE)
# An authority with no nationality: in this corpus, the host's ("the government", "les autorités").
_AUTHORITY = re.compile(
    r"\b(?:government|authorities|junta|transitional\s+authorities|military\s+rulers|gouvernement|autorités|"
    r"junte|chính\s+phủ|chính\s+quyền|giới\s+chức)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Named:
    """A country or force named in a sentence, as a title would call it."""

    name: str
    start: int
    end: int


def _named(sentence: str, language: str, countries: Sequence[str]) -> list[Named]:
    """Countries of the event and UN forces named in ``sentence``, in order."""
    allowed = set(countries)
    found: list[Named] = []
    for m in find_countries(sentence, language):
        if m.via == "mission":  # "MINUSMA", "Phái bộ ... ở Mali": the UN force, not Mali
            if _UN.search(m.text) or re.search(r"phái\s+bộ|mission\s+(?:of\s+the\s+)?un", m.text, re.I):
                found.append(Named(MISSION_NAME, m.start, m.end))
            continue  # "chiến dịch Barkhane ở Mali": a national operation, named by its country elsewhere
        if m.code in allowed:
            found.append(Named(country_name(m.code), m.start, m.end))
    for m in _UN.finditer(sentence):
        if not any(n.start <= m.start() < n.end for n in found):
            name = MISSION_NAME if "MINUSMA" in m.group() else UN_NAME
            found.append(Named(name, m.start(), m.end()))
    return sorted(found, key=lambda n: n.start)


def clause_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``sentence[start:end]``: from the break before it to the break after it."""
    lo = 0
    for m in _BREAK.finditer(sentence, 0, start):
        lo = m.end()
    after = _BREAK.search(sentence, end)
    return lo, after.start() if after else len(sentence)


def clause_places(sentence: str, language: str, event_type: str, places: Sequence[str]) -> list[str]:
    """The ``places`` named in the clause of the event's verb (all of them when it has no verb)."""
    cue = event_cue(sentence, language, event_type)
    if cue is None:
        return list(places)
    lo, hi = clause_around(sentence, *cue)
    clause = sentence[lo:hi]
    return [p for p in places if p in clause]


def _passing(sentence: str, named: Named) -> bool:
    return bool(_PASSING.search(sentence[max(0, named.start - 24) : named.start]))


def _modifier(sentence: str, named: Named) -> bool:
    """ "sứ mệnh của LHQ", "members of the UN": a name qualifying another noun, not the subject itself."""
    return bool(_GENITIVE.search(sentence[max(0, named.start - 12) : named.start]))


def clause_actor(
    sentence: str,
    language: str,
    countries: Sequence[str],
    event_type: str,
    cue: tuple[int, int] | None = None,
    *,
    subject_only: bool = False,
) -> str | None:
    """Who acts in the event ``sentence`` reports, or ``None`` when the clause names no one.

    ``cue`` is where the event's verb is, when the caller knows it better
    than the event type's cue words (the verb of an event of no known type);
    ``subject_only``: only a subject named before the verb will do.
    """
    cue = cue or event_cue(sentence, language, event_type)
    if cue is None:
        return None
    lo, hi = clause_around(sentence, *cue)
    named = [n for n in _named(sentence, language, countries) if lo <= n.start < hi]
    before = [n for n in named if n.end <= cue[0] and not _passing(sentence, n)]
    if before:
        heads = [n for n in before if not _modifier(sentence, n)] or before
        subject = heads[-1]
        # "France and Germany withdrew", "Mali, Burkina Faso and Niger": the first of a coordination leads.
        for earlier in reversed(before[: before.index(subject)]):
            if _COORDINATION.fullmatch(sentence[earlier.end : subject.start]):
                subject = earlier
            else:
                break
        return subject.name
    if subject_only:
        return None
    if HOST in countries and _AUTHORITY.search(sentence, lo, cue[0]):
        return country_name(HOST)
    after = [n for n in named if n.start >= cue[1]]
    for n in after:
        if _AGENT.search(sentence[max(0, n.start - 12) : n.start]):
            return n.name
    inside = [n for n in named if not _passing(sentence, n)]
    return inside[0].name if inside else None
