"""English words for the country a withdrawal crosses into (store/extraction/lead_story.py)."""

# "crossed the border into Niger", "crossing into Niger": the country after is where the troops went.
CROSSED_INTO = (
    r"\bcross(?:ed|es|ing)?\s+(?:(?:the|a)\s+(?:\w+\s+)?(?:border|frontier)\s+)?into\s+(?P<dest>(?:\w+\s+){0,2}\w+)",
)
