"""Cutting a text into candidate blocks, and the rules that judge a block on its own.

A block is a non-blank line, or a hard-wrapped paragraph joined into one.
A line can be judged alone (a caption, a cookie banner, a byline, a line
with no sentence); ``document.boilerplate`` then judges runs of them.
"""

from __future__ import annotations

import itertools
import re
import zlib
from dataclasses import dataclass

from store.document.boilerplate_cues import (
    ACRONYM,
    BULLET,
    BYLINE,
    CAPTION_INSIDE,
    CAPTION_START,
    COOKIE,
    COPYRIGHT,
    CREDIT,
    DATE_WORDS,
    INLINE_MARKER,
    LIST_MARKERS,
    MIDLINE_MARKER,
    PHOTO_WORD,
    PROMO,
    READING_TIME,
    SELF_DESCRIPTION,
    SENTENCE_GAP,
    TERMINAL_END,
    TICKER_MARKERS,
    TIME,
    TRAILING_PAREN,
    WORD,
)
from store.text.fold import fold


@dataclass(slots=True)
class Unit:
    """A candidate block with the features the rules look at."""

    start: int
    end: int
    para: int
    text: str
    bare: str  # without a leading bullet
    bullet: bool
    words: int
    prose: bool
    reason: str | None = None  # None: body so far

    @property
    def key(self) -> str:
        return " ".join(WORD.findall(fold(self.bare)))


# -- segmentation -----------------------------------------------------------------------------
def units_of(text: str) -> list[Unit]:
    """Non-blank lines, with hard-wrapped prose paragraphs joined into one unit."""
    lines: list[tuple[int, int, int]] = []  # start, end (stripped), paragraph
    para = 0
    pos = 0
    blank_before = False
    for raw in text.split("\n"):
        line_start, line_end = pos, pos + len(raw)
        pos = line_end + 1
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        if blank_before and lines:
            para += 1
        blank_before = False
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        lines.append((line_start + lead, line_end - trail, para))
    units: list[Unit] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j][2] == lines[i][2]:
            j += 1
        group = lines[i:j]
        if len(group) > 1 and _is_wrapped(text, group):
            units.append(_make_unit(text, group[0][0], group[-1][1], group[0][2]))
        else:
            units.extend(_make_unit(text, s, e, p) for s, e, p in group)
        i = j
    return units


def _is_wrapped(text: str, group: list[tuple[int, int, int]]) -> bool:
    """A paragraph hard-wrapped at a fixed width (e-mail, wire copy), not a list of separate lines.

    Wrapped lines have similar widths and break mid-sentence, so the next line
    usually starts in lower case or the line ends with a comma; a list of
    headlines starts every line with a capital.
    """
    heads = [text[s:e] for s, e, _ in group]
    widths = [len(h) for h in heads[:-1]]
    if max(widths) > 100 or min(widths) < 0.55 * max(widths) or max(widths) < 50:
        return False
    if any(BULLET.match(h) for h in heads):
        return False
    joins = sum(
        1
        for line, nxt in itertools.pairwise(heads)
        if not TERMINAL_END.search(line) and (nxt[:1].islower() or line.endswith((",", ";", "-", "–")))
    )
    return joins * 2 >= len(widths)


def _make_unit(text: str, start: int, end: int, para: int) -> Unit:
    body = text[start:end]
    bullet = BULLET.match(body)
    bare = body[bullet.end() :] if bullet else body
    words = len(WORD.findall(bare))
    prose = words >= 5 and bool(TERMINAL_END.search(bare)) and bare[:1] not in ",;)"
    return Unit(start, end, para, body, bare, bool(bullet), words, prose)


# -- single-line rules ------------------------------------------------------------------------
def marker_key(bare: str) -> str:
    return fold(bare).strip(" :»›>|-–—.").replace("’", "'").strip()


def line_reason(unit: Unit) -> str | None:
    bare = unit.bare.strip()
    key = marker_key(bare)
    if key in TICKER_MARKERS and unit.words <= 3:
        return "ticker"
    if key in LIST_MARKERS or (key.startswith(("more from ", "more in ")) and unit.words <= 5):
        return "related list"
    if INLINE_MARKER.match(bare) or MIDLINE_MARKER.search(bare):
        return "related list"
    if unit.words <= 60 and COPYRIGHT.search(bare):
        return "copyright"
    if unit.words <= 60 and COOKIE.search(bare):
        return "cookie notice"
    if _is_caption(unit, bare):
        return "caption"
    if len(PROMO.findall(bare)) >= 2 or (unit.words <= 40 and SELF_DESCRIPTION.match(bare)):
        return "self-promotion"
    dated = unit.words <= 25 and re.search(r"\d", bare)
    if (unit.words <= 12 or dated) and (BYLINE.match(bare) or READING_TIME.match(bare)):
        return "byline"
    if _is_timestamp(bare):
        return "byline"
    if unit.prose:
        return None
    if len(bare) >= 200 and len(zlib.compress(bare.encode())) < 0.45 * len(bare.encode()):
        return "icon junk"
    if unit.bullet and unit.words <= 8:
        return "navigation menu"
    if unit.words <= 4:
        return "short line"
    if unit.words >= 20 and SENTENCE_GAP.search(bare):
        return None  # several sentences, last one unpunctuated: still prose
    return "no sentence"


def _is_caption(unit: Unit, bare: str) -> bool:
    if unit.words > 80:
        return False
    if CAPTION_START.match(bare) or CAPTION_INSIDE.search(bare):
        return True
    if "©" in bare[1:]:
        return True  # a photo credit inside a line: "... ©  Marco LONGARI / AFP"
    paren = TRAILING_PAREN.search(bare)
    if not paren:
        return False
    inner = paren.group(1).strip()
    if PHOTO_WORD.search(inner) or inner == "AP" or CREDIT.match(inner):
        return True
    if ACRONYM.match(inner) or inner in {"Reuters", "Getty"}:
        before = bare[: paren.start()].rstrip()
        single_sentence = not SENTENCE_GAP.search(before)
        return not TERMINAL_END.search(before) or (single_sentence and unit.words <= 50)
    return False


def _is_timestamp(bare: str) -> bool:
    """A line that is only a date/time, maybe with a label: "7 Nov 2024 19:24", " date 2024-11-07 WORLD"."""
    if not re.search(r"\d", bare) or len(bare) > 60:
        return False
    words = WORD.findall(fold(bare))
    has_year = re.search(r"\b(?:19|20)\d{2}\b", bare)
    has_month = any(w in DATE_WORDS and len(w) >= 3 and w.isalpha() for w in words)
    if not (has_year or (TIME.search(bare) and has_month)):
        return False
    rest = [w for w in words if not w.isdigit() and w not in DATE_WORDS]
    rest = [w for w in rest if not re.fullmatch(r"[\d./:-]+|\d+(?:st|nd|rd|th|er|h\d*)", w)]
    return len(rest) <= 1
