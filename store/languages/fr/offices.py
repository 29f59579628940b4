"""How a French report names a government office without its holder's name (store/about/offices.py)."""

# "le ministre malien des Affaires étrangères", "le chef de la diplomatie malienne", "la ministre des
# Armées": the office, one person at a time.
OFFICES = {
    "foreign minister": (
        r"\bministre\s+(?:\w+\s+)?des\s+affaires\s+étrangères\b",
        r"\bchef(?:fe)?\s+de\s+la\s+diplomatie\b",
    ),
    "defence minister": (r"\bministre\s+(?:\w+\s+)?(?:des\s+armées|de\s+la\s+défense)\b",),
    "prime minister": (r"\bpremi(?:er|ère)\s+ministre\b",),
}
