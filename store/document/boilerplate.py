"""Telling an article's body from the page furniture scraped along with it.

Scraped news pages keep their menus, tickers, "Most Read" lists, photo captions
and cookie banners.  Those carry dates too (a caption of another story dated
June 18, 2022), so an event taken from them would put a false date on the
timeline.  Only body prose yields events; everything else is labelled with the
reason it was set aside, so the viewer can show why.

The rules use page structure, not site-specific strings: section markers and
what follows them, line length, sentence punctuation, bullets, repetition,
caption and credit shapes, and position relative to the first run of prose.
"""

from __future__ import annotations

from dataclasses import dataclass

from store.document.boilerplate_cues import (
    INLINE_MARKER,
    LIST_MARKERS,
    MIDLINE_MARKER,
    SENTENCE_GAP,
    TERMINAL_END,
    TICKER_MARKERS,
)
from store.document.boilerplate_lines import Unit, line_reason, marker_key, units_of
from store.document.dated_lines import dated_line


@dataclass(frozen=True, slots=True)
class Block:
    """A line or paragraph of the text and whether it is article body."""

    start: int
    end: int
    kind: str  # "body" or "boilerplate"
    reason: str


_TITLE_WINDOW = 60  # units above the first body paragraph searched for the headline

# Generic labels a section heading may replace; specific ones (caption, copyright...) are kept.
_OVERRIDABLE = frozenset({None, "short line", "no sentence", "navigation menu", "subheading"})


def classify_blocks(text: str, language: str) -> list[Block]:
    """Label every non-blank line or paragraph of ``text`` as body or boilerplate, with a reason."""
    units = units_of(text)
    if not units:
        return []
    for unit in units:  # a dateline alone on its line, a chronology's entry: body (dated_lines.py)
        unit.reason = None if unit.words <= 60 and dated_line(unit.bare.strip()) else line_reason(unit)
    _mark_menus(units)
    _mark_sections(units)
    _mark_header(units)
    _mark_subheadings(units)
    return [
        Block(u.start, u.end, "body" if u.reason is None else "boilerplate", u.reason or "body")
        for u in units
    ]


def body_blocks(blocks: list[Block]) -> list[Block]:
    """Only the blocks that can yield events."""
    return [b for b in blocks if b.kind == "body"]


# -- rules over runs of lines -----------------------------------------------------------------
def _mark_menus(units: list[Unit]) -> None:
    """Three or more short lines in a row are a menu, whatever they say."""
    run: list[Unit] = []
    for unit in [*units, None]:
        if unit is not None and unit.reason in {"short line", "navigation menu"}:
            run.append(unit)
            continue
        if len(run) >= 3:
            for member in run:
                member.reason = "navigation menu"
        run = []


def _resumes_body(units: list[Unit], i: int) -> bool:
    """Article prose again after a list: a long paragraph, or two prose paragraphs in a row."""
    unit = units[i]
    if unit.reason is not None:
        return False
    if unit.words >= 30 or (unit.words >= 12 and SENTENCE_GAP.search(unit.bare)):
        return True  # long, or several sentences: not a teaser in a list of headlines
    return i + 1 < len(units) and units[i + 1].reason is None


def _mark_sections(units: list[Unit]) -> None:
    """A "Most Read"/"BREAKING" heading turns what follows into boilerplate until the body resumes."""
    i = 0
    while i < len(units):
        marker = units[i]
        inline = INLINE_MARKER.match(marker.bare) or MIDLINE_MARKER.search(marker.bare)
        is_heading = marker_key(marker.bare) in (LIST_MARKERS | TICKER_MARKERS)
        standalone = marker.words <= 5 and (is_heading or not inline)
        if marker.reason not in {"ticker", "related list"} or not standalone:
            i += 1
            continue
        reason = marker.reason
        j = i + 1
        while j < len(units):
            unit = units[j]
            if reason == "ticker":
                if unit.para != marker.para and j > i + 1 and unit.para != units[j - 1].para:
                    break
                if unit.prose and unit.words >= 30:
                    break
            elif _resumes_body(units, j):
                break
            if unit.reason in {"ticker", "related list"} and unit.words <= 5:
                break  # the next section heading takes over
            if unit.reason in _OVERRIDABLE:
                unit.reason = reason
            j += 1
        i = j


