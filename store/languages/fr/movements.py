"""French words of troops on the move and of the moves still to come: harm told with the
movement (store/extraction/harm_on_the_way.py), a deadline named before a completion and posts to be
closed (store/about/withdrawals.py, store/extraction/deadline_days.py)."""

# Les mots du mouvement lui-même (store/extraction/harm_on_the_way.py) : un dommage dit avec eux, juste après
# un retrait daté, a frappé les troupes en partant ce jour-là.
ON_THE_WAY = (
    "convoi", "convois", "colonne", "sur la route", "en route", "en chemin", "trajet", "le départ",
    "lors du départ", "lors du retrait", "pendant le retrait", "en quittant",
)  # fmt: skip

# Un délai nommé avant un achèvement ("C'est aujourd'hui qu'expire le délai fixé pour la fin du retrait"):
# l'achèvement est le plan que fixe le délai, pas fait (store/about/withdrawals.py).
DEADLINE_NOUNS = r"\b(?:délai|date\s+(?:butoir|limite)|échéance)s?\b"

# Fermer un poste militaire ("fermera sa base de Gao", "les bases seraient fermées"): une étape d'un retrait
# (store/about/withdrawals.py ``closing_to_come``, lu seulement s'il est à venir et daté).
CLOSING_POSTS = (
    r"\bferm\w*\s+(?:\w+\s+){0,3}?(?:bases?|camps?|emprises?|garnisons?)\b|"
    r"\b(?:bases?|camps?|emprises?|garnisons?)\s+(?:[^\s,;.]+\s+){0,6}?(?:être\s+)?ferm(?:ée|é)s?\b"
)
