"""What a date shape cannot match without: a cheap test that lets a sentence skip the shape's regex.

Most shapes of a language cannot match most sentences ("three days ago" needs "ago"), but the regex
engine only finds that out by trying its long alternations (number words, month names) at every
word. The words and digits a shape requires are read from the regex itself (``store.text.regex_gate``), so
a new language's shapes get their gate with no edit here. A gate only ever says "cannot match":
whatever it lets through is matched as before, so the mentions found are exactly the same.

Only ASCII letters and digits are used as required text: under ``re.IGNORECASE`` they match a few
other characters (the dotted and dotless i, the long s, the Kelvin sign), which ``fold`` lowers to
them.
"""

from __future__ import annotations

from functools import cache

from store.dates.grammar import patterns
from store.text.regex_gate import DIGIT, Gate, fold, gate_for, has_digit, passes

__all__ = ["DIGIT", "Gate", "fold", "gate_for", "gates", "has_digit", "passes"]


@cache
def gates(language: str) -> tuple[Gate, ...]:
    """The gate of each of ``patterns(language)``, in the same order."""
    return tuple(gate_for(pattern) for pattern, _ in patterns(language))
