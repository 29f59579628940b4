"""A date in a phrase set off by commas after a name says who that is, not what the sentence tells.

"Soldiers said on Wednesday they had ousted President Mohamed Bazoum, elected in 2021." / "... du
président Mohamed Bazoum, élu en 2021" / "Präsident Mohamed Bazoum, der 2021 gewählt worden war," /
"Tổng thống Mohamed Bazoum, người đắc cử năm 2021,": the year dates the election that describes the
president; the sentence's act is dated by its other date. Such a phrase opens on a comma right after a
capitalised word (a name: the sentence's first word does not count) and closes on a comma or the
sentence's end, with at most a few words before the date and no other date in it. The caller keeps the
sentence's other dates and drops such a date only when its own clause tells no act (a vague type): "the
camp of Kidal, handed over in 2023" still tells a handover.
"""

from __future__ import annotations

import re

from store.about.event_cues import compiled
from store.dates.date_mention import DateMention
from store.dates.tense_cues import cues_language

# A name, a comma and up to five words before the date: ", elected in", ", der", ", người đắc cử năm"
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÝĐ][\w'’-]*[^\W\d_]\s*,\s+(?:[^\W\d_][\w'’-]*\s+){0,5}$")
# What closes the phrase: a comma, the sentence's end, or a few words first ("gewählt worden war,")
_CLOSING = re.compile(r"^(?:\s*[^\W\d_][\w'’-]*){0,4}\s*(?:,|[.!?]?\s*$)")
_SENTENCE_START = re.compile(r"^\W*[\w'’-]+\s*,")


def describes_a_name(sentence: str, mention: DateMention, dates: list[DateMention], language: str) -> bool:
    """Whether ``mention`` sits in a phrase set off by commas after a name, which the sentence's other
    ``dates`` lie outside of. A phrase with a verb of saying is an attribution ("Tessalit, a
    annoncé la mission dimanche"): its date is when it was said."""
    head = sentence[: mention.start]
    if _NAME_BEFORE.search(head) is None or _SENTENCE_START.match(head):
        return False
    comma = head.rstrip().rfind(",")
    tail = sentence[mention.end :]
    closing = _CLOSING.match(tail)
    if closing is None:
        return False
    phrase_end = mention.end + closing.end()
    said = compiled(cues_language(language)).cues.get("statement")
    if said is not None and said.search(sentence, comma, phrase_end):
        return False
    others = [m for m in dates if m is not mention]
    inside = [m for m in others if comma < m.start < phrase_end]
    outside = [m for m in others if not comma < m.start < phrase_end]
    return not inside and bool(outside)
