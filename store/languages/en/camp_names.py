"""English nouns a camp's own name follows (store/linking/named_camps.py): "Camp Maréchal"."""

# Capitalised, as a name's first word: "the camp" alone names nothing ("the X camp": about/camp_names.py).
CAMP_NOUNS = r"Camp|Base|Fort"
