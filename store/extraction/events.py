"""The events one sentence reports: one per distinct date (or one undated), typed by its clause.

"Mali's junta, which seized power in a 2020 coup, accused the UN ..." gives the coup its date and the
accusation none; "coups in 2020 and 2021" gives two coups. A sentence with no date is kept when its type
is strong enough (a withdrawal, an attack), or when it tells a plan or a year that names something.
"""

from __future__ import annotations

import re

from store.about.acts import demanded
from store.about.clock_places import clock_places
from store.about.compared_countries import compared_countries
from store.about.countries import event_countries
from store.about.event_cues import compiled, languages_for
from store.about.event_types import classify_event, deployment_to_come, withdrawal_to_come
from store.about.figures import find_figures
from store.about.headline import event_title
from store.about.places import find_places
from store.about.speaker_places import said_at
from store.about.unnamed_rulers import rulers_unnamed
from store.dates.appositions import describes_a_name
from store.dates.continuation import DAY_ACTS
from store.dates.named_years import dates_a_signing
from store.dates.relative_clauses import dates_a_relative_clause
from store.dates.resolve import ResolvedDate
from store.dates.tense import _clause, tense_at
from store.extraction.act_noun_days import telling_days_aside
from store.extraction.camps import one_per_camp
from store.extraction.deadline_days import deadline_days
from store.extraction.listed_actors import each_day_its_actor
from store.extraction.made_public import NOTE as MADE_PUBLIC_NOTE
from store.extraction.made_public import made_public_on, report_days_aside
from store.extraction.sentence_dates import SentenceDates
from store.extraction.undated_datelines import undated_lead
from store.languages import table
from store.model import Document, Event, event_id

__all__ = ["events_for"]

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
# A short quotation inside a clause ("la fin « avec effet immédiat » de l'accord", "ended “with immediate
# effect” the accord"): words quoted, not a new clause; its marks do not end the clause a date is in.
_SHORT_QUOTE = re.compile(r"[«“„]\s*[^«»“”\"„;:.!?]{1,40}?\s*[»”“]")
_REPORT_LABELS = {"publication date", "dateline", "statement date", "list item date", "day heading"}
_VAGUE_TYPES = {"other", "statement"}
_LEAVING = {"withdrawal_completed", "withdrawal_started", "withdrawal_announced"}


_TO_COME_WORD = {"deployment": "deployment", "handover": "handover"}


def _handover_not_past(story: str, language: str) -> bool:
    """ "Ihre Aufgaben übernimmt das Afrikakorps": a handover told in the body with no date, in the present
    of a language that tells arrangements so (``PRESENT_TELLS_PLANS``: German), is an arrangement as of the
    report's day. One told in the past ("übergab": the verb itself is read), in the future (a handover
    still to come stays undated), or a headline ("France hands over its last base") stays undated."""
    for code in languages_for(language):
        if not table(code, "cues", "PRESENT_TELLS_PLANS", False):
            continue
        for m in compiled(code).cues["handover"].finditer(story):
            if not demanded(story, code, m.start(), m.end()):
                return tense_at(story, m.start(), m.start(), language) is None  # the verb's own tense too
    return False


def _type_near(
    sentence: str,
    when: ResolvedDate,
    language: str,
    sentence_type: str,
    planned: bool,
    dates: int,
    typed: dict[tuple[str, bool], str],
) -> str:
    """The type of the clause a date belongs to, when it says more than the whole sentence.

    "Mali's junta, which seized power in a 2020 coup, accused the UN ..." dates the coup, not the
    accusation; "present since 2013" dates a presence, not the sentence's request. ``typed`` holds the
    texts this sentence already typed: a clause is often the whole sentence.
    """
    if dates > 1 and dates_a_signing(sentence, when.mention, language):
        return "agreement"  # "scrapped on Thursday the accord signed in 2015": 2015 dates the signing
    lo, hi = _clause(sentence, when.mention.start, when.mention.end)
    while (quoted := _SHORT_QUOTE.match(sentence, hi)) and quoted.end() < len(sentence):
        hi = max(hi + 1, _clause(sentence, quoted.end(), quoted.end())[1])
    clause = _RELATIVE_LEAD.sub("", sentence[lo:hi])  # "which seized power in a 2020 coup": the coup itself
    clause_type = typed.get((clause, planned))
    if clause_type is None:
        clause_type = typed[clause, planned] = classify_event(clause, language, future=planned)
    if clause_type in _LEAVING and sentence_type in _VAGUE_TYPES and lo > 0:
        # "L'ambassadeur de France, Sylvain Itté, a quitté Niamey mercredi": the clause cut from its subject
        # by an apposition leaves with no one; read with what comes before it, it is what the sentence is
        with_subject = classify_event(sentence[:hi], language, future=planned)
        if with_subject in _VAGUE_TYPES:
            return sentence_type
    if clause_type not in _VAGUE_TYPES or (clause_type == "statement" and dates > 1):
        return clause_type  # "the army said on Saturday that six soldiers died on Friday": two kinds
    if when.mention.role in ("since", "from") and sentence_type not in _UNDATED_TYPES:
        return clause_type  # the sentence's own verb happened later than "since ..."
    return sentence_type


