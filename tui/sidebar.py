"""The country sidebar: every country in the events, with how many the other filters let through."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import SelectionList

from tui.first_frame import compact_from_the_start
from tui.timeline import fit

if TYPE_CHECKING:
    from store.browse import Corpus

NAME_CELLS = 13
COUNT_CELLS = 4  # the usual count width; more digits take cells from the name


class CountrySidebar(SelectionList[str]):
    """Checked countries filter the timeline to events involving any of them.

    The order is the corpus-wide count and never changes while filtering, so a
    country does not jump away from under the cursor; the numbers shown are the
    events that match the other active filters.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "select", "Toggle", id="sidebar.toggle", tooltip="Check or uncheck this country"),
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("a", "check_all", "All", id="sidebar.all", tooltip="Check every country"),
        Binding(
            "x", "check_none", "None", id="sidebar.none", tooltip="Uncheck every country (no country filter)"
        ),
        Binding("escape", "back", "Timeline", id="sidebar.back", tooltip="Back to the timeline"),
    ]

    class Back(Message):
        """``escape``: return to the timeline."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        compact_from_the_start(self)
        self.codes: list[str] = []
        self._names: dict[str, str] = {}
        self._count_cells = COUNT_CELLS
        self._shown_counts: dict[str, int] = {}  # what each prompt says now

    @property
    def checked(self) -> frozenset[str] | None:
        """The country filter: ``None`` when nothing is checked (every event shows)."""
        return frozenset(self.selected) or None

    def load(self, corpus: Corpus, *, keep: frozenset[str] | None = None) -> None:
        """List the corpus countries, most frequent first; ``keep`` stays checked (the rest is not)."""
        highlighted = self.codes[self.highlighted] if self.highlighted is not None and self.codes else None
        self.codes = list(corpus.countries)
        self._names = dict(corpus.country_names)
        # The counts keep every digit (100000 events must not read "1000…"); long names give way.
        self._count_cells = max(COUNT_CELLS, len(str(max(corpus.country_totals.values(), default=0))))
        self._shown_counts = {c: corpus.country_totals[c] for c in self.codes}
        with self.prevent(SelectionList.SelectedChanged):
            self.clear_options()
            self.add_options(
                [(self._prompt(c, corpus.country_totals[c]), c, bool(keep and c in keep)) for c in self.codes]
            )
        if self.codes:
            self.highlighted = self.codes.index(highlighted) if highlighted in self.codes else 0

    def update_counts(self, counts: dict[str, int]) -> None:
        """Show ``counts``; only the countries whose count changed are drawn again (a keystroke often
        changes none: each replaced prompt makes the list draw every line anew)."""
        shown = self._shown_counts
        for position, code in enumerate(self.codes):
            count = counts.get(code, 0)
            if shown.get(code) != count:
                self.replace_option_prompt_at_index(position, self._prompt(code, count))
                shown[code] = count

    def _prompt(self, code: str, count: int) -> Text:
        name = self._names.get(code, code)
        cells = self._count_cells
        text = Text(f"{fit(name, NAME_CELLS + COUNT_CELLS - cells)} {count:>{cells}}")
        if not count:
            text.stylize("dim")
        return text

    def action_check_all(self) -> None:
        self.select_all()

    def action_check_none(self) -> None:
        self.deselect_all()

    def action_back(self) -> None:
        self.post_message(self.Back())
