"""Countries a sentence lists as the members of a group it names: "Takuba's European partners, among them
Sweden, Estonia and Italy, will leave the country too", "les partenaires européens, dont la Suède,
l'Estonie et l'Italie", "darunter Schweden, Estland und Italien", "entre ellos Suecia, Estonia e Italia",
"trong đó có Thụy Điển, Estonia và Italy".

Such countries are who the group is, not where it is: a force's partners leaving "the country" leave the
host the sentence names otherwise, or none it names (``store.linking.hosts``). The list runs from the
marker over countries joined by commas and "and" (the marker may stand a few words before the first).
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.countries import find_countries

__all__ = ["member_countries"]

# What opens a list of members, the list's first country within a few words after it.
_MARKERS = (
    r"\b(?:among\s+them|among\s+which|including|such\s+as)",  # en
    r"\b(?:dont|parmi\s+lesquels|parmi\s+lesquelles|notamment|tels?\s+que|telles?\s+que)",  # fr
    r"\b(?:darunter|unter\s+ihnen|etwa|wie\s+etwa|einschließlich)",  # de
    r"\b(?:entre\s+ellos|entre\s+ellas|incluidos|incluidas|como\s+son)",  # es
    r"(?<!\w)(?:trong\s+đó\s+có|trong\s+đó|bao\s+gồm|gồm|như\s+là)",  # vi
)
_MARKER = re.compile("|".join(_MARKERS), re.IGNORECASE)
_BEFORE_FIRST = 25  # characters between the marker and the first country ("dont la", "trong đó có cả")
# What may stand between two countries of one list: a comma, "and", an article.
_JOIN = re.compile(
    r"\s*(?:,|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bvà\b)\s*(?:(?:and|et|und|y|e|và)\s+)?"
    r"(?:(?:the|la|le|les|l['’]|el|los|las)\s*)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def member_countries(sentence: str, language: str) -> frozenset[str]:
    """The codes of the countries ``sentence`` names only in a list of members after a marker."""
    markers = list(_MARKER.finditer(sentence))
    if not markers:
        return frozenset()
    mentions = sorted(find_countries(sentence, language), key=lambda m: m.start)
    listed: set[str] = set()
    elsewhere: set[str] = set()
    previous_end = -1
    for m in mentions:
        after_marker = any(0 <= m.start - k.end() <= _BEFORE_FIRST for k in markers)
        joined = previous_end >= 0 and bool(_JOIN.fullmatch(sentence[previous_end : m.start]))
        if after_marker or joined:
            listed.add(m.code)
            previous_end = m.end
        else:
            elsewhere.add(m.code)
            previous_end = -1
    return frozenset(listed - elsewhere)
