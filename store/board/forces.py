"""Named operations and missions that news reports use in place of a country ("Barkhane left Gao").

Data, kept small: each entry names a force as news in English, French and
Vietnamese writes it, the country it belongs to (a national operation joins its
country's row on the board: "France (Barkhane, Serval)") or ``None`` for a
multinational force (Takuba, the UN and EU missions: a row of its own), and the
countries it was deployed in, which only break ties when a sentence names no
host. The board's rows come from the events, never from this list: a force
missing here still gets its row through its country.

Names are matched on folded text (case and accents optional) as whole words;
``acronyms`` are matched as written, since "UN" or "EUTM" in lower case is
another word ("un" is French for "a").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from store.text.fold import fold

__all__ = ["FORCES", "UN_FORCE", "Force", "forces_named", "un_named"]


@dataclass(frozen=True, slots=True)
class Force:
    """One named force; ``id`` is the board's key for a multinational one."""

    id: str
    name: str
    country: str | None  # ISO code of a national force; None: multinational
    hosts: tuple[str, ...]  # where it served (ISO codes)
    names: tuple[str, ...] = ()  # matched folded, as whole words
    acronyms: tuple[str, ...] = ()  # matched as written
    un: bool = False  # a UN mission: reports that say only "the UN" in its host join it


FORCES: tuple[Force, ...] = (
    Force("serval", "Serval", "FR", ("ML",), names=("serval",)),
    Force("barkhane", "Barkhane", "FR", ("ML", "NE", "TD", "BF"), names=("barkhane",)),
    Force(
        "sabre",
        "Sabre",
        "FR",
        ("BF",),
        names=("operation sabre", "force sabre", "task force sabre", "chien dich sabre"),
    ),
    Force("epervier", "Épervier", "FR", ("TD",), names=("operation epervier", "dispositif epervier")),
    Force("sangaris", "Sangaris", "FR", ("CF",), names=("sangaris",)),
    Force("takuba", "Takuba", None, ("ML", "NE"), names=("takuba",)),
    Force(
        "minusma",
        "MINUSMA",
        None,
        ("ML",),
        names=("minusma",),
        un=True,
    ),
    Force("minurcat", "MINURCAT", None, ("TD", "CF"), names=("minurcat",), un=True),
    Force("minusca", "MINUSCA", None, ("CF",), names=("minusca",), un=True),
    Force("afisma", "AFISMA", None, ("ML",), names=("afisma", "misma")),
    Force(
        "eutm",
        "EUTM Mali",
        None,
        ("ML",),
        names=("eu training mission", "mission de formation de l'union europeenne"),
        acronyms=("EUTM",),
    ),
    Force("eucap", "EUCAP Sahel", None, ("ML", "NE"), acronyms=("EUCAP",)),
    Force(
        "g5",
        "G5 Sahel Joint Force",
        None,
        ("ML", "NE", "TD", "BF", "MR"),
        names=("g5 sahel joint force", "force conjointe du g5 sahel", "joint force of the g5 sahel"),
        acronyms=("FC-G5S",),
    ),
    Force(
        "wagner",
        "Wagner / Africa Corps",
        "RU",
        ("ML", "CF", "LY", "BF", "NE"),
        names=("wagner", "africa corps"),
    ),
)

UN_FORCE = Force("un", "UN mission", None, (), un=True)
"""A UN presence no named mission of the host accounts for."""

# "the UN", "peacekeepers", "Casques bleus", "Liên Hợp Quốc", "Blauhelme", "cascos azules": a UN force
# without its mission's name.
_UN_NAMES = (
    "united nations",
    "nations unies",
    "lien hop quoc",
    "peacekeepers",
    "peacekeeping",
    "peace-keeping",
    "casques bleus",
    "gin giu hoa binh",
    "mu noi xanh",
    "vereinten nationen",
    "vereinte nationen",
    "blauhelm",  # "Blauhelme", "Blauhelmmission"
    "naciones unidas",
    "cascos azules",
)
_UN_ACRONYMS = ("UN", "U.N.", "ONU", "LHQ")


def _words(names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))


@cache
def _patterns() -> tuple[tuple[Force, re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    """Each force with whole-word patterns of its names (folded) and acronyms (as written)."""
    return tuple(
        (
            force,
            re.compile(rf"(?<!\w)(?:{_words(force.names)})(?!\w)") if force.names else None,
            re.compile(rf"(?<!\w)(?:{_words(force.acronyms)})(?!\w)") if force.acronyms else None,
        )
        for force in FORCES
    )


@cache
def _un_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (
        re.compile(rf"(?<!\w)(?:{_words(_UN_NAMES)})"),
        re.compile(rf"(?<![\w.])(?:{_words(_UN_ACRONYMS)})(?![\w])"),
    )


@lru_cache(maxsize=4096)
def forces_named(text: str) -> tuple[Force, ...]:
    """The lexicon's forces ``text`` names, in lexicon order."""
    folded = fold(text)
    found = []
    for force, by_name, by_acronym in _patterns():  # substring tests first: most sentences name no force
        if (by_name is not None and any(n in folded for n in force.names) and by_name.search(folded)) or (
            by_acronym is not None and any(a in text for a in force.acronyms) and by_acronym.search(text)
        ):
            found.append(force)
    return tuple(found)


@lru_cache(maxsize=4096)
def un_named(text: str) -> bool:
    """Whether ``text`` speaks of the UN or its peacekeepers without naming a mission."""
    by_name, by_acronym = _un_patterns()
    return bool(by_name.search(fold(text)) or by_acronym.search(text))


def force_called(text: str) -> Force | None:
    """The force ``text`` is exactly a name or acronym of ("barkhane", "Africa Corps", "EUTM")."""
    folded = " ".join(fold(text).split())
    for force in FORCES:
        if folded in force.names or text in force.acronyms or folded == fold(force.name):
            return force
    return None


# How a folded search key shows that a report speaks of the UN without naming a mission: our own
# title ("UN: ...", "UN (MINUSMA): ...", its own line of the key), or the UN's names in the text.
_UN_IN_KEY = re.compile(
    r"(?:^|\n)un(?::| \()|(?<!\w)(?:" + "|".join(re.escape(n) for n in _UN_NAMES) + r"|lhq|onu)(?!\w)"
)


_UN_QUICK = (*(n[:9] for n in _UN_NAMES), "lhq", "onu", "un:", "un (")


def un_in_key(key: str) -> bool:
    """Whether a search key (``store.query.search_key``, folded) speaks of the UN or its peacekeepers."""
    return any(q in key for q in _UN_QUICK) and _UN_IN_KEY.search(key) is not None


def search_names(force: Force) -> tuple[str, ...]:
    """The force's names as the folded search key has them ("minusma", "eutm")."""
    return tuple(dict.fromkeys((*force.names, *(fold(a) for a in force.acronyms), fold(force.name))))


def force_by_id(force_id: str) -> Force | None:
    return next((f for f in (*FORCES, UN_FORCE) if f.id == force_id), None)


def un_force_for(host: str) -> Force:
    """The host's UN mission when the lexicon knows exactly one, else the generic one."""
    missions = [f for f in FORCES if f.un and host in f.hosts]
    return missions[0] if len(missions) == 1 else UN_FORCE
