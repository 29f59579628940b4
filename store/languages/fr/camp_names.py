"""French nouns a camp's own name follows (store/linking/named_camps.py): "le camp Maréchal"."""

# "le camp Saint-Exupéry", "la base aérienne Kamboinsin"; "le camp de Gao" names its town (a place).
CAMP_NOUNS = r"[Cc]amp(?:\s+militaire)?|[Bb]ase(?:\s+(?:militaire|aérienne))?|[Cc]aserne"
