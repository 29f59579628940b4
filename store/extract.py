"""From one document's text to its events: the extraction pipeline.

Order matters: boilerplate goes first (captions of other stories carry dates
too), then sentences, then dates against the right reference (dateline,
publication date, a quoted statement's date, or inferred list years), then
what each event is about.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from store.about.countries import event_countries
from store.about.event_types import classify_event, deployment_to_come, withdrawal_to_come
from store.about.figures import find_figures
from store.about.headline import event_title
from store.about.office_holders import office_holders, term_edges
from store.about.operations import document_un_mission, operation_bounds, operation_ends
from store.about.places import find_places
from store.dates.continuation import same_day
from store.dates.date_mention import DateMention
from store.dates.datelines import Dateline, as_partial, find_dateline
from store.dates.mentions import find_mentions
from store.dates.named_years import names_an_agreement, tells_the_signing
from store.dates.partial import PartialDate
from store.dates.resolve import Reference, ResolvedDate, resolve
from store.dates.statements import DEADLINE_ROLES, deadlines_after_statement
from store.dates.tense import _clause, reported_span, speech_pattern, tense_at
from store.dates.years import ListItem, YearHint, infer_years, written_weekday
from store.document.boilerplate import Block, classify_blocks
from store.document.sentences import split_sentences
from store.model import Document, Event, event_id

EXTRACTOR_VERSION = "2"  # 2: titles name who acts (store.about.actors)

# Event types strong enough to keep a sentence that gives no date at all.
_UNDATED_TYPES = {
    "withdrawal_started",
    "withdrawal_completed",
    "attack",
    "casualties",
    "handover",
    "mission_ended",
    "coup",
    "deployment",
}
_RELATIVE_LEAD = re.compile(r"^\s*(?:which|who|that|qui|que|mà|vốn)\s+", re.IGNORECASE)
_CONJOINED = re.compile(
    r"^\s*(?:,|and|or|et|ou|và|hoặc|then|puis)?\s*(?:,|and|or|et|ou|và|hoặc)?\s*(?:in|en)?\s*$"
)
_REPORT_LABELS = {"publication date", "dateline", "statement date", "list item date"}
_VAGUE_TYPES = {"other", "statement"}


@dataclass(slots=True)
class SentenceDates:
    """One body sentence with its date mentions, before resolution."""

    start: int
    end: int
    block: int
    mentions: list[DateMention]
    reference: Reference | None = None
    lead: int = 0  # characters of a dateline at the start: its place is where the story was filed
    story: Dateline | None = None  # the year-less dateline this sentence's story is filed under
    resolved: list[ResolvedDate] = field(default_factory=list)
    named: list[DateMention] = field(default_factory=list)  # years that name something, not dates


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
            items.append(SentenceDates(start, end, index, mentions, dateline_ref or pub_ref, lead, story))

    if pub_ref is None and dateline_ref is None:
        _infer_list_years(text, items, language, today, year_hint)

    events: list[Event] = []
    blocks_of: dict[str, int] = {}
    title_countries = event_countries(doc.title, language) if doc.title else []
    occurrences: Counter[str] = Counter()
    anchor: ResolvedDate | None = None
    before: tuple[SentenceDates, list[Event]] | None = None
    for item in items:
        sentence = text[item.start : item.end]
        occurrence = occurrences[sentence]
        occurrences[sentence] += 1
        _set_aside_named_years(sentence, item, language)
        item.resolved = _resolve_sentence(sentence, item, language, anchor)
        context = _context_countries(events, item, blocks_of, title_countries)
        new_events = _events_for(doc, sentence, item, language, occurrence, context)
        if before is not None and before[0].block == item.block and not item.mentions and not item.named:
            same_day(new_events, before[1], sentence, language)
        before = item, new_events
        for e in new_events:
            blocks_of[e.id] = item.block
        events.extend(new_events)
        dated = [r for r in item.resolved if not r.future]
        if dated:
            anchor = dated[-1]
    return Extraction(events=events, sentences=len(items), body_blocks=len(body))


def _context_countries(
    events: list[Event], item: SentenceDates, blocks_of: dict[str, int], title_countries: list[str]
) -> list[str]:
    """Countries for a sentence that names none: its paragraph's last event's, else the headline's."""
    if events and blocks_of.get(events[-1].id) == item.block and events[-1].countries:
        return events[-1].countries
    return title_countries


