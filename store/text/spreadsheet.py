"""CSV cells a spreadsheet will not run: OWASP's defence against CSV (formula) injection.

A cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
taken for a formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(...)``,
``@SUM(...)``, ``-2+3``...). Such a cell is written with a leading single quote,
which spreadsheets show as text. A plain number (``-2``, ``+3.5``) is left as it is,
so figures stay numbers. Every CSV writer of mali-tui calls :func:`safe_csv_cell`
on every cell.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?")


def safe_csv_cell(value: str) -> str:
    """``value`` as a CSV cell that no spreadsheet runs: a formula-like start gets a ``'`` prefix."""
    if value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value
