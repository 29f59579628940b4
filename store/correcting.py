"""Corrections as an analyst makes them: checked against what the store knows, then written.

``store.storage.corrections`` writes correction records and knows only their
form; it may not import the ``about`` group. Checks that need the domain
("QQ" is two letters but no country) live here, above storage, and every
correction, from the CLI or the browser, goes through ``correct_event``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from store.storage.corrections import CorrectionError, set_correction, validate_countries
from store.storage.db import EventStore

NOT_COUNTRIES = frozenset(
    {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
)
"""CLDR regions with two-letter codes that ISO 3166-1 does not assign to a country (EU, UN, ZZ...).

Kosovo (XK, user-assigned but used by the EU and CLDR) is kept: reports name it.
"""


@lru_cache(maxsize=1)
def iso_country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes, from CLDR's region names (Babel)."""
    from babel import Locale

    regions = Locale("en").territories
    return frozenset(c for c in regions if len(c) == 2 and c.isalpha() and c not in NOT_COUNTRIES)


def check_countries(countries: Iterable[str] | str) -> list[str]:
    """ISO 3166-1 alpha-2 codes, upper-cased, without repeats; a code no country has is refused."""
    codes = validate_countries(countries)
    unknown = [c for c in codes if c not in iso_country_codes()]
    if unknown:
        verb = "is not an ISO 3166 country code" if len(unknown) == 1 else "are not ISO 3166 country codes"
        raise CorrectionError(f"countries: {', '.join(unknown)} {verb} (e.g. FR, ML)")
    return codes


def correct_event(
    store: EventStore, event_id: str, *, countries: Iterable[str] | str | None = None, **fields: Any
) -> dict[str, Any]:
    """Check the values, then write the correction (``set_correction``); returns the stored record."""
    checked = check_countries(countries) if countries is not None else None
    return set_correction(store, event_id, countries=checked, **fields)