_DEADLINE_ROLES = DEADLINE_ROLES


def _infer_list_years(
    text: str, items: list[SentenceDates], language: str, today: dt.date, hint: YearHint | None
) -> None:
    """Give each dated entry of an undated list (or a year-less dateline) an inferred year.

    Explicit years in an entry bound that entry (a plan comes after its announcement); explicit years
    elsewhere bound the document as a whole (``store.dates.years``).
    """
    entries: list[ListItem] = []
    doc_after: list[PartialDate] = []
    doc_before: list[PartialDate] = []
    for key, item in enumerate(items):
        sentence = text[item.start : item.end]
        explicit = [
            (
                PartialDate(m.year, m.month, m.day),
                # "decides to end the deployment by May 2024": a deadline is ahead of what sets it
                "future" if m.role in _DEADLINE_ROLES else tense_at(sentence, m.start, m.end, language),
            )
            for m in item.mentions
            if m.kind == "absolute" and m.year is not None
        ]
        anchor = _list_anchor(item, sentence, language)
        if anchor is None:
            for value, tense in explicit:
                (doc_before if tense == "future" else doc_after).append(value)
            continue
        lead = item.story is not None and item.lead  # a dateline's weekday is not read here
        entry = ListItem(
            key, anchor[0], anchor[1], weekday=None if lead else written_weekday(item.mentions, anchor)
        )
        entry.tenures = [(t.start, t.end, t.describe()) for t in office_holders(sentence)]
        entry.tenures += operation_bounds(sentence, entry.month, entry.day, document_un_mission(text))
        entry.tenures += term_edges(sentence, entry.month, entry.day)
        entry.likely_until = operation_ends(sentence, document_un_mission(text))
        for value, tense in explicit:
            (entry.not_after if tense == "future" else entry.not_before).append(value)
        entries.append(entry)
    if hint is not None and hint.anchors:  # anchors name entries by their sentence's offset
        by_start = {items[e.key].start: e.key for e in entries}
        keyed = {by_start[start]: a for start, a in hint.anchors.items() if start in by_start}
        hint = YearHint(hint.shift, hint.why, keyed)
    years = infer_years(entries, today, hint, doc_not_before=doc_after, doc_not_after=doc_before)
    block_refs: dict[int, Reference] = {}
    story_refs: dict[int, Reference] = {}
    for key, item in enumerate(items):
        guess = years.get(key)
        if guess is not None:
            month, day = _list_anchor(item, text[item.start : item.end], language) or (1, None)
            label = "dateline" if item.story is not None and item.lead else "list item date"
            try:
                anchor = PartialDate(guess.year, month, day)
            except ValueError:  # "29 Feb" in a year inferred as a common year: keep the month
                anchor = PartialDate(guess.year, month, None)
            ref = Reference(anchor, label, inferred=True, note=guess.note)
            block_refs[item.block] = ref
            if item.story is not None and item.lead:
                story_refs[id(item.story)] = ref
            item.reference = ref
        elif item.story is not None and id(item.story) in story_refs:
            item.reference = story_refs[id(item.story)]
        else:
            item.reference = block_refs.get(item.block)


def _list_anchor(item: SentenceDates, sentence: str, language: str) -> tuple[int, int | None] | None:
    """The month and day that place an undated entry: its dateline, else its first past year-less date."""
    if item.story is not None and item.lead:
        return item.story.month or 1, item.story.day
    for m in item.mentions:
        if m.kind == "absolute" and m.year is None and m.month:
            if tense_at(sentence, m.start, m.end, language) == "future":
                return None
            return m.month, m.day
    return None


