"""German date words and shapes CLDR and dateparser lack (see store/languages/en/dates.py).

Dates are "15. Dezember 2023", "am Freitag", "Anfang Dezember", "Mitte März", "im Mai", "vor zwei
Wochen" (dateparser's "vor ..." shape), "29.12.2023" (shared numeric shape).
"""

# "Jänner" is the Austrian January (CLDR has it only under de_AT); "Sonnabend" the northern Saturday.
MONTHS_EXTRA = {"jänner": 1, "sept": 9}
WEEKDAYS_EXTRA = {"sonnabend": 5}
WEEKDAYS_CAPITALISED = True  # nouns: a lowercase "freitags" is a habit, not a date
NOUNS_CAPITALISED = True  # every noun: a capital before a year ("Mali 2023") is no sign of a name

MODS = {"anfang": "early", "mitte": "mid", "ende": "late", "beginn": "early"}
ROLES = {
    "seit": "since", "bis": "until", "bis zum": "until", "bis spätestens": "by", "spätestens": "by",
    "vor": "before", "nach": "after", "ab": "from", "im": "in", "am": "on",
}  # fmt: skip
ROLE_ARTICLES = ("zum", "dem", "den")
# "den 15. September als Frist": Wörter nach dem Datum, die es zur Frist machen.
DEADLINE_AFTER = ("als Frist", "als Stichtag", "als Termin", "als spätesten Termin", "als Enddatum")
# "haben das Land verlassen": das Land des vorigen Satzes (store/dates/continuation.py).
THE_COUNTRY = ("das Land", "dem Land", "des Landes")
# A sentence that opens by pointing at the act told just before it ("It is the second base the troops
# have left"): it goes on with that act, even in a paragraph of its own (store/dates/continuation.py).
GOES_ON = (
    "Es ist der",
    "Es ist die",
    "Es ist das",
    "Es war der",
    "Es war die",
    "Es war das",
    "Es handelt sich",
    "Dieser ",  # "Dieser Schritt beendet den Abzug": ein Demonstrativ zeigt auf die zuvor erzählte Handlung
    "Diese ",
    "Dieses ",
)
# "Das Lager wurde übergeben": der Ort der zuvor erzählten Handlung, erneut genannt, oder die Handlung selbst
# ("Der Abzug verlief geordnet") (continuation.py).
NAMED_AGAIN = (
    "Das Lager", "Der Stützpunkt", "Die Basis", "Das Camp", "Der Standort", "Der Militärstützpunkt",
    "Die Übergabe", "Die Zeremonie", "Der Abzug", "Der Rückzug",
)  # fmt: skip
TRIM = ("seit", "ab")
DIRECTIONS = {
    "letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1, "vergangene": -1, "vergangenen": -1,
    "vergangener": -1, "vergangenes": -1, "nächste": 1, "nächsten": 1, "nächster": 1, "nächstes": 1,
    "kommende": 1, "kommenden": 1, "kommender": 1, "kommendes": 1, "diese": 0, "diesen": 0, "dieser": 0,
    "dieses": 0,
    # the strong dative after a preposition with no article: "seit vergangenem Monat", "ab kommendem Montag"
    "letztem": -1, "vergangenem": -1, "nächstem": 1, "kommendem": 1, "diesem": 0,
}  # fmt: skip
# dateparser has "heute", "gestern", "morgen", "vorgestern", "übermorgen". "Morgen" (capitalised) is
# also the noun "morning": "am Morgen" is blocked (None), and see RELATIVE_LOWERCASE_ONLY.
# The weekend before the report: neither CLDR nor dateparser has a weekend.
LAST_WEEKEND = (
    "am vergangenen Wochenende",
    "am letzten Wochenende",
    "vergangenes Wochenende",
    "letztes Wochenende",
)
# A weekend named bare: in a report told in the past tense, the one just gone ("am Wochenende geräumt").
WEEKEND_TOLD = ("am Wochenende", "übers Wochenende", "über das Wochenende", "an diesem Wochenende")
RELATIVE_DAYS_EXTRA = {
    "heute morgen": 0, "heute früh": 0, "heute abend": 0, "gestern abend": -1, "gestern morgen": -1,
    "am morgen": None, "jeden morgen": None, "guten morgen": None,
    # "Mit dem heutigen Tag endet die Mission": the report's day, told with the adjective
    "mit dem heutigen tag": 0, "am heutigen tag": 0, "ab dem heutigen tag": 0,
}  # fmt: skip
RELATIVE_LOWERCASE_ONLY = frozenset({"morgen"})
UNITS_EXTRA = {"jahres": "year", "monats": "month", "tages": "day"}  # genitive: "Ende des Jahres"
# Counts only dates use ("vor einem Jahr", "vor wenigen Tagen"); numbers are in numbers.py.
NUMBER_WORDS = {"ein": 1, "eine": 1, "einem": 1, "einer": 1, "wenigen": 3, "einigen": 3, "mehreren": 3}
NARRATIVE_FIXED = {
    "am nächsten tag": 1, "am folgenden tag": 1, "am tag danach": 1, "am vortag": -1, "am selben tag": 0,
    "am übernächsten tag": 2,
    "am gleichen tag": 0, "am gleichen abend": 0, "am gleichen morgen": 0, "in derselben nacht": 0,
    # The day being told, at another hour ("hatte wenige Stunden zuvor den Stützpunkt übergeben"):
    # dateparser counts only from today.
    "früher am tag": 0, "später am tag": 0, "im laufe des tages": 0, "am selben morgen": 0,
    "am selben abend": 0, "stunden zuvor": 0, "stunden später": 0, "wenige stunden zuvor": 0,
    "wenige stunden später": 0, "einige stunden zuvor": 0, "einige stunden später": 0,
    # "Am Vormittag hatte die Armee den Stützpunkt übergeben": the morning of the day told ("am Vormittag
    # des 5. Mai" is that date's: a day of the sentence's own outranks these).
    "am vormittag": 0, "am nachmittag": 0, "am morgen": 0, "am abend": 0,
}  # fmt: skip
NARRATIVE_BACKWARD = frozenset({"zuvor", "früher", "vor"})
FUNCTION_WORDS = frozenset({"Der", "Die", "Das", "Im", "Seit", "Nach", "Bis", "Am", "Ab"})
NAME_LINKS = frozenset({"von", "für", "und", "der", "des"})
# Words before a year that make it say which thing, not when ("the 2015 agreement").
ATTRIBUTIVE_BEFORE = ("jahr", "jahres", "von")
TRIGGERS = (
    "heute", "gestern", "morgen", "vorgestern", "übermorgen", "woche", "monat", "jahr", "tag", "tage",
    "tagen", "anfang", "mitte", "ende", "vor", "später", "zuvor", r"letzte\w*", r"nächste\w*",
    r"vergangene\w*", r"kommende\w*", r"diese\w*", "vortag", "stunden", "tages", "vormittag",
    "nachmittag", "abend",
)  # fmt: skip

