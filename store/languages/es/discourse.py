"""Spanish words that tie a sentence to another or to its source: one pointing back at the
sentence before, one telling the same occasion, how an act was delivered, a source opening the
sentence (read by store/about/main_clause.py, store/extraction/same_occasion.py and told_on.py,
store/dates/attribution_first.py)."""

# A sentence that opens by pointing at the one before it ("Así lo anunció el lunes el ministro"): its act
# is there (store/about/main_clause.py refers_back).
ANAPHORA = (
    r"Así\s+lo\b",
    r"Esto\s+(?:fue|ha)\b",
    r"Eso\s+(?:fue|ha)\b",
    r"(?:La|Esta)\s+decisión\s+(?:fue|se)\b",
    # "El Ministerio de Exteriores anunció la decisión el lunes"
    r"(?:El|La|Los)\s+(?:\S+\s+){1,6}?(?:anunció|confirmó)\s+(?:la|esta)\s+decisión\b",
)

# Lo que abre una frase con su fuente ("Según un comunicado difundido el lunes, ..."): tras su coma, las
# palabras de la fuente (store/dates/attribution_first.py).
ATTRIBUTION_OPENERS = ("según", "de acuerdo con")

# Another act told as of the same occasion as the one before ("En una segunda votación, ...", "Por separado,
# ..."): of that act's day (store/extraction/same_occasion.py).
SAME_OCCASION = (
    r"\ben\s+(?:una\s+(?:segunda|nueva)|otra)\s+(?:votación|declaración|decisión)\b|"
    r"\ben\s+(?:un\s+(?:segundo|nuevo)|otro)\s+(?:comunicado|decreto)\b|\bpor\s+separado\b"
)

# A sentence that tells how the act told just before was delivered, pointing at it ("El anuncio fue leído en
# la televisión estatal"): the same act, told on (store/extraction/told_on.py).
ACT_DELIVERED = (
    r"^\W*(?:El\s+anuncio|La\s+decisión|El\s+comunicado|El\s+decreto|Esta\s+decisión)\s+fue\s+"
    r"(?:leíd[oa]|difundid[oa]|anunciad[oa]|publicad[oa]|emitid[oa])\b"
)
