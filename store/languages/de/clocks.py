"""How a German report gives an hour by a city's clock (store/about/clock_places.py)."""

# "um 13 Uhr Pariser Zeit", "gegen 9.30 Uhr (Bamakoer Zeit)": the city is the clock, not where it happened;
# "Ortszeit" names none.
CLOCK_OF = (r"\b\d{1,2}(?:[:.]\d{2})?\s*Uhr\s*\(?\s*(?P<place>{NAME})er\s+Zeit\b",)
