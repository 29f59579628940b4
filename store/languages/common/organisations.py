"""Regional organisations every language writes with one acronym (data only): the body an act is aimed
at ("the ECOWAS envoy", "le représentant de la Cédéao"), as a person is an expulsion's object. Acronyms
match case-sensitively; each key is the organisation's one name in every language's module."""

from __future__ import annotations

ORGANISATIONS: dict[str, str] = {
    "ECOWAS": r"(?-i:\b(?:ECOWAS|Ecowas|CEDEAO|Cedeao|Cédéao|CÉDÉAO)\b)",
    "African Union": r"(?-i:\bUA\b(?!-)|\bAU\b(?!-))",
    "G5 Sahel": r"\bG5[\s-]?Sahel\b",
    "AES": r"(?-i:\bAES\b)",
    "Francophonie": r"(?-i:\bOIF\b)",
}
