"""Vote words in this language: who votes, what makes it a vote, a veto, a tally (store/about/votes.py,
store/about/vote_types.py, store/extraction/vote_tallies.py, store/linking/votes.py)."""

# Who votes (a body of the UN or a parliament, without its own name; named ones: common/votes.py) and
# the words that make what it did a vote (store/about/votes.py).
VOTE_BODIES = {
    r"\bSecurity\s+Council\b": "UNSC",
    # A veto of a U.N. text is cast in the Security Council, named or not ("Russia vetoed a U.N. resolution")
    r"\bveto(?:ed|es|ing)?\b(?=.{0,80}?(?:\bU\.?N\b|\bUnited\s+Nations\b|\bresolution\b))": "UNSC",
    # a resolution by its number ("voted for Resolution 2640"): the Security Council's, whoever is named
    r"\b[Rr]esolution\s+\d{3,4}\b": "UNSC",
    r"\b(?:lawmakers|legislators|MPs|parliament(?:arians)?|deputies|lower\s+house|upper\s+house|senators"
    r"|senate|congress)\b": "parliament",
}

VOTE_BODY_WORDS = (
    "council",
    "resolution ",
    "veto",
    "lawmaker",
    "legislat",
    " mps",
    "parliament",
    "deputies",
    "lower house",
    "upper house",
    "senat",
    "congress",
)  # lower case: one of them is in every body above

# What a vote decides when it is no mission: sanctions ("renewed sanctions on Malian officials"). Two
# votes of one body on one day, one on sanctions and one on a mission, are two votes.
VOTE_SANCTIONS = r"\bsanctions?\b|\barms\s+embargo\b|\basset\s+freezes?\b|\btravel\s+bans?\b"

# A veto cast in a voting body: the veto is the act, whatever it blocks (store/about/vote_types.py).
VOTE_VETO = r"\bveto(?:ed|es|ing)?\b"

VOTE_VERBS = (
    r"\bvot(?:ed|es?|ing)\b|\bveto(?:ed|es|ing)?\b|\bballots?\b|\bapprov\w+|\badopt\w+|\bpass(?:ed|es)\b|\bextend\w*"
    r"|\brenew\w*|\bprolong\w*|\bendors\w+|\bauthori[sz]\w+|\breject\w*|\bbacked\b|\blift(?:ed|s|ing)?\b"
)

# The count of a vote told after the vote ("Thirteen members voted in favour of the text, and China
# abstained"): the vote itself (store/extraction/vote_tallies.py).
VOTE_TALLY = (
    r"\bvoted\s+(?:in\s+favou?r|for|against)\b|\babstain(?:ed|ing)\b|\b\d+\s+(?:votes?|ayes)\b|"
    r"\bvotes?\s+(?:in\s+favou?r|against)\b|\b\d+\s+(?:to|-)\s+\d+\s+vote\b"
)
