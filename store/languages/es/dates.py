"""Spanish date words and shapes CLDR and dateparser lack (see store/languages/en/dates.py).

Dates are "20 de abril de 2024", "este lunes", "en marzo", "a mediados de septiembre", "hace dos
semanas" (dateparser's "hace ..." shape), "8/7/2024" (shared numeric shape).
"""

# "setiembre" is the Latin American spelling; scraped pages drop accents ("miercoles", "sabado").
MONTHS_EXTRA = {"setiembre": 9, "set": 9}
WEEKDAYS_EXTRA = {"miercoles": 2, "sabado": 5}
LOWERCASE_MONTHS = True  # Spanish writes "marzo"
NOT_MONTHS_WHEN_LOWERCASE = frozenset({"mar"})  # "el mar": the sea, also CLDR's short March
WEEKDAYS_CAPITALISED = False

MODS = {
    "principios de": "early", "comienzos de": "early", "inicios de": "early", "mediados de": "mid",
    "finales de": "late", "fines de": "late", "finales": "late", "fines": "late", "principios": "early",
    "comienzos": "early",
}  # fmt: skip
ROLES = {
    "desde": "since", "hasta": "until", "hasta el": "until", "antes de": "before", "antes del": "before",
    "después de": "after", "después del": "after", "a partir de": "from", "a partir del": "from",
    "el": "on", "a más tardar": "by",
}  # fmt: skip
ROLE_ARTICLES = ("el", "del")
# "desde" is "since" in a past or present clause and "as from" in a future one ("desde el 1 de enero las
# tropas estarán bajo mando europeo"): with a future verb it starts what is to come.
SINCE_STARTS_PLANS = True
# "fijan el 15 de septiembre como fecha límite": palabras tras la fecha que la hacen un plazo.
DEADLINE_AFTER = ("como fecha límite", "como plazo", "como fecha tope", "como plazo máximo")
# "abandonaron el país": el país de la frase anterior (store/dates/continuation.py).
THE_COUNTRY = ("el país", "del país", "este país")
# A sentence that opens by pointing at the act told just before it ("It is the second base the troops
# have left"): it goes on with that act, even in a paragraph of its own (store/dates/continuation.py).
GOES_ON = (
    "Se trata d", "Es la", "Es el", "Fue la", "Fue el", "Esta es la", "Este es el",
    "Esta ", "Este ",  # "Este paso cierra la retirada": un demostrativo señala el acto contado antes
)  # fmt: skip
# "El campamento fue entregado": el lugar del acto contado justo antes, nombrado de nuevo, o el acto mismo
# ("La retirada se completó sin incidentes") (continuation.py).
NAMED_AGAIN = (
    "El campamento", "La base", "El cuartel", "El emplazamiento", "La entrega", "La ceremonia", "El traspaso",
    "La retirada", "La salida",
)  # fmt: skip
TRIM = ("desde", "hasta")
DIRECTIONS = {
    "pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1, "este": 0, "esta": 0, "que viene": 1,
}  # fmt: skip
DEMONSTRATIVES = ("este", "esta")
# dateparser has "hoy", "ayer", "mañana", "anteayer"; "por la mañana" is "in the morning" (blocked).
# The weekend before the report: neither CLDR nor dateparser has a weekend.
LAST_WEEKEND = ("el pasado fin de semana", "el fin de semana pasado", "el último fin de semana")
# A weekend named bare: in a report told in the past tense, the one just gone ("salió el fin de semana").
WEEKEND_TOLD = ("el fin de semana", "este fin de semana", "durante el fin de semana")
RELATIVE_DAYS_EXTRA = {
    "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "esta madrugada": 0, "anoche": -1, "antier": -2,
    "pasado mañana": 2,
    "la mañana": None, "ayer por la mañana": -1, "ayer por la tarde": -1,
}  # fmt: skip
# Counts only dates use ("hace unos días"); numbers are in numbers.py.
NUMBER_WORDS = {"un": 1, "una": 1, "unos": 3, "unas": 3, "varios": 3, "varias": 3, "pocos": 3}
NARRATIVE_FIXED = {
    "al día siguiente": 1, "el día anterior": -1, "la víspera": -1, "ese mismo día": 0, "el mismo día": 0,
    # The day being told, at another hour ("horas antes había entregado la base"): dateparser counts
    # only from today.
    "horas antes": 0, "horas después": 0, "horas más tarde": 0, "unas horas antes": 0,
    "unas horas después": 0, "pocas horas antes": 0, "pocas horas después": 0,
    "más temprano ese día": 0, "esa misma mañana": 0, "esa misma tarde": 0,
    "esa misma noche": 0, "la misma noche": 0, "la misma tarde": 0, "la misma mañana": 0,
    # "Por la mañana, los soldados entregaron la base": the morning of the day told ("el martes por la
    # mañana" is that weekday's: a day of the sentence's own outranks these).
    "por la mañana": 0, "por la tarde": 0, "por la noche": 0,
}  # fmt: skip
NARRATIVE_BACKWARD = frozenset({"antes", "anterior"})
FUNCTION_WORDS = frozenset({"El", "La", "Los", "Las", "En", "Desde", "Tras", "Hasta"})
NAME_LINKS = frozenset({"de", "del", "y", "para", "sobre"})
# Words before a year that make it say which thing, not when ("the 2015 agreement").
ATTRIBUTIVE_BEFORE = ("de", "del")
TRIGGERS = (
    "hoy", "ayer", "mañana", "anteayer", "anoche", "semana", "mes", "año", "días?", "principios",
    "mediados", "finales", "fines", "hace", "después", "antes", "horas", "misma", "tarde", "noche",
    "pasad[oa]", "próxim[oa]", r"est[ea]",
)  # fmt: skip

