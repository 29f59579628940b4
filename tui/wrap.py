"""Wrapping a document into screen lines while keeping character offsets.

The viewer must highlight exactly ``text[start:end]``; wrapping by hand (rather
than letting Rich reflow a renderable) keeps, for every screen line, the slice
of the stored text it shows, so a span maps to lines with a bisect.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

_TOKEN = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True, slots=True)
class WrappedText:
    """Screen lines of one text at one width, as ``(start, end)`` offsets into it."""

    lines: list[tuple[int, int]]
    width: int
    starts: list[int]

    def line_of(self, offset: int) -> int:
        """The screen line that shows the character at ``offset``."""
        return max(0, bisect_right(self.starts, offset) - 1)


def wrap_offsets(text: str, width: int) -> WrappedText:
    """Greedy word wrap at ``width`` cells; words longer than a line are split."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    pos = 0
    for paragraph in text.split("\n"):
        _wrap_paragraph(paragraph, pos, width, lines)
        pos += len(paragraph) + 1
    return WrappedText(lines=lines, width=width, starts=[start for start, _ in lines])


def _wrap_paragraph(paragraph: str, base: int, width: int, lines: list[tuple[int, int]]) -> None:
    if not paragraph:
        lines.append((base, base))
        return
    line_start, used = 0, 0
    for match in _TOKEN.finditer(paragraph):
        token = match.group()
        word = token.rstrip()
        word_cells = cell_len(word)
        if used and used + word_cells > width:
            lines.append((base + line_start, base + match.start()))
            line_start, used = match.start(), 0
        if word_cells > width:
            # A word (a URL, a run of dashes) wider than the screen: cut it by cells.
            cells = used
            for offset, char in enumerate(word, start=match.start()):
                char_cells = cell_len(char)
                if cells and cells + char_cells > width:
                    lines.append((base + line_start, base + offset))
                    line_start, cells = offset, 0
                cells += char_cells
            used = cells + (len(token) - len(word))
        else:
            used += cell_len(token)
    lines.append((base + line_start, base + len(paragraph)))
