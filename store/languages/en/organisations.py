"""Regional organisations written out in English (data only; acronyms are in common/organisations.py)."""

from __future__ import annotations

ORGANISATIONS: dict[str, str] = {
    # its summit is told as the region's leaders acting together ("West African leaders lifted the sanctions")
    "ECOWAS": (
        r"\bEconomic\s+Community\s+of\s+West\s+African\s+States\b"
        r"|\bWest\s+African\s+(?:leaders|heads\s+of\s+state)\b"
    ),
    "African Union": r"\bAfrican\s+Union\b",
    "AES": r"\bAlliance\s+of\s+Sahel\s+States\b",
    "Francophonie": r"\bInternational\s+Organi[sz]ation\s+of\s+(?:the\s+|La\s+)?Francophonie\b",
}
