"""English shapes of a sentence that tells again the act its report told before, in words no cue types
(store/extraction/act_pointed_back.py): a reaction to it ("The junta welcomed the departure"), how it
went ("The withdrawal took place under fire"), what only an act is called ("a historic day"), a decision
taking effect ("The decision takes effect immediately").
"""

_DETERMINER = r"(?:the|this|that|its|their)\s+"
# "the departure": a determiner points back (not "a departure": "This is not a departure")
_DEPARTURE = (
    rf"\b{_DETERMINER}(?:[\w-]+\s+)?(?:departure|withdrawal|pull-?out|drawdown|handover|hand-over|"
    r"disengagement)\b"
)
_REACTED = (
    r"\b(?:welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?|prais(?:e|es|ed|ing)|celebrat(?:e|es|ed|ing)|"
    r"applaud(?:s|ed|ing)?|call(?:s|ed|ing)?|describ(?:e|es|ed|ing))\s+"
)
_WENT = (
    r"\s+(?:(?:had|has)\s+been\s+|was\s+|were\s+)(?:\w+ly\s+)?(?:accelerated|brought\s+forward|speeded\s+up|"
    r"sped\s+up|carried\s+out|conducted)\b|\s+(?:took\s+place|went\s+(?:smoothly|off)|passed\s+off)\b"
)
ACT_NAMED_BACK = {
    # a force leaving, at any stage: its departure, its withdrawal, the handover of its camp
    "withdrawal": rf"{_REACTED}{_DEPARTURE}|{_DEPARTURE}(?:{_WENT})",
    # a decision told as announced, taking effect (its own terms, not another's reaction to it)
    "decision": rf"\b{_DETERMINER}(?:decision|withdrawal|exit|move)\s+(?:takes|took)\s+effect\b",
    # what only an act is called: "a historic moment", "a historic day"
    "any": r"\bhistoric\s+(?:moment|day|turning\s+point)\b",
}
# A negation just before the words: "it is not the departure" names no act.
NEGATION = r"\b(?:not|no|never|nor|neither)\b"

# Another act of the same sitting: "The leaders also lifted sanctions on Guinea" (also_that_day.py).
ALSO = r"\b(?:also|likewise|at\s+the\s+same\s+(?:summit|meeting|session|sitting))\b"
