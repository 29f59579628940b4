"""Spanish text conventions: language detection words and sentence splitting (see en/text.py)."""

DETECTION_WORDS = "el la los las de del y en que a un una es por con para se no al lo su más fue ha según"
ABBREVIATIONS = "sr sra srta dr dra ud uds núm pág art gral cnel gob"
ALWAYS_JOIN = "sr sra srta dr dra gral cnel"
STARTERS = "el la los las en pero según desde tras un una"
# Words before a date in a page header that make it the publication (or update) date.
PUBLISHED_WORDS = ("publicado", "publicada", "fecha")
UPDATED_WORDS = ("actualizado", "actualizada", "modificado")
# Words that join two names of one kind ("the camps of Ber and Goundam": two camps, one act each).
AND_WORDS = ("y", "e")
