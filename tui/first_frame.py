"""What the browser screen skips before its first frame: work Textual would do twice.

A mixin of ``tui.browser_screen.BrowserScreen``. Every widget is styled as it
is mounted; Textual then restyles the whole screen when it is first shown (a
``ScreenResume`` asks for it, to catch a theme or a class changed while the
screen was away). On the first showing nothing was away, and restyling its
nodes and their component classes cost about 8 ms of CPU, of the 0.13 s the
browser added to a bare Textual app's launch. Later resumes (back from the
board, a modal) restyle as before.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from textual import events
from textual.widget import Widget

W = TypeVar("W", bound=Widget)


class FirstFrame:
    """Styles applied once before the first frame; focus starts on the timeline."""

    AUTO_FOCUS: ClassVar[str | None] = "#timeline"
    """Not the first focusable widget (the sidebar): no focus moves, and restyles, before the first frame."""

    _shown_once = False

    def on_screen_resume(self: Any, event: events.ScreenResume) -> None:
        """Runs before Textual's own handler (subclass first): the first showing keeps the mount's styles."""
        if not self._shown_once:
            self._shown_once = True
            event.refresh_styles = False

    def save_parsed_css(self: Any) -> None:
        """Keep what this launch parsed (``tui.css_cache``) for the next: only a launch that parsed pays.

        Saved before the first frame (a launch closed right after it would keep
        nothing), then once more after it for what the footer's keys added.
        """
        cache = getattr(self.app, "parsed_css", None)
        if cache is not None:
            cache.save()
            self.call_after_refresh(cache.save)


def compact_from_the_start(widget: W) -> W:
    """``widget`` (an ``Input``, an ``OptionList``) compact, with no restyle before it is mounted.

    Passing ``compact=True`` to the constructor sets a class while the app is
    running, which styles the widget, component classes and all, once before
    it is even mounted (where it is styled again).
    """
    widget.set_reactive(type(widget).compact, True)  # type: ignore[attr-defined]
    widget.add_class("-textual-compact", update=False)
    return widget
