"""Where a Spanish report says its source spoke (store/about/speaker_places.py)."""

# ", dijo un portavoz del ejército en París": the town of the speaker, not of the act. ``{NAME}`` is a place
# name.
SAID_AT = (
    r",\s+(?:dijo|declaró|anunció|afirmó|informó|indicó|confirmó|señaló|explicó)\s+(?:[\w-]+\s+){0,6}?en\s+"
    r"(?P<place>{NAME})[^,;]*$",
)
