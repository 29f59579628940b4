"""The browser screen's keys that work anywhere on it; each pane declares its own (``Timeline.BINDINGS``...).

Help (``?``) is generated from these, so a description or tooltip here is
what the user reads there.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

BROWSER_BINDINGS: list[BindingType] = [
    Binding(
        "slash",
        "focus_filter",
        "Filter",
        key_display="/",
        id="app.filter",
        tooltip="Type to filter by sentence, title or place (accents optional)",
    ),
    Binding(
        "c",
        "focus_countries",
        "Countries",
        id="app.countries",
        tooltip="Go to the country list; space checks a country",
    ),
    Binding("w", "board", "Board", id="app.board", tooltip="Who left when: forces and their withdrawals"),
    Binding(
        "d",
        "focus_chart",
        "Chart",
        show=False,
        id="app.chart",
        tooltip="Pick bars of the chart to set dates",
    ),
    Binding("t", "cycle_type(1)", "Type", id="app.type", tooltip="Next event type to show (all, then each)"),
    Binding(
        "T", "cycle_type(-1)", "Type back", show=False, id="app.type_back", tooltip="Previous event type"
    ),
    Binding(
        "ctrl+l",
        "clear_filters",
        "Clear",
        show=False,
        priority=True,
        id="app.clear",
        tooltip="Clear every filter",
    ),
    Binding(
        "y",
        "copy_citation",
        "Cite",
        id="app.cite",
        tooltip="Copy publisher, dates and sentence of the selected event",
    ),
    Binding(
        "D",
        "documents",
        "Documents",
        show=False,
        id="app.documents",
        tooltip="The stored documents: jump to one's events, or remove one with its events",
    ),
    Binding(
        "o",
        "open_url",
        "Open",
        show=False,
        id="app.open",
        tooltip="Open the document's web page in the web browser (http and https links only)",
    ),
    Binding(
        "e", "export", "Export", id="app.export", tooltip="Write the filtered events to a JSON lines file"
    ),
    Binding(
        "ctrl+r",
        "reset_settings",
        "Reset",
        show=False,
        id="app.reset",
        tooltip="Forget the saved theme, sort, sidebar and filters: back to a first run's view",
    ),
    Binding(
        "b",
        "toggle_sidebar",
        "Sidebar",
        show=False,
        id="app.sidebar",
        tooltip="Hide or show the country sidebar",
    ),
    # Shown by ``FixedKeys`` on the right of the status line, not by the footer, which may drop them.
    Binding(
        "question_mark",
        "help",
        "Help",
        key_display="?",
        show=False,
        id="app.help",
        tooltip="Every key binding",
    ),
    Binding("f1", "help", "Help", show=False),
    Binding("q", "app.quit", "Quit", show=False, id="app.quit", tooltip="Leave mali-tui"),
    Binding("ctrl+q", "app.quit", "Quit", show=False, priority=True),
]
