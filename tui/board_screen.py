"""The board of forces: who left which country when, and from how many reports (``w`` in the browser).

A screen over the whole store (not the current filter): one row per force in
a host country, from ``store.board``. Enter on a row returns to the timeline
filtered to that force, where the usual ``enter`` jumps to the source.
The rows are built in a worker: finding every event's force reads every
withdrawal sentence once, which takes seconds at 100,000 events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from store.board.render import MARKS_NOTE

if TYPE_CHECKING:
    from store.board.rows import BoardRow
    from tui.corpus import Corpus

# (title, width at 120 columns, width at 80 columns (0: left out), attribute)
# Each column takes two more cells of padding: 119 cells wide, 79 narrow (where "In" is left out
# when every force is in the same country: the title names it).
COLUMNS: tuple[tuple[str, int, int, str], ...] = (
    ("Force", 20, 17, "force"),
    ("In", 7, 6, "host"),
    ("Announced", 11, 11, "announced"),
    ("Started", 11, 0, "started"),
    ("Completed", 11, 11, "completed"),
    ("Status", 14, 9, "status"),
    ("Troops", 11, 0, "troops_cell"),
    ("Reports", 13, 8, "reports_cell"),
    ("!~", 3, 2, "marks"),
)
NARROW = 110


class BoardScreen(Screen[tuple[str, str] | None]):
    """Dismissed with the chosen row's force key and name ("EG@ML", "Egypt in Mali"), or None on escape."""

    DEFAULT_CSS = """
    BoardScreen {
        layout: vertical;
        & > #board-title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
        & > DataTable { height: 1fr; background: $surface; }
        & > #board-note { height: auto; padding: 0 1; color: $text-muted; }
        & > .board--left { color: $text-success; }
        & > .board--leaving { color: $text-warning; }
        & > .board--announced { color: $text-primary; }
        & > .board--conflict { color: $text-error; text-style: bold; }
    }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "board--left",
        "board--leaving",
        "board--announced",
        "board--conflict",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Back", id="board.back", tooltip="Back to the timeline, filters unchanged"),
        Binding(
            "enter", "open", "Timeline", priority=True, id="board.open", tooltip="The timeline of this force"
        ),
        Binding("w", "back", "Back", show=False),
        Binding("j", "cursor(1)", "Down", show=False, id="board.down", tooltip="The next force"),
        Binding("k", "cursor(-1)", "Up", show=False, id="board.up", tooltip="The previous force"),
    ]

    class Built(Message):
        def __init__(self, rows: list[BoardRow]) -> None:
            super().__init__()
            self.rows = rows

    def __init__(self, corpus: Corpus, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus = corpus
        self.rows: list[BoardRow] = []

    def compose(self) -> ComposeResult:
        yield Static("Who left when · building the board…", id="board-title")
        yield DataTable(id="board-table", cursor_type="row", zebra_stripes=True)
        yield Static(
            f"Enter: the timeline of the force · reports (occurrences, when linked) · {MARKS_NOTE}",
            id="board-note",
        )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()
        self.build()

    @work(thread=True, exclusive=True, group="board", exit_on_error=False)
    def build(self) -> None:
        from store.board.rows import board_rows_keyed

        corpus = self.corpus
        self.post_message(self.Built(board_rows_keyed(corpus.events, corpus.forces)))

    def on_board_screen_built(self, message: Built) -> None:
        self.rows = message.rows
        self._fill()

    def on_resize(self) -> None:
        if self.rows:
            self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        narrow = self.size.width < NARROW
        hosts = sorted({r.host for r in self.rows})
        columns = [
            (title, narrow_w if narrow else wide, attr)
            for title, wide, narrow_w, attr in COLUMNS
            if not narrow or (narrow_w and not (attr == "host" and len(hosts) == 1))
        ]
        keep = table.cursor_row
        table.clear(columns=True)
        for title, width, _ in columns:
            table.add_column(title, width=width)
        for row in self.rows:
            cells = [self._styled(row, attr, width, narrow) for _, width, attr in columns]
            table.add_row(*cells, key=row.key)
        if self.rows:
            table.move_cursor(row=min(keep, len(self.rows) - 1))
        left = sum(1 for r in self.rows if r.status == "left")
        where = hosts[0] if len(hosts) == 1 else f"{len(hosts)} countries"
        self.query_one("#board-title", Static).update(
            f"Who left when · {len(self.rows)} forces in {where} · {left} left · from every stored report"
        )

    def _styled(self, row: BoardRow, attr: str, width: int, narrow: bool) -> Text:
        """The cell, the status and the conflict mark in the theme's colours."""
        text = _cell(row, attr, width, narrow)
        if attr == "status":
            name = {"left": "left", "leaving": "leaving", "announced only": "announced"}.get(row.status)
            if name is None:
                return Text(text)
            return Text(text, style=self.get_component_rich_style(f"board--{name}", partial=True))
        if attr == "marks" and row.conflict:
            return Text(text, style=self.get_component_rich_style("board--conflict", partial=True))
        return Text(text)

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(self._choice(str(event.row_key.value)))

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if self.rows and 0 <= table.cursor_row < len(self.rows):
            self.dismiss(self._choice(self.rows[table.cursor_row].key))

    def action_cursor(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=max(0, table.cursor_row + step))

    def action_back(self) -> None:
        self.dismiss(None)

    def _choice(self, key: str) -> tuple[str, str]:
        row = next((r for r in self.rows if r.key == key), None)
        return key, f"{row.force} in {row.host}" if row else key


def _cell(row: BoardRow, attr: str, width: int, narrow: bool = False) -> str:
    """A cell's text; troop figures cut at a whole figure ("1,100 / 1,000 …"), blank marks left blank;
    narrow: "announced" for "announced only", "13 (12)" for 13 reports of 12 occurrences."""
    if narrow and attr == "status":
        return row.status.replace(" only", "")
    if narrow and attr == "reports_cell" and row.occurrences != row.reports:
        return f"{row.reports} ({row.occurrences})"
    if attr == "troops_cell" and row.troops:
        shown = ""
        for n, value in enumerate(row.troops):
            more = f"{shown} / {value:,}" if shown else f"{value:,}"
            rest = " …" if n + 1 < len(row.troops) else ""
            if len(more + rest) > width:
                return f"{shown} …" if shown else more
            shown = more
        return shown
    value = getattr(row, attr)
    return str(value) if value else ("" if attr == "marks" else "—")
