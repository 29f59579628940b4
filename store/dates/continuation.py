"""An undated act told right after a dated one in the same paragraph happened that day.

News tells one act in a few sentences: "The last French soldiers left Chad on Thursday. The French
army handed over the Adji Kossei base in N'Djamena to the Chadian forces, the general staff said."
The second sentence has no date of its own; news style gives it the first one's. That holds only
when nothing moves it off that day: a pluperfect or "already"/"earlier" (``BACKGROUND`` in
``store/languages/<code>/cues.py``), a future, or a date of its own. The caller checks the rest: same
paragraph, the sentence right before, a dated act (a day, not inferred, no plan) of a kindred type.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_cues import compiled
from store.about.places import place_country
from store.dates.begun_phrases import begun_spans
from store.dates.tense import saying_pattern
from store.dates.tense_cues import cue_patterns, cues_language
from store.languages import table
from store.model import Event

# The acts a paragraph tells of one day: a withdrawal's stages and the handing over of a camp.
DAY_ACTS = frozenset({"withdrawal_completed", "withdrawal_started", "handover"})


@cache
def _background(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "BACKGROUND")
    return re.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.IGNORECASE) if rx else None


@cache
def _back_reference(language: str) -> re.Pattern[str]:
    """ "ont quitté le pays", "left the country": the country of the sentence before, whatever the
    demonym of who left ("les soldats français") adds to this one's countries."""
    words = table(cues_language(language), "dates", "THE_COUNTRY", ()) or table(
        "en", "dates", "THE_COUNTRY", ()
    )
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)  # type: ignore[union-attr]
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)" if body else r"(?!)")


_ENTRY_TIME = r"(?:\d{1,2}[:.h]\d{2}\W*)?"  # a live blog's entry opens with its time: "10:15 - The camp ..."


def _alternatives(words: tuple[str, ...], whole: bool) -> list[str]:
    return [re.escape(w).replace(r"\ ", r"\s+") + (r"(?!\w)" if whole else "") for w in words]


@cache
def _goes_on(language: str, only_named: bool = False) -> re.Pattern[str]:
    words = () if only_named else table(cues_language(language), "dates", "GOES_ON", ()) or ()
    sites = table(cues_language(language), "dates", "NAMED_AGAIN", ()) or ()  # "The camp was handed over"
    body = "|".join(_alternatives(words, False) + _alternatives(sites, True))  # type: ignore[arg-type]
    return re.compile(rf"^\W*{_ENTRY_TIME}(?:{body})" if body else r"(?!)")


def named_again(sentence: str, language: str) -> bool:
    """Whether ``sentence`` opens by naming again the site or the act told just before ("The camp has been
    handed over", "Die Übergabe verlief ohne Zwischenfälle"), rather than by pointing at the act."""
    return _goes_on(language, True).search(sentence) is not None


def goes_on(sentence: str, language: str) -> bool:
    """Whether ``sentence`` opens by pointing at the act told just before it ("Il s'agit de la deuxième
    emprise quittée ...", "It is the second base the troops have left") or at its site ("The camp has been
    handed over", "Doanh trại đã được bàn giao"): wire copy gives each sentence its own paragraph, and
    such a one still tells that act, whatever paragraph it sits in."""
    return _goes_on(language).search(sentence) is not None


_ASIDE_WORDS = 3


@cache
def _said_that(language: str) -> re.Pattern[str]:
    """A verb of saying (the ``statement`` cue: "said", "confirmed", "a confirmé", "bestätigte") and the word
    opening what was said (``REPORTED_THAT``), maybe after a short aside ("por su parte"), before anything up
    to the auxiliary. Where that word may be
    left out (``THAT_MAY_BE_LEFT_OUT``: "Rebels said they had taken the camp"), the verb of saying and a
    few words right before the auxiliary also do."""
    code = cues_language(language)
    that = table(code, "cues", "REPORTED_THAT", ()) or ()
    said = compiled(code).cues.get("statement")
    if said is None or not that:
        return re.compile(r"(?!)")
    words = "|".join(re.escape(w) for w in that)  # type: ignore[union-attr]
    # "confirmó por su parte que", "a confirmé de son côté que": a short aside may part the verb from "that"
    aside = rf"(?:[^\W\d][\w'’-]*\W+){{0,{_ASIDE_WORDS}}}?"
    shapes = [rf"(?:{said.pattern})\W+{aside}(?:{words})(?!\w).*"]
    if table(code, "cues", "THAT_MAY_BE_LEFT_OUT", False):
        shapes.append(rf"(?:{said.pattern})\s+(?:[^\W\d][\w'’-]*\s+){{1,4}}")
    return re.compile(rf"(?:{'|'.join(shapes)})$", said.flags | re.DOTALL)


def _backshifted(sentence: str, word: re.Match[str], language: str) -> bool:
    """ "The ministry confirmed that the withdrawal had been completed", "confirmó que la retirada había
    concluido": an auxiliary after a verb of saying and "that" (``BACKSHIFT``) is the tense of what was said,
    which a report shifts back; it does not put the act before the day told."""
    auxiliaries = table(cues_language(language), "cues", "BACKSHIFT", ()) or ()
    if " ".join(word.group(0).lower().split()) not in auxiliaries:
        return False
    return _said_that(language).search(sentence[: word.start()]) is not None


