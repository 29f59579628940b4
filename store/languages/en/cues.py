"""English cues: the tense of a clause (store/dates/tense.py) and event types (store/about/event_types.py)."""

TENSE_FUTURE = (
    r"will|shall|won't|'ll|would|going\s+to|(?:is|are|was|were)\s+(?:expected|set|scheduled|due|slated|"
    r"poised|planned|supposed)\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|to\s+be\s+\w+ed|"
    r"upcoming|next|coming|until|till|deadline"
)
TENSE_PAST = (
    r"was|were|had|did|has|have|having|ago|last|previously|earlier|yesterday|since|began|begun|"
    r"left|took|"
    r"said|told|led|broke|seized|saw|made|held|came|went|gave|sent|withdrew|fought|lost|met|paid|won|"
    r"struck|killed|overthrew|\w{3,}ed"
)
# Passive or adjectival "-ed" words that do not mark the past ("expected to", "planned withdrawal").
NOT_PAST = frozenset(
    {
        "expected", "scheduled", "planned", "set", "authorized", "authorised", "intended", "proposed",
        "supposed", "destined", "aimed", "determined", "committed", "concerned", "based", "united",
        "integrated", "armed", "called", "tied", "named", "related", "linked", "described",
        "unprecedented", "interested", "advanced",
    }
)  # fmt: skip
CLAUSE_WORDS = ("and", "but", "while", "whereas", "after", "before", "as", "when", "that")
