"""A CSV cell a spreadsheet will show, never run.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula ("=HYPERLINK(...)" in a scraped sentence). Such a
cell gets a leading apostrophe, which spreadsheets hide and other readers can
strip. Every CSV cell this package writes goes through :func:`spreadsheet_safe`
(meant to be replaced by the project's shared ``safe_csv_cell`` when it lands).
"""

from __future__ import annotations

_RUNNABLE = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    """``value`` as text, with an apostrophe before a leading formula character."""
    text = "" if value is None else str(value)
    if text.startswith(_RUNNABLE):
        return "'" + text
    return text