def _set_aside_named_years(sentence: str, item: SentenceDates, language: str) -> None:
    """ "The 2015 agreement remains in place": the year says which agreement; the sentence's own time
    (another date in it, else its reference) dates the event. A sentence about that occurrence itself,
    told in the past ("the 2012 coup ousted ..."), keeps the year."""
    kept: list[DateMention] = []
    for m in item.mentions:
        if names_an_agreement(sentence, m, language):
            m.named = "agreement"  # "the 2015 peace agreement": dates only a sentence telling the signing
    others = [m for m in item.mentions if not m.named]
    for m in item.mentions:
        told = (
            m.named == "attribute"
            and tense_at(sentence, m.start, m.end, language, clause_only=True) == "past"
        ) or (m.named == "agreement" and tells_the_signing(sentence, language))
        if m.named and (others or not told):
            item.named.append(m)
        else:
            kept.append(m)
    item.mentions = kept


def _resolve_sentence(
    sentence: str, item: SentenceDates, language: str, anchor: ResolvedDate | None
) -> list[ResolvedDate]:
    """Resolve the mentions outside quotes first: the statement's date anchors those inside, and the
    "today" of a reported statement ("said on Friday that the convoy left today")."""
    reported = reported_span(sentence, language)
    inside = [
        m
        for m in item.mentions
        if m.in_quote
        or (reported is not None and m.start >= reported and m.kind == "relative" and m.unit == "day")
    ]
    outside = [m for m in item.mentions if m not in inside]
    spans = [(m.start, m.end) for m in item.mentions]
    resolved: dict[int, ResolvedDate] = {}
    plans: set[int] = set()
    for m in outside:
        others = [s for s in spans if s != (m.start, m.end)]
        clause_tense = tense_at(sentence, m.start, m.end, language, clause_only=True, others=others)
        if clause_tense == "plan":
            plans.add(m.start)
        r = resolve(
            m,
            tense_at(sentence, m.start, m.end, language, others=others),
            item.reference,
            anchor,
            clause_tense=clause_tense,
        )
        if r is not None:
            resolved[m.start] = r
            if not r.future:
                anchor = r
    reference = item.reference
    if inside and (reported is not None or speech_pattern().search(sentence)):
        said = [r for r in resolved.values() if not r.future and r.value.day is not None]
        if said:
            reference = Reference(said[0].value, "statement date", inferred=said[0].inferred)
    for m in inside:
        others = [s for s in spans if s != (m.start, m.end)]
        r = resolve(
            m,
            tense_at(sentence, m.start, m.end, language, others=others),
            reference,
            anchor,
            clause_tense=tense_at(sentence, m.start, m.end, language, clause_only=True, others=others),
        )
        if r is not None:
            resolved[m.start] = r
    deadlines_after_statement(list(resolved.values()), plans)
    return [resolved[k] for k in sorted(resolved)]


def _type_near(
    sentence: str, when: ResolvedDate, language: str, sentence_type: str, planned: bool, dates: int
) -> str:
    """The type of the clause a date belongs to, when it says more than the whole sentence.

    "Mali's junta, which seized power in a 2020 coup, accused the UN ..." dates the coup, not the
    accusation; "present since 2013" dates a presence, not the sentence's request.
    """
    lo, hi = _clause(sentence, when.mention.start, when.mention.end)
    clause = _RELATIVE_LEAD.sub("", sentence[lo:hi])  # "which seized power in a 2020 coup": the coup itself
    clause_type = classify_event(clause, language, future=planned)
    if clause_type not in _VAGUE_TYPES or (clause_type == "statement" and dates > 1):
        return clause_type  # "the army said on Saturday that six soldiers died on Friday": two kinds
    if when.mention.role in ("since", "from") and sentence_type not in _UNDATED_TYPES:
        return clause_type  # the sentence's own verb happened later than "since ..."
    return sentence_type


