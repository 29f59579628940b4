"""A day named by its number alone after a month the same sentence names is a day of that month: "In
November, three allies announced their exit: Britain on the 14th and Germany on the 22nd", "En août : le
15, les derniers soldats ont quitté Gao", "Tháng 8, ngày 15, những binh sĩ cuối cùng rời Gao".

Without it the number is read as a day of the report's own month (``store/dates/day_of_month.py``), which
a review written months later gets wrong; in French, German and Vietnamese it is no date at all. The
shape of such a day is per language (``DAY_AFTER_MONTH`` in ``store/languages/<code>/dates.py``: a
``day`` group, followed by punctuation, the end or "and"/"or"). The month stands for the frame of the
days when only a colon, a dash or a couple of words separate them ("The end came in August: on the
15th"); it then tells no date of its own. Otherwise ("In November Britain announced its exit, and on
the 22nd Germany followed") the month dates its own clause too.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from store.dates.date_mention import DateMention
from store.languages import languages, table

# At most this many words between the month and its first day for the month to be only their frame.
_FRAME_WORDS = 2
_FRAME_MARK = re.compile(r"[:—–]|\s-\s")


@cache
def _shape(language: str) -> re.Pattern[str] | None:
    code = (language or "").split("-")[0].lower()
    if code not in languages():
        return None
    shape = table(code, "dates", "DAY_AFTER_MONTH", None)
    return re.compile(shape, re.IGNORECASE) if shape else None  # type: ignore[arg-type]


def _a_month(mention: DateMention) -> bool:
    """A month with no day: "in November", "im August 2022", "in July last year"."""
    if mention.month is None or mention.day is not None or mention.named or mention.mod:
        return False
    return mention.kind == "absolute" or (mention.kind == "month_rel" and mention.unit == "year")


def _day_alone(mention: DateMention) -> bool:
    """ "on the 14th,": a day of the month with no word that says which month (``day_of_month``)."""
    return mention.kind == "day_of_month" and mention.offset == 0


def days_of_the_month_told(taken: list[DateMention], sentence: str, language: str) -> list[DateMention]:
    """``taken`` (a sentence's mentions in order) with each day named alone after a month of the same
    sentence made a day of that month; the month is dropped when it only frames those days."""
    shape = _shape(language)
    if shape is None or not any(_a_month(m) for m in taken):
        return taken
    out = list(taken)
    frames: dict[int, DateMention] = {}  # id of a day made here -> the month it is a day of
    framing: list[DateMention] = []  # months that only frame their days
    for match in shape.finditer(sentence):
        start, end = match.span("x")
        before = [m for m in out if m.end <= start]
        month = frames.get(id(before[-1]), before[-1]) if before else None
        if month is None or not _a_month(month):
            continue
        clash = [m for m in out if m.start < end and start < m.end]
        day = int(match["day"])
        if any(not _day_alone(m) for m in clash) or not 1 <= day <= 31:
            continue
        told = replace(month, start=start, end=end, text=sentence[start:end], day=day, role=None)
        if month is before[-1] and _only_frames(sentence[month.end : start]):
            framing.append(month)
        frames[id(told)] = month
        out = sorted([m for m in out if m not in clash] + [told], key=lambda m: m.start)
    return [m for m in out if all(m is not f for f in framing)]


def _only_frames(between: str) -> bool:
    """Whether the text between a month and its first day leaves the month no clause of its own."""
    return bool(_FRAME_MARK.search(between)) or len(re.findall(r"[^\W\d]+", between)) <= _FRAME_WORDS
