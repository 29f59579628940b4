"""French words for the country a withdrawal crosses into (store/extraction/lead_story.py)."""

# "ont franchi la frontière vers le Niger", "sont passés au Niger": the country after is where they went.
CROSSED_INTO = (
    r"\b(?:franchi|traversé)\w*\s+la\s+frontière\s+(?:vers|pour\s+entrer\s+(?:au|en))\s+(?P<dest>(?:\S+\s+){0,2}\S+)",
    r"\bpassé(?:e|s|es)?\s+(?:la\s+frontière\s+)?(?:au|en)\s+(?P<dest>(?:\S+\s+){0,1}\S+)",
)
