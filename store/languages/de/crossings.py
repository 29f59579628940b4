"""German words for the country a withdrawal crosses into (store/extraction/lead_story.py)."""

# "überquerten die Grenze nach Niger", "über die Grenze nach Niger": the country after is where they went.
CROSSED_INTO = (r"\bGrenze\s+(?:nach|in\s+(?:den|die))\s+(?P<dest>(?:\S+\s+){0,1}\S+)",)
