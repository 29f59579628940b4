"""Spanish words for the country a withdrawal crosses into (store/extraction/lead_story.py)."""

# "cruzaron la frontera hacia Níger", "cruzaron a Níger": the country after is where the troops went.
CROSSED_INTO = (
    r"\bcruz(?:ó|aron|ado|ando)\s+(?:la\s+frontera\s+)?(?:hacia|a|con)\s+(?P<dest>(?:\S+\s+){0,1}\S+)",
)
