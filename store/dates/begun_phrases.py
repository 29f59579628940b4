"""A date in a participle of beginning after a noun dates that noun's start, not the sentence's act.

"The withdrawal, begun in February, ended on Monday." / "Cette étape marque la fin du retrait engagé six
mois plus tôt." / "Der im Juni begonnene Abzug endete am Montag." / "El repliegue iniciado en febrero
terminó el lunes." / "Cuộc rút quân bắt đầu từ tháng 2 đã kết thúc hôm thứ Hai.": the month tells when
the withdrawal got under way; what the sentence tells (its end, its course) is dated by its other date, or
by the paragraph or the report when it has none. Each language's ``dates.py`` gives ``BEGUN``: the shape
of the words before the date (a noun, then a participle of beginning with no auxiliary before it, so "has
begun in February" stays a dated act) and, where the participle alone does not show it, the words that
must follow the date (English a closing comma; German the inflected participle before its noun, "im Juni
begonnene"; Vietnamese the predicate's tense marker, "tháng 2 đã kết thúc"). ``AUXILIARIES`` are the
words that make the participle a tense ("a engagé", "ha iniciado").
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_types import classify_event
from store.dates.date_mention import DateMention
from store.dates.vocabulary import language_attr

__all__ = ["begins_a_noun", "set_aside_begun"]

_TELLS_NOTHING = frozenset({"other", "statement"})
_AUXILIARY_WORDS = 3  # "a déjà été engagé": how far back an auxiliary makes the participle a tense


@cache
def _shapes(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None:
    begun = language_attr(language, "BEGUN", None)
    if not begun:
        return None
    before, after = begun
    return (
        re.compile(rf"(?i)(?:{before})$") if before else None,
        re.compile(rf"(?i)^(?:{after})") if after else None,
    )


@cache
def _auxiliaries(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in language_attr(language, "AUXILIARIES", ()) or ())


def begins_a_noun(
    sentence: str, mention: DateMention, language: str, mentions: list[DateMention] | None = None
) -> bool:
    """Whether ``mention`` sits in a participle of beginning that follows (or, in German, precedes) a
    noun, with no auxiliary making it a tense and none of the sentence's other ``mentions`` between the
    participle and it ("iniciado en febrero terminó el lunes": Monday is the sentence's): it dates that
    noun's start."""
    return _phrase_start(sentence, mention, language, mentions) is not None


def _phrase_start(
    sentence: str, mention: DateMention, language: str, mentions: list[DateMention] | None
) -> int | None:
    """Where the participle phrase of ``begins_a_noun`` opens (its participle; in German the date), or
    None when ``mention`` is in no such phrase."""
    shapes = _shapes(language)
    if shapes is None:
        return None
    before, after = shapes
    verb_at = mention.start
    if before is not None:
        found = before.search(sentence, 0, mention.start)
        if found is None:
            return None
        verb_at = found.start("verb") if "verb" in before.groupindex else found.start()
        if any(verb_at <= m.start < mention.start for m in mentions or ()):
            return None
    if after is not None and after.search(sentence[mention.end :]) is None:
        return None
    words = re.findall(r"[^\W\d_][\w'’-]*", sentence[:verb_at])[-_AUXILIARY_WORDS:]
    auxiliaries = _auxiliaries(language)
    if any(w.lower().split("'")[-1].split("’")[-1] in auxiliaries for w in words):
        return None
    return verb_at


def set_aside_begun(sentence: str, mentions: list[DateMention], language: str) -> list[DateMention]:
    """``mentions`` without those that date a noun's start (``begins_a_noun``), when the sentence still
    tells a dated act or, without that start, an act of its own: "L'opération, lancée en février pour
    former l'armée, n'aura duré que quelques mois" tells nothing but the launch, so it keeps its month.
    Alone, a start told to the day keeps it: what an offensive launched on Monday did may be of Monday."""
    phrases = [
        (at, m) for m in mentions if (at := _phrase_start(sentence, m, language, mentions)) is not None
    ]
    if not phrases:
        return mentions
    begun = [m for _, m in phrases]
    kept = [m for m in mentions if m not in begun]
    if not kept:
        if any(_to_the_day(m) for m in begun):
            return mentions  # "l'offensive lancée lundi a tué dix combattants": may well be the act's day
        rest = sentence
        for at, m in sorted(phrases, key=lambda p: p[0], reverse=True):
            rest = rest[:at] + " " * (m.end - at) + rest[m.end :]
        if classify_event(rest, language) in _TELLS_NOTHING:
            return mentions
    return kept


def _to_the_day(mention: DateMention) -> bool:
    """Whether ``mention`` names a day ("lundi", "le 3 mars", "la veille"), not a month, a year or months
    back ("six mois plus tôt")."""
    return mention.day is not None or mention.weekday is not None or mention.unit in ("day", "week")


def begun_spans(sentence: str, language: str) -> list[tuple[int, int]]:
    """Where ``sentence``'s participles of beginning and their dates lie: "engagé six mois plus tôt" is no
    background word of the sentence's own act, which the paragraph's day may still date."""
    from store.dates.mentions import find_mentions  # the grammar reads this module's language data

    mentions = find_mentions(sentence, language)
    spans = [
        (at, m.end) for m in mentions if (at := _phrase_start(sentence, m, language, mentions)) is not None
    ]
    return spans
