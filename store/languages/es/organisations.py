"""Organizaciones regionales escritas por extenso (datos; las siglas están en common/)."""

from __future__ import annotations

ORGANISATIONS: dict[str, str] = {
    "ECOWAS": (
        r"\bComunidad\s+Econ[oó]mica\s+de\s+(?:los\s+)?Estados\s+de\s+[AÁ]frica\s+Occidental\b"
        r"|\b(?:l[ií]deres|jefes\s+de\s+Estado)\s+de\s+[AÁ]frica\s+Occidental\b"
    ),
    "African Union": r"\bUni[oó]n\s+Africana\b",
    "AES": r"\bAlianza\s+de\s+(?:los\s+)?Estados\s+del\s+Sahel\b",
    "Francophonie": r"\bOrganizaci[oó]n\s+Internacional\s+de\s+la\s+Francofon[ií]a\b",
}
