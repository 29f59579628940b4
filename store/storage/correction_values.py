"""The values an analyst may give a correction, checked before anything is written.

Kept apart from the writes (``storage.correction_writes``) because the
correction form checks a field as it is typed, with the same one-line errors
the store would raise, without loading the writer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from store.errors import MaliTuiError
from store.model import EVENT_TYPES

PRECISIONS = ("day", "month", "year")
_DATE_FORMS = {
    "year": re.compile(r"\d{4}"),
    "month": re.compile(r"\d{4}-\d{2}"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
}
_COUNTRY = re.compile(r"[A-Z]{2}")


class CorrectionError(MaliTuiError):
    """A correction that cannot be made: bad value, unknown event, nothing to undo."""


def precision_of(date: str) -> str:
    """The precision a date string's form carries ("2023-06" -> "month")."""
    for precision, form in _DATE_FORMS.items():
        if form.fullmatch(date):
            return precision
    raise CorrectionError(f"date: not a date: {date!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")


def validate_precision(precision: str) -> str:
    """``precision`` when it is one of day, month, year."""
    if precision not in PRECISIONS:
        raise CorrectionError(f"date precision: {precision!r} is not one of day, month, year")
    return precision


def validate_date(date: str, precision: str | None = None) -> tuple[str, str]:
    """(date, precision) checked: a real calendar date whose form matches the precision."""
    date = date.strip()
    form = precision_of(date)
    if precision is not None and validate_precision(precision) != form:
        raise CorrectionError(
            f"date {date!r} has {form} precision, not {precision}; write it as {date_form(precision)}"
        )
    parts = [int(p) for p in date.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        raise CorrectionError(f"date: {date!r} is not a calendar date") from None
    if not 1900 <= parts[0] <= 2100:
        raise CorrectionError(f"date: year {parts[0]} is out of range (1900-2100)")
    return date, form


def date_form(precision: str) -> str:
    """How a date of ``precision`` is written ("YYYY-MM"), for error messages."""
    return {"day": "YYYY-MM-DD", "month": "YYYY-MM", "year": "YYYY"}[precision]


def validate_countries(countries: Iterable[str]) -> list[str]:
    """ISO 3166-1 alpha-2 codes, upper-cased, in the order given, without repeats."""
    if isinstance(countries, str):
        countries = [c for c in re.split(r"[\s,;]+", countries) if c]
    out: list[str] = []
    for raw in countries:
        code = str(raw).strip().upper()
        if not _COUNTRY.fullmatch(code):
            raise CorrectionError(f"countries: {raw!r} is not a 2-letter country code (e.g. FR, ML)")
        if code not in out:
            out.append(code)
    return out


def validate_type(value: str) -> str:
    if value not in EVENT_TYPES:
        raise CorrectionError(f"type: {value!r} is not one of {', '.join(EVENT_TYPES)}")
    return value


__all__ = [
    "PRECISIONS",
    "CorrectionError",
    "date_form",
    "precision_of",
    "validate_countries",
    "validate_date",
    "validate_precision",
    "validate_type",
]
