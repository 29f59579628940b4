"""Vietnamese nouns a camp's own name follows (store/linking/named_camps.py): "trại Maréchal"."""

# "căn cứ Port-Bouët", "doanh trại Saint-Exupéry", "trại Kamboinsin".
CAMP_NOUNS = r"(?:[Cc]ăn\s+cứ|[Dd]oanh\s+trại|[Tt]rại)(?:\s+(?:quân\s+sự|không\s+quân))?"
