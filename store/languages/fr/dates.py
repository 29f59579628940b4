"""French date words and shapes CLDR and dateparser lack (see store/languages/en/dates.py)."""

# Unaccented and abbreviated spellings of scraped pages ("fevrier", "aout", "fév."): not in CLDR.
MONTHS_EXTRA = {
    "fevrier": 2, "fév": 2, "fev": 2, "aout": 8, "decembre": 12, "janv": 1, "févr": 2, "avr": 4,
    "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}  # fmt: skip
LOWERCASE_MONTHS = True  # French writes "juin", "mars": lowercase is the norm
NOT_MONTHS_WHEN_LOWERCASE: frozenset[str] = frozenset()
WEEKDAYS_CAPITALISED = False

MODS = {
    "début": "early", "debut": "early", "mi": "mid", "fin": "late", "fin de": "late", "début de": "early",
    "à la fin de": "late", "au début de": "early", "courant": "mid", "milieu": "mid",
}  # fmt: skip
ROLES = {
    "depuis": "since", "jusqu'au": "until", "jusqu'à": "until", "jusqu'en": "until", "d'ici": "by",
    "avant": "before", "après": "after", "dès": "from", "en": "in", "le": "on", "à partir du": "from",
    "au plus tard": "by",
}  # fmt: skip
ROLE_ARTICLES = ("le", "la", "l'", "les")
# "fixé au 15 septembre comme date butoir": des mots après la date qui en font une échéance.
DEADLINE_AFTER = ("comme date butoir", "comme date limite", "comme échéance", "comme dernier délai")
# "ont quitté le pays": le pays de la phrase précédente (store/dates/continuation.py).
THE_COUNTRY = ("le pays", "ce pays")
# A sentence that opens by pointing at the act told just before it ("It is the second base the troops
# have left"): it goes on with that act, even in a paragraph of its own (store/dates/continuation.py).
GOES_ON = (
    "Il s'agit d",
    "Il s’agit d",
    "C'est la",
    "C'est le",
    "C’est la",
    "C’est le",
    "C'était la",
    "C'était le",
    "Cette ",  # « Cette étape marque la fin du retrait » : un démonstratif montre l'acte raconté avant
    "Cet ",
)
# "Le camp a été remis ...": le site de l'acte raconté juste avant, nommé de nouveau, ou l'acte lui-même
# (« Le désengagement de Ménaka s'est achevé dans l'ordre ») (continuation.py).
NAMED_AGAIN = (
    "Le camp", "La base", "La base aérienne", "L'emprise", "L’emprise", "Le site", "La remise",
    "La rétrocession", "La cérémonie", "La passation", "Le désengagement", "Le retrait",
)  # fmt: skip
TRIM = ("en", "depuis", "dès", "jusqu'en", "jusqu’en", "d'ici", "avant", "après", r"mois\s+d['’]")
DIRECTIONS = {
    "dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1,
    "ce": 0, "cette": 0, "ci": 0,
}  # fmt: skip
# dateparser has "hier", "avant-hier", "aujourd'hui", "demain", "après-demain"; news adds these.
# The weekend before the report: neither CLDR nor dateparser has a weekend.
LAST_WEEKEND = ("le week-end dernier", "le weekend dernier", "le week-end passé", "le week-end précédent")
# A weekend named bare: in a report told in the past tense, the one just gone ("ont quitté ce week-end").
WEEKEND_TOLD = (
    "ce week-end",
    "ce weekend",
    "pendant le week-end",
    "durant le week-end",
    "au cours du week-end",
)
RELATIVE_DAYS_EXTRA = {
    "hier soir": -1, "ce matin": 0, "ce soir": 0, "cette nuit": 0, "aujourd’hui": 0,
    # « À compter de ce jour, la mission prend fin » : le jour du communiqué (not « ce jour-là »)
    "en ce jour": 0, "à compter de ce jour": 0, "dès ce jour": 0,
}  # fmt: skip
NUMBER_WORDS = {"un": 1, "une": 1, "quelques": 3, "plusieurs": 3}
NARRATIVE_FIXED = {
    "le lendemain": 1, "la veille": -1, "le même jour": 0,
    # two days after or before the day told: dateparser's "après-demain" and "avant-hier" count from today
    "le surlendemain": 2, "l'avant-veille": -2, "l’avant-veille": -2,
    # The day being told, at another hour ("avaient remis dans la matinée la base"; "dans la matinée du
    # 15 août" is that day's, see the shape below): dateparser counts only from today.
    "dans la matinée": 0, "dans l'après-midi": 0, "dans l’après-midi": 0, "dans la soirée": 0,
    "dans la journée": 0, "dans la nuit": 0, "plus tôt dans la journée": 0, "plus tard dans la journée": 0,
    "ce jour-là": 0,
    "le matin même": 0, "le même soir": 0, "le soir même": 0, "le même matin": 0, "la même nuit": 0,
    "le même après-midi": 0, "quelques heures plus tôt": 0, "quelques heures plus tard": 0,
    "quelques heures auparavant": 0,
}  # fmt: skip
NARRATIVE_BACKWARD = frozenset({"tôt", "précédente", "précédent", "avant"})
FUNCTION_WORDS = frozenset({"Le", "La", "Les", "Un", "Une", "En", "Depuis", "Après", "Avant"})
NAME_LINKS = frozenset({"de", "du", "des", "sur", "pour", "et"})
# Words before a year that make it say which thing, not when ("the 2015 agreement").
ATTRIBUTIVE_BEFORE = ("de", "du", "d'", "d’")
TRIGGERS = (
    "aujourd", "hier", "demain", "matin", "soir", "nuit", "veille", "lendemain", "mois", "semaine",
    "année", "an", "ans", "jours?", "plus", "matinée", "journée", "soirée", "après-midi", "heures",
)  # fmt: skip

_MOD = r"(?:(?P<mod>au\s+début\s+de|à\s+la\s+fin\s+de|début|debut|fin|courant|mi)[\s-]+)"
SHAPES = (
    (r"\b(?P<x>(?:%WD%\s+)?%DAY%\s+%MONTH%(?:\s+%YEAR%)?)\b(?!\s*\d)", "absolute"),
    (rf"\b(?P<x>{_MOD}?%MONTH%\s+%YEAR%)\b", "absolute"),
    (
        r"(?:\b(?P<prep>en|depuis|dès|jusqu'en|jusqu’en|d'ici|avant|après|mois\s+d['’]|mois\s+de)\s*|"
        rf"(?=(?:début|debut|fin|courant|mi)[\s-]))(?P<x>{_MOD}?%MONTH%"
        r"(?:\s+(?P<dir>dernier|prochain))?)\b(?!\s+\d)",
        "month_alone",
    ),
    (
        rf"\b(?P<x>(?:{_MOD}|(?P<prep>en|depuis|dès|jusqu'en|d'ici|avant|après)\s+)?"
        # "mi-2023": after a modifier, the hyphen is no range
        r"(?(mod)|%NNB%)%YEAR%)%NNA%(?!e\b|ème\b|\s*[-–]\s*(?:19|20)?\d\d\b)",
        "year_alone",
    ),
    (r"\b(?P<x>(?:(?:ce|le|dès|depuis)\s+)?%WD%(?:\s+(?P<dir>dernier|prochain|passé))?)\b", "weekday"),
    (r"(?<!\w)(?P<x>(?P<rel>%REL%))(?!\w)", "relative_day"),
    (
        # "fin de l'année dernière", "au début du mois dernier": the modifier stays with its unit
        r"\b(?P<x>(?:(?:à\s+la\s+|au\s+)?(?P<mod>fin|début|debut|milieu)\s+(?:de\s+|du\s+|d['’]))?"
        r"(?:(?:le|la|l['’]|cette|ce)\s*|(?<=du\s))(?P<unit>mois|semaine|année|an)(?:-ci)?"
        r"(?:\s+(?P<dir>dernier|dernière|passé|passée|prochain|prochaine))?)\b",
        "relative_unit_article",
    ),
    # "d'ici la fin de l'année", "à la fin du mois": this year's (month's) end, as "the end of the year"
    (
        # "en début d'année", "en milieu de semaine": the same, with no article
        r"\b(?P<x>(?:la\s+)?(?P<mod>fin|début|debut|milieu)\s+(?:de\s+l['’]|du\s+|de\s+cette\s+|de\s+ce\s+|"
        r"d['’]|de\s+(?:la\s+)?)(?P<unit>année|an|mois|semaine))\b"
        r"(?!\s+(?:dernier|dernière|prochain|prochaine|passée?|suivante?))",
        "relative_this",
    ),
    (r"\b(?P<x>%AGO%)\b", "ago"),
    (
        r"\b(?P<x>%NUM%\s+(?P<unit>jours?|semaines?|mois|ans?|années?)\s+plus\s+(?P<dir>tard|tôt))\b"
        r"(?!\s+qu(?:e\b|['’]))",  # "deux semaines plus tôt que prévu" compares, it dates nothing
        "narrative",
    ),
    # "Deux jours avant le sommet, les juntes avaient ...": counted from the act just told
    (
        r"^\W*(?P<x>%NUM%\s+(?P<unit>jours?|semaines?)\s+(?P<dir>avant|après)\s+(?:le|la|les|l['’])\s*"
        r"\w+(?:\s+\w+)?)(?=\s*,)",
        "narrative",
    ),
    # "l'année suivante", "le mois précédent": counted from the previous event, like "un an plus tard"
    (
        r"(?<!\w)(?P<x>(?:l['’]|le\s+|la\s+)(?P<unit>année|an|mois|semaine)\s+"
        r"(?P<dir>suivante|suivant|précédente|précédent))(?!\w)",
        "narrative",
    ),
    # "dans la matinée du 15 août": the part of the day belongs to the date that follows it
    (
        r"\b(?P<x>(?P<fixed>%FIXED%))\b"
        r"(?!(?:(?<=matinée)|(?<=journée)|(?<=soirée)|(?<=nuit)|(?<=après-midi))\s+(?:du|de|d['’]))",
        "narrative_fixed",
    ),
    # "avant que l'année ne s'achève", "avant que le mois se termine": by the end of this year (month)
    (
        r"(?<!\w)(?P<x>avant\s+que\s+(?:l['’]|le\s+)(?P<unit>année|an|mois)\s+(?:ne\s+)?"
        r"(?:s['’]ach[eè]v\w*|se\s+termin\w*|s['’]écoul\w*|prenne\s+fin|ne\s+prenne\s+fin))",
        "unit_ending",
    ),
    # "le 4 courant", "le 4 de ce mois": a day of this month
    (r"\b(?P<x>le\s+(?P<day>[0-3]?\d)\s+(?:courant|de\s+ce\s+mois))\b", "day_of_month"),
)

# Un mot qui montre et une période : le moment que le récit vient de dire (« le soir même », « ce
# mois-là »), déclinés par store/dates/same_time.py ; ni CLDR ni dateparser ne comptent depuis le récit.
SAME_TIME_FRAMES = (
    "le même {}", "la même {}", "ce {}-là", "cette {}-là", "le {} même", "la {} même", "l'{} même",
    "l’{} même", "cet {}-là",
)  # fmt: skip
SAME_TIME_PERIODS = {
    "jour": "day", "matin": "day", "soir": "day", "après-midi": "day", "nuit": "day", "mois": "month",
    "année": "year",
}  # fmt: skip
# Les adresses d'un jour de l'année (store/dates/occasions.py) : les chefs d'État parlent le 31 décembre.
OCCASIONS = {
    phrase: (12, 31)
    for phrase in (
        "vœux du Nouvel An", "voeux du Nouvel An", "vœux de fin d'année", "voeux de fin d'année",
        "vœux de Nouvel An", "voeux de Nouvel An", "message de fin d'année", "message du Nouvel An",
        "discours de fin d'année", "discours du Nouvel An", "discours du Nouvel an",
    )
}  # fmt: skip
# Noms dont la date est une échéance, quel que soit le verbe qui l'a fixée (« la date butoir a été fixée
# au 31 janvier » ; store/dates/deadline_nouns.py).
DEADLINE_NOUNS = ("date butoir", "date limite", "échéance", "ultimatum", "délai")

# "the first base handed back since March": an act counted among those since a date, so after it
# (store/extraction/after_since.py)
COUNTED_SINCE = r"\b(?:premi(?:er|ère)s?|seconde?s?|seule?s?|dernière?s?|\w+ième)\b"

# Words that open a relative clause ("la base qu'ils occupaient depuis 2013"): store/dates/relative_clauses.py
RELATIVE_PRONOUNS = ("qui", "que", "qu'", "qu’", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles")
# Words right before "que" that make it a conjunction ("après que les soldats ont quitté Gao lundi"):
# store/dates/relative_clauses.py
CONJUNCTION_HEADS = (
    "après", "avant", "parce", "depuis", "pendant", "alors", "bien", "tandis", "dès", "pour", "afin", "sans",
    "ainsi", "maintenant", "sitôt", "à mesure", "jusqu'à ce", "jusqu’à ce",
)  # fmt: skip
# Words before a year that say how old something is: store/dates/handlers.py ``_tells_an_age``
AGE_BEFORE = ("remontant à", "remontent à", "remonte à", "datant de", "datent de", "date de")
# « En novembre, trois pays ont annoncé leur départ : Londres le 14 et Berlin le 22 » : un jour du mois que
# la phrase nomme (store/dates/days_of_a_told_month.py)
DAY_AFTER_MONTH = r"(?<!\w)(?P<x>le\s+(?P<day>[0-3]?\d)(?:er)?)(?![\w/.,:-]\d)(?=\s*(?:[,.;:)]|$|et\b|ou\b))"
# « la fin du retrait engagé six mois plus tôt » : un participe de commencement après un nom date le début
# de ce qu'il nomme (store/dates/begun_phrases.py) ; un auxiliaire en fait un temps (« a engagé en février »).
BEGUN = (
    r"[^\W\d_][\w'’-]*\s*[»\"”]?\s*,?\s+(?P<verb>(?:engag|entam|lanc|amorc|commenc|début|initi|enclench|"
    r"déclench)ée?s?|mise?s?\s+en\s+(?:œuvre|oeuvre|route|branle))\s+(?:[^\W\d_][\w'’-]*\s+){0,3}",
    None,
)
AUXILIARIES = (
    "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "avais", "eu", "aura", "auront", "aurait",
    "auraient", "est", "sont", "était", "étaient", "été", "sera", "seront", "fut", "furent", "ayant",
    "étant", "avoir", "être",
)  # fmt: skip
# Verbes qui font connaître un acte, dans une attribution après lui (« ..., a rapporté jeudi la radio
# nationale ») : ce jour date l'annonce de l'acte (store/extraction/made_public.py).
MADE_PUBLIC = (
    "rapporté",
    "annoncé",
    "révélé",
    "confirmé",
    "fait savoir",
    "rendu public",
    "diffusé",
    "relayé",
)
# "il y a un peu plus d'une semaine", "il y a près de dix jours": a count only roughly
# (store/dates/hedged_counts.py)
HEDGES_BEFORE_A_COUNT = (
    r"un\s+peu\s+plus\s+d(?:e|['’])", r"un\s+peu\s+moins\s+d(?:e|['’])", r"plus\s+d(?:e|['’])",
    r"moins\s+d(?:e|['’])", r"près\s+d(?:e|['’])", r"environ", r"presque", r"quelque", r"à\s+peine",
    r"tout\s+juste",
)  # fmt: skip
# « l'attaque de dimanche », « l'expulsion du 30 janvier » : ce qui sépare le nom d'un acte du jour qu'il
# porte ; ce jour date l'acte, non la revendication dite à côté (store/extraction/act_noun_days.py)
DAY_OF_A_NOUN = r"\s+(?:de|du|d['’])\s*"
