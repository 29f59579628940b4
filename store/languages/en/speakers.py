"""Where an English report says its source spoke (store/about/speaker_places.py)."""

# ", an army spokesman in Paris said": the town of the speaker, not of the act. ``{NAME}`` is a place name.
SAID_AT = (
    r",\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,4}?in\s+(?P<place>{NAME})\s+(?:said|says|told|added|confirmed)\b[^,;]*$",
)
