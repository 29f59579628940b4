"""English words that tie a sentence to another or to its source: one pointing back at the
sentence before, one telling the same occasion, how an act was delivered, a source opening the
sentence (read by store/about/main_clause.py, store/extraction/same_occasion.py and told_on.py,
store/dates/attribution_first.py)."""

# A sentence that opens by pointing at the one before it ("This was announced on Monday"): its act is
# there (store/about/main_clause.py refers_back).
ANAPHORA = (
    r"(?:This|That)\s+(?:was|is|has\s+been|had\s+been)\b",
    r"The\s+(?:announcement|decision|move)\s+(?:was|came)\b",
    # "The foreign ministry announced the decision on Monday": its subject, then the decision told before
    r"The\s+(?:\S+\s+){1,4}?(?:announced|confirmed)\s+the\s+(?:decision|move)\b",
)

# Words that open a sentence on its source ("According to a statement released on Monday, ..."): what
# follows its comma is the source's words (store/dates/attribution_first.py).
ATTRIBUTION_OPENERS = ("according to",)

# Another act told as of the same occasion as the one before ("In a second vote, ...", "Deputies separately
# renewed ..."): of that act's day (store/extraction/same_occasion.py).
SAME_OCCASION = (
    r"\bseparately\b|\bin\s+a\s+(?:separate|second|further)\s+(?:vote|ballot|decision|statement|decree|resolution)\b|"
    r"\bin\s+another\s+(?:vote|ballot|decision|statement|decree|resolution)\b"
)

# A sentence that tells how the act told just before was delivered, pointing at it ("The announcement was
# read out on state television"): the same act, told on (store/extraction/told_on.py).
ACT_DELIVERED = (
    r"^\W*(?:The|This|That)\s+(?:announcement|decision|statement|decree|order|communiqué)\s+was\s+(?:\w+ly\s+)?"
    r"(?:read\s+out|read|broadcast|aired|published|issued|announced)\b"
)
