"""From one document's text to its events: the extraction pipeline.

Order matters: boilerplate goes first (captions of other stories carry dates
too), then sentences, then dates against the right reference (dateline,
publication date, a quoted statement's date, or inferred list years), then
what each event is about. Each step is a module of ``store/extraction``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from dataclasses import dataclass

from store.about.countries import event_countries
from store.dates.begun_phrases import set_aside_begun
from store.dates.continuation import back_to_the_story, day_act_told, goes_on, same_day, tells_a_flashback
from store.dates.datelines import Dateline, as_partial, find_dateline
from store.dates.mentions import find_mentions
from store.dates.resolve import Reference, ResolvedDate
from store.dates.since_background import starts_a_state
from store.dates.weekday_beside import one_day_named_twice
from store.dates.years import YearHint
from store.document.boilerplate import Block, classify_blocks
from store.document.sentences import split_sentences
from store.extraction.act_pointed_back import SENTENCES_BACK, act_pointed_back
from store.extraction.act_then_day import accord_pointed_back, act_of_the_day, same_decision
from store.extraction.after_since import date_after_since
from store.extraction.also_that_day import also_that_day
from store.extraction.came_after import act_before_the_news
from store.extraction.corrected_versions import set_aside_corrected
from store.extraction.day_headings import date_under_heading, day_headings, heading_at
from store.extraction.events import events_for
from store.extraction.flashback_offsets import drop_background_offsets
from store.extraction.harm_on_the_way import harm_that_day
from store.extraction.lead_narrative import lead_anchor
from store.extraction.lead_story import LeadStory
from store.extraction.list_years import infer_list_years
from store.extraction.named_again import act_named_again
from store.extraction.quote_told_on import quote_told_on
from store.extraction.same_occasion import another_act_that_day, occasion_act
from store.extraction.sentence_dates import (
    SentenceDates,
    narrative_anchor,
    resolve_sentence,
    set_aside_named_years,
)
from store.extraction.speaker_days import SpeakerDays, mark_reported_content
from store.extraction.told_on import told_on
from store.extraction.vote_tallies import tally_told_on
from store.extraction.wire_lead import lead_takes_its_day, report_day_of_lead, undated_before
from store.model import Document, Event
from store.rules_version import extractor_version

__all__ = ["EXTRACTOR_VERSION", "Extraction", "SentenceDates", "extract_events"]

EXTRACTOR_VERSION = extractor_version()  # generation + fingerprint of the rules (store.rules_version)


@dataclass(slots=True)
class Extraction:
    events: list[Event]
    sentences: int
    body_blocks: int


def extract_events(
    doc: Document,
    *,
    today: dt.date | None = None,
    blocks: list[Block] | None = None,
    year_hint: YearHint | None = None,
) -> Extraction:
    """Every event ``doc`` reports, with offsets into ``doc.text``.

    ``blocks`` is ``classify_blocks(doc.text, doc.language)`` when the caller already has it.
    """
    text, language = doc.text, doc.language
    today = today or dt.date.today()
    if not doc.published and doc.modified:  # nothing an undated page reports came after its last change
        with contextlib.suppress(ValueError):
            today = min(today, dt.date.fromisoformat(doc.modified))
    published = as_partial(doc.published)
    pub_ref = Reference(published, "publication date") if published else None

    blocks = classify_blocks(text, language) if blocks is None else blocks
    body = [b for b in blocks if b.kind == "body"]
    items: list[SentenceDates] = []
    dateline_ref: Reference | None = None
    story: Dateline | None = None  # a year-less dateline whose story runs on
    headings = day_headings(text, blocks, language, published)  # "Friday, December 15" over a live blog
    for index, block in enumerate(body):
        line = find_dateline(text, block.start, block.end, language, pub_ref)
        if line is not None:
            dateline_ref = line.reference
            story = line if line.reference is None else None
        for start, end in split_sentences(text, block.start, block.end, language):
            mentions = find_mentions(text[start:end], language)
            if line is not None and start <= line.start < end and len(mentions) > 1:
                # "BAMAKO, Dec 22 (Reuters) - ... said on Saturday": the dateline dates the story
                mentions = [m for m in mentions if start + m.start != line.start]
            lead = line.story_start - start if line is not None and start <= line.start < end else 0
            heading = heading_at(headings, start)
            ref = dateline_ref or (heading.reference if heading is not None else pub_ref)
            items.append(SentenceDates(start, end, index, mentions, ref, lead, story))

    if pub_ref is None and dateline_ref is None:
        infer_list_years(text, items, language, today, year_hint)

    events: list[Event] = []
    blocks_of: dict[str, int] = {}
    title_countries = event_countries(doc.title, language) if doc.title else []
    occurrences: Counter[str] = Counter()
    anchor: ResolvedDate | None = None
    anchor_before = False  # whether the sentence right before told ``anchor``
    coarse_before: ResolvedDate | None = None  # ``anchor`` when that sentence told no day, only a month
    day_anchor: ResolvedDate | None = None  # the last one to the day, outside quotes
    story_day: ResolvedDate | None = None  # the same, told by a sentence that is no flashback
    told_last: ResolvedDate | None = None  # the day "the same day" points at (a flashback's, till left)
    before: tuple[SentenceDates, list[Event]] | None = None
    earlier: list[str] = []  # the sentences told so far, for a decision told by pointing back
    speakers = SpeakerDays()
    lead_story = LeadStory()
    for position, item in enumerate(items):
        sentence = text[item.start : item.end]
        occurrence = occurrences[sentence]
        occurrences[sentence] += 1
        set_aside_named_years(sentence, item, language)
        item.mentions = set_aside_begun(sentence, item.mentions, language)  # "the withdrawal, begun in May,"
        item.mentions = one_day_named_twice(sentence, item.mentions, item.reference)  # "hier jeudi"
        set_aside_corrected(sentence, item, language)  # "an earlier version said ...": a wrong day
        mark_reported_content(sentence, item.mentions, language)
        said_before = speakers.reference_for(sentence, item.mentions, language)
        told = narrative_anchor(
            item.mentions, anchor, story_day or day_anchor, told_last, anchor_before, coarse_before
        )
        told = lead_anchor(item, told)  # "BAMAKO, 1. November - ... am Vortag": the dateline's day
        item.resolved = resolve_sentence(sentence, item, language, told, said_before)
        spoken = speakers.plan_day(sentence, language)  # "He said the troops would leave by December"
        if spoken is not None and item.resolved and all(r.future for r in item.resolved):
            item.reference = spoken
        speakers.note(sentence, item.resolved, language)
        context = _context_countries(events, item, blocks_of, title_countries)
        paragraph = before is not None and (
            before[0].block == item.block
            or (before[0].block == item.block - 1 and goes_on(sentence, language))
        )
        day_told = paragraph and not item.mentions and not item.named and before is not None
        day_told = day_told and day_act_told(before[1], sentence, language)  # type: ignore[index]
        new_events = events_for(doc, sentence, item, language, occurrence, context, day_told)
        # "launched on Friday against columns that had seized Konna a day earlier": one act, not two
        new_events = drop_background_offsets(new_events, sentence, item.resolved, language)
        paragraph_or_next = before is not None and before[0].block in (item.block, item.block - 1)
        if before is not None and paragraph and not item.mentions and not item.named:
            span = (item.start, item.end)  # "Die Übergabe verlief ohne Zwischenfälle": the act before, again
            new_events = act_named_again(
                new_events, before[1], doc.name, sentence, span, occurrence, language
            )
            same_day(new_events, before[1], sentence, language)
        elif paragraph and before is not None and undated_before(before[1]) and not before[0].mentions:
            act = text[before[0].start + before[0].lead : before[0].end]  # told with no day of its own
            if act_of_the_day(new_events, act, sentence, language):
                del events[len(events) - len(before[1]) :]  # a wire lead's report day gives way to its own
        if paragraph_or_next and before is not None and not item.mentions and not item.named:
            harm_that_day(new_events, before[1], sentence, language)  # "The convoy came under fire"
        if paragraph_or_next and before is not None and not before[0].mentions:
            # "Brüssel (dpa) - Die EU stoppt die Ausbildung. Borrell kündigte am Montag an, ..."
            lead_takes_its_day(before[1], new_events)
        lead = occasion_act(before[1]) if before is not None and not item.named else None
        if lead is not None and before is not None and before[0].block in (item.block, item.block - 1):
            span = (item.start, item.end)  # "In einer zweiten Abstimmung ...": another act of that day
            new_events = another_act_that_day(
                new_events, doc.name, sentence, span, occurrence, lead, language
            )
        if (
            not item.named
            and not any(r for r in item.resolved if not r.future)
            and not any(e.target_date for e in new_events)
        ):  # "BAMAKO (Reuters) - Mali has expelled ...": the report's day
            span = (item.start, item.end)
            new_events = report_day_of_lead(
                new_events, doc.name, sentence, span, occurrence, pub_ref, language
            )
        came_after = act_before_the_news(
            doc.name, sentence, item.start, item.end, occurrence, story_day or day_anchor, language
        )
        new_events = [came_after] if came_after is not None else new_events
        date_after_since(new_events, sentence, item.resolved, story_day, language)  # "depuis ... février"
        if (heading := heading_at(headings, item.start)) is not None and not item.named:
            date_under_heading(new_events, heading, sentence, language)
        extended = False
        if not new_events and not item.mentions and before is not None and paragraph_or_next:
            for goes_on_telling in (told_on, tally_told_on, quote_told_on):  # "The announcement was read
                if goes_on_telling(before[1], text, item.end, sentence, language):  # out", "13 voted for"
                    extended = True
                    break
        if not new_events and not extended and not item.mentions and not item.named:
            since = items[max(0, position - SENTENCES_BACK)].start  # "The junta welcomed the departure"
            span = (item.start, item.end)
            new_events = act_pointed_back(events, since, doc.name, sentence, span, occurrence, language)
            new_events = new_events or also_that_day(
                events, since, doc.name, sentence, span, occurrence, language
            )
        back = same_decision(new_events, earlier, sentence, language)
        if back == 1 and before is not None and undated_before(before[1]) and not before[0].mentions:
            del events[len(events) - len(before[1]) :]  # "that decision": the act's day, not the report's
        accord_pointed_back(new_events, earlier, sentence, language)
        lead_story.tell(item, new_events, sentence, language)  # the paragraphs right after the lead
        earlier.append(sentence[item.lead :])
        before = item, new_events
        for e in new_events:
            blocks_of[e.id] = item.block
        events.extend(new_events)
        dated = [r for r in item.resolved if not r.future]
        acts_dated = [r for r in dated if not starts_a_state(sentence, r.mention, language)]
        anchor_before = bool(acts_dated or (dated and anchor is None))
        if anchor_before:
            # "left on Friday, ... contested since the July 2023 coup": a state's start is no act's day, and
            # "detained since July" is none that "the day before" in the next sentence counts from
            anchor = (acts_dated or dated)[-1]
        coarse_before = anchor if anchor_before and not any(r.value.day for r in dated) else None
        told_day = next((r for r in reversed(dated) if r.value.day and not r.mention.in_quote), None)
        day_anchor = told_day or day_anchor
        if told_day is not None and not tells_a_flashback(sentence, language, told_day.mention.end):
            story_day = told_day
        told_last = told_day or told_last
        if told_day is None and not item.mentions and back_to_the_story(sentence, language):
            told_last = story_day or told_last  # "Un premier convoi avait pris la route vendredi. Le dernier
            # convoi a essuyé des tirs. Le même jour, ...": the story is back on its own day
    return Extraction(events=events, sentences=len(items), body_blocks=len(body))


def _context_countries(
    events: list[Event], item: SentenceDates, blocks_of: dict[str, int], title_countries: list[str]
) -> list[str]:
    """Countries for a sentence that names none: its paragraph's last event's, else the headline's."""
    if events and blocks_of.get(events[-1].id) == item.block and events[-1].countries:
        return events[-1].countries
    return title_countries