_MOD = r"(?:(?P<mod>(?:principios|comienzos|inicios|mediados|finales|fines)\s+de)\s+)"
_PREP = r"en|desde|hasta|antes\s+de|después\s+de|a\s+partir\s+de|para"
SHAPES = (
    (r"\b(?P<x>(?:%WD%,?\s+)?%DAY%\s+de\s+%MONTH%(?:\s+(?:de|del)\s+%YEAR%)?)\b(?!\s*\d)", "absolute"),
    # "MADRID, 6 Mar. (EUROPA PRESS)", "15 Ago.": wire datelines write the day and a capitalised short month
    (r"\b(?P<x>%DAY%\s+(?=[A-Z])%MONTH%(?:\s+%YEAR%)?)(?!\w)(?!\s*\d)", "absolute"),
    (rf"\b(?P<x>{_MOD}?%MONTH%\s+(?:de|del)\s+%YEAR%)\b", "absolute"),
    (
        rf"(?:\b(?P<prep>{_PREP})\s+|(?=(?:principios|comienzos|inicios|mediados|finales|fines)\s+de\s))"
        rf"(?P<x>{_MOD}?%MONTH%(?:\s+(?P<dir>pasado|próximo))?)\b(?!\s+(?:de\s+)?\d)",
        "month_alone",
    ),
    # "el pasado mes de marzo", "el próximo junio": the direction before the month
    (
        r"\b(?P<x>(?:el\s+)?(?P<dir>pasado|próximo)\s+(?:mes\s+de\s+)?%MONTH%)\b(?!\s+(?:de\s+)?\d)",
        "month_alone_rel",
    ),
    (
        rf"\b(?P<x>(?:{_MOD}|(?P<prep>{_PREP})\s+)?%NNB%%YEAR%)%NNA%(?!\s*[-–]\s*(?:19|20)?\d\d\b)",
        "year_alone",
    ),
    (r"\b(?P<x>(?:(?:el|este|esta|desde\s+el)\s+)?%WD%(?:\s+(?P<dir>pasado|próximo))?)\b", "weekday"),
    (r"\b(?P<x>(?:el\s+)?(?P<dir>próximo|pasado)\s+%WD%)\b", "weekday"),
    (r"(?<!\w)(?P<x>(?P<rel>%REL%))(?!\w)", "relative_day"),
    (
        # "a finales del año pasado", "a principios del mes pasado": the modifier stays with its unit
        r"\b(?P<x>(?:(?P<mod>finales|fines|principios|comienzos|mediados)\s+(?:de\s+)?)?"
        r"(?:el|la|este|esta|del)\s+(?P<unit>mes|semana|año)"
        r"(?:\s+(?P<dir>pasado|pasada|próximo|próxima|que\s+viene))?)\b",
        "relative_unit_article",
    ),
    # "antes de fin de año", "a finales de este año", "a fin de mes": this year's (month's) end
    (
        r"\b(?P<x>(?P<mod>finales|fines|fin|principios|comienzos|mediados)\s+(?:de\s+(?:este\s+|esta\s+)?|del\s+)"
        r"(?P<unit>año|mes|semana))\b(?!\s+(?:pasad[oa]|próxim[oa]|que\s+viene|siguiente|anterior))",
        "relative_this",
    ),
    (r"(?<!\w)(?P<x>%AGO%)(?!\w)", "ago"),
    (
        r"\b(?P<x>%NUM%\s+(?P<unit>días?|semanas?|meses|mes|años?)\s+(?P<dir>después|más\s+tarde|antes))\b"
        r"(?!\s+(?:de\s+lo|que)\b)",  # "dos semanas antes de lo previsto" compares, it dates nothing
        "narrative",
    ),
    # "al año siguiente", "el mes anterior": counted from the previous event, like "un año después"
    (r"(?<!\w)(?P<x>(?:al|el|del)\s+(?P<unit>año|mes)\s+(?P<dir>siguiente|anterior))(?!\w)", "narrative"),
    (
        r"(?<!\w)(?P<x>(?:a\s+la|la|de\s+la)\s+(?P<unit>semana)\s+(?P<dir>siguiente|anterior))(?!\w)",
        "narrative",
    ),
    (r"(?<!\w)(?P<x>(?P<fixed>%FIXED%))(?!\w)", "narrative_fixed"),
    # "antes de que acabe el año", "antes de que terminara el mes": by the end of this year (month)
    (
        r"(?<!\w)(?P<x>antes\s+de\s+que\s+(?:acab|termin|finaliz|conclu|cierr)\w*\s+el\s+(?P<unit>año|mes))(?!\w)",
        "unit_ending",
    ),
    # "el pasado día 4", "el próximo día 15": a day of this month or the one next to it
    (
        r"(?<!\w)(?P<x>el\s+(?:(?P<dir>pasado|próximo)\s+)?día\s+(?P<day>[0-3]?\d))(?!\s*(?:de\s|del\s|al\s|y\s|/|\d|\.\d))",
        "day_of_month",
    ),
)

