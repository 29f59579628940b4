"""How a Spanish report names a government office without its holder's name (store/about/offices.py)."""

# "el canciller maliense", "el ministro británico de las Fuerzas Armadas": the office, one person at a
# time.
OFFICES = {
    "foreign minister": (
        r"\bcanciller\b",
        r"\bministr[oa]\s+(?:\w+\s+)?de\s+(?:asuntos\s+exteriores|relaciones\s+exteriores|exteriores)\b",
    ),
    "defence minister": (r"\bministr[oa]\s+(?:\w+\s+)?de\s+(?:defensa|las\s+fuerzas\s+armadas)\b",),
    "prime minister": (r"\bprimer[oa]?\s+ministr[oa]\b",),
}
