"""Regional organisations a sentence names, in any language: the body an act is aimed at ("told the
special representative of the Economic Community of West African States to leave", "représentant spécial
de la Cédéao", "đặc phái viên của ECOWAS"). One key per organisation, whatever the language writes, so
that two reports of one act on one organisation's envoy share it as they would share the envoy's name.

The words are in store/languages/<code>/organisations.py (``ORGANISATIONS``, written out) and
store/languages/common/organisations.py (the acronyms every language writes).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.about.event_cues import languages_for
from store.languages import table

__all__ = ["organisations_in"]


@cache
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for source in ("common", lang):
        words: dict[str, str] = table(source, "organisations", "ORGANISATIONS", {}) or {}  # type: ignore[assignment]
        found += [(name, re.compile(rx, re.IGNORECASE)) for name, rx in words.items()]
    return tuple(found)


@lru_cache(maxsize=1 << 14)
def organisations_in(text: str, language: str) -> frozenset[str]:
    """The organisations ``text`` names, by their one key ("ECOWAS", "African Union")."""
    return frozenset(
        name for lang in languages_for(language) for name, rx in _patterns(lang) if rx.search(text)
    )
