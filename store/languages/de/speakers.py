"""Where a German report says its source spoke (store/about/speaker_places.py)."""

# ", sagte ein Armeesprecher in Paris": the town of the speaker, not of the act. ``{NAME}`` is a place name.
SAID_AT = (
    r",\s+(?:sagte|sagten|erklärte|erklärten|teilte|betonte|bestätigte)\s+(?:[\w-]+\s+){0,5}?in\s+"
    r"(?P<place>{NAME})[^,;]*$",
)
