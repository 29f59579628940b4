"""Vote words in this language: who votes, what makes it a vote, a veto, a tally (store/about/votes.py,
store/about/vote_types.py, store/extraction/vote_tallies.py, store/linking/votes.py)."""

# Who votes and the words that make what it did a vote (store/about/votes.py).
VOTE_BODIES = {
    r"\bConsejo\s+de\s+Seguridad\b": "UNSC",
    # Un veto a un texto de la ONU se opone en el Consejo de Seguridad, se nombre o no
    r"\bvet(?:o|ó|aron|ado|ar)\b(?=.{0,80}?(?:\bONU\b|\bNaciones\s+Unidas\b|\bresolución\b))": "UNSC",
    # una resolución por su número ("votaron la resolución 2640"): la del Consejo de Seguridad
    r"\b[Rr]esolución\s+\d{3,4}\b": "UNSC",
    r"\b(?:diputados|parlamentarios|Parlamento|Congreso|Senado|senadores|Cámara\s+Baja)\b": "parliament",
}

VOTE_BODY_WORDS = (
    "consejo",
    "resolución ",
    "vet",
    "diputad",
    "parlament",
    "congreso",
    "senad",
    "cámara",
)  # lower case: one of them is in every body above

# What a vote decides when it is no mission: sanctions ("renewed sanctions on Malian officials"). Two
# votes of one body on one day, one on sanctions and one on a mission, are two votes.
VOTE_SANCTIONS = r"\bsanci(?:ón|ones)\b|\bembargo\b|\bcongelaci[óo]n\s+de\s+(?:bienes|activos)\b"

# Un veto opuesto en una asamblea: el veto es el acto, bloquee lo que bloquee (store/about/vote_types.py).
VOTE_VETO = r"\bvet(?:o|ó|aron|ado|ar)\b"

VOTE_VERBS = (
    r"\bvot\w+|\bvet(?:o|ó|aron|ado|ar)\b|\baprob\w+|\bprorrog\w+|\brenov\w+|\bautoriz\w+|\brechaz\w+|\brespald\w+"
    r"|\bconvalid\w+|\blevant(?:ó|aron|ado|ar)\b"
)

# El recuento de una votación contado tras ella
# ("Trece miembros votaron a favor del texto y China se abstuvo").
VOTE_TALLY = (
    r"\bvot(?:aron|ó)\s+(?:a\s+favor|en\s+contra)\b|\bse\s+abstuv(?:o|ieron)\b|\babstenci[oó]n(?:es)?\b|"
    r"\b\d+\s+votos\b|\bvotos\s+(?:a\s+favor|en\s+contra)\b"
)
