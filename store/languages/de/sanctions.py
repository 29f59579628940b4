"""German cues of sanctions imposed and lifted (store/about/sanctions.py)."""

# "Die Ecowas hob am Samstag die meisten Sanktionen gegen Niger auf", "die Sanktionen wurden gelockert"
SANCTIONS_LIFTED = (
    r"\b\w*(?:Sanktionen|Embargo)\b[^.;]{0,80}?\b(?:aufgehoben|gelockert|aufheben|lockern|aufhebt|lockert)\b|"
    r"\b(?:hob|hoben|lockerte|lockerten)\b[^.;]{0,60}?\b\w*(?:Sanktionen|Embargo)\b|"
    r"\b(?:Aufhebung|Lockerung)\s+(?:\S+\s+){0,3}?(?:Sanktionen|Embargos)\b"
)
# "Die Ecowas verhängte Wirtschaftssanktionen gegen Niger"
SANCTIONS_IMPOSED = (
    r"\b\w*(?:Sanktionen|Embargo)\b[^.;]{0,60}?\b(?:verhängt|verhängen)\b|"
    r"\b(?:verhängte|verhängten)\s+(?:\S+\s+){0,5}?\w*(?:Sanktionen|Embargo)\b"
)
