"""Spanish nouns a camp's own name follows (store/linking/named_camps.py): "el campamento Maréchal"."""

# "el campamento Saint-Exupéry", "la base aérea Kamboinsin"; "la base de Gao" names its town (a place).
CAMP_NOUNS = r"[Cc]ampamento(?:\s+militar)?|[Bb]ase(?:\s+(?:militar|aérea))?|[Cc]uartel"
