"""How a French report gives an hour by a city's clock (store/about/clock_places.py)."""

# "à 13 h, heure de Paris", "13h00 (heure de Bamako)": the city is the clock, not where it happened.
CLOCK_OF = (r"\b\d{1,2}\s*h(?:eures?)?\s*\d{0,2}\s*,?\s*\(?\s*heure\s+(?:de\s+|d['’])(?P<place>{NAME})",)
