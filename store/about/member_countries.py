"""Countries a sentence lists as the members of a group it names: "Takuba's European partners, among them
Sweden, Estonia and Italy, will leave the country too", "les partenaires européens, dont la Suède,
l'Estonie et l'Italie", "darunter Schweden, Estland und Italien", "entre ellos Suecia, Estonia e Italia",
"trong đó có Thụy Điển, Estonia và Italy".

Such countries are who the group is, not where it is: a force's partners leaving "the country" leave the
host the sentence names otherwise, or none it names (``store.linking.hosts``). The list runs from the
marker (``MEMBERS_LISTED`` in store/languages/<code>/cues.py) over countries joined by commas and "and"
(the marker may stand a few words before the first).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.about.countries import find_countries
from store.languages import languages, table

__all__ = ["member_countries"]


@cache  # one per language ("" or an unknown one: every language's)
def _marker(language: str) -> re.Pattern[str]:
    langs = (language,) if language in languages() else languages()
    forms = [f for code in langs for f in table(code, "cues", "MEMBERS_LISTED", ())]  # type: ignore[union-attr]
    return re.compile("|".join(forms), re.IGNORECASE) if forms else re.compile(r"(?!)")


# What may stand between the marker and the first country: articles only ("dont la Suède"); "dont 2 400
# au Mali" names where, not who.
_BEFORE_FIRST = re.compile(r"\s*(?:(?:the|la|le|les|l['’]|el|los|las|cả|các)\s*)*", re.IGNORECASE)
# What may stand between two countries of one list: a comma, "and", an article.
_JOIN = re.compile(
    r"\s*(?:,|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bvà\b)\s*(?:(?:and|et|und|y|e|và)\s+)?"
    r"(?:(?:the|la|le|les|l['’]|el|los|las)\s*)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def member_countries(sentence: str, language: str) -> frozenset[str]:
    """The codes of the countries ``sentence`` names only in a list of members after a marker."""
    markers = list(_marker((language or "").split("-")[0].lower()).finditer(sentence))
    if not markers:
        return frozenset()
    mentions = sorted(find_countries(sentence, language), key=lambda m: m.start)
    listed: set[str] = set()
    elsewhere: set[str] = set()
    previous_end = -1
    for m in mentions:
        after_marker = any(
            k.end() <= m.start and _BEFORE_FIRST.fullmatch(sentence[k.end() : m.start]) for k in markers
        )
        joined = previous_end >= 0 and bool(_JOIN.fullmatch(sentence[previous_end : m.start]))
        if after_marker or joined:
            listed.add(m.code)
            previous_end = m.end
        else:
            elsewhere.add(m.code)
            previous_end = -1
    return frozenset(listed - elsewhere)
