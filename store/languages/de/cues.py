"""German cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

TENSE_FUTURE = (
    r"wird|werden|würde|würden|soll|sollen|sollte|sollten|will|wollen|plant|planen|geplant|vorgesehen|"
    r"bis\s+zum|bis\s+spätestens|spätestens|künftig|nächste[nrs]?|kommende[nrs]?"
)
TENSE_PAST = (
    r"war|waren|hatte|hatten|hat|haben|wurde|wurden|ist|sind|sagte|sagten|teilte|erklärte|gestern|"
    r"vergangene[nrs]?|letzte[nrs]?|seit|bereits|zuvor|ge\w{3,}(?:t|en)|\w{3,}(?:te|ten)"
)
CLAUSE_WORDS = ("und", "aber", "während", "als", "wenn", "dass", "weil", "nachdem", "bevor")
