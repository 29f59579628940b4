"""The help screen (``?``/``f1``), generated from the bindings so it never drifts from them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.board_screen import BoardScreen
from tui.browser_screen import BrowserScreen
from tui.chart import TimeChart
from tui.filter_bar import RANGE_HELP, FilterBar
from tui.occurrence_timeline import OCCURRENCE_MARKS, OccurrenceTimeline
from tui.sidebar import CountrySidebar
from tui.timeline import CORRECTED_MARK, INFERRED_MARK, REJECTED_MARK, Timeline
from tui.viewer import SourceView

if TYPE_CHECKING:
    from textual.app import App


@dataclass(frozen=True, slots=True)
class HelpRow:
    """One action of one pane, with every key bound to it."""

    section: str
    keys: str
    description: str
    tooltip: str


def _bindings(cls: type) -> list[Binding]:
    """A class's own bindings (not inherited ones), as ``Binding`` objects."""
    own = cls.__dict__.get("BINDINGS", [])
    return [b if isinstance(b, Binding) else Binding(*b) for b in own]


def help_rows(app: App[object]) -> list[HelpRow]:
    """Every binding of the app and its panes, keys of one action merged ("j / down")."""
    sections: list[tuple[str, type]] = [
        ("Anywhere", BrowserScreen),
        ("Timeline", Timeline),
        ("Occurrences", OccurrenceTimeline),
        ("Source viewer", SourceView),
        ("Countries", CountrySidebar),
        ("Filter bar", FilterBar),
        ("Chart", TimeChart),
        ("Board (w)", BoardScreen),
    ]
    rows: list[HelpRow] = []
    for section, cls in sections:
        merged: dict[str, tuple[list[str], Binding]] = {}
        for binding in _bindings(cls):
            for key in binding.key.split(","):
                single = Binding(key.strip(), binding.action, binding.description)
                keys, _ = merged.setdefault(binding.action, ([], binding))
                display = app.get_key_display(single)
                if display not in keys:
                    keys.append(display)
        for keys, binding in merged.values():
            rows.append(HelpRow(section, " / ".join(keys), binding.description, binding.tooltip))
    palette = HelpRow(
        "Anywhere", "^p", "Commands", "Command palette: filter by country, jump to date, export…"
    )
    last_anywhere = max(i for i, row in enumerate(rows) if row.section == "Anywhere")
    rows.insert(last_anywhere + 1, palette)
    last_filter = max(i for i, row in enumerate(rows) if row.section == "Filter bar")
    rows.insert(last_filter + 1, HelpRow("Filter bar", "tab", "Dates", RANGE_HELP))
    return rows


class HelpScreen(ModalScreen[None]):
    """A modal table of the key bindings; any of escape, q, ? or f1 closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close", id="help.close", tooltip="Close the help"),
    ]

    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        & > VerticalScroll {
            width: 96; max-width: 100%; height: auto; max-height: 90%;
            border: round $border; border-title-align: center;
            background: $surface; padding: 0 1;
        }
    }
    """

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
        table.add_column("keys", style="bold", no_wrap=True, width=14)
        table.add_column("action", no_wrap=True, width=12)
        table.add_column("what it does", ratio=1)
        section = None
        for row in help_rows(self.app):
            if row.section != section:
                section = row.section
                table.add_row(Text(section, style="bold underline"), "", "")
            table.add_row(row.keys, row.description, Text(row.tooltip, style="dim"))
        table.add_row("", "", "")
        for mark, name, meaning in [
            (
                INFERRED_MARK,
                "inferred",
                "the date rests on an inference, not on the text: the years of an undated document, "
                "worked out from its own order and from other reports (Why says how)",
            ),
            (
                CORRECTED_MARK,
                "corrected",
                "an analyst corrected this event; the fields panel shows what was extracted",
            ),
            (REJECTED_MARK, "rejected", "struck out: an analyst said it is not an event; never exported"),
            *OCCURRENCE_MARKS,
        ]:
            table.add_row(mark, name, Text(meaning, style="dim"))
        scroll = VerticalScroll(Static(table))
        scroll.border_title = "mali-tui keys"
        yield scroll