_MOD = r"(?:(?P<mod>Anfang|Mitte|Ende)\s+)"
_DIR = r"letzte[nrsm]?|vergangene[nrsm]?|nächste[nrsm]?|kommende[nrsm]?|diese[nrsm]?"
SHAPES = (
    (r"\b(?P<x>(?:%WD%,?\s+(?:(?:den|dem)\s+)?)?%DAY%\.\s*%MONTH%(?:\s+%YEAR%)?)\b(?!\s*\d)", "absolute"),
    (rf"\b(?P<x>{_MOD}?%MONTH%\s+%YEAR%)\b", "absolute"),
    (
        rf"(?:\b(?P<prep>im|seit|bis|ab|nach|vor)\s+|(?=(?:Anfang|Mitte|Ende)\s))(?P<x>{_MOD}?%MONTH%)\b(?!\s+\d)",
        "month_alone",
    ),
    # "im vergangenen März", "seit dem letzten Dezember", "im kommenden Juni": the direction before the month
    (
        r"\b(?P<x>(?:im|seit\s+dem|bis\s+zum|ab\s+dem)\s+(?P<dir>vergangenen|letzten|kommenden|nächsten)\s+"
        r"%MONTH%)\b(?!\s+\d)",
        "month_alone_rel",
    ),
    (
        rf"\b(?P<x>(?:{_MOD}|(?P<prep>im\s+Jahre?|seit|bis|ab|nach|vor)\s+)?%NNB%%YEAR%)%NNA%"
        r"(?!\s*[-–]\s*(?:19|20)?\d\d\b)",
        "year_alone",
    ),
    # "am Donnerstagabend", "Dienstagmorgen": a part of the day written into the weekday is that day
    (
        rf"\b(?P<x>(?:am\s+)?(?:(?P<dir>{_DIR})\s+)?%WD%(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?)\b",
        "weekday",
    ),
    (r"(?<!\w)(?P<x>(?P<rel>%REL%))(?!\w)", "relative_day"),
    # "Ende letzten Jahres", "Anfang des vergangenen Jahres": the modifier stays with the unit it bounds
    (
        rf"\b(?P<x>(?:{_MOD}(?:des\s+)?)?(?P<dir>{_DIR})\s+(?P<unit>Woche|Monat|Monats|Jahr|Jahres))\b",
        "relative_unit",
    ),
    (r"\b(?P<x>(?P<mod>Ende|Anfang|Mitte)\s+(?:des|dieses)\s+(?P<unit>Jahres|Monats))\b", "relative_this"),
    (r"\b(?P<x>(?P<mod>Ende|Anfang|Mitte)\s+(?:der|dieser)\s+(?P<unit>Woche))\b", "relative_this"),
    # "zum Jahresende", "bis Monatsende", "seit Jahresbeginn": the compound says the same
    (r"\b(?P<x>(?P<unit>Jahres|Monats)(?P<mod>ende|anfang|mitte|beginn))\b", "relative_this"),
    (r"\b(?P<x>%AGO%)\b", "ago"),
    (
        r"\b(?P<x>%NUM%\s+(?P<unit>Tage?|Wochen?|Monate?|Jahre?)\s+(?P<dir>später|danach|zuvor|früher))\b"
        r"(?!\s+als\b)",  # "zwei Wochen früher als geplant" compares, it dates nothing
        "narrative",
    ),
    # "Zwei Tage vor dem Gipfel hatten die Juntas ...": counted from the act just told
    (
        r"^\W*(?P<x>%NUM%\s+(?P<unit>Tage?|Wochen?)\s+(?P<dir>vor|nach)\s+(?:dem|der)\s+[A-ZÄÖÜ]\w+)(?=\s)",
        "narrative",
    ),
    # "im Jahr darauf", "im folgenden Jahr": counted from the previous event ("im nächsten Jahr" is next
    # year from now, a relative date, and stays out)
    (r"\b(?P<x>im\s+(?P<unit>Jahr|Monat)\s+(?P<dir>darauf|danach))\b", "narrative"),
    (r"\b(?P<x>im\s+(?P<dir>folgenden|darauffolgenden)\s+(?P<unit>Jahr|Monat))\b", "narrative"),
    (r"\b(?P<x>in\s+der\s+(?P<unit>Woche)\s+(?P<dir>darauf|danach))\b", "narrative"),
    (r"\b(?P<x>in\s+der\s+(?P<dir>folgenden|darauffolgenden)\s+(?P<unit>Woche))\b", "narrative"),
    (r"\b(?P<x>(?P<fixed>%FIXED%))\b", "narrative_fixed"),
    # "bevor das Jahr zu Ende geht", "ehe der Monat endet": by the end of this year (month)
    (
        r"\b(?P<x>(?:bevor|ehe)\s+(?:das|der)\s+(?P<unit>Jahr|Monat)\s+(?:zu\s+Ende\s+(?:geht|ging)|endet|endete))\b",
        "unit_ending",
    ),
    # "am 4. dieses Monats", "am 4. des laufenden Monats": a day of this month
    (r"\b(?P<x>am\s+(?P<day>[0-3]?\d)\.\s+(?:dieses|des\s+laufenden)\s+Monats)\b", "day_of_month"),
)

