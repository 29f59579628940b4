"""The selected event's fields under the source: date and why, target, countries, places, figures, type.

Apart from the source viewer (``tui.viewer``) because it reads the event, not
the document: what extraction found, and what an analyst corrected, side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from store.text.visible import visible
from tui.timeline import display_date

if TYPE_CHECKING:
    from store.browse import Corpus


class EventDetails(Static):
    """The selected event's fields: date and why, target date, countries, places, figures, type.

    A field an analyst corrected says so and shows what extraction had found,
    so that a corrected date is never mistaken for an extracted one.
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {"details--corrected", "details--rejected"}

    DEFAULT_CSS = """
    EventDetails {
        height: auto; max-height: 12; padding: 0 1; border-top: hkey $panel;
        /* Most events need 4 to 8 lines: a steady height spares a layout of the screen per cursor move. */
        &.-event { min-height: 9; }
        & > .details--corrected { color: $text-accent; }
        & > .details--rejected { color: $text-error; text-style: bold; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._lines = 0  # content lines of the text shown last

    def _set_text(self, text: Text | str) -> None:
        """Show ``text``; lay the screen out again only when the pane's height must change.

        ``min-height`` keeps the height of most events, so moving the cursor
        repaints the pane without a layout pass of the whole screen. Whether a
        ``min-height`` or ``max-height`` holds is read off the last layout: the
        pane is taller (shorter) than the text it was laid out for.
        """
        self.update(text, layout=False)
        region = self.content_region
        lines = self.get_content_height(region.size, region.size, region.width) if region.width else 0
        before, self._lines = self._lines, lines
        shown = region.height
        if shown and (
            lines == shown or (before < shown and lines < shown) or (before > shown and lines > shown)
        ):
            return
        self.refresh(layout=True)

    def show(self, corpus: Corpus | None, index: int | None) -> None:
        self.set_class(corpus is not None and index is not None, "-event")
        if corpus is None or index is None:
            self._set_text("")
            return
        event, extracted = corpus.shown_and_extracted(index)
        fixed = event.corrected_fields
        # Called from message handlers: a corpus arriving while the app closes finds no stylesheet.
        note = self.get_component_rich_style("details--corrected", partial=True, default=Style())
        text = Text(no_wrap=False)
        if event.rejected:
            style = self.get_component_rich_style("details--rejected", partial=True, default=Style())
            self._field(text, "Rejected", "not an event (r restores it, u undoes)", value_style=style)
        date = display_date(event) if event.date else "undated"
        if event.date_mod:
            date = f"{event.date_mod} {date}"
        if event.date_inferred:
            date += " (inferred)"
        was_date = display_date(extracted) if extracted.date else "undated"
        date_fixed = bool(fixed & {"date", "date_precision"})
        self._field(
            text, "Date", date, note=f"corrected; extracted {was_date}" if date_fixed else "", note_style=note
        )
        why = extracted.date_reason if date_fixed else event.date_reason
        if why:  # it quotes the expression as written
            self._field(text, "Why", f"extraction: {why}" if date_fixed else why)
        if event.target_date:
            self._field(text, "Target", event.target_date)
        names = [corpus.country_names.get(c, c) for c in event.countries]
        was_names = ", ".join(corpus.country_names.get(c, c) for c in extracted.countries) or "none"
        self._field(
            text,
            "Countries",
            ", ".join(names) or "—",
            note=f"corrected; extracted {was_names}" if "countries" in fixed else "",
            note_style=note,
        )
        if event.places:
            self._field(text, "Places", ", ".join(event.places))
        figures = [f.text or f"{f.value} {f.unit}" for f in event.figures]
        if figures:
            self._field(text, "Figures", "; ".join(figures))
        kind = event.type
        was_kind = extracted.type
        self._field(
            text,
            "Type",
            corpus.type_names.get(kind, kind),
            note=f"corrected; extracted {corpus.type_name(was_kind)}" if "type" in fixed else "",
            note_style=note,
            last=True,
        )
        self._set_text(text)

    @staticmethod
    def _field(
        text: Text,
        label: str,
        value: str,
        *,
        note: str = "",
        note_style: Style | None = None,
        value_style: Style | None = None,
        last: bool = False,
    ) -> None:
        """``label  value (note)``, the note (what was corrected) set apart by ``note_style``."""
        text.append(f"{label:<10}", style="bold")
        text.append(visible(value), style=value_style)
        if note:
            text.append(f" ({visible(note)})", style=note_style)
        if not last:
            text.append("\n")