def _mark_header(units: list[Unit]) -> None:
    """The article's own headline, standfirst and repeated summary are not body either."""
    body = [i for i, u in enumerate(units) if u.reason is None]
    solid = next(
        (i for i in body if units[i].words >= 40 or (i + 1 < len(units) and units[i + 1].reason is None)),
        body[0] if body else len(units),
    )
    title_at = _find_title(units, solid)
    anchors = [i for i in range(solid) if units[i].reason == "byline"]
    if title_at is not None:
        key = units[title_at].key
        for i in range(solid):
            if units[i].key == key:
                units[i].reason = "headline"
                anchors.append(i)
            elif units[i].key.endswith(key):
                units[i].reason = "navigation menu"  # a breadcrumb ending with the headline
        nxt = title_at + 1
        if nxt < solid and units[nxt].reason == "no sentence" and 8 <= units[nxt].words <= 60:
            units[nxt].reason = "headline"  # standfirst without a full stop
    last_anchor = max(anchors, default=-1)
    later = [set(units[i].key.split()) for i in range(solid, len(units)) if units[i].reason is None]
    for i in range(solid):
        unit = units[i]
        if unit.reason is not None:
            continue
        near_body = i >= solid - _TITLE_WINDOW
        if i < last_anchor or (near_body and _repeated_later(set(unit.key.split()), later)):
            unit.reason = "headline"


def _repeated_later(words: set[str], later: list[set[str]]) -> bool:
    if len(words) < 5:
        return False
    return any(len(words & other) >= 0.7 * len(words) for other in later)


def _find_title(units: list[Unit], solid: int) -> int | None:
    """The headline: a sentence-case line above the body, preferably one the page repeats."""
    window = range(max(0, solid - _TITLE_WINDOW), solid)  # the headline sits just above the body
    candidates = [
        i
        for i in window
        if units[i].reason in {"no sentence", "short line"}
        and 4 <= units[i].words <= 25
        and not units[i].bullet
        and not units[i].bare.isupper()
        and not TERMINAL_END.search(units[i].bare.rstrip("?!"))
        and not units[i].bare.rstrip().endswith((":", "："))  # "Key dates:" opens a list, it heads no page
    ]
    candidates = [i for i in candidates if not _heads_a_list_after_a_lead(units, candidates, i)]
    if not candidates:
        return None
    keys = [units[i].key for i in window]
    for i in candidates:
        key = units[i].key
        if sum(1 for k in keys if k == key or (k.endswith(key) and len(k) > len(key))) >= 2:
            return i
    bylines = [i for i in range(solid) if units[i].reason == "byline"]
    before = [i for i in candidates if i < bylines[0]] if bylines else []
    at = before[-1] if before else candidates[-1]
    if not bylines and candidates[0] == 0 and _prose_between(units, 0, at):
        at = 0  # "Title / lead sentence / A difficult decade / body": the text opens with its headline
    if at - 1 in candidates and units[at - 1].words < units[at].words:
        at -= 1  # headline then a longer standfirst: the headline comes first
    return at


def _prose_between(units: list[Unit], lo: int, hi: int) -> bool:
    return any(units[k].reason is None and units[k].prose for k in range(lo + 1, hi))


def _heads_a_list_after_a_lead(units: list[Unit], candidates: list[int], i: int) -> bool:
    """ "Title / lead sentence / Timeline of the withdrawal / - Feb. 2: ...": a line right above a list's
    entries, with a prose paragraph between it and an earlier headline-like line, heads the list, not
    the page (the lead above it stays body)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    if nxt is None or nxt.reason is not None or not (nxt.bullet or dated_line(nxt.bare.strip())):
        return False
    earlier = [c for c in candidates if c < i]
    return bool(earlier) and _prose_between(units, earlier[0], i)


def _mark_subheadings(units: list[Unit]) -> None:
    """A short unpunctuated line between body paragraphs is a subheading."""
    for i, unit in enumerate(units):
        if unit.reason != "no sentence" or unit.words > 12:
            continue
        prev_body = i > 0 and units[i - 1].reason is None
        if prev_body:
            unit.reason = "subheading"
