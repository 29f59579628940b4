"""Human names for country codes and event types, and dates at their precision, for display only.

The store's label functions are imported when first asked for, not at start-up:
``store.about.countries`` builds its CLDR tables on first use.
"""

from __future__ import annotations

from typing import Any


def country_label(code: str, locale: str = "en") -> str:
    """The country's name in ``locale`` ("FR" -> "France"), else the code itself."""
    from store.about.country_names import cached_country_name

    try:
        return cached_country_name(code, locale=locale) or code
    except (KeyError, ValueError, LookupError):
        return code


def type_label(event_type: str) -> str:
    """A readable event type ("withdrawal_announced" -> "withdrawal announced")."""
    from store.about.event_types import event_type_label

    return event_type_label(event_type) or event_type


def shown_date(event: dict[str, Any]) -> str:
    """The event's date cut to its precision (``2023-06``), empty when undated."""
    date = event.get("date") or ""
    size = {"day": 10, "month": 7, "year": 4}.get(event.get("date_precision") or "", len(date))
    return date[:size]
