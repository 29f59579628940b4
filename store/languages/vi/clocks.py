"""How a Vietnamese report gives an hour by a city's clock (store/about/clock_places.py)."""

# "lúc 13 giờ theo giờ Paris", "13h (giờ Bamako)": the city is the clock, not where it happened.
CLOCK_OF = (r"\b\d{1,2}(?:\s*giờ|h)(?:\s*\d{1,2})?\s*,?\s*\(?\s*(?:theo\s+)?giờ\s+(?P<place>{NAME})",)
