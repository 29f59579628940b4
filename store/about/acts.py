"""Acts beyond a force's presence that news of a withdrawal tells beside it: people arrested, people
released (a pardon), a diplomat expelled, media banned, an activity suspended, organisations banned,
diplomatic ties cut, a peace accord ended; and a demand made to someone else ("asked the Security Council
to withdraw the mission"), which is neither the act demanded nor the speaker's own announcement.

The cues are in store/languages/<code>/acts.py (``ACT_CUES``); the demand cue is the one every
withdrawal rule reads (store/languages/<code>/cues.py ``demand``). An act someone only demands ("demanded
their release", "a exigé la suspension", "die Freilassung gefordert") is not told as done.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.about.event_cues import clause_before, compiled, languages_for
from store.languages import table
from store.text.regex_gate import gated

__all__ = [
    "ACT_TYPES",
    "act_cue",
    "act_kinds",
    "act_type",
    "casualty_told",
    "demand_at",
    "demanded",
    "demands_act",
    "holds_leader",
    "names_peace_accord",
    "thing_pointed_back",
]

ACT_TYPES: tuple[str, ...] = (
    "release",
    "arrest",
    "expulsion",
    "media_ban",
    "activity_ban",
    "suspension",
    "ties_cut",
    "accord_ended",
)
"""The types of this module, most specific first when two start at one word: a pardon of soldiers
arrested in July is a release; a ban on broadcasters is a suspension of a medium."""

_CUE_OF = {
    "release": "release",
    "arrest": "arrest",
    "expulsion": "expel",
    "suspension": "halt",
    "ties_cut": "ties",
    "activity_ban": "outlaw",
    "accord_ended": "accord_end",
}
_NAMES = ("arrest", "release", "expel", "media", "ban", "halt", "leader", "ties", "outlaw", "accord_end")
_CLAUSE_END = re.compile(r"[;:.!?](?:\s|$)|,\s")
_MEDIA_GAP = r"\s+(?:[^\s,;.:]+\s+){0,8}?"  # the object of a ban, in its phrase: no comma between
# International broadcasters a ban names without a common noun ("suspended France 24 indefinitely", "la
# suspension des programmes de la BBC"), in any language; only as the ban's object (after its verb): a
# name before it is often a source ("RFI reported that the junta suspended rotations"). News agencies are
# left out: they sign datelines.
BROADCASTERS = (
    r"\b(?:RFI|Radio\s+France\s+Internationale|France\s*24|BBC|VOA|Voice\s+of\s+America|TV5\s*Monde|"
    r"Al\s+Jazeera|Deutsche\s+Welle|Jeune\s+Afrique|LCI)\b"
)
# An order is the act itself when the speaker carries it out: an expulsion, a suspension, a ban ordered
ORDERED_ACTS = frozenset({"expulsion", "suspension", "media_ban"})


@cache  # one per language
def _cues(lang: str) -> dict[str, re.Pattern[str]]:
    found: dict[str, str] = table(lang, "acts", "ACT_CUES", {}) or {}  # type: ignore[assignment]
    cues = {name: gated(re.compile(found.get(name, r"(?!)"), re.IGNORECASE)) for name in _NAMES}
    # "suspended the French broadcasters", "la suspension de la diffusion", "RFI wurde verboten"; or words
    # that name the medium themselves ("took France 24 off the air")
    forms = [found["media_ban"]] if "media_ban" in found else []
    if "media" in found and "ban" in found:
        ban, media = found["ban"], found["media"]
        forms += [rf"(?:{ban}){_MEDIA_GAP}(?:{media})", rf"(?:{media}){_MEDIA_GAP}(?:{ban})"]
        forms.append(rf"(?:{ban}){_MEDIA_GAP}{BROADCASTERS}")
        passive = table(lang, "acts", "PASSIVE", None)
        if passive:  # "France 24 a été suspendue", "RFI wurde am Montag verboten": the broadcaster bears it
            forms.append(rf"{BROADCASTERS}\s+(?:{passive})\s+(?:[^\s,;.:]+\s+){{0,5}}?(?:{ban})")
    cues["media_ban"] = gated(re.compile("|".join(forms) or r"(?!)", re.IGNORECASE))
    return cues


@cache
def _new_predicate(lang: str) -> re.Pattern[str]:
    """A conjunction opening a second verb of the subject, not a second thing demanded ("took note of
    the request and will withdraw" / "demanded the departure and the end of ..."): ``NEW_PREDICATE``."""
    found = table(lang, "acts", "NEW_PREDICATE", None)
    return re.compile(str(found) if found else r"(?!)", re.IGNORECASE)


def _demand_last(lang: str) -> bool:
    return bool(table(lang, "acts", "DEMAND_LAST", False))


def demanded(text: str, lang: str, start: int, end: int) -> bool:
    """Whether the act at ``start``-``end`` is only demanded: a demand in its clause before it ("called
    for the release of"), or after it in a language whose verb closes the clause ("die Freilassung der
    Soldaten gefordert")."""
    return _demand_word(text, lang, start, end) is not None


def _demand_word(text: str, lang: str, start: int, end: int) -> int | None:
    """Where the word demanding the act at ``start``-``end`` begins (``demanded``), or None."""
    demand = compiled(lang).cues["demand"]
    before = clause_before(text, start, 60)
    found = demand.search(before)
    at = start - len(before) + (found.start() if found else 0)
    if found and not _new_predicate(lang).search(text, at + len(found.group()), start + 1):
        return at
    if found:
        return None  # "a pris acte de la demande de Ouagadougou et retirera ses forces": its own act
    if not _demand_last(lang):
        return None
    rest = text[end : end + 100]
    stop = _CLAUSE_END.search(rest)
    found = demand.search(rest[: stop.start()] if stop else rest)
    return end + found.start() if found else None


# The acts found in the last text asked about: typing one clause asks about a release first, then every
# kind, then the kind it is typed as again. One tuple, replaced whole, so that threads never mix two texts.
_last_acts: tuple[str | None, str, dict[str, tuple[int, int] | None]] = (None, "", {})


def act_cue(text: str, lang: str, kind: str) -> tuple[int, int] | None:
    """Where ``text`` first tells an act of ``kind`` as done or decided (not demanded), or None. An
    expulsion, a suspension or a ban ordered is done: it is the orderer's own act ("ont ordonné l'expulsion
    de", "a ordonné la suspension des programmes de la BBC")."""
    global _last_acts
    memo = _last_acts
    if memo[0] is not text or memo[1] != lang:  # identity: the text is held, so its id is not reused
        memo = _last_acts = (text, lang, {})
    if kind not in memo[2]:
        memo[2][kind] = _act_cue(text, lang, kind)
    return memo[2][kind]


def _act_cue(text: str, lang: str, kind: str) -> tuple[int, int] | None:
    pattern = _cues(lang)["media_ban" if kind == "media_ban" else _CUE_OF[kind]]
    for m in pattern.finditer(text):
        at = _demand_word(text, lang, m.start(), m.end())
        if at is None or (kind in ORDERED_ACTS and _order(lang).match(text, at)):
            return m.start(), m.end()
        if kind == "expulsion" and _deadline(lang).search(m.group()):
            return m.start(), m.end()
    return _peace_declared_dead(text, lang) if kind == "accord_ended" else None


@cache
def _order(lang: str) -> re.Pattern[str]:
    """A verb of ordering (``ORDER``): what it orders its speaker does."""
    return re.compile(str(table(lang, "acts", "ORDER", None) or r"(?!)"), re.IGNORECASE)


@cache
def _deadline(lang: str) -> re.Pattern[str]:
    """Someone told to leave a country within hours or a few days (``LEAVE_DEADLINE``): asked or told, a
    deadline to go is the expulsion itself ("aufgefordert, das Land binnen 72 Stunden zu verlassen", "told
    the envoy to leave within three days"), not a wish."""
    return re.compile(str(table(lang, "acts", "LEAVE_DEADLINE", None) or r"(?!)"), re.IGNORECASE)


@cache
def _pattern(lang: str, name: str) -> re.Pattern[str]:
    """One optional pattern of the language's acts module, or one that never matches."""
    return re.compile(str(table(lang, "acts", name, None) or r"(?!)"), re.IGNORECASE)


def _things_declared_dead(text: str, lang: str) -> list[tuple[int, int]]:
    """Where ``text`` declares a thing dead, void or over (``THING_DECLARED_DEAD``): "declared it dead",
    "für nichtig erklärt", "da por muerto el acuerdo"."""
    return [m.span() for m in _pattern(lang, "THING_DECLARED_DEAD").finditer(text)]


def casualty_told(text: str, lang: str, casualty: re.Pattern[str]) -> bool:
    """Whether ``text`` tells a death or a wound (``casualty``, the language's cue), a thing declared dead
    aside: "the junta declared it dead" of an accord kills nobody."""
    things = _things_declared_dead(text, lang)
    return any(not any(s <= m.start() and m.end() <= e for s, e in things) for m in casualty.finditer(text))


def names_peace_accord(text: str, lang: str) -> bool:
    """Whether ``text`` names a peace accord (``PEACE_ACCORD``): "the 2015 peace deal", "the agreement
    brokered between Bamako and the rebel coalition", "Friedensabkommen", "hiệp định hòa bình"."""
    return _pattern(lang, "PEACE_ACCORD").search(text) is not None


def thing_pointed_back(text: str, lang: str) -> bool:
    """Whether ``text`` declares dead a thing it names only by a pronoun ("declared it dead", "es für
    nichtig erklärt"): the thing is what the sentences before name (``THING_PRONOUN``)."""
    return _pattern(lang, "THING_PRONOUN").search(text) is not None


def _peace_declared_dead(text: str, lang: str) -> tuple[int, int] | None:
    """A thing declared dead in a sentence naming a peace accord: the accord ended ("declared the 2015
    peace agreement null and void", "hat das Friedensabkommen für nichtig erklärt")."""
    things = _things_declared_dead(text, lang)
    return things[0] if things and names_peace_accord(text, lang) else None


def _told(text: str, lang: str, kind: str) -> int | None:
    found = act_cue(text, lang, kind)
    return found[0] if found else None


@lru_cache(maxsize=1 << 14)
def act_kinds(text: str, language: str) -> frozenset[str]:
    """Every type of ``ACT_TYPES`` that ``text`` tells as done or decided, in any of its cue languages."""
    return frozenset(
        kind for lang in languages_for(language) for kind in ACT_TYPES if _told(text, lang, kind) is not None
    )


def holds_leader(text: str, lang: str) -> bool:
    """Whether the arrest ``text`` tells is soldiers holding a sitting head of state or government: a coup
    ("Soldiers of the presidential guard detained President Bazoum", "Soldaten ... hatten Präsident Bazoum
    festgesetzt"), not the police arresting a former president."""
    found = act_cue(text, lang, "arrest")
    if found is None:
        return False
    start, end = found
    before = text[max(0, start - 100) : end]  # "Des militaires ont arrêté": the soldiers may open the cue
    near = text[max(0, start - 100) : end + 60]
    return bool(compiled(lang).cues["troops"].search(before) and _cues(lang)["leader"].search(near))


def act_type(text: str, lang: str) -> str | None:
    """The act ``text`` tells, or None: a release whenever one is told (the arrest it ends is its
    background: "the soldiers arrested in July were pardoned on Friday"), else the one told first (the main
    verb of a news sentence comes before what it recalls: "suspended all troop rotations, days after 49
    soldiers were detained"), and of two at one place the most specific. A medium suspended is a media
    ban, not any suspension."""
    found = [
        (at, rank, kind) for rank, kind in enumerate(ACT_TYPES) if (at := _told(text, lang, kind)) is not None
    ]
    kinds = {k for _, _, k in found}
    if "release" in kinds:  # "the hostages held since May were freed", "pardoned soldiers arrested in July"
        return "release"
    if not found:
        return None
    kind = min(found)[2]
    return "media_ban" if kind == "suspension" and "media_ban" in kinds else kind


def demands_act(text: str, lang: str) -> bool:
    """Whether ``text`` tells a demand made to someone else that an act be done: a withdrawal, a departure,
    an end, a release, an expulsion ("asked the U.N. Security Council to withdraw the mission", "a demandé
    le retrait sans délai", "den sofortigen Abzug gefordert", "yêu cầu ... rút quân"). The act is not
    done, and the speaker announces nothing of its own."""
    return demand_at(text, lang) is not None


def demand_at(text: str, lang: str) -> int | None:
    """Where the first word demanding an act begins in ``text`` (``demands_act``), or None."""
    c = compiled(lang).cues
    acts = _cues(lang)
    patterns = [c["withdraw"], c["withdrew"], c["ended"], acts["release"], acts["expel"], acts["halt"]]
    found = [
        at
        for p in patterns
        for m in p.finditer(text)
        if (at := _demand_word(text, lang, m.start(), m.end())) is not None
    ]
    return min(found) if found else None
