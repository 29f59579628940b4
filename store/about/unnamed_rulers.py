"""A government the sentence does not name: whose is it?

"A principios de diciembre, las autoridades ya habían suspendido la emisora francesa RFI", in a report
about Burkina Faso: the only country the sentence names is the broadcaster's (France), but the act is
Burkina Faso's. A sentence that names no country already takes its context's (``store.extract``); one
whose acting government is unnamed ("the authorities", "la junte", "die Regierung", "chính quyền") takes
it as well, beside the countries it names. "Les autorités maliennes", "el gobierno de Níger" name
theirs. The words are in ``UNNAMED_RULERS`` of each ``store/languages/<code>/countries.py``.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.countries import find_countries
from store.languages import table


@cache
def _pattern(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words of an unnamed government, and what may stand between them and a country that names
    them ("of", "du", "de transition du"; never a verb: "the authorities expelled the French envoy")."""
    lang = (language or "").split("-")[0].lower()
    found = table(lang, "countries", "UNNAMED_RULERS", None)
    if not found:
        return None
    qualified = table(lang, "countries", "RULERS_QUALIFIED_BY", "") or ""
    return re.compile(str(found), re.IGNORECASE), re.compile(rf"\s*{qualified}", re.IGNORECASE)


def rulers_unnamed(sentence: str, language: str) -> bool:
    """Whether ``sentence`` tells of a government without saying whose ("the authorities", not "the
    Malian authorities" nor "el gobierno de Malí")."""
    patterns = _pattern(language)
    if patterns is None:
        return False
    pattern, qualified = patterns
    found = list(pattern.finditer(sentence))
    if not found:
        return False
    starts = [c.start for c in find_countries(sentence, language)]
    return any(
        not any(s >= m.end() and qualified.fullmatch(sentence, m.end(), s) for s in starts) for m in found
    )
