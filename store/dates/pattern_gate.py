"""What a date shape cannot match without: a cheap test that lets a sentence skip the shape's regex.

Most shapes of a language cannot match most sentences ("three days ago" needs "ago"), but the regex
engine only finds that out by trying its long alternations (number words, month names) at every
word. The words and digits a shape requires are read from the regex itself (``re._parser``), so a
new language's shapes get their gate with no edit here. A gate only ever says "cannot match":
whatever it lets through is matched as before, so the mentions found are exactly the same.

Only ASCII letters and digits are used as required text: under ``re.IGNORECASE`` they match a few
other characters (the dotted and dotless i, the long s, the Kelvin sign), which ``fold`` lowers to
them.
"""

from __future__ import annotations

import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from store.dates.grammar import patterns

__all__ = ["Gate", "fold", "gate_for", "gates", "has_digit", "passes"]

DIGIT = "\\d"  # a requirement met by any digit (``\d``, a digit literal)
# Under IGNORECASE these match an ASCII letter without lowering to it with ``str.lower`` (which
# lowers the Kelvin sign to "k" but the dotted capital I to two characters).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_ASCII_WORD = re.compile(r"[a-z0-9]+")
_HAS_DIGIT = re.compile(r"\d")

# A requirement: text that must contain one of these (DIGIT: any digit).
Requirement = frozenset[str]
# A gate: every requirement, each as (a digit meets it, the words that meet it).
Gate = tuple[tuple[bool, tuple[str, ...]], ...]


def fold(sentence: str) -> str:
    """``sentence`` lowered as the gates compare it (see the module's docstring)."""
    if "\u0130" in sentence or "\u0131" in sentence or "\u017f" in sentence:
        sentence = sentence.translate(_FOLD)
    return sentence.lower()


def passes(gate: Gate, folded: str, has_digit: bool) -> bool:
    """Whether a sentence (``fold``-ed) may match the shape whose gate this is."""
    for digit, words in gate:
        if not (digit and has_digit) and not any(map(folded.__contains__, words)):
            return False
    return True


def has_digit(sentence: str) -> bool:
    return _HAS_DIGIT.search(sentence) is not None


@cache
def gates(language: str) -> tuple[Gate, ...]:
    """The gate of each of ``patterns(language)``, in the same order."""
    return tuple(gate_for(pattern) for pattern, _ in patterns(language))


def gate_for(pattern: re.Pattern[str]) -> Gate:
    """The requirements of ``pattern`` (empty: none found, the shape is always tried)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a construct this reader does not know: no gate, never a wrong one
        return ()
    needs = {n for n in _sequence(list(parsed)) if DIGIT in n or min(len(a) for a in n) >= 2}
    ordered = sorted(needs, key=lambda n: (-min(len(a) for a in n), len(n), sorted(n)))
    return tuple((DIGIT in n, tuple(sorted(a for a in n if a != DIGIT))) for n in ordered)


def _literal_run(codes: list[int]) -> Requirement | None:
    """The longest ASCII word inside a run of literal characters, as a requirement."""
    words = _ASCII_WORD.findall("".join(chr(c) for c in codes).lower())
    if not words:
        return None
    return frozenset({max(words, key=len)})


def _sequence(items: list[tuple[object, object]]) -> list[Requirement]:
    """Every requirement of a sequence of regex items (each item matched in turn)."""
    needs: list[Requirement] = []
    run: list[int] = []

    def close_run() -> None:
        if run:
            need = _literal_run(run)
            if need:
                needs.append(need)
            run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(av)  # type: ignore[arg-type]
            if _HAS_DIGIT.match(chr(av)):  # type: ignore[arg-type]
                needs.append(frozenset({DIGIT}))
            continue
        close_run()
        if op is sre.SUBPATTERN or op is getattr(sre, "ATOMIC_GROUP", None):
            needs.extend(_sequence(list(av[-1] if op is sre.SUBPATTERN else av)))  # type: ignore[index,arg-type]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            needs.extend(_sequence(list(av[2])))  # type: ignore[index]
        elif need := _item(op, av):
            needs.append(need)
    close_run()
    return needs


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None))


def _best(needs: list[Requirement]) -> Requirement | None:
    """The one requirement that stands for a whole sub-sequence: its longest words, digits last."""
    if not needs:
        return None
    return max(needs, key=lambda n: (DIGIT not in n, min(len(a) for a in n)))


def _item(op: object, av: object) -> Requirement | None:
    if op is sre.SUBPATTERN:
        return _best(_sequence(list(av[-1])))  # type: ignore[index]
    if op is sre.BRANCH:
        alternatives: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            need = _best(_sequence(list(branch)))
            if need is None:
                return None  # one way through needs nothing: the branch needs nothing
            alternatives |= need
        return frozenset(alternatives)
    if op in _REPEATS:
        low, _high, body = av  # type: ignore[misc]
        return _best(_sequence(list(body))) if low >= 1 else None
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _best(_sequence(list(av)))  # type: ignore[arg-type]
    if op is sre.IN and _is_digit_class(av):  # type: ignore[arg-type]
        return frozenset({DIGIT})
    return None  # a class, any character, an assertion, a back-reference: nothing required


def _is_digit_class(items: list[tuple[object, object]]) -> bool:
    """``\\d``, ``[0-9]``, ``[0-3]``: a class every member of which is a digit."""
    if not items:
        return False
    for op, av in items:
        if op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            continue
        if op is sre.RANGE and all(_HAS_DIGIT.match(chr(c)) for c in range(av[0], av[1] + 1)):  # type: ignore[index]
            continue
        if op is sre.LITERAL and _HAS_DIGIT.match(chr(av)):  # type: ignore[arg-type]
            continue
        return False
    return True
