"""A wire story's lead and the paragraphs right after it: "Hôm qua, những binh sĩ cuối cùng ... đã rời Mali. /
Căn cứ Gao được bàn giao cho quân đội Mali." Wire copy gives each sentence its own paragraph, so the rule
for an undated act told right after a dated one in the same paragraph (``store.dates.continuation.same_day``)
misses the second paragraph of such a story. Here it also holds for the paragraphs that directly follow the
report's lead (its first sentence that tells a dated act, dated to one day by its own words; an undated
headline before it does not count), for as long as none of them gives a date of its own: nothing has yet
moved the story off the lead's day. The same conditions
apply (a withdrawal's stage or a handover, sharing the lead's countries and naming no other place than the
lead's when it names one, a region over several countries being none; no background word, no future); a
country the troops are said to cross into ("đã vượt biên giới sang Niger", "crossed into Niger") is where
they went, not another actor (``CROSSED_INTO`` in ``store/languages/<lang>/crossings.py``), and a town of
that country is where they went, not another camp left."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from store.about.countries import event_countries
from store.about.places import place_country, spans_countries
from store.dates.continuation import DAY_ACTS, continues_the_day, same_day
from store.extraction.sentence_dates import SentenceDates
from store.languages import table
from store.model import Event


@dataclass(slots=True)
class LeadStory:
    """The lead's dated acts while the paragraphs after it give no date of their own."""

    acts: list[Event] = field(default_factory=list)
    block: int = -1  # the last paragraph of the lead's story
    started: bool = False  # a sentence telling a dated act has been read

    def tell(self, item: SentenceDates, events: list[Event], sentence: str, language: str) -> None:
        """Date ``events`` (of ``item``, just extracted) by the lead's day when they go on telling it."""
        if self.acts and item.block == self.block + 1 and not item.mentions and not item.named:
            undated = [e for e in events if e.date is None]
            crossed = crossed_into(sentence, language)  # "crossed the border into Niger": where they went
            acts = (
                [replace(a, countries=sorted(set(a.countries) | crossed)) for a in self.acts]
                if crossed
                else self.acts
            )
            # another camp than the lead's is another act; a region the lead names ("ending a decade of
            # deployments in the Sahel") is no camp
            told = {p for a in self.acts for p in a.places if not spans_countries(p)}
            same_day([e for e in events if _same_site(e, told, crossed)], acts, sentence, language)
            for e in undated:
                if e.date is not None and crossed:  # crossing into Niger is leaving the lead's country
                    e.countries = sorted(set(e.countries).union(*(a.countries for a in self.acts)))
                    # the towns of the country they went to are no site of the act: the lead's camp is
                    kept = [p for p in e.places if place_country(p) not in crossed]
                    e.places = kept or sorted({p for a in self.acts for p in a.places})
                if e.date is not None:
                    e.date_reason = (
                        f"no date of its own: told in the paragraphs right after the lead, an act of "
                        f"{e.date} (inferred: wire copy tells one act over a few paragraphs)"
                    )
            self.block = item.block
            return
        if item.block != self.block or item.mentions:
            self.acts = []  # another paragraph, or a day of its own: the story has moved off that act
        if not events or not any(e.date for e in events):
            return  # a headline telling the act with no date ("Đức kết thúc sứ mệnh tại Mali") is no lead
        # after the lead, a later act told with a day of its own ("On Wednesday the last soldiers left")
        # dates the paragraph after it alike, unless it steps back (a pluperfect, "already") or ahead
        if self.started and not continues_the_day(sentence, language):
            return
        self.started = True
        own_day = any(r.value.day is not None and not r.future for r in item.resolved)
        days = {e.date for e in events}
        if own_day and len(days) == 1:  # a lead telling two days (its dateline's and "mardi") gives neither
            self.acts = [e for e in events if e.type in DAY_ACTS and _dated_to_the_day(e)]
            self.block = item.block


def _same_site(event: Event, told: set[str], crossed: set[str]) -> bool:
    """Whether ``event`` names no other place than the lead's acts (``told``), but for towns of a country
    the troops crossed into ("crossed into Niger, where France keeps an air base in Niamey"): where they
    went, not another camp left."""
    others = set(event.places) - told
    return not told or not others or bool(crossed and all(place_country(p) in crossed for p in others))


def _dated_to_the_day(event: Event) -> bool:
    """An act dated to the day by its report's words: no inferred year, no plan's deadline."""
    return event.date_precision == "day" and not event.date_inferred and not event.target_date


@cache
def _crossings(language: str) -> tuple[re.Pattern[str], ...]:
    shapes: tuple[str, ...] = table(language, "crossings", "CROSSED_INTO", ())  # type: ignore[assignment]
    return tuple(re.compile(x, re.IGNORECASE) for x in shapes)


def crossed_into(sentence: str, language: str) -> set[str]:
    """The countries ``sentence`` says troops crossed into."""
    return {
        c
        for rx in _crossings(language)
        for m in rx.finditer(sentence)
        for c in event_countries(m["dest"], language)
    }
