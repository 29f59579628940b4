"""Countries a sentence names only to compare or to give a background act: "Togo announced the withdrawal
of its soldiers, the same day as Benin", "Estonia will withdraw its troops, after France announced the end
of Barkhane", "comme le Bénin", "à l'instar du Tchad", "wie Schweden", "tras Francia", "giống như Pháp".

Such a country does not act in the sentence's event: two reports of two countries' announcements on one
day must not share it as evidence. A country also named outside such a phrase still counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.countries import find_countries

__all__ = ["compared_countries"]

# What comes right before a compared country, an article or "what" allowed between.
_MARKERS = (
    # en: "like Benin", "as did Benin", "the same day as Benin", "after France announced", "following Chad"
    r"\b(?:like|unlike|as\s+did|same\s+day\s+as|after|following|before|joining|in\s+the\s+footsteps\s+of)",
    # fr: "comme le Bénin", "à l'instar du Tchad", "le même jour que le Bénin", "après que la France"
    r"\b(?:comme|à\s+l['’]instar\s+d[eu']|même\s+jour\s+que|après\s+que|après|avant|emboîtant\s+le\s+pas\s+à|"
    r"au\s+lendemain\s+d[eu']|"
    r"dans\s+le\s+sillage\s+d[eu'])",
    # de (not "nach": "nach Deutschland" is where troops go): "wie Schweden", "nachdem Frankreich"
    r"\b(?:wie|nachdem|ebenso\s+wie|genau\s+wie)",
    # es: "como Benín", "tras Francia", "después de que Francia", "al igual que Chad", "siguiendo a Mali"
    r"\b(?:como|tras|después\s+de(?:\s+que)?|al\s+igual\s+que|siguiendo\s+a)",
    # vi: "giống như Pháp", "sau khi Pháp", "theo chân Pháp", "cùng ngày với Benin"
    r"(?<!\w)(?:giống\s+như|sau\s+khi|theo\s+chân|cùng\s+ngày\s+với|tương\s+tự)",
)
_ARTICLE = r"(?:\s+(?:the|le|la|les|l['’]|du|des|de\s+la|el|los|las|der|die|das|que|qu['’]))*"
_BEFORE = re.compile(rf"(?:{'|'.join(_MARKERS)}){_ARTICLE}\s*$", re.IGNORECASE)
_ANY = re.compile("|".join(_MARKERS), re.IGNORECASE)  # most sentences have none: let them go at once


@lru_cache(maxsize=1 << 14)
def compared_countries(sentence: str, language: str) -> frozenset[str]:
    """The codes of the countries ``sentence`` names only after a comparison or background marker."""
    if not _ANY.search(sentence):
        return frozenset()
    mentions = find_countries(sentence, language)
    passing: set[str] = set()
    acting: set[str] = set()
    for m in mentions:
        before = sentence[max(0, m.start - 40) : m.start]
        (passing if _BEFORE.search(before) else acting).add(m.code)
    return frozenset(passing - acting)
