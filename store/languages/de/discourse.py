"""German words that tie a sentence to another or to its source: one pointing back at the
sentence before, one telling the same occasion, how an act was delivered, a source opening the
sentence (read by store/about/main_clause.py, store/extraction/same_occasion.py and told_on.py,
store/dates/attribution_first.py)."""

# A sentence that opens by pointing at the one before it ("Das gab Macron am Donnerstag bekannt": "Das"
# before a lowercase word is no article): its act is there (store/about/main_clause.py refers_back).
ANAPHORA = (
    r"(?:Das|Dies)\s+(?-i:[a-zäöüß])",
    r"Dies\b",
    r"Diese\s+Entscheidung\b",
    # "Das Außenministerium gab die Entscheidung am Montag bekannt"
    r"(?:Das|Die|Der)\s+(?:\S+\s+){1,3}?(?:gab|hat|bestätigte)\s+(?:die|diese)\s+Entscheidung\b",
)

# Was einen Satz mit seiner Quelle eröffnet ("Laut einer am Montag veröffentlichten Mitteilung ..."): nach
# dem Komma die Worte der Quelle (store/dates/attribution_first.py).
ATTRIBUTION_OPENERS = ("laut", "nach Angaben", "gemäß")

# Another act told as of the same occasion as the one before ("In einer zweiten Abstimmung ...", "In einer
# weiteren Erklärung ..."): of that act's day (store/extraction/same_occasion.py).
SAME_OCCASION = (
    r"\b[Ii]n\s+einer\s+(?:zweiten|weiteren|separaten|gesonderten|anderen)\s+(?:Abstimmung|Erklärung|Mitteilung|"
    r"Entscheidung)\b|\b[Ii]n\s+einem\s+(?:zweiten|weiteren|separaten|gesonderten|anderen)\s+(?:Beschluss|Dekret|"
    r"Votum)\b|\b[Gg]esondert\b"
)

# A sentence that tells how the act told just before was delivered, pointing at it ("Die Erklärung wurde im
# Staatsfernsehen verlesen"): the same act, told on (store/extraction/told_on.py).
ACT_DELIVERED = (
    r"^\W*(?:Die|Diese)\s+(?:Entscheidung|Erklärung|Ankündigung|Mitteilung)\s+wurde\s+(?:\S+\s+){0,6}?"
    r"(?:verlesen|verkündet|bekanntgegeben|bekannt\s+gegeben|veröffentlicht|ausgestrahlt)\b"
)
