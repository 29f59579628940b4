"""How a Spanish report gives an hour by a city's clock (store/about/clock_places.py)."""

# "a las 13.00 hora de París", "a las 9 (hora de Bamako)": the city is the clock, not where it happened.
CLOCK_OF = (r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:horas?\s*)?,?\s*\(?\s*hora\s+(?:de\s+)?(?P<place>{NAME})",)
