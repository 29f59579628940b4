"""French words that tie a sentence to another or to its source: one pointing back at the
sentence before, one telling the same occasion, how an act was delivered, a source opening the
sentence (read by store/about/main_clause.py, store/extraction/same_occasion.py and told_on.py,
store/dates/attribution_first.py)."""

# A sentence that opens by pointing at the one before it ("C'est ce qu'a annoncé l'armée", "Cela a été
# confirmé lundi"): its act is there (store/about/main_clause.py refers_back).
ANAPHORA = (
    r"C['’]est\s+ce\s+qu",
    r"Cela\b",
    r"Ceci\b",
    r"Cette\s+(?:annonce|décision)\b",
    r"L['’]annonce\s+a\b",
    # « Le ministère des Affaires étrangères a annoncé la décision lundi »
    r"(?:Le|La|Les)\s+(?:\S+\s+){1,6}?(?:a|ont)\s+(?:annoncé|confirmé)\s+(?:la|cette)\s+décision\b",
)

# Ce qui ouvre une phrase sur sa source (« Selon un communiqué publié lundi, ... ») : après sa virgule,
# les mots de la source (store/dates/attribution_first.py).
ATTRIBUTION_OPENERS = ("selon", "d'après", "d’après")

# Another act told as of the same occasion as the one before (« Lors d'un second vote, ... », « Dans un autre
# communiqué, ... »): of that act's day (store/extraction/same_occasion.py).
SAME_OCCASION = (
    r"\b(?:dans|par|lors\s+d['’])\s*(?:un|une)\s+(?:autre|second|seconde|deuxième)\s+"
    r"(?:communiqué|vote|scrutin|décret|décision|déclaration)\b|\bséparément\b"
)

# A sentence that tells how the act told just before was delivered, pointing at it (« L'annonce a été lue à
# la télévision nationale »): the same act, told on (store/extraction/told_on.py).
ACT_DELIVERED = (
    r"^\W*(?:L['’]annonce|La\s+décision|Le\s+communiqué|Le\s+décret|Cette\s+(?:annonce|décision))\s+a\s+été\s+"
    r"(?:lue?|diffusée?|annoncée?|publiée?|rendue?\s+publique)\b"
)
