"""A footer that shows whole keys only: what does not fit is left out, never cut ("R Pe").

Textual's ``Footer`` lays its keys in one row and cuts the row at its edge, so on
a narrow terminal the last key shown is a stray letter or half a word. This
footer measures each key (key, space, description, margin) and takes the keys in
their order of priority, leaving out any that would not fit whole; a later,
shorter key may still take the room a long one left. The keys shown keep the
order Textual gives them. The priority: the focused pane's own keys (``⏎ Source``
on the timeline, ``space Toggle`` in the sidebar, ``esc Timeline`` to go back),
then the screen's ``FIRST`` ones (filtering and the type: what a first look
needs), then the pane's ``LATE`` ones (an analyst's keys: sort, correct, per
report), then the rest of the screen's in the order of ``tui.browser_bindings``.
Every key left out is still in the help (``?``) and the command palette, which
``tui.fixed_keys`` keeps on the status line.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

FIRST = ("focus_filter", "cycle_type(1)")
"""The screen's actions whose keys come right after the focused pane's own."""
LATE = ("flip_sort", "correct", "by_report", "by_occurrence")
"""The pane's actions whose keys yield to ``FIRST``."""


def key_cells(key: FooterKey, *, compact: bool) -> int:
    """The cells ``key`` takes, its right margin included (the footer's CSS, compact or not)."""
    text = cell_len(key.key_display)
    if key.description:
        text += cell_len(key.description) + 1  # one space between the key and its description
    if not compact:
        text += 2 if key.description else 0  # padding around the key ("␣k␣Quit")
    return text + 1  # the margin before the next key


class FittingFooter(Footer):
    """``Footer`` that leaves out the keys that do not fit whole, in priority order."""

    def compose(self) -> ComposeResult:
        """Textual's keys, in the compact style from the start.

        Each ``FooterKey`` otherwise gets ``-compact`` from its binding to the footer once mounted, and
        each such class change restyles the key: 40 keys, at every recompose (the first frame has three).
        """
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                widget.set_class(self.compact, "-compact", update=False)
            yield widget

    def on_resize(self, event: events.Resize) -> None:
        self.fit_keys()

    async def recompose(self) -> None:
        """New keys (the focus moved): fitted before they are first drawn."""
        await super().recompose()
        self.fit_keys()

    def fit_keys(self) -> None:
        """Show the keys that fit whole in the footer's width, the first ones first."""
        width = self.size.width
        if not width:
            return
        used = 0
        for child in sorted(self.children, key=self._rank(list(self.children))):
            need = self._cells(child)
            fits = used + need - 1 <= width  # the last key's margin may fall off the edge
            if child.display != fits:
                child.display = fits
            if fits:
                used += need

    def _rank(self, children: list[Widget]) -> Callable[[Widget], tuple[int, int]]:
        """Sort key of a footer item: the pane's keys, ``FIRST``, the pane's ``LATE``, the rest."""
        bindings = self.screen.active_bindings
        natural = {id(child): n for n, child in enumerate(children)}

        def rank(child: Widget) -> tuple[int, int]:
            if not isinstance(child, FooterKey):
                return (3, natural[id(child)])
            action = child.action.removeprefix("screen.").removeprefix("app.")
            active = bindings.get(child.key)
            shared = active is None or active.node is self.screen or active.node is self.app
            if shared:
                return (1, FIRST.index(action)) if action in FIRST else (3, natural[id(child)])
            return (2 if action in LATE else 0, natural[id(child)])

        return rank

    def _cells(self, child: Widget) -> int:
        if isinstance(child, FooterKey):
            return key_cells(child, compact=self.compact)
        return child.outer_size.width + 1  # a binding group, laid out already
