"""Spanish words of troops on the move and of the moves still to come: harm told with the
movement (store/extraction/harm_on_the_way.py), a deadline named before a completion and posts to be
closed (store/about/withdrawals.py, store/extraction/deadline_days.py)."""

# Las palabras del movimiento mismo (store/extraction/harm_on_the_way.py): un daño dicho con ellas, justo
# después de una retirada fechada, alcanzó a las tropas al partir ese día.
ON_THE_WAY = (
    "convoy", "convoyes", "columna", "en la carretera", "por la carretera", "en el camino", "en ruta",
    "trayecto", "que salía", "que salían", "durante la retirada", "durante la salida", "al salir",
)  # fmt: skip

# Un plazo nombrado antes de una conclusión ("hoy vence el plazo para el fin de la retirada"): la
# conclusión es el plan que fija el plazo, no hecha (store/about/withdrawals.py).
DEADLINE_NOUNS = r"\b(?:plazos?|fechas?\s+l[ií]mites?)\b"

# Cerrar un puesto militar ("cerrará su base de Gao", "las bases serán cerradas"): un paso de una retirada
# (store/about/withdrawals.py ``closing_to_come``, leído solo si está por venir y fechado).
CLOSING_POSTS = (
    r"\bcerr\w*\s+(?:\w+\s+){0,3}?(?:bases?|campamentos?|cuarteles?|guarniciones?)\b|"
    r"\b(?:bases?|campamentos?|cuarteles?|guarniciones?)\s+(?:[^\s,;.]+\s+){0,6}?cerrad[oa]s?\b"
)
