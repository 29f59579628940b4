"""Regionale Organisationen ausgeschrieben (Daten; die Kürzel stehen in common/)."""

from __future__ import annotations

ORGANISATIONS: dict[str, str] = {
    "ECOWAS": r"\bWestafrikanische[nrs]?\s+(?:Wirtschaftsgemeinschaft|Staatschefs)\b",
    "African Union": r"\bAfrikanische[nr]?\s+Union\b",
    "AES": r"\bAllianz\s+der\s+Sahelstaaten\b",
    "Francophonie": r"\bInternationale[nr]?\s+Organisation\s+der\s+Frankophonie\b",
}
