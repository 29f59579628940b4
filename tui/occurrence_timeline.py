"""The timeline with occurrences: one row per occurrence (default) or one per report (``R``).

An occurrence is drawn on the row of its lead report (``store.occurrence_view``)
with a ``Reports`` column: how many sources report it, ``!`` when they disagree,
``◆`` on the occurrence marked for a merge. The grouping is built in a worker
for each corpus; until it arrives (and on a store still being read) every
report is an occurrence of one.

On an occurrence row the *selected event* is the report being read: the lead
one at first, another after ``[``/``]``. Corrections, citations and the viewer
all act on that report, while the cursor stays on the occurrence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip

from tui.occurrence_decisions import OccurrenceDecisions
from tui.report_bindings import REPORT_BINDINGS
from tui.timeline import Columns, Timeline, fit

if TYPE_CHECKING:
    from store.browse import Corpus
    from store.event_view import EventView
    from store.occurrence_view import OccurrenceRows
    from store.query import EventFilter
    from store.selecting import Selector
    from tui.occurrence_rows import RowSelection

CONFLICT_MARK = "!"
MERGE_MARK = "◆"
OCCURRENCE_MARKS: list[tuple[str, str, str]] = [  # for the help: mark, name, meaning
    (
        "Reports",
        "occurrences",
        "a row is one occurrence: the sources that report it (copies of one wire story count once); "
        "it passes a filter when any of its reports does; R shows one row per report",
    ),
    (CONFLICT_MARK, "conflict", "its reports disagree (date, figures...): the viewer lists both sides"),
    (MERGE_MARK, "marked", "the occurrence m marked: M merges the selected one into it"),
]


def reports_cells(width: int) -> int:
    """Cells of the Reports column (its trailing space included) at a timeline width."""
    return 8 if width >= 96 else 4


class OccurrenceTimeline(OccurrenceDecisions, Timeline):
    """A ``Timeline`` whose rows are occurrences or reports, with a Reports column."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "R",
            "by_report",
            "Per report",
            id="occurrences.by_report",
            tooltip="One row per report (every sentence) instead of one per occurrence",
        ),
        Binding(
            "R",
            "by_occurrence",
            "Per occurrence",
            id="occurrences.by_occurrence",
            tooltip="One row per occurrence: the reports of one real-world event together",
        ),
        *REPORT_BINDINGS,
    ]

    class Grouped(Message, bubble=False):
        """The worker grouped ``corpus``'s reports into occurrences (``error`` when it could not)."""

        def __init__(
            self, corpus: Corpus, generation: int, rows: OccurrenceRows | None, error: str = ""
        ) -> None:
            super().__init__()
            self.corpus = corpus
            self.generation = generation
            self.rows = rows
            self.error = error

    class RowsChanged(Message):
        """The rows mean something else now (grouping arrived, mode toggled): filter again."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.by_occurrence = True
        self.occurrences: OccurrenceRows | None = None
        self.report_rows: list[int] = []
        self.marked: str | None = None  # id of a report of the occurrence marked for a merge
        self._generation = 0
        self._shown: tuple[int, int] | None = None  # (row, report) when another report than the row's
        self._pregrouped: tuple[Corpus, OccurrenceRows] | None = None  # placed by a correction worker

    # -- occurrences of the corpus ---------------------------------------------------

    def set_corpus(self, corpus: Corpus) -> None:
        """Show ``corpus``; its occurrences follow from a worker (at once if a correction worker placed them).

        Until they arrive every report is a row of its own, which is also what a
        correction that moved an event leaves for a moment: the rows of the old
        placement would point at the wrong events.
        """
        super().set_corpus(corpus)
        self._generation += 1
        self._shown = None
        pregrouped, self._pregrouped = self._pregrouped, None
        if (
            pregrouped is not None and pregrouped[0] is corpus
        ):  # read, grouped and placed by a correction worker
            self.occurrences = pregrouped[1]
            self._last_posted = -1  # the same event may be selected again: show its new occurrence
            return
        self.occurrences = None
        if not corpus.is_partial:  # grouping a preview would be thrown away a second later
            # After the rows are painted: the worker imports numpy and the linker (0.15 s of the GIL) and
            # must not share the first frame's.
            self.call_after_refresh(self._group, corpus, self._generation)

    @work(thread=True, exclusive=True, group="occurrences", exit_on_error=False)
    def _group(self, corpus: Corpus, generation: int) -> None:
        """Group the reports into occurrences and place them, off the UI thread; never touches widgets."""
        try:
            from store.occurrence_view import corpus_rows
            from store.storage.gc_pause import paused_gc

            with paused_gc():  # kept as long as the corpus: frozen, full collections need not walk it
                rows = corpus_rows(corpus)  # clusters settled: a correction may take a report out
            self.post_message(self.Grouped(corpus, generation, rows))
        except Exception as exc:  # a worker must report, not die silently
            self.post_message(self.Grouped(corpus, generation, None, f"{type(exc).__name__}: {exc}"))

    def on_occurrence_timeline_grouped(self, message: Grouped) -> None:
        if message.corpus is not self.corpus or message.generation != self._generation:
            return  # a newer corpus or correction is being grouped (or moved events under the worker)
        if message.rows is None:
            self.notify(f"Reports not grouped into occurrences: {message.error}", severity="error")
            return
        self.occurrences = message.rows
        self._cache.clear()
        self._last_posted = -1  # the selected event now has an occurrence to show
        self.post_message(self.RowsChanged())

    @property
    def occurrence_total(self) -> int | None:
        """How many occurrences the store holds, once grouped."""
        return self.occurrences.count if self.occurrences is not None else None

    def row_of(self, index: int) -> int:
        """The row showing event ``index`` in the current mode."""
        if self.by_occurrence and self.occurrences is not None:
            return self.occurrences.row_of(index)
        return index

    def members_of(self, index: int) -> tuple[int, ...]:
        """The reports of event ``index``'s occurrence, best-supported first."""
        return self.occurrences.members_of(index) if self.occurrences is not None else (index,)

    # -- rows -------------------------------------------------------------------------

    def select(self, selector: Selector, flt: EventFilter) -> RowSelection:
        """The rows of ``flt`` in the current mode (an occurrence passes when any report passes)."""
        from tui.occurrence_rows import select_rows

        occurrences = self.occurrences if self.by_occurrence else None
        selection = select_rows(selector, flt, descending=self.descending, occurrences=occurrences)
        self.report_rows = selection.reports
        return selection

    def shown_reports(self) -> set[int]:
        """Every report on screen: the rows, and in occurrence mode the other reports of their occurrences."""
        if self.by_occurrence and self.occurrences is not None:
            return self.occurrences.shown_reports(self.rows)
        return set(self.rows)

    def count_text(self, total_events: int, *, shown: int | None = None) -> str:
        """The status line's count: "12 of 40 occurrences" or "12 of 50 events" (``shown``: instead of 12)."""
        shown = self.row_count if shown is None else shown
        if self.by_occurrence and self.occurrences is not None:
            text = f"{shown} of {self.occurrences.count} occurrences"
            return text if len(text) <= 24 else f"{shown}/{self.occurrences.count} occurrences"
        return f"{shown} of {total_events} events"

    def count_cells(self, total_events: int) -> int:
        """Cells of the widest count in this mode, padding included: set once per store and mode."""
        grouped = self.by_occurrence and self.occurrences is not None
        widest = self.occurrences.count if grouped else total_events  # type: ignore[union-attr]
        return len(self.count_text(total_events, shown=widest)) + 2

    @property
    def selected_index(self) -> int | None:
        """Corpus index of the selected report: on an occurrence, the one being read."""
        row = super().selected_index
        if row is None:
            return None
        if self._shown is not None and self._shown[0] == row:
            return self._shown[1]
        return self._first_report(row)

    def _first_report(self, row: int) -> int:
        """The report a row shows and opens first: on an occurrence row, its best-supported report."""
        occurrences = self.occurrences
        if not self.by_occurrence or occurrences is None or row not in occurrences.members:
            return row
        occurrences.occurrence_of(row)  # ranks its reports
        return occurrences.members_of(row)[0]

    def _remember(self, index: int | None) -> None:
        """Read report ``index`` on its occurrence's row (the row's first report needs no note)."""
        row = self.row_of(index) if index is not None else None
        if row is None or index is None or index == self._first_report(row):
            self._shown = None
        else:
            self._shown = (row, index)

    def set_rows(self, rows: list[int], *, keep: int | None = None) -> None:
        target = self.selected_index if keep is None else keep
        self._remember(target)
        super().set_rows(rows, keep=target)

    def _nearest_position(self, index: int) -> int:
        return super()._nearest_position(self.row_of(index))

    def select_index(self, index: int, *, center: bool = False) -> bool:
        """Select the row of event ``index`` (its occurrence's row), reading that report."""
        try:
            position = self.rows.index(self.row_of(index))
        except ValueError:
            return False
        self._remember(index)
        self._move_to(position, center=center)
        return True

    def _move_to(self, position: int, *, center: bool = False) -> None:
        if (
            self._shown is not None
            and 0 <= position < len(self.rows)
            and self.rows[position] != self._shown[0]
        ):
            self._shown = None  # another row: read its lead report
        super()._move_to(position, center=center)

    # -- actions ----------------------------------------------------------------------

    def action_by_report(self) -> None:
        self._set_mode(by_occurrence=False)

    def action_by_occurrence(self) -> None:
        self._set_mode(by_occurrence=True)

    def _set_mode(self, *, by_occurrence: bool) -> None:
        keep, row = self.selected_index, Timeline.selected_index.fget(self)  # type: ignore[attr-defined]
        self.by_occurrence = by_occurrence
        # Until the app filters again the rows are the old mode's: the cursor's row still reads ``keep``.
        self._shown = (row, keep) if row is not None and keep is not None else None
        self._cache.clear()
        self.refresh_bindings()
        self.post_message(self.RowsChanged())

    def step_report(self, direction: int) -> None:
        """``]``/``[``: read the next (previous) report of the selected occurrence."""
        index = self.selected_index
        if index is None:
            return
        members = self.members_of(index)
        if len(members) < 2:
            self.notify("This event has no other report.", timeout=3)
            return
        position = members.index(index) + direction
        visible = None if self.by_occurrence else set(self.rows)
        while 0 <= position < len(members):
            target = members[position]
            if visible is None:
                self._remember(target)
                self._post_selected()
                return
            if target in visible:
                self.select_index(target)
                return
            position += direction
        where = "last" if direction > 0 else "first"
        self.notify(f"This is the {where} report of this occurrence.", timeout=3)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "by_report":
            return self.by_occurrence
        if action == "by_occurrence":
            return not self.by_occurrence
        return super().check_action(action, parameters)

    # -- drawing ----------------------------------------------------------------------

    def _split_at(self, width: int) -> int:
        """Cell where the Reports column goes: after the date."""
        return 2 + Columns.for_width(width).date

    def _header_strip(self, width: int, base: Style) -> Strip:
        key = ("occurrence-header", width, self.descending, self.app.theme)
        strip = self._cache.get(key)
        if strip is None:
            cells = reports_cells(width)
            left = super()._header_strip(width - cells, base)
            label = "Reports" if cells > 4 else "Rep"
            cell = Text(fit(label, cells - 1) + " ", style=self._style("timeline--header"))
            strip = self._insert(left, cell, width, base)
            self._cache[key] = strip
        return strip

    def _row_strip(self, index: int, width: int, base: Style, selected: bool) -> Strip:
        cells = reports_cells(width)
        first = self._first_report(index)
        left = super()._row_strip(first, width - cells, base, selected, self._row_event(index, first))
        if selected:
            cursor = "timeline--cursor" if self.has_focus else "timeline--cursor-blurred"
            base = base + self.get_component_rich_style(cursor)
        return self._insert(left, self._reports_cell(index, cells), width, base)

    def _row_event(self, row: int, first: int) -> EventView | None:
        """What an occurrence row says: its first report with the occurrence's kind, title and countries."""
        occurrences = self.occurrences
        if not self.by_occurrence or occurrences is None or self.corpus is None:
            return None
        occurrence = occurrences.occurrence_of(row)
        if occurrence is None:
            return None
        kind, countries = occurrence.type or "other", tuple(occurrence.countries)
        return replace(self.corpus.event(first), type=kind, title=occurrence.title or "", countries=countries)

    def _reports_cell(self, index: int, cells: int) -> Text:
        occurrence = self.occurrences.occurrence_of(index) if self.occurrences is not None else None
        reports = occurrence.reports if occurrence is not None else 1
        marked = self.marked is not None and self._is_marked(index)
        count = f"{reports:>{cells - 1}}"  # under the header's last letter; the conflict mark after it
        text = Text(MERGE_MARK if marked else count[0], style=self._style("timeline--corrected"))
        text.append(count[1:], style=None if reports > 1 else self._style("timeline--source"))
        conflict = occurrence is not None and bool(occurrence.conflicts)
        text.append(CONFLICT_MARK if conflict else " ", style=self._style("timeline--inferred"))
        return text

    def _is_marked(self, index: int) -> bool:
        corpus, marked = self.corpus, self.marked
        if corpus is None or marked is None:
            return False
        position = corpus.index_of.get(marked)
        return position is not None and self.members_of(position) == self.members_of(index)

    def _insert(self, left: Strip, cell: Text, width: int, base: Style) -> Strip:
        at = self._split_at(left.cell_length)
        cell_strip = Strip(list(cell.render(self.app.console))).adjust_cell_length(cell.cell_len, base)
        joined = Strip.join([left.crop(0, at), cell_strip.apply_style(base), left.crop(at, left.cell_length)])
        return joined.adjust_cell_length(width, base)

    # -- the keys shared with the viewer (split, mark, merge: tui.occurrence_decisions) --

    def occurrence_action(self, name: str, *args: Any) -> None:
        """The occurrence keys of the timeline and the viewer (``tui.report_bindings``)."""
        actions = {
            "step_report": self.step_report,
            "split": self.split,
            "mark": self.mark,
            "merge": self.merge,
        }
        if name in actions:
            actions[name](*args)
