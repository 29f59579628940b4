"""French shapes of a sentence that tells again the act its report told before, in words no cue types
(store/extraction/act_pointed_back.py): "La junte a salué ce départ", "a qualifié ce départ de « moment
historique »", "Le retrait s'est déroulé sans incident", "La décision prend effet immédiatement".
"""

_DEPARTURE = (
    r"\b(?:ce|cet|le|son|leur)\s+(?:[\w-]+\s+)?(?:départ|retrait|désengagement)\b|"
    r"\b(?:cette|la)\s+(?:[\w-]+\s+)?(?:rétrocession|passation)\b"
)
_REACTED = r"\b(?:salu\w*|qualifi\w*|félicit\w*|célébr\w*|applaudi\w*|accueilli\w*)\s+"
_WENT = (
    r"\s+(?:s['’]est\s+(?:déroulée?|faite?|effectuée?)|a\s+été\s+(?:accélérée?|avancée?|menée?|effectuée?))\b"
)
ACT_NAMED_BACK = {
    "withdrawal": rf"{_REACTED}(?:{_DEPARTURE})|(?:{_DEPARTURE})(?:{_WENT})",
    "decision": (
        r"\b(?:cette|la|sa|leur)\s+(?:décision|sortie)\s+(?:prend|a\s+pris)\s+effet\b|"
        r"\b(?:ce|le|son|leur)\s+retrait\s+(?:prend|a\s+pris)\s+effet\b"
    ),
    "any": r"\b(?:moment|jour|tournant)\s+historique\b",
}
NEGATION = r"\b(?:pas|jamais|ni|non)\b"

# Another act of the same sitting: "L'organisation a également allégé les sanctions" (also_that_day.py).
ALSO = r"\b(?:également|aussi|de\s+même|lors\s+du\s+même\s+(?:sommet|conseil|réunion))\b"
