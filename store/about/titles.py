"""A short English headline for an event, so an analyst can scan a Vietnamese or French timeline.

"Egypt: withdrawal completed, 460 troops" says who, what and how many. Mali
hosts every mission in this corpus, so when a foreign country and Mali are
both named the foreign one leads; the UN mission leads when no foreign
country is named and the UN is mentioned before Mali acts on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from store.about.countries import HOST, country_name, event_countries, find_countries
from store.about.type_labels import event_type_label

__all__ = ["MAX_TITLE", "english_gist", "make_title", "primary_actor"]

MAX_TITLE = 60

_UN = re.compile(
    r"\bMINUSMA\b|\bU\.?N\.?(?=\W)|\bUnited\s+Nations\b|\bLHQ\b|Liên\s+[Hh]ợp\s+[Qq]uốc|\bONU\b|\bNations\s+[Uu]nies\b"
)
# "Mission in Mali", "Phái bộ ... tại Mali": Mali named as part of the mission's name.
_MISSION_BEFORE = re.compile(
    r"(?:mission|phái\s+bộ|sứ\s+mệnh|MINUSMA)[^.;:]{0,70}(?:\bin|\bau|\bở|\btại)\s+$", re.IGNORECASE
)
_PLACE_TYPES = frozenset(
    {
        "attack",
        "casualties",
        "handover",
        "deployment",
        "withdrawal_completed",
        "withdrawal_started",
        "mission_ended",
        "arrest",  # "Burkina Faso: arrest in Ouahigouya": where people were held tells which arrest
    }
)
_FIGURE_PRIORITY = {
    "attack": ("killed", "injured", "kidnapped", "hostages", "casualties"),
    "casualties": ("killed", "injured", "kidnapped", "hostages", "casualties", "displaced"),
}
_TROOP_UNITS = ("troops", "peacekeepers", "police", "staff", "contingents", "positions", "camps", "vehicles")
# Counts of parties or shares ("the 88 member countries", "60 percent of the territory") measure no act:
# an event of a known type is not titled by them ("Mali: coup", not "Mali: coup, 88 countries").
_NO_MEASURE_OF_AN_ACT = ("countries", "members", "percent")


def primary_actor(sentence: str, language: str, countries: Sequence[str] = ()) -> str | None:
    """Who the event is about: a foreign country, else the UN mission, else Mali."""
    allowed = set(countries) or set(event_countries(sentence, language))
    mentions = [m for m in find_countries(sentence, language) if m.code in allowed]
    for m in mentions:
        if m.code != HOST:
            return country_name(m.code)
    un = _UN.search(sentence)
    mali = next(
        (m for m in mentions if m.via != "mission" and not _MISSION_BEFORE.search(sentence[: m.start])), None
    )
    if un and (mali is None or un.start() < mali.start):
        return "UN (MINUSMA)" if "MINUSMA" in sentence else "UN"
    if mali is not None or HOST in allowed:
        return country_name(HOST)
    return None


# An English past-tense verb, and the words of its object (up to a preposition or a break).
_PAST = re.compile(
    r"\b(?!(?:need|based|called|named|described|said|reported|ed)\b)"
    r"([a-z]{3,}ed|led|took|sent|made|held|won|lost|fell|rose|met|sold|struck|swelled|began|seized|fled)\b"
    r"((?:\s+to)?(?:\s+(?!(?:to|in|on|at|for|from|of|under|after|with|by|as|that|who|which|and|but|shortly)\b)"
    r"[\w’'-]+){0,3})",
)
_ARTICLES = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be", "being"})
_JOINING = frozenset({"and", "or", "but", "of", "between", "with", "to"})
# A pronoun says who only to a reader of the sentence before: no title leads with "It:" or "They:".
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "these", "those"})


@dataclass(frozen=True, slots=True)
class Gist:
    """What an event of no known type says: "expelled MINUSMA spokesman", its verb, and its subject."""

    words: str
    verb: tuple[int, int]
    subject: str  # "Tuareg uprising": the words before the verb, for a title whose subject is no country


def english_gist(sentence: str) -> Gist | None:
    """The first English past-tense verb with its object's words, and the words of its subject.

    Said for an event of no known type, so that its title says what happened
    rather than "report"; English only (a title is English; other languages
    get their type). The verb's place lets the actor be its subject.
    """
    m = _PAST.search(sentence)
    if m is None:
        return None
    said = _ARTICLES.sub("", f"{m.group(1)}{m.group(2)}").split()
    keep = 3 if len(said) > 1 and said[1] == "to" else 2  # the verb, "to", and two words of its object
    words = " ".join(said[: keep + 1])
    head = re.split(r"[,;:]\s", sentence[: m.start()])[-1]
    subject = [w for w in _ARTICLES.sub("", head).split() if not re.fullmatch(r"[\d,.]+", w)]
    while subject and subject[-1].lower() in _AUXILIARIES:  # "The operation was launched": "operation"
        subject.pop()
    subject = subject[-3:]
    while subject and subject[0].lower() in _JOINING:  # "... France and European partners": no "And"
        subject.pop(0)
    if len(subject) == 1 and subject[0].lower() in _PRONOUNS:
        subject = []
    return Gist(words, m.span(1), " ".join(subject)) if words else None


def _stands_for(place: str, lead: str) -> bool:
    """ "Paris" in "France: ... Paris pulled its forces out" is France itself: no place for its title."""
    return any(m.via == "capital" and country_name(m.code) == lead for m in find_countries(place, "en"))


def _lead(countries: Sequence[str], places: Sequence[str]) -> str:
    codes = sorted(dict.fromkeys(countries), key=lambda c: (c == HOST, countries.index(c)))
    if not codes:
        return places[0] if places else ""
    names = [country_name(c) for c in codes[:2]]
    extra = len(codes) - 2
    return ", ".join(names) + (f" +{extra}" if extra > 0 else "")


def _pick_figures(event_type: str, figures: Sequence[dict[str, Any]]) -> list[str]:
    priority = _FIGURE_PRIORITY.get(event_type, _TROOP_UNITS)
    typed = event_type not in ("other", "")
    ranked = sorted(
        (
            f
            for f in figures
            if f.get("unit")
            and isinstance(f.get("value"), int)
            and not (typed and f["unit"] in _NO_MEASURE_OF_AN_ACT)
        ),
        key=lambda f: priority.index(f["unit"]) if f["unit"] in priority else len(priority),
    )
    if event_type not in _FIGURE_PRIORITY:
        ranked = ranked[:1]
    return [f"{f['value']:,} {f['unit']}" for f in ranked[:2]]


def _assemble(lead: str, label: str, place: str | None, figures: list[str], target: str | None) -> str:
    # "Côte d'Ivoire, Mali: 49 troops" says more than "other".
    shown = "" if label == "other" else label
    head = " in ".join(x for x in (shown, place) if x) if shown else (f"in {place}" if place else "")
    parts = [x for x in (head, *figures) if x] or ["unclassified event"]
    if target:
        parts.append(f"by {target}")
    body = ", ".join(parts)
    return f"{lead}: {body}" if lead else body[:1].upper() + body[1:]


def make_title(
    event_type: str,
    countries: list[str],
    figures: list[dict[str, Any]],
    places: list[str],
    target_date: str | None = None,
    actor: str | None = None,
    gist: str | None = None,
) -> str:
    """ "Egypt: withdrawal completed, 460 troops"; at most about ``MAX_TITLE`` characters.

    ``gist`` ("expelled MINUSMA spokesman") stands in for the label of an event
    of no known type; a capital standing for its country is no place.
    """
    label = event_type_label(event_type or "other")
    if label == "other" and gist:
        label = gist
    lead = actor or _lead(countries, places)
    place = (
        next((p for p in places if p != lead and not _stands_for(p, lead)), None)
        if event_type in _PLACE_TYPES
        else None
    )
    picked = _pick_figures(event_type, figures)
    # Drop detail until the headline fits: the place, then the second figure, then the rest.
    candidates = [
        (place, picked, target_date),
        (None, picked, target_date),
        (None, picked[:1], target_date),
        (None, [], target_date),
        (None, [], None),
    ]
    for p, f, t in candidates:
        title = _assemble(lead, label, p, f, t)
        if len(title) <= MAX_TITLE:
            return title
    short_lead = lead.split(",")[0]
    title = _assemble(short_lead, label, None, [], None)
    return title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…"
