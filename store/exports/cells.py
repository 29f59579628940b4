"""CSV cells of the board and the ACLED export: any value as text, through the shared spreadsheet guard."""

from __future__ import annotations

from store.text.spreadsheet import safe_csv_cell


def csv_cell(value: object) -> str:
    """``value`` as a CSV cell no spreadsheet runs (``store.text.spreadsheet.safe_csv_cell``)."""
    return safe_csv_cell("" if value is None else str(value))
