"""What a regex cannot match without: the words and digits every match needs, read from the regex itself.

Most cue patterns cannot match most sentences ("forefront|since its inception|..." needs one of its
words), but the regex engine only finds that out by trying its long alternations at every position:
with ``re.IGNORECASE`` and a ``\\b`` before each branch it has no first character to skip to. A gate
checks the required words with plain substring tests first. A gate only ever says "cannot match":
whatever it lets through is matched as before, so what is found is exactly the same.

The requirements are read from the parsed pattern (``re._parser``), so a new cue gets its gate with no
edit here. Required text is lowered: ASCII letters and digits, which under ``re.IGNORECASE`` match a
few other characters (the dotted and dotless i, the long s, the Kelvin sign) that ``fold`` lowers to
them, and other letters whose every ``re.IGNORECASE`` match ``str.lower`` lowers to them ("đăng", "é";
not the Greek or Cyrillic letters the engine also takes for others). ``GatedPattern`` puts a compiled
pattern behind its gate, with the methods the rules call.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["DIGIT", "Gate", "GatedPattern", "fold", "gate_for", "gated", "has_digit", "passes"]

DIGIT = "\\d"  # a requirement met by any digit (``\d``, a digit literal)
# Under IGNORECASE these match an ASCII letter without lowering to it with ``str.lower`` (which
# lowers the Kelvin sign to "k" but the dotted capital I to two characters).
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
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
    """Whether a sentence (``fold``-ed) may match the pattern whose gate this is."""
    for digit, words in gate:
        if not (digit and has_digit) and not any(map(folded.__contains__, words)):
            return False
    return True


def has_digit(sentence: str) -> bool:
    return _HAS_DIGIT.search(sentence) is not None


def gate_for(pattern: re.Pattern[str]) -> Gate:
    """The requirements of ``pattern`` (empty: none found, the pattern is always tried)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a construct this reader does not know: no gate, never a wrong one
        return ()
    needs = {n for n in _sequence(list(parsed)) if DIGIT in n or min(len(a) for a in n) >= 2}
    ordered = sorted(needs, key=lambda n: (-min(len(a) for a in n), len(n), sorted(n)))
    return tuple((DIGIT in n, tuple(sorted(a for a in n if a != DIGIT))) for n in ordered)


def _literal_run(codes: list[int]) -> Requirement | None:
    """The longest word inside a run of literal characters, as a requirement: ASCII letters and digits,
    and the other letters ``fold`` lowers exactly as ``re.IGNORECASE`` matches them ("đăng", "crédit")."""
    words = _WORD_BREAK.split("".join(_folded_letter(chr(c)) for c in codes))
    longest = max(words, key=len)
    return frozenset({longest}) if longest else None


_WORD_BREAK = re.compile("\x00+")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _unsafe_letters() -> frozenset[str]:
    """Letters ``re.IGNORECASE`` takes for others beyond their lower case (the long s, the dotless i,
    Greek and old Cyrillic forms): never used as required text."""
    try:
        from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
    except ImportError:  # no table: no letter beyond ASCII is trusted
        return frozenset({"*"})
    return frozenset(chr(c) for key, extra in _EXTRA_CASES.items() for c in (key, *extra))


_UNSAFE = _unsafe_letters()


def _folded_letter(ch: str) -> str:
    """``ch`` as a required text compares it (lowered), or a break ("\x00") when it cannot be required."""
    lo = ch.lower()
    if ch.isascii():
        return lo if lo.isalnum() else "\x00"
    if (
        "*" in _UNSAFE
        or len(lo) != 1
        or lo.isascii()
        or not lo.isalpha()
        or ch in _UNSAFE
        or lo in _UNSAFE
        or _GREEK.match(lo)
    ):
        return "\x00"
    return lo


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


# The last text folded, whether it has a digit (None: not asked yet): the rules of one sentence ask
# several patterns about the same string. One tuple, replaced whole, so that threads never mix two texts.
_last: tuple[str | None, str, bool | None] = (None, "", None)
_END = sys.maxsize


def _may_match(gate: Gate, digits: bool, string: str) -> bool:
    global _last
    last = _last
    if last[0] is not string:  # identity, not equality: the string is held, so its id is not reused
        last = _last = (string, fold(string), None)
    if digits and last[2] is None:
        last = _last = (string, last[1], _HAS_DIGIT.search(string) is not None)
    folded = last[1]
    for digit, words in gate:  # ``passes``, inlined: it runs for every cue asked about every sentence
        if not (digit and last[2]) and not any(map(folded.__contains__, words)):
            return False
    return True


class GatedPattern:
    """A compiled pattern behind its gate: ``search``, ``match``, ``finditer``, ... return what the
    pattern returns, and "nothing" at once for a text that lacks a word every match needs. Any other
    attribute (``pattern``, ``flags``, ``sub``) is the pattern's own."""

    __slots__ = ("_digits", "gate", "regex")

    def __init__(self, regex: re.Pattern[str], gate: Gate) -> None:
        self.regex = regex
        self.gate = gate
        self._digits = any(digit for digit, _ in gate)

    def __getattr__(self, name: str) -> Any:
        if name in GatedPattern.__slots__:  # not set yet (a copy being made): no recursion through regex
            raise AttributeError(name)
        return getattr(self.regex, name)

    def __repr__(self) -> str:
        return f"GatedPattern({self.regex!r})"

    def search(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if not _may_match(self.gate, self._digits, string):
            return None
        return self.regex.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if not _may_match(self.gate, self._digits, string):
            return None
        return self.regex.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if not _may_match(self.gate, self._digits, string):
            return None
        return self.regex.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if not _may_match(self.gate, self._digits, string):
            return iter(())
        return self.regex.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        if not _may_match(self.gate, self._digits, string):
            return []
        return self.regex.findall(string, pos, endpos)


def gated(regex: re.Pattern[str], shortest: int = 3) -> re.Pattern[str]:
    """``regex`` behind its gate, or ``regex`` itself when nothing worth testing is required of a match
    (typed as the pattern: it answers the same calls).

    A requirement met by a word shorter than ``shortest`` ("a", "on", "ng") is met by nearly every
    sentence: testing it costs more than it saves, so it is left out (fewer requirements: still only
    ever "cannot match").
    """
    gate = tuple(
        (digit, words)
        for digit, words in gate_for(regex)
        if (words and min(map(len, words)) >= shortest) or (digit and not words)
    )
    return GatedPattern(regex, gate) if gate else regex  # type: ignore[return-value]
