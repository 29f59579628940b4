"""What the correction form asks the store to change, worked out without a screen.

The modal reads four fields; this module turns them into a ``CorrectionChange``
holding only what differs from the event as shown, checked with the store's own
validators so the form shows the same one-line errors the store would raise and
nothing invalid ever reaches the write worker. Nothing here imports Textual.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store.correcting import check_countries
from store.storage.correction_values import CorrectionError, validate_date, validate_type

if TYPE_CHECKING:
    from store.event_view import EventView


@dataclass(frozen=True, slots=True)
class CorrectionChange:
    """One write of ``store.storage.correction_writes``: ``None`` keeps a field as is; ``undo`` steps back."""

    date: str | None = None
    date_precision: str | None = None
    countries: tuple[str, ...] | None = None
    type: str | None = None
    rejected: bool | None = None
    target_date: str | None = None  # "" removes the planned date
    undo: bool = False

    def set_correction_kwargs(self) -> dict[str, Any]:
        """Keyword arguments of ``store.correcting.correct_event``."""
        return {
            "target_date": self.target_date,
            "date": self.date,
            "date_precision": self.date_precision,
            "countries": list(self.countries) if self.countries is not None else None,
            "type": self.type,
            "rejected": self.rejected,
        }


def change_from_form(
    event: EventView, *, date: str, countries: str, type: str, rejected: bool, target: str | None = None
) -> CorrectionChange | None:
    """The change the form asks for, or ``None`` when it asks for none.

    The precision comes from the form of the date (``2023`` year, ``2023-06``
    month, ``2023-06-12`` day). Raises ``CorrectionError`` (one line) on a bad
    value. A date cannot be emptied: the store keeps an extracted date unless an
    analyst gives another, and an event that reports nothing is rejected instead.
    """
    new_date = new_precision = None
    text = date.strip()
    if not text:
        if event.date:
            raise CorrectionError("date: give a date (YYYY, YYYY-MM or YYYY-MM-DD), or reject the event")
    else:
        value, precision = validate_date(text)
        if (value, precision) != (event.shown_date, event.date_precision):
            new_date, new_precision = value, precision
    codes = check_countries(countries)
    new_countries = None if sorted(codes) == sorted(event.countries) else tuple(codes)
    new_type = None if type == event.type else validate_type(type)
    new_rejected = None if rejected == event.rejected else rejected
    new_target = None
    if target is not None and target.strip() != (event.target_date or ""):
        new_target = target.strip()
        if new_target:
            try:
                new_target = validate_date(new_target)[0]
            except CorrectionError as exc:
                raise CorrectionError(f"target {exc.message}") from None
    change = CorrectionChange(new_date, new_precision, new_countries, new_type, new_rejected, new_target)
    return None if change == CorrectionChange() else change
