"""A quotation told right after the decision or statement it words goes on telling it: "Le Tchad a annoncé
jeudi soir mettre fin à l'accord de défense. / « Le Tchad a décidé de redéfinir ses partenariats
stratégiques », a indiqué le ministère dans un communiqué."

The quote names no day and tells no occurrence of its own: it is the words of the act just told. As
``told_on`` does for "The announcement was read out ...", that act's event is told to the end of it (the
analyst reads the words with the act; no second event repeats it). Only when the sentence opens with a
quotation mark and, after the quote, attributes it with a verb of saying ("a indiqué", "said", "sagte",
"cho biết", "dijo"; the French inversion "a-t-il insisté" too: ``SAID_INVERTED`` in
store/languages/<code>/cues.py) a speaker who is the actor (no other country, no one else named), and
the act before is a decision or a statement dated to the day by its own words (not inferred, no plan; an act
told only to its year or month is background, not the day's news whose words are quoted): a physical
act (a departure, a handover, an attack) is no one's words, and another's reaction is not the act's.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.countries import event_countries
from store.about.unnamed_rulers import rulers_unnamed
from store.dates.tense import saying_pattern
from store.dates.tense_cues import cues_language
from store.languages import table
from store.model import Event

__all__ = ["quote_told_on"]

_OPENS_QUOTED = re.compile(r"^\W{0,3}?[«“„\"‘]")
_CLOSING = re.compile(r"[»”“\"’]")
_ATTRIBUTION = 140  # characters after the quote: "», a indiqué le ministère tchadien des Affaires ..."
# Acts no one words: what the quote says is a reaction to them, not their words.
_DONE_NOT_SAID = frozenset(
    {"withdrawal_started", "withdrawal_completed", "deployment", "attack", "casualties", "handover", "coup"}
)


@cache
def _inverted(language: str) -> re.Pattern[str]:
    rx = table(cues_language(language), "cues", "SAID_INVERTED", None)
    return re.compile(str(rx), re.IGNORECASE) if rx else re.compile(r"(?!)")


def _attribution(sentence: str, language: str) -> str | None:
    """What follows the quotation ``sentence`` opens with, when it says who said it ("», a-t-il insisté.")."""
    if not _OPENS_QUOTED.match(sentence):
        return None
    closing = list(_CLOSING.finditer(sentence, 1))
    if not closing:
        return None
    after = sentence[closing[-1].end() :]
    if len(after) > _ATTRIBUTION:
        return None
    said = saying_pattern(language).search(after) or _inverted(language).search(after)
    return after if said else None


def _same_speaker(attribution: str, act: Event, language: str) -> bool:
    """Whether the quote is the actor's own words: its speaker is the act's country ("le ministère
    tchadien"), its unnamed government ("the government spokesman"), or a pronoun or no one named ("a-t-il
    insisté", "he said": no capital in the attribution). "A U.N. spokesman told reporters" after Niger's
    decision is a reaction to it, not its words."""
    countries = set(event_countries(attribution, language))
    if countries:
        return countries <= set(act.countries)
    return rulers_unnamed(attribution, language) or not any(c.isupper() for c in attribution)


def quote_told_on(previous: list[Event], text: str, end: int, sentence: str, language: str) -> bool:
    """Tell the last dated decision or statement of ``previous`` (the events of the sentence right
    before) to ``end`` when ``sentence`` quotes its words; whether it did."""
    attribution = _attribution(sentence, language)
    if attribution is None:
        return False
    # dated to the day: a decision worded in a quote is the day's news, not a background act of a year or
    # a month ("The ICC opened an investigation in Mali in 2013. "This statement changes nothing", a
    # lawyer said": the words answer the report's act, not the investigation)
    acts = [e for e in previous if e.date_precision == "day" and not e.date_inferred and not e.target_date]
    if not acts or acts[-1].type in _DONE_NOT_SAID or not _same_speaker(attribution, acts[-1], language):
        return False
    act = acts[-1]
    act.end, act.sentence = end, text[act.start : end]
    return True
