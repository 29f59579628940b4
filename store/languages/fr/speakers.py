"""Where a French report says its source spoke (store/about/speaker_places.py)."""

# ", a indiqué un porte-parole de l'armée à Paris": the town of the speaker, not of the act. ``{NAME}`` is a
# place name.
SAID_AT = (
    r",\s+(?:a|ont)\s+(?:indiqué|déclaré|annoncé|affirmé|précisé|expliqué|confirmé|ajouté)\s+(?:[\w'’-]+\s+){0,6}?"
    # the attribution ends the sentence, or a participle clause follows it (", mettant un terme à ...")
    r"à\s+(?P<place>{NAME})(?:[^,;]*$|\s*,\s+(?:en\s+)?[\w'’-]+ant\b)",
)
