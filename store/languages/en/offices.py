"""How an English report names a government office without its holder's name (store/about/offices.py)."""

# "Mali's foreign minister", "the armed forces minister", "Defence Secretary": the office, one person at
# a time, whose act two reports may both tell.
OFFICES = {
    "foreign minister": (
        r"\bforeign\s+(?:affairs\s+)?(?:minister|secretary)\b",
        r"\bminister\s+of\s+foreign\s+affairs\b",
    ),
    "defence minister": (
        r"\bdefen[cs]e\s+(?:minister|secretary)\b",
        r"\barmed\s+forces\s+minister\b",
        r"\bminister\s+(?:of|for)\s+(?:defen[cs]e|the\s+armed\s+forces)\b",
    ),
    "prime minister": (r"\bprime\s+minister\b",),
}
