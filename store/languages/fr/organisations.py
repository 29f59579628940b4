"""Organisations régionales écrites en toutes lettres (données ; les sigles sont dans common/)."""

from __future__ import annotations

ORGANISATIONS: dict[str, str] = {
    "ECOWAS": (
        r"\bCommunauté\s+économique\s+des\s+(?:É|E)tats\s+de\s+l['’]Afrique\s+de\s+l['’]Ouest\b"
        r"|\b(?:dirigeants|chefs\s+d['’](?:É|E)tat)\s+ouest-africains\b"
    ),
    "African Union": r"\bUnion\s+africaine\b",
    "AES": r"\bAlliance\s+des\s+(?:É|E)tats\s+du\s+Sahel\b",
    "Francophonie": r"\bOrganisation\s+internationale\s+de\s+la\s+Francophonie\b",
}
