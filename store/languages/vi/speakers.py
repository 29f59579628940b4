"""Where a Vietnamese report says its source spoke (store/about/speaker_places.py)."""

# "Một người phát ngôn quân đội ở Paris cho biết ...": the town of the speaker, not of the act. ``{NAME}`` is
# a place name.
SAID_AT = (r"^[^,;]{0,80}?\s(?:ở|tại)\s+(?P<place>{NAME})\s+(?:cho\s+biết|cho\s+hay|nói|tuyên\s+bố)\b",)