# Ein Zeigewort und ein Zeitraum: die zuletzt erzählte Zeit ("am selben Abend", "im selben Monat"),
# ausbuchstabiert von store/dates/same_time.py; weder CLDR noch dateparser zählen von der Erzählung aus.
SAME_TIME_FRAMES = (
    "am selben {}", "am gleichen {}", "noch am selben {}", "an jenem {}", "in derselben {}",
    "in der gleichen {}", "in jener {}", "im selben {}", "im gleichen {}", "in jenem {}",
)  # fmt: skip
SAME_TIME_PERIODS = {
    "tag": "day", "morgen": "day", "vormittag": "day", "nachmittag": "day", "abend": "day", "nacht": "day",
    "monat": "month", "jahr": "year",
}  # fmt: skip
# Ansprachen eines Tages im Jahr (store/dates/occasions.py): Staatschefs sprechen am 31. Dezember.
OCCASIONS = {
    phrase: (12, 31)
    for phrase in (
        "Neujahrsansprache", "Silvesteransprache", "Neujahrsrede", "Silvesterrede", "Neujahrsbotschaft",
    )
}  # fmt: skip
# Nomen, deren Datum eine Frist ist, gleich welches Verb sie setzte ("Die Frist wurde auf den 31. Januar
# festgesetzt"; store/dates/deadline_nouns.py).
DEADLINE_NOUNS = ("Frist", "Stichtag", "Ultimatum")

