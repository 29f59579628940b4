"""Spanish shapes of a sentence that tells again the act its report told before, in words no cue types
(store/extraction/act_pointed_back.py): "El presidente celebró la salida de las tropas", "la retirada
tiene efecto inmediato", "La entrega se desarrolló sin incidentes".
"""

_DEPARTURE = (
    r"\b(?:la|esta|esa|su)\s+(?:[\w-]+\s+)?(?:salida|retirada|partida|entrega)\b|"
    r"\b(?:el|este|ese|su)\s+(?:[\w-]+\s+)?(?:retiro|repliegue)\b"
)
_REACTED = r"\b(?:celebr\w*|salud\w*|aplaudi\w*|calific\w*|acogi\w*|elogi\w*)\s+"
_WENT = (
    r"\s+(?:se\s+(?:desarrolló|realizó|produjo|aceleró|adelantó)|fue\s+(?:acelerad|adelantad|realizad)[oa])\b"
)
ACT_NAMED_BACK = {
    "withdrawal": rf"{_REACTED}(?:{_DEPARTURE})|(?:{_DEPARTURE})(?:{_WENT})",
    "decision": r"\b(?:la|esta|su)\s+(?:decisión|medida|retirada|salida)\s+(?:tiene|surte)\s+efecto\b",
    "any": r"\b(?:momento|día)\s+histórico\b",
}
NEGATION = r"\b(?:no|nunca|ni)\b"

# Another act of the same sitting: "En la misma cumbre se levantaron las sanciones" (also_that_day.py).
ALSO = r"\b(?:también|asimismo|igualmente|en\s+la\s+misma\s+(?:cumbre|reunión|sesión))\b"
