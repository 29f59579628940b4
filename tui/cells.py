"""Text cut to terminal cells, and the timeline's columns at a width: no widget, no Textual."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size

from store.text.visible import visible

if TYPE_CHECKING:
    from store.event_view import EventView


def fit(text: str, width: int) -> str:
    """``text`` padded or cut to exactly ``width`` cells, cut text ending in an ellipsis.

    Every cell of the timeline and the sidebar is drawn through here, so control characters and bidi
    overrides in a title, publisher or file name are shown as symbols, never sent to the terminal.
    """
    if width <= 0:
        return ""
    text = visible(text)
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


def display_date(event: EventView) -> str:
    """The stored date at its precision: ``2023-11-03``, ``2023-06`` or ``2014``."""
    return event.shown_date or "—"


@dataclass(frozen=True, slots=True)
class Columns:
    """Cell widths of the table at one screen width (source dropped when narrow)."""

    date: int = 11
    countries: int = 9
    type: int = 11
    title: int = 20
    source: int = 18

    @classmethod
    def for_width(cls, width: int) -> Columns:
        source = 18 if width >= 96 else 0
        kind = 11  # the short labels (``store.model.SHORT_TYPE_LABELS``) fit in 11 cells
        countries = 9 if width >= 60 else 6
        fixed = 1 + 11 + 1 + countries + 1 + kind + 1 + (source + 1 if source else 0)
        return cls(countries=countries, type=kind, title=max(4, width - fixed), source=source)


def title_after_type(title: str, label: str) -> str:
    """The title without its type words, which the Type column already shows: what tells rows apart first.

    "France: withdrawal announced, by 2021-03" -> "France: by 2021-03"; "Mali: coup" -> "Mali";
    a title that does not carry its type's words is left as it is.
    """
    head, sep, body = title.partition(": ")
    if not sep or not label:
        return title
    if body == label:
        return head
    for joint in (", ", " "):
        if body.startswith(label + joint):
            return f"{head}: {body[len(label) + len(joint) :]}"
    return title
