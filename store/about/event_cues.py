"""The event cues of every language (store/languages/<code>/cues.py), compiled, and how they are read.

Shared by the rules that type an event (``about.event_types``,
``about.withdrawals``) and the one that finds the word that types it
(``about.type_cue``): a cue is read the same way everywhere, in its clause,
with what someone only demands set apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from store.languages import languages, table
from store.text.regex_gate import gated


@dataclass(frozen=True, slots=True)
class Cues:
    """Regex fragments for one language."""

    attack: str
    withdraw: str
    withdrew: str  # a withdrawal told in the past tense: done
    ongoing: str  # "are now departing": under way, unless someone only announced it
    deadline: str  # "withdrawal by mid-November": a plan with a date
    complete: str
    start: str
    future: str
    announce: str
    demand: str
    handover: str
    mission: str
    ended: str
    casualty: str
    deploy: str
    coup: str
    relative: str
    sign: str
    agreement_made: str
    statement: str
    # Optional cues (a language without them never matches them):
    vote: str  # "voted to end the mission", "résolution mettant fin au mandat": the act that ends it
    cross: str  # "crossed the border": a departure only when "the last troops" cross it
    away: str  # "returned home", "left Gao", "sont rentrés en France": a departure only when troops do it
    troops: str  # the nouns that make a homecoming or a departure a withdrawal ("soldiers", "contingent")
    exit: str  # a movement out of a place: "flew out of Niamey", "se sont envolés de Gao": with troops
    travel: str  # a bare movement ("landed", "took off"): a departure only when "the last troops" make it
    pact: str  # an agreement that keeps troops ("defence pact", "accord de défense"): its end sends them home
    revoke: str  # verbs that end an agreement ("tore up", "a dénoncé"): read only beside a pact
    envoy: str  # diplomats ("ambassador", "đại sứ"): one made to leave is expelled, not withdrawn
    modifier: str  # the text before a cue when it opens a phrase that qualifies a noun ("issu du coup")
    flag: str  # a force's flag lowered where it leaves ("lowered its flag at the camp", "hạ cờ"): a handover
    pointing: str  # a demonstrative right before a cue ("ce déploiement"): the thing told before, no new act
    ultimatum: str  # time given to someone else to leave ("gave French troops a month to leave"): a demand


_OPTIONAL = frozenset(
    {
        "vote",
        "cross",
        "away",
        "troops",
        "exit",
        "travel",
        "pact",
        "revoke",
        "envoy",
        "modifier",
        "flag",
        "pointing",
        "ultimatum",
    }
)


@cache
def cue_languages() -> tuple[str, ...]:
    """Languages with event cues in store/languages/<code>/cues.py; others try each of them."""
    return tuple(lang for lang in languages() if table(lang, "cues", "EVENT_CUES"))


def languages_for(language: str) -> tuple[str, ...]:
    """The cue languages to read a text of ``language`` with: its own, or every one when it has none."""
    lang = (language or "").split("-")[0].lower()
    return (lang,) if lang in cue_languages() else cue_languages()


@cache
def cue_words(name: str) -> str:
    """The alternation of a word list over every language (``PERFECT_AUX``, ``AGREEMENT_NOUNS``, ...)."""
    words = [w for lang in languages() for w in table(lang, "cues", name, ())]  # type: ignore[union-attr]
    return "|".join(sorted(words, key=len, reverse=True)) or "(?!)"


@dataclass(frozen=True, slots=True)
class Compiled:
    """One language's cues, each a compiled pattern (one that never matches for an optional cue it lacks)."""

    cues: dict[str, re.Pattern[str]]


@cache  # one per language
def compiled(lang: str) -> Compiled:
    cues: dict[str, str] = table(lang, "cues", "EVENT_CUES")  # type: ignore[assignment]
    return Compiled(
        {
            # behind their gates: most cues cannot match most sentences (store.text.regex_gate)
            name: gated(
                re.compile(cues[name] if name not in _OPTIONAL else cues.get(name, r"(?!)"), re.IGNORECASE)
            )
            for name in Cues.__slots__
        }
    )


def near(pattern: re.Pattern[str], text: str, start: int, end: int, before: int, after: int) -> bool:
    """Whether ``pattern`` occurs within ``before`` characters before ``start`` or ``after`` after ``end``."""
    return bool(pattern.search(text[max(0, start - before) : end + after]))


def clause_before(text: str, start: int, width: int) -> str:
    """Text before ``start`` back to the previous clause break, at most ``width`` characters."""
    chunk = text[max(0, start - width) : start]
    return _clause_split().split(chunk)[-1]


@lru_cache(maxsize=1)
def _clause_split() -> re.Pattern[str]:
    # A full stop after one capital letter closes an initial or an abbreviation ("the U.N. Security
    # Council", "George W. Bush"), not a clause.
    return re.compile(rf"(?<!\b[A-Z])\.\s|[;:!?]\s|,\s(?=(?:{cue_words('CONTRAST_WORDS')})\b)")


# An auxiliary that makes a completion past, whatever deadline follows it.
@lru_cache(maxsize=1)
def perfect() -> re.Pattern[str]:
    return re.compile(rf"(?:(?<!\w)(?:{cue_words('PERFECT_AUX')})\s+(?:\w+\s+)?)$", re.IGNORECASE)