def events_for(
    doc: Document,
    sentence: str,
    item: SentenceDates,
    language: str,
    occurrence: int,
    context_countries: list[str],
    day_told_before: bool = False,
) -> list[Event]:
    """The events ``sentence`` reports. ``day_told_before``: the sentence goes on telling the paragraph's
    dated act of a day (``store.dates.continuation.same_day`` gives it that day), so an act of such a kind
    with no country of its own ("La rétrocession s'est déroulée dans le calme") is kept, of the paragraph's
    countries."""
    if item.lead and not sentence[item.lead :].strip():
        return []  # "MADRID, 6 Mar. (EUROPA PRESS) -" alone: it dates the story below, it tells nothing
    dated: list[ResolvedDate] = []
    for r in item.resolved:
        if not r.future and all(r.iso != d.iso for d in dated):
            dated.append(r)
    targets = [r for r in item.resolved if r.future]
    spans = [(r.mention.start, r.mention.end) for r in item.resolved]
    spans += [(m.start, m.end) for m in item.mentions]
    # "BAMAKO, Dec 22 (Reuters) -" names where the story was filed, not where it happened; so do "BRUSSELS —"
    # and "Ouagadougou (dpa) -" without a date.
    lead = item.lead or undated_lead(sentence, language)
    story = " " * lead + sentence[lead:]
    sentence_type = classify_event(story, language, future=bool(targets))
    dated, deadlines = deadline_days(
        dated, targets, sentence_type, story, language
    )  # "Today is the deadline"
    targets = deadlines + targets
    target = targets[0] if targets else None
    typed = {(story, target is not None): sentence_type}
    countries = event_countries(story, language)
    speaker_at = said_at(story, language)  # ", an army spokesman in Paris said": not where the act was
    speaker_at |= clock_places(story, language)  # "at 1 p.m. Paris time": a clock, not a place
    places = [p for p in find_places(story, language) if p not in speaker_at]
    figures = [f.as_dict() for f in find_figures(story, language, exclude=spans)]

    to_come = (
        not dated
        and target is None
        and (
            (sentence_type == "withdrawal_announced" and withdrawal_to_come(story, language))
            or (sentence_type == "deployment" and deployment_to_come(story, language))
            or (
                sentence_type == "handover"
                and sentence.strip() != (doc.title or "").strip()  # a headline's present tells the news
                and _handover_not_past(story, language)
            )
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
            plans.append((r, _type_near(sentence, r, language, sentence_type, False, len(dated), typed)))
        # "the third delay since 2022", "the pact that bound it to France since 1960": a "since" whose
        # clause tells no act of its own dates a state, not something reported, beside a date that does.
        since = [p for p in plans if p[1] in _VAGUE_TYPES and p[0] and p[0].mention.role in ("since", "from")]
        if since and len(since) < len(plans):
            plans = [p for p in plans if p not in since]
        # "ousted President Bazoum, elected in 2021": a year or month after a name says who that is
        mentions = [r.mention for r in dated]
        who = [
            p
            for p in plans
            if p[1] in _VAGUE_TYPES
            and p[0]
            and p[0].value.day is None
            and describes_a_name(sentence, p[0].mention, mentions, language)
        ]
        if who and len(who) < len(plans):
            plans = [p for p in plans if p not in who]
        # "left on Monday, closing a deployment that began in 2013": the same act given a second day by a
        # relative clause that tells none of its own
        began = [
            p for p in plans if p[0] and dates_a_relative_clause(sentence, p[0].mention, mentions, language)
        ]
        if began and len(began) < len(plans):
            plans = [p for p in plans if p not in began]
        plans = report_days_aside(plans, sentence, language)  # "..., the broadcaster reported on Thursday"
        plans = telling_days_aside(plans, sentence, language)  # "claimed on Tuesday Sunday's attack"
    # "Canada will also withdraw its contingent" (to_come): a plan announced as of the report's day
    elif (
        target is not None
        or item.named
        or to_come
        or (sentence_type in _UNDATED_TYPES and (countries or figures))
        or (day_told_before and sentence_type in DAY_ACTS)
    ):
        plans.append((None, sentence_type))
    else:
        return []
    if not countries and day_told_before and sentence_type in DAY_ACTS:
        pass  # the act told on is the paragraph's act: ``same_day`` gives it that act's countries
    elif not countries:
        countries = list(context_countries)
    elif len(context_countries) == 1 and rulers_unnamed(story, language):  # "las autoridades ... la emisora
        countries = sorted({*countries, *context_countries})  # francesa": the report's one country acts
    elif set(countries) <= compared_countries(story, language):
        # "The government said it would bring the contingent home, after Mali's authorities grounded drones":
        # every country named is background, so whose act it is comes from the paragraph or the headline
        countries = sorted(set(countries) | set(context_countries))
    if lead and not item.lead:
        # An undated dateline's country stays when the paragraph or headline names it too ("Niger : la junte
        # dénonce ..." above "NIAMEY - Le régime militaire a annoncé ..."): the story is about that country
        filed = set(event_countries(sentence[:lead], language)) & set(context_countries)
        countries = sorted(set(countries) | filed)

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
            if event_type not in _VAGUE_TYPES and made_public_on(sentence, when.mention, language):
                event.date_reason = f"{event.date_reason}; {MADE_PUBLIC_NOTE}"
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
                else f"a {_TO_COME_WORD.get(event_type, 'withdrawal')} still to come, "
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
    each_day_its_actor(events, [when for when, _ in plans], story, language)  # "Britain on the 14th, ..."
    return one_per_camp(events, sentence, language, doc.name, occurrence)


def _set_date(event: Event, when: ResolvedDate) -> None:
    event.date = when.iso
    event.date_precision = when.value.precision  # type: ignore[assignment]
    event.date_text = when.mention.text
    event.date_mod = when.mod
    event.date_inferred = when.inferred
    event.date_reason = when.reason
