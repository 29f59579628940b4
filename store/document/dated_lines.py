"""Short lines that look like page furniture but carry a story's date: kept as body by the boilerplate rules.

"MADRID, 6 Mar. (EUROPA PRESS) -" alone on its line is the dateline of the paragraph below, not a headline;
"Jan. 10 - Rome announces the end of the mission" and "* 4 de marzo: salen los últimos" are a chronology's
entries (a day and month, a separator, words), not a subheading or a navigation menu, with or without a
full stop or a bullet.
"""

from __future__ import annotations

import re

from store.text.fold import fold

_DATELINE_ALONE = re.compile(
    r"^[A-ZÀ-Ý][A-ZÀ-Ý'’ ./\-]{1,40},\s*[^()\n]{0,30}\d[^()\n]{0,20}\([^()\n]{2,30}\)\s*[-–—:]?$"
)
_ENTRY_HEAD = re.compile(
    r"^(?:[-–•*]\s*)?(?:(?:ngay\s+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}(?:\.|er)?\s+(?:de\s+)?(?P<m1>[a-z]{3,10})\.?"
    r"|(?P<m2>[a-z]{3,10})\.?\s+\d{1,2})\s*(?::|\s[-–—])\s+\w+\s+\w+\s+\w+"
)
# Month names and the short forms news writes, folded (no accents), in the five languages: the word beside
# the day must be one, so "Page 2 - Home news" stays a menu.
_MONTHS = frozenset(
    str.split(
        """jan january feb february mar march apr april may jun june jul july aug august sep sept september
    oct october nov november dec december janv janvier fevr fevrier mars avr avril mai juin juil juillet aout
    septembre octobre novembre decembre januar februar marz juni juli oktober dezember enero febrero marzo
    abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic"""
    )
)


def dated_line(bare: str) -> bool:
    """Whether the stripped line ``bare`` is a dateline alone on its line or a chronology's entry."""
    if _DATELINE_ALONE.match(bare):
        return True
    m = _ENTRY_HEAD.match(fold(bare))
    if m is None:
        return False
    month = m.group("m1") or m.group("m2")
    return month is None or month in _MONTHS