# Una palabra que señala y un período: el momento que el relato acaba de contar ("esa misma noche", "ese
# mes"), combinados por store/dates/same_time.py; ni CLDR ni dateparser cuentan desde el relato.
SAME_TIME_FRAMES = (
    "ese mismo {}", "esa misma {}", "el mismo {}", "la misma {}", "ese {}", "esa {}", "aquel {}",
    "aquella {}", "aquel mismo {}", "aquella misma {}",
)  # fmt: skip
SAME_TIME_PERIODS = {"día": "day", "tarde": "day", "noche": "day", "mes": "month", "año": "year"}
# Los discursos de un día del año (store/dates/occasions.py): los jefes de Estado hablan el 31 de diciembre.
OCCASIONS = {
    phrase: (12, 31)
    for phrase in (
        "mensaje de fin de año", "mensaje de Año Nuevo", "discurso de fin de año", "discurso de Año Nuevo",
        "mensaje a la nación de fin de año",
    )
}  # fmt: skip
# Nombres cuya fecha es un plazo, sea cual sea el verbo que lo fijó ("el plazo se fijó para el 31 de
# enero"; store/dates/deadline_nouns.py).
DEADLINE_NOUNS = ("plazo", "fecha límite", "ultimátum")

# "the first base handed back since March": an act counted among those since a date, so after it
# (store/extraction/after_since.py)
COUNTED_SINCE = (
    r"\b(?:primer[oa]?s?|segund[oa]s?|tercer[oa]?s?|cuart[oa]s?|quint[oa]s?|únic[oa]s?|últim[oa]s?)\b"
)

