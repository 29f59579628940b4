"""Vietnamese words for the country a withdrawal crosses into (store/extraction/lead_story.py)."""

# "đã vượt biên giới sang Niger": the country after is where the troops went.
CROSSED_INTO = (
    r"(?:vượt\s+(?:qua\s+)?biên\s+giới|qua\s+biên\s+giới)\s+(?:sang|vào|tới|đến)\s+(?P<dest>(?:\S+\s+){0,1}\S+)",
)
