"""Human names for country codes and event types, and dates at their precision, for display only.

``store.about.countries`` and ``store.about.event_types`` are being written alongside the
browser; until both land, this adapter imports them lazily and falls back to
the raw code, so the browser never breaks on a missing label module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def _lookup(module: str, name: str) -> Callable[..., str] | None:
    """The label function ``module.name``, or ``None`` while it does not exist."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def country_label(code: str, locale: str = "en") -> str:
    """The country's name in ``locale`` ("FR" -> "France"), else the code itself."""
    lookup = _lookup("store.about.countries", "country_name")
    if lookup is None:
        return code
    try:
        return lookup(code, locale=locale) or code
    except (KeyError, ValueError, LookupError):
        return code


def type_label(event_type: str) -> str:
    """A readable event type ("withdrawal_announced" -> "withdrawal announced")."""
    lookup = _lookup("store.about.event_types", "event_type_label")
    if lookup is None:
        return event_type
    try:
        return lookup(event_type) or event_type
    except (KeyError, ValueError, LookupError):
        return event_type


def shown_date(event: dict[str, Any]) -> str:
    """The event's date cut to its precision (``2023-06``), empty when undated."""
    date = event.get("date") or ""
    size = {"day": 10, "month": 7, "year": 4}.get(event.get("date_precision") or "", len(date))
    return date[:size]