# "the first base handed back since March": an act counted among those since a date, so after it
# (store/extraction/after_since.py)
COUNTED_SINCE = r"\b(?:erste|zweite|dritte|vierte|fünfte|einzige|letzte)[nrms]?\b"

# Words that open a relative clause after its comma ("die Basis, die sie seit 2013 besetzt hielten"; bare
# "die" is an article): store/dates/relative_clauses.py
RELATIVE_PRONOUNS = (", der", ", die", ", das", ", den", ", dem", ", deren", ", dessen", ", welche", ", wo")
# Words before a year that say how old something is: store/dates/handlers.py ``_tells_an_age``
AGE_BEFORE = ("zurückgehend auf das Jahr", "stammend aus dem Jahr")
# "Im November kündigten drei Länder ihren Abzug an: London am 14. und Berlin am 22.": ein Tag des Monats, den
# der Satz nennt (store/dates/days_of_a_told_month.py)
DAY_AFTER_MONTH = r"(?<!\w)(?P<x>am\s+(?P<day>[0-3]?\d)\.)(?=\s*(?:[,;:)]|$|und\b|oder\b))"
# "der im Juni begonnene Abzug": ein Partizip des Beginnens vor seinem Nomen datiert dessen Beginn, nicht
# die Handlung des Satzes (store/dates/begun_phrases.py); nur die gebeugte Form steht vor einem Nomen.
BEGUN = (
    None,
    r"\s+(?:begonnen|eingeleitet|gestartet|angelaufen|aufgenommen|eröffnet|angestoßen|in\s+Gang\s+gesetzt)"
    r"e[nrms]?(?!\w)",
)
# Verben des Bekanntmachens in einer Zuschreibung nach der Handlung ("..., berichtete der Staatsrundfunk am
# Donnerstag"): dieser Tag datiert die Meldung der Handlung (store/extraction/made_public.py).
MADE_PUBLIC = ("berichtete", "berichteten", "meldete", "meldeten", "bestätigte", "gab bekannt", "verkündete")
# "vor gut einer Woche", "knapp zwei Wochen zuvor": a count only roughly (store/dates/hedged_counts.py)
HEDGES_BEFORE_A_COUNT = (
    r"gut", r"knapp", r"fast", r"beinahe", r"rund", r"etwa", r"ungefähr", r"mehr\s+als", r"weniger\s+als",
    r"über", r"gut\s+und\s+gerne", r"annähernd",
)  # fmt: skip
# "der Angriff vom Sonntag", "der Putsch vom 26. Juli": was zwischen dem Nomen einer Tat und ihrem Tag steht;
# der Tag datiert die Tat, nicht das Bekenntnis daneben (store/extraction/act_noun_days.py)
DAY_OF_A_NOUN = r"\s+(?:vom|von)\s+"
