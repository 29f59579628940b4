"""Vote words in this language: who votes, what makes it a vote, a veto, a tally (store/about/votes.py,
store/about/vote_types.py, store/extraction/vote_tallies.py, store/linking/votes.py)."""

# Who votes and the words that make what it did a vote (store/about/votes.py).
VOTE_BODIES = {
    r"\bConseil\s+de\s+sécurité\b": "UNSC",
    # Un veto sur un texte de l'ONU est opposé au Conseil de sécurité, nommé ou non
    r"\bveto\b(?=.{0,80}?(?:\bonusien\w*|\bONU\b|\bNations\s+unies\b|\brésolution\b))": "UNSC",
    # une résolution par son numéro ("ont voté la résolution 2640") : celle du Conseil de sécurité
    r"\b[Rr]ésolution\s+\d{3,4}\b": "UNSC",
    r"\b(?:députés|parlementaires|Parlement|Assemblée\s+nationale|Sénat|sénateurs|Congrès)\b": "parliament",
}

VOTE_BODY_WORDS = (
    "conseil",
    "résolution ",
    "veto",
    "député",
    "parlement",
    "assemblée",
    "sénat",
    "congrès",
)  # lower case: one of them is in every body above

# What a vote decides when it is no mission: sanctions ("renewed sanctions on Malian officials"). Two
# votes of one body on one day, one on sanctions and one on a mission, are two votes.
VOTE_SANCTIONS = r"\bsanctions?\b|\bembargo\b|\bgel\s+des\s+avoirs\b|\binterdictions?\s+de\s+voyager\b"

# Un veto opposé dans une assemblée : le veto est l'acte, quoi qu'il bloque (store/about/vote_types.py).
VOTE_VETO = r"\bv[eé]to\b"

VOTE_VERBS = (
    r"\bvot\w+|\bveto\b|\bscrutin\b|\badopt\w+|\bapprouv\w+|\bprolong\w+|\brenouvel\w+|\breconduit\w*|\blev(?:é|ée|ées|és|er)\b"
    r"|\bautoris\w+|\brejet\w+|\bentérin\w+"
)

# Le décompte d'un vote raconté après lui ("Treize membres ont voté pour le texte, la Chine s'abstenant").
VOTE_TALLY = (
    r"\bvot[ée]\s+(?:pour|contre|en\s+faveur)\b|\bs['’](?:est|sont)\s+abstenus?\b|\bs['’]abstenant\b|"
    r"\babstentions?\b|\b\d+\s+voix\b|\bvoix\s+(?:pour|contre)\b"
)
