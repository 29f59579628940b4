"""Command palette (ctrl+p): filters, jumps and exports by name."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

from store.text.visible import visible

if TYPE_CHECKING:
    from tui.browser_screen import BrowserScreen

_DATE_QUERY = re.compile(
    r"^\s*(?:jump\s+(?:to\s+)?(?:date\s*)?:?\s*)?(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)\s*$", re.I
)


class MaliCommands(Provider):
    """ "Filter by country: France", "Type: attack", "Jump to date", "Clear filters", exports."""

    @property
    def _app(self) -> BrowserScreen:
        """The browser the palette was opened from."""
        return cast("BrowserScreen", self.screen)

    def _commands(self) -> list[tuple[str, Callable[[], object], str]]:
        from tui.browser_screen import BrowserScreen

        if not isinstance(self.screen, BrowserScreen):
            return []
        app = self._app
        commands: list[tuple[str, Callable[[], object], str]] = [
            ("Clear filters", app.action_clear_filters, "Show every event again (ctrl+l)"),
            ("Jump to date", app.action_jump_prompt, "Select the first event on or after a date"),
            (
                "Export filtered events (JSON lines)",
                partial(app.action_export, "jsonl"),
                "Write the events of the current filter to a .jsonl file",
            ),
            (
                "Export filtered events (CSV)",
                partial(app.action_export, "csv"),
                "Write the events of the current filter to a .csv file",
            ),
            ("Board: who left when", app.action_board, "Forces and their withdrawals, one row per host (w)"),
            (
                "Export filtered events (ACLED CSV)",
                partial(app.action_export, "acled"),
                "ACLED's columns and codes; events dated to a year only are left out",
            ),
            (
                "Export filtered events (TimelineJS)",
                partial(app.action_export, "timelinejs"),
                "The JSON TimelineJS reads; undated events are left out",
            ),
            ("Flip sort order", app.action_flip_sort, "Oldest or newest first (s)"),
            ("Toggle country sidebar", app.action_toggle_sidebar, "Hide or show the countries (b)"),
            ("Copy citation", app.action_copy_citation, "Copy the selected event's citation (y)"),
            ("Open the document's web page", app.action_open_url, "In the web browser, http(s) only (o)"),
            (
                "Reset settings",
                app.action_reset_settings,
                "Forget the saved theme, sort, sidebar and filters (ctrl+r)",
            ),
            (
                "Correct selected event",
                app.action_correct,
                "Fix its date, countries or type, or reject it (E)",
            ),
            (
                "Reject selected event",
                app.action_toggle_reject,
                "Mark it as not an event: struck out, left out of exports; again restores it (r)",
            ),
            ("Undo correction", app.action_undo_correction, "Undo the selected event's last correction (u)"),
            *_occurrence_commands(app),
        ]
        # The palette offers what the keys allow now (no correction while the store is read, ...).
        actions = {
            "Export filtered events (JSON lines)": "export",
            "Export filtered events (CSV)": "export",
            "Export filtered events (ACLED CSV)": "export",
            "Export filtered events (TimelineJS)": "export",
            "Board: who left when": "board",
            "Copy citation": "copy_citation",
            "Correct selected event": "correct",
            "Reject selected event": "toggle_reject",
            "Undo correction": "undo_correction",
            "Toggle country sidebar": "toggle_sidebar",
        }
        commands = [c for c in commands if c[0] not in actions or app.check_action(actions[c[0]], ()) is True]
        corpus = app.corpus
        if corpus is not None:
            for code in corpus.countries:
                name = visible(corpus.country_names.get(code, code))
                commands.append(
                    (
                        f"Filter by country: {name}",
                        partial(app.filter_country, code),
                        f"Only events involving {name} ({corpus.country_totals[code]})",
                    )
                )
            for kind in corpus.types_present:
                commands.append(
                    (
                        f"Type: {visible(corpus.type_names.get(kind, kind))}",
                        partial(app.set_type_filter, kind),
                        "Only events of this type",
                    )
                )
            commands.append(("Type: all", partial(app.set_type_filter, None), "Remove the type filter"))
        return commands

    async def discover(self) -> Hits:
        for name, command, help_text in self._commands():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        date = _DATE_QUERY.match(query)
        if date and self._commands():
            when = date.group(1)
            yield Hit(
                1.0,
                f"Jump to date: {when}",
                partial(self._app.jump_to_date, when),
                help="Select the first event on or after this date",
            )
        matcher = self.matcher(query)
        for name, command, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), command, text=name, help=help_text)


def _occurrence_commands(app: BrowserScreen) -> list[tuple[str, Callable[[], object], str]]:
    """The occurrence keys (``R``, ``X``, ``m``, ``M``) as commands."""
    timeline = app.timeline
    switch = (
        ("One row per report", timeline.action_by_report, "Every report on its own row (R)")
        if timeline.by_occurrence
        else (
            "One row per occurrence",
            timeline.action_by_occurrence,
            "The reports of one occurrence together (R)",
        )
    )
    return [
        switch,
        (
            "Split report out of its occurrence",
            partial(app.action_occurrences, "split"),
            "The report being read is another occurrence (X)",
        ),
        ("Mark occurrence for a merge", partial(app.action_occurrences, "mark"), "Then M on another one (m)"),
        (
            "Merge selected occurrence into the marked one",
            partial(app.action_occurrences, "merge"),
            "They report the same occurrence (M)",
        ),
    ]
