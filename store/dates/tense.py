"""Is a date expression about the past or the future of its reference date?

"until September 30" in an article of 1 July 2023 is 2023-09-30, but "ended
on December 31" in one of 7 November 2024 is 2023-12-31: a date without a
year takes the occurrence on the side its clause's tense points to. The cue
nearest to the expression, within its clause, decides.
"""

from __future__ import annotations

import re
from functools import cache

_FUTURE = {
    "en": r"will|shall|won't|'ll|would|going\s+to|(?:is|are|was|were)\s+(?:expected|set|scheduled|due|slated|"
    r"poised|planned|supposed)\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|to\s+be\s+\w+ed|"
    r"upcoming|next|coming|until|till|deadline",
    "fr": r"va|vont|allait|allaient|devra|devront|devrait|devraient|sera|seront|prévu|prévue|prévus|prévoit|"
    r"d'ici|jusqu'au|jusqu'à|prochain|prochaine|\w{3,}(?:era|eront|ira|iront)",
    "vi": r"sẽ|dự\s+kiến|dự\s+định|kế\s+hoạch|sắp|hạn\s+chót|cho\s+đến|đến\s+hết|tới\s+đây",
}
_PAST = {
    "en": r"was|were|had|did|has|have|having|ago|last|previously|earlier|yesterday|since|began|begun|"
    r"left|took|"
    r"said|told|led|broke|seized|saw|made|held|came|went|gave|sent|withdrew|fought|lost|met|paid|won|"
    r"struck|killed|overthrew|\w{3,}ed",
    "fr": r"a|ont|avait|avaient|était|étaient|fut|furent|dernier|dernière|hier|depuis|\w{3,}(?:é|ée|és|ées)",
    "vi": r"đã|vừa|từng|qua|ngoái|trước\s+đó|hôm\s+qua|cho\s+biết|thông\s+báo|tuyên\s+bố|khẳng\s+định|"
    r"xác\s+nhận|phát\s+biểu|công\s+bố",
}
# Passive or adjectival "-ed" words that do not mark the past ("expected to", "planned withdrawal").
_NOT_PAST_ED = {
    "expected",
    "scheduled",
    "planned",
    "set",
    "authorized",
    "authorised",
    "intended",
    "proposed",
    "supposed",
    "destined",
    "aimed",
    "determined",
    "committed",
    "concerned",
    "based",
    "united",
    "integrated",
    "armed",
    "called",
    "tied",
    "named",
    "related",
    "linked",
    "described",
    "unprecedented",
    "deteriorating",
    "mechanised",
    "mechanized",
    "interested",
    "advanced",
}
_CLAUSE_BREAK = re.compile(
    r"[;:()\[\]\"“”«»—–]|,\s|\s(?:and|but|while|whereas|after|before|as|when|that|mais|et|que|"
    r"alors|après|avant|tandis|lorsque|quand|sau\s+khi|trước\s+khi|khi|và|nhưng)\s"
)


@cache
def _cue_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lang = language if language in _FUTURE else "en"
    future = re.compile(rf"(?<!\w)(?:{_FUTURE[lang]})(?!\w)", re.IGNORECASE)
    past = re.compile(rf"(?<!\w)(?:{_PAST[lang]})(?!\w)", re.IGNORECASE)
    return future, past


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    left, right = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def _cues(sentence: str, language: str, lo: int, hi: int, skip: tuple[int, int]) -> list[tuple[int, str]]:
    future, past = _cue_patterns(language)
    found: list[tuple[int, str]] = []
    future_spans: list[tuple[int, int]] = []
    for m in future.finditer(sentence, lo, hi):
        if not (skip[0] <= m.start() < skip[1]):
            found.append((m.start(), "future"))
            future_spans.append(m.span())
    for m in past.finditer(sentence, lo, hi):
        word = m.group().lower()
        if skip[0] <= m.start() < skip[1] or word in _NOT_PAST_ED:
            continue
        if any(a <= m.start() < b for a, b in future_spans):
            continue
        if word.endswith("ed") and re.search(r"\bbe\s+$", sentence[max(0, m.start() - 4) : m.start()]):
            continue  # "to be finalized", "will be withdrawn": a passive infinitive, not the past
        found.append((m.start(), "past"))
    return found


def tense_at(sentence: str, start: int, end: int, language: str, *, clause_only: bool = False) -> str | None:
    """``"past"``, ``"future"`` or ``None`` for the expression at ``start:end``.

    ``clause_only`` looks no further than the expression's own clause.
    """
    lo, hi = _clause(sentence, start, end)
    rest = sentence[lo:start] + sentence[end:hi]
    if len(re.findall(r"\w+", rest)) <= 1 and hi < len(sentence):
        # "Le 9 novembre 2022, Macron a officialisé ...": a fronted date takes the tense of what follows
        hi = _clause(sentence, hi + 1, hi + 2)[1]
    windows = ((lo, hi),) if clause_only else ((lo, hi), (0, len(sentence)))
    for window in windows:
        cues = _cues(sentence, language, window[0], window[1], (start, end))
        if cues:
            centre = (start + end) / 2
            # Future markers win ties: "announced that it would leave by May" is about May ahead.
            cues.sort(key=lambda c: (abs(c[0] - centre), c[1] != "future"))
            return cues[0][1]
    return None
