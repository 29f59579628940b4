"""Sanctions imposed on a country and sanctions lifted: two kinds of act an analyst of the Sahel's juntas
follows beside the withdrawals ("ECOWAS imposed economic and financial sanctions on Niger" on July 30;
"West African leaders lifted most of the sanctions on Niger" the next February).

Each is its own occurrence: a lifting is not the imposing it undoes, and neither is the coup they answer.
The cues are in store/languages/<code>/sanctions.py (``SANCTIONS_LIFTED``, ``SANCTIONS_IMPOSED``). A
lifting is read first ("lifted the sanctions they imposed after the coup": the imposing is its
background); one only demanded ("asked for the sanctions to be lifted", "a demandé la levée des
sanctions") or told in a clause that qualifies something else ("after ECOWAS imposed sanctions, ...") is
not told as done. Sanctions voted by a council are a vote (store/about/vote_types.py), read before these.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.acts import demanded
from store.about.event_cues import compiled
from store.about.main_clause import subordinate
from store.languages import table

__all__ = ["SANCTION_TYPES", "sanctions_kind"]

SANCTION_TYPES = ("sanctions_lifted", "sanctions")  # read in this order
_CUE = {"sanctions_lifted": "SANCTIONS_LIFTED", "sanctions": "SANCTIONS_IMPOSED"}


@cache
def _pattern(lang: str, name: str) -> re.Pattern[str]:
    return re.compile(str(table(lang, "sanctions", name, None) or r"(?!)"), re.IGNORECASE)


def _told(text: str, lang: str, kind: str) -> bool:
    c = compiled(lang).cues
    return any(
        not demanded(text, lang, m.start(), m.end()) and not subordinate(text, c, m.start())
        for m in _pattern(lang, _CUE[kind]).finditer(text)
    )


def sanctions_kind(text: str, lang: str) -> str | None:
    """ "sanctions_lifted" or "sanctions" when ``text`` tells sanctions lifted or imposed as done."""
    return next((kind for kind in SANCTION_TYPES if _told(text, lang, kind)), None)
