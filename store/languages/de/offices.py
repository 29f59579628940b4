"""How a German report names a government office without its holder's name (store/about/offices.py)."""

# "der malische Außenminister", "die Verteidigungsministerin": the office, one person at a time.
OFFICES = {
    "foreign minister": (r"\baußenminister(?:in)?\b",),
    "defence minister": (r"\bverteidigungsminister(?:in)?\b",),
    "prime minister": (r"\bpremierminister(?:in)?\b", r"\bministerpräsident(?:in)?\b"),
}
