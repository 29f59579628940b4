"""How the browser fits a terminal: which panes show at which size (CSS classes on the screen).

Kept apart from the screen so the rule reads in one place and tests need no terminal:

- ``-narrow`` (under 110 columns): the viewer goes under the timeline and yields to it, a few
  lines of the sentence, until the user opens it (``enter``, ``-reading``);
- ``-slim`` (under 100 columns): the country sidebar hides; ``b`` or ``c`` shows it over the
  timeline (``-sidebar-overlay``);
- ``-short`` (under 20 lines): the viewer hides until opened, then takes the timeline's place,
  ``-medium`` (under 30 lines): the chart shrinks to one line; ``-no-chart`` (under 25 lines): the
  chart yields its line to the timeline until asked for (``d``);
- ``-too-small`` (under ``MIN_WIDTH`` x ``MIN_HEIGHT``): a message says so instead of empty panes.
"""

from __future__ import annotations

NARROW_BELOW = 110
SLIM_BELOW = 100
SHORT_BELOW = 20
MEDIUM_BELOW = 30
CHART_BELOW = 25
MIN_WIDTH = 50
MIN_HEIGHT = 12


def size_classes(width: int, height: int) -> dict[str, bool]:
    """The screen's size classes at ``width`` x ``height`` (each set or cleared)."""
    return {
        "-narrow": width < NARROW_BELOW,
        "-wide": width >= NARROW_BELOW,
        "-slim": width < SLIM_BELOW,
        "-short": height < SHORT_BELOW,
        "-medium": height < MEDIUM_BELOW,
        "-no-chart": height < CHART_BELOW,
        "-too-small": width < MIN_WIDTH or height < MIN_HEIGHT,
    }


def too_small_message(width: int, height: int) -> str:
    """What the screen says when it cannot show the browser."""
    return (
        f"mali-tui needs a terminal of at least {MIN_WIDTH}x{MIN_HEIGHT}; this one is {width}x{height}. "
        "Enlarge it, or press q to quit."
    )
