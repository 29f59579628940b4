"""Whether a sentence names the countries its event carries, or carries its report's.

Extraction gives a sentence that names no country its report's countries (the headline's, the
paragraph's): "«Hoy se cierra un capítulo», dijo un portavoz militar" in a report about Burkina Faso
carries Burkina Faso and France. Those say what the report is about, not which act the sentence tells:
a quote of feeling, a reaction or a detail of the ceremony told that day names them only through its
report. The rules that take a statement telling no act for another report's act of that day because it
names exactly that act's countries (``silent_report``, ``untyped_speech``) read the countries only when the
sentence's own words (with the sentence it points back at: "Das kündigte Macron an") name one, or when
both sentences are of one report, whose countries are the story both tell. A town its sentence names is
its own words already.
"""

from __future__ import annotations

from functools import lru_cache

from store.about.countries import event_countries
from store.linking.profiles import Profile


def countries_told(p: Profile, beside: Profile) -> bool:
    """Whether ``p``'s countries say which act it tells ``beside`` another event: its own words (or those
    of the sentence it points back at) name a country (a dateline's town is not the sentence's words), or
    both are of one report."""
    return p.doc == beside.doc or _names_a_country(p.told or p.text, p.language)


@lru_cache(maxsize=4096)  # asked per pair, of a few sentences
def _names_a_country(text: str, language: str) -> bool:
    return bool(event_countries(text, language))