def continues_the_day(sentence: str, language: str) -> bool:
    """Whether ``sentence`` (which has no date of its own) may be told of the previous sentence's day:
    no background word that puts it before (the tense of what someone said is none: ``_backshifted``,
    nor one dating a noun's start: ``begun_phrases``), no future that puts it after (one in a relative
    clause tells what a noun will do: ``_said_of_a_noun``)."""
    background = _background(language)
    if background is not None:
        hits = [m for m in background.finditer(sentence) if not _backshifted(sentence, m, language)]
        begun = begun_spans(sentence, language) if hits else []  # "le retrait engagé six mois plus tôt"
        if any(not any(lo <= m.start() < hi for lo, hi in begun) for m in hits):
            return False
    future, _, _ = cue_patterns(language)
    return all(_said_of_a_noun(sentence, m.start(), language) for m in future.finditer(sentence))


@cache
def _relative_pronouns(language: str) -> tuple[str, ...]:
    words = table(cues_language(language), "dates", "RELATIVE_PRONOUNS", ()) or ()
    return tuple(w.lstrip(", ").lower() for w in words)  # type: ignore[union-attr]


def _said_of_a_noun(sentence: str, at: int, language: str) -> bool:
    """Whether the future at ``at`` sits in a relative clause set off by a comma ("The camp was handed to the
    mission, which will decide how to use it", "..., qui décidera de son usage"): what the noun will do
    next, not when the act told happened."""
    comma = sentence.rfind(",", 0, at)
    if comma < 0:
        return False
    clause = sentence[comma + 1 : at].lstrip().lower()
    return any(
        clause.startswith(w) and (w[-1] in "'’" or clause[len(w) : len(w) + 1] in (" ", ""))
        for w in _relative_pronouns(language)
    )


def back_to_the_story(sentence: str, language: str) -> bool:
    """Whether ``sentence`` (no date of its own, telling an act) goes back to the story's own day after a
    flashback: no pluperfect or "already" keeps it in the past told before, no future ahead of it. "Un
    premier convoi avait pris la route vendredi. Le dernier convoi a essuyé des tirs. Le même jour, la
    mission a aussi quitté Goundam.": "le même jour" is then the story's day, not the flashback's Friday.
    A sentence in the present (a description: "The camp lies near Timbuktu") moves the story nowhere."""
    _, past, not_past = cue_patterns(language)
    told = any(m.group(0).lower() not in not_past for m in past.finditer(sentence))
    return told and continues_the_day(sentence, language)


def _dated_day_acts(previous: list[Event]) -> list[Event]:
    return [
        e
        for e in previous
        if e.type in DAY_ACTS and e.date_precision == "day" and not e.date_inferred and not e.target_date
    ]


def day_act_told(previous: list[Event], sentence: str, language: str) -> bool:
    """Whether ``sentence`` (no date of its own, in the paragraph of ``previous``) may go on telling a dated
    act of a day that ``previous`` holds: what ``same_day`` then dates."""
    return bool(_dated_day_acts(previous)) and continues_the_day(sentence, language)


def same_day(events: list[Event], previous: list[Event], sentence: str, language: str) -> None:
    """ "The last soldiers left on Thursday. The army handed over the base, the staff said.": an undated
    act told right after a dated act of the same paragraph, sharing its countries, is of that day."""
    dated = _dated_day_acts(previous)
    if not dated or not continues_the_day(sentence, language):
        return
    last = dated[-1]
    # "U.N. peacekeepers left their camp in Kidal on Tuesday": the country of its towns is the act's too
    where = set(last.countries) | {c for p in last.places if (c := place_country(p))}
    back = _back_reference(language).search(sentence) is not None
    again = named_again(sentence, language)  # "The camp was handed over": the site of the act before
    for e in events:
        if not e.countries and e.date is None and e.type in DAY_ACTS:
            e.countries = list(last.countries)  # "La rétrocession s'est déroulée dans le calme": that act's
        if again and not e.places and e.type in DAY_ACTS and set(e.countries) <= set(last.countries):
            e.places = list(last.places)
        if e.date is None and e.type in DAY_ACTS and (back or set(e.countries) <= where):
            if back:  # "ont quitté le pays": the country the sentence before tells of is this one's too
                e.countries = sorted(set(e.countries) | _host_of(last, e))
            e.date, e.date_precision, e.date_inferred = last.date, "day", True
            e.date_reason = (
                f"no date of its own: told right after an act of {last.date} in the same paragraph "
                "(inferred: news tells one act over a few sentences)"
            )
            if not e.places:  # "The handover ceremony was brief": where that act was, as its day
                e.places = list(last.places)


def _host_of(last: Event, event: Event) -> set[str]:
    """The country "the country" names: that of the towns the sentence before names ("à N'Djamena"),
    else its one country this sentence lacks; none when that says nothing for sure."""
    hosts = {c for p in last.places if (c := place_country(p))}
    if hosts:
        return hosts
    others = set(last.countries) - set(event.countries)
    return others if len(others) == 1 else set()


def tells_a_flashback(sentence: str, language: str, day_end: int) -> bool:
    """Whether ``sentence`` steps back from the story's day to tell the day that ends at ``day_end`` (a
    pluperfect, "already", "trước đó" up to that day: "N'Djamena had expelled the envoy on Friday."): that
    day is background, and an act "earlier in the day" or "hours later" told after it is of the story's
    own day again. What a speaker is said to have done ("said the envoy had left") and what follows the
    day ("on Friday, a week before the deadline") are no step back of the story."""
    background = _background(language)
    if background is None:
        return False
    said = saying_pattern(language).search(sentence, 0, day_end)
    return background.search(sentence, 0, said.start() if said else day_end) is not None
