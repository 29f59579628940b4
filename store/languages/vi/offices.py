"""How a Vietnamese report names a government office without its holder's name (store/about/offices.py)."""

# "Ngoại trưởng Mali", "Bộ trưởng Ngoại giao Mali", "Bộ trưởng Quốc phòng Anh": the office, one person
# at a time.
OFFICES = {
    "foreign minister": (r"\bngoại\s+trưởng\b", r"\bbộ\s+trưởng\s+(?:bộ\s+)?ngoại\s+giao\b"),
    "defence minister": (
        r"\bbộ\s+trưởng\s+(?:bộ\s+)?quốc\s+phòng\b",
        r"\bbộ\s+trưởng\s+các\s+lực\s+lượng\s+vũ\s+trang\b",
    ),
    "prime minister": (r"\bthủ\s+tướng\b",),
}
