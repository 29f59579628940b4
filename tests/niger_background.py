"""Background reports for linking tests that need France and Niger common in a store."""

# Thirty-odd background reports about France and Niger: both countries are then common in the store
# (store/linking/common_countries.py) and identify no occurrence.
BACKGROUND = {
    f"b{n:02d}.txt": (
        f"2023-{1 + n % 8:02d}-{3 + n % 20:02d}",
        f"Le gouvernement du Niger a critiqué la France le {3 + n % 20} {month} 2023 lors d'un point presse.",
    )
    for n, month in enumerate(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"] * 4)
}
