"""How an English report gives an hour by a city's clock (store/about/clock_places.py)."""

# "at 1 p.m. Paris time", "at 13:00 Bamako time": the city is the clock, not where it happened. ``{NAME}``
# is a place name; an hour comes first, so "a Paris time capsule" is not one.
CLOCK_OF = (r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?\s+)?\(?(?P<place>{NAME})\s+time\b",)