def _events_for(
    doc: Document,
    sentence: str,
    item: SentenceDates,
    language: str,
    occurrence: int,
    context_countries: list[str],
) -> list[Event]:
    if item.lead and not sentence[item.lead :].strip():
        return []  # "MADRID, 6 Mar. (EUROPA PRESS) -" alone: it dates the story below, it tells nothing
    dated: list[ResolvedDate] = []
    for r in item.resolved:
        if not r.future and all(r.iso != d.iso for d in dated):
            dated.append(r)
    targets = [r for r in item.resolved if r.future]
    target = targets[0] if targets else None
    spans = [(r.mention.start, r.mention.end) for r in item.resolved]
    spans += [(m.start, m.end) for m in item.mentions]
    # "BAMAKO, Dec 22 (Reuters) -" names where the story was filed, not where it happened.
    story = " " * item.lead + sentence[item.lead :]
    sentence_type = classify_event(story, language, future=target is not None)
    countries = event_countries(story, language)
    places = find_places(story, language)
    figures = [f.as_dict() for f in find_figures(story, language, exclude=spans)]

    to_come = (
        not dated
        and target is None
        and (
            (sentence_type == "withdrawal_announced" and withdrawal_to_come(story, language))
            or (sentence_type == "deployment" and deployment_to_come(story, language))
        )
    )
    plans: list[tuple[ResolvedDate | None, str]] = []
    if dated:
        for r in dated:
            previous = plans[-1] if plans else None
            if (
                previous
                and previous[0]
                and _CONJOINED.match(sentence[previous[0].mention.end : r.mention.start])
            ):
                plans.append((r, previous[1]))  # "coups in 2020 and 2021": both dates of one kind of event
                continue
            plans.append((r, _type_near(sentence, r, language, sentence_type, False, len(dated))))
        # "the third delay since 2022", "the pact that bound it to France since 1960": a "since" whose
        # clause tells no act of its own dates a state, not something reported, beside a date that does.
        since = [p for p in plans if p[1] in _VAGUE_TYPES and p[0] and p[0].mention.role in ("since", "from")]
        if since and len(since) < len(plans):
            plans = [p for p in plans if p not in since]
    # "Canada will also withdraw its contingent" (to_come): a plan announced as of the report's day
    elif (
        target is not None
        or item.named
        or to_come
        or (sentence_type in _UNDATED_TYPES and (countries or figures))
    ):
        plans.append((None, sentence_type))
    else:
        return []
    if not countries:
        countries = list(context_countries)

    events: list[Event] = []
    for index, (when, event_type) in enumerate(plans):
        event = Event(
            id=event_id(doc.name, sentence, occurrence, index),
            doc=doc.name,
            start=item.start,
            end=item.end,
            sentence=sentence,
            countries=countries,
            places=places,
            type=event_type,
            figures=figures,
            language=language,
        )
        if when is not None:
            _set_date(event, when)
        elif (
            (target is not None or item.named or to_come)
            and item.reference
            and item.reference.label in _REPORT_LABELS
        ):
            ref = item.reference
            event.date, event.date_precision = ref.date.iso(), ref.date.precision
            event.date_inferred = ref.inferred
            event.date_text = None
            event.date_reason = (
                f"the sentence dates only what is planned ({target.mention.text!r}); "
                f"the announcement is dated by the {ref.describe()}"
                if target is not None
                else f"{item.named[0].text!r} names something, not the time of this event; "
                f"the sentence is dated by the {ref.describe()}"
                if item.named
                else f"a {'deployment' if event_type == 'deployment' else 'withdrawal'} still to come, "
                f"told with no date: announced as of the {ref.describe()}"
            )
        if target is not None and (when is None or target.value != when.value):
            event.target_date = target.iso
            if target.inferred:
                event.date_inferred = True
                note = f"target {target.reason}"
                event.date_reason = f"{event.date_reason}; {note}" if event.date_reason else note
        event.title = event_title(story, language, event_type, countries, figures, places, event.target_date)
        events.append(event)
    return events


def _set_date(event: Event, when: ResolvedDate) -> None:
    event.date = when.iso
    event.date_precision = when.value.precision  # type: ignore[assignment]
    event.date_text = when.mention.text
    event.date_mod = when.mod
    event.date_inferred = when.inferred
    event.date_reason = when.reason
