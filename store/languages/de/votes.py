"""Vote words in this language: who votes, what makes it a vote, a veto, a tally (store/about/votes.py,
store/about/vote_types.py, store/extraction/vote_tallies.py, store/linking/votes.py)."""

# Who votes and the words that make what it did a vote (store/about/votes.py).
VOTE_BODIES = {
    r"\b(?:UN-)?Sicherheitsrat\w*": "UNSC",
    # Ein Veto gegen einen UN-Text wird im Sicherheitsrat eingelegt, genannt oder nicht
    r"\bVeto\w*(?=.{0,80}?(?:\bUN\b|\bUN-|\bVereinte\w*\s+Nationen\b|\bResolution\b))": "UNSC",
    # eine Resolution mit ihrer Nummer ("stimmten für die Resolution 2640"): die des Sicherheitsrats
    r"\bResolution\s+\d{3,4}\b": "UNSC",
    r"\b(?:Abgeordnete\w*|Parlament\w*|Parlamentarier\w*)": "parliament",
}

VOTE_BODY_WORDS = (
    "sicherheitsrat",
    "resolution ",
    "veto",
    "abgeordnet",
    "parlament",
)  # lower case: one of them is in every body above

# What a vote decides when it is no mission: sanctions ("renewed sanctions on Malian officials"). Two
# votes of one body on one day, one on sanctions and one on a mission, are two votes.
VOTE_SANCTIONS = r"\bSanktion\w*|\bEmbargo\w*|\bReiseverbot\w*"

# Ein Veto in einem Gremium: das Veto ist die Handlung, was es auch blockiert (store/about/vote_types.py).
VOTE_VETO = r"\bVeto\w*"

VOTE_VERBS = (
    r"\bstimmt\w*|\bgestimmt\b|\bVeto\w*|\babgestimmt\b|\bAbstimmung\w*|\bbeschlo\w+|\bbeschlie\w+"
    r"|\bbillig\w+|\bgebilligt\b|\bverlänger\w+|\bgenehmig\w+|\babgelehnt\b|\bzugestimmt\b|\bbeendet\w*|\baufgehoben\b"
)

# Das Stimmenverhältnis einer Abstimmung, nach ihr erzählt
# ("13 Mitglieder stimmten dafür, China enthielt sich").
VOTE_TALLY = (
    r"\bstimmten\s+(?:dafür|dagegen|für|gegen)\b|\benthielt(?:en)?\s+sich\b|"
    r"\b\d+\s+(?:Ja-|Nein-|Gegen)?[Ss]timmen\b|"
    r"\bGegenstimmen?\b|\bEnthaltungen?\b|\bJa-Stimmen\b"
)
