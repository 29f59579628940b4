"""French cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

TENSE_FUTURE = (
    r"va|vont|allait|allaient|devra|devront|devrait|devraient|sera|seront|prévu|prévue|prévus|prévoit|"
    r"d'ici|jusqu'au|jusqu'à|prochain|prochaine|\w{3,}(?:era|eront|ira|iront)"
)
TENSE_PAST = (
    r"a|ont|avait|avaient|était|étaient|fut|furent|dernier|dernière|hier|depuis|\w{3,}(?:é|ée|és|ées)"
)
CLAUSE_WORDS = ("mais", "et", "que", "alors", "après", "avant", "tandis", "lorsque", "quand")
