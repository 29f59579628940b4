"""English words of a report correcting its own earlier version (store/extraction/corrected_versions.py)."""

# "Correction: an earlier version of this report said the army entered the town over the weekend; ...":
# what follows says what was wrong, up to the clause that gives the right fact.
EARLIER_VERSION = (
    r"an? (?:earlier|previous) version of this (?:report|story|article|dispatch)"
    r" (?:said|stated|reported|gave|misstated|incorrectly said|wrongly said)",
    r"(?:this|the) (?:report|story|article) (?:earlier|previously)"
    r" (?:said|stated|reported) (?:incorrectly|wrongly)",
)
# Words that open the right fact after the wrong one: "..., but the army entered on Tuesday".
RIGHT_FACT = ("but", "in fact", "instead")