# Words that open a relative clause ("la base que ocupaban desde 2013"): store/dates/relative_clauses.py
RELATIVE_PRONOUNS = ("que", "quien", "quienes", "cuyo", "cuya", "cuyos", "cuyas", "donde")
# Words right before "que" that make it a conjunction, not a relative pronoun ("después de que una
# delegación abandonara Niamey el viernes": the date is the clause's own act): relative_clauses.py
CONJUNCTION_HEADS = (
    "de", "después", "antes", "desde", "hasta", "para", "ya", "así", "aunque", "luego", "mientras",
)  # fmt: skip
# Words before a year that say how old something is: store/dates/handlers.py ``_tells_an_age``
AGE_BEFORE = ("que datan de", "que data de", "que se remontan a", "que se remonta a", "datan de")
# "En noviembre, tres países anunciaron su salida: Londres el 14 y Berlín el día 22": un día del mes que la
# frase nombra (store/dates/days_of_a_told_month.py)
DAY_AFTER_MONTH = (
    # "el día 3" says it is a day whatever follows ("el día 3 entregó el campamento"), "el 3" before a stop
    r"(?<!\w)(?P<x>el\s+(?:(?P<dia>día)\s+)?(?P<day>[0-3]?\d))(?![\w/.,:-]\d)"
    r"(?(dia)(?!\s+de\s)|(?=\s*(?:[,.;:)]|$|y\b|o\b|e\b)))"
)
# "el repliegue iniciado en febrero terminó el lunes": un participio de comienzo tras un nombre fecha el
# comienzo de lo que nombra (store/dates/begun_phrases.py); un auxiliar lo hace un tiempo ("ha iniciado").
BEGUN = (
    r"[^\W\d_][\w'’-]*\s*[»\"”]?\s*,?\s+(?P<verb>(?:iniciad|comenzad|empezad|emprendid|lanzad|arrancad)[oa]s?|"
    r"puest[oa]s?\s+en\s+marcha)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}",
    None,
)
AUXILIARIES = (
    "ha", "han", "he", "hemos", "habéis", "había", "habían", "habría", "habrían", "hubo", "haber", "habiendo",
    "fue", "fueron", "sido", "es", "son", "era", "eran", "será", "serán", "está", "están", "estaba", "se",
)  # fmt: skip
# Verbos que dan a conocer un acto, en una atribución tras él ("..., informó el jueves la radio nacional"):
# ese día fecha el anuncio del acto (store/extraction/made_public.py).
MADE_PUBLIC = ("informó", "informaron", "anunció", "reveló", "confirmó", "dio a conocer", "difundió")
# "hace poco más de una semana", "hace casi diez días": a count only roughly (store/dates/hedged_counts.py)
HEDGES_BEFORE_A_COUNT = (
    r"poco\s+más\s+de", r"algo\s+más\s+de", r"poco\s+menos\s+de", r"más\s+de", r"menos\s+de", r"casi",
    r"cerca\s+de", r"unos", r"unas", r"alrededor\s+de", r"aproximadamente", r"apenas",
)  # fmt: skip
# "el ataque del domingo", "el golpe del 26 de julio": lo que separa el nombre de un acto del día que lleva;
# ese día fecha el acto, no la reivindicación dicha al lado (store/extraction/act_noun_days.py)
DAY_OF_A_NOUN = r"\s+(?:del|de)\s+"
