"""Spanish cues of acts beyond a force's presence (store/about/acts.py): arrests, releases, expulsions,
media bans and suspensions. Each is read only when nobody merely demands it ("exigió su liberación")."""

_PEOPLE = (
    r"(?:soldados|militares|oficiales|funcionarios|rehenes|detenidos|presos|prisioneros|personas|sospechosos|periodistas|"
    r"opositores|activistas|ciudadanos|hombres|mujeres)"
)

# "tomó nota de la petición y retirará sus fuerzas": a conjunction before a verb, not a second object
# An order is the act itself when it is the speaker's to carry out: "ordenó la expulsión de"
ORDER = r"\borden(?:ó|aron|a|an)\b"
# Un auxiliar de pasiva: "France 24 fue suspendida" (la cadena es el objeto, no una fuente).
PASSIVE = r"\b(?:es|son|fue|fueron|ha\s+sido|han\s+sido|había\s+sido|habían\s+sido|quedó|quedaron)\b"

NEW_PREDICATE = (
    r"\s(?:y|pero)\s+(?!(?:el|la|los|las|un|una|su|sus|del|al|todos|todas)\b)(?=(?-i:[a-záéíóúñ]))"
)

# Someone told to leave within hours (an army is given months): "abandonar el país en 48 horas". Asked or
# told, it is the expulsion (store/about/acts.py).
LEAVE_DEADLINE = (
    r"\b(?:abandonar|salir\s+de|dejar)\s+(?:\S+\s+){0,4}?en\s+(?:un\s+plazo\s+de\s+)?\d+\s+horas\b|"
    # the hours first: "le dio un plazo de 72 horas para salir del país"
    r"\b(?:plazo\s+de\s+)?\d+\s+horas\s+para\s+(?:abandonar|salir|dejar|irse|marcharse)\b"
)

ACT_CUES = {
    # "detuvieron a 49 militares", "los detenidos", "la detención de", "arrestados"
    "arrest": (
        r"\bdetuv(?:o|ieron)\b|\bdetenid[oa]s?\b|\bdetenci(?:ón|ones)\b|\barrest(?:ó|aron|ad[oa]s?|o|os)\b|"
        r"\bencarcel(?:ó|aron|ad[oa]s?)\b|\bapres(?:ó|aron|ad[oa]s)\b"
    ),
    # "indultó a 46 soldados", "liberó a los rehenes", "fueron liberados"
    "release": (
        r"\bindult(?:ó|aron|ad[oa]s?|o)\b|\bamnist\w+|\bexcarcel\w+|\b(?:fue|fueron|han\s+sido|ha\s+sido)\s+"
        rf"liberad[oa]s?\b|\bliber(?:ó|aron|ación)\s+(?:\w+\s+){{0,8}}?{_PEOPLE}\b|\b{_PEOPLE}\s+liberad[oa]s\b"
    ),
    # "expulsó al embajador", "declarado persona non grata", "le dio 72 horas para abandonar el país"
    "expel": (
        r"\bexpuls(?:ó|aron|ad[oa]s?|ión|a|an|ar)\b|\bpersona\s+non\s+grata\b|"
        # "debe abandonar el país en 48 horas": a person given hours to go
        + LEAVE_DEADLINE
        + "|"
        r"\bd(?:io|ieron)\s+(?:\S+\s+){0,6}?(?:horas|días)\s+(?:\S+\s+){0,8}?para\s+(?:abandonar|salir|dejar)\b|"
        # "ordenó al embajador francés abandonar el país"
        r"\borden(?:ó|aron)\s+(?:\S+\s+){0,4}?(?:embajador|diplomático|representante|portavoz)\S*\s+"
        r"(?:\S+\s+){0,4}?(?:abandonar|salir|dejar)\b"
    ),
    "media": (
        # (a "cadena" of television, not "de suministro"; not "canales diplomáticos", "programas de ayuda")
        r"\b(?:emisiones|emisoras?|(?:cadenas?|canal(?:es)?)\s+de\s+(?:televisión|radio|noticias)|radios?|"
        r"televisiones|televisión|periódicos?|medios\s+de\s+comunicación|señal|transmisiones)\b"
    ),
    "ban": (
        r"\bsuspen(?:de|den|dió|dieron|diera|dieran|dido|dida|didos|didas|der|derá|sión)\b|\bprohibi\w+|\bcort(?:ó|aron|a)\b|"
        r"\bcerr(?:ó|aron)\b|\bbloque(?:ó|aron)\b"
    ),
    # "después de que la junta suspendiera ...": the past subjunctive a clause after "después de que" takes
    "halt": (
        r"\bsuspen(?:de|den|dió|dieron|diera|dieran|dido|dida|didos|didas|der|derá|sión)\b|"
        # "detiene la formación del Ejército", "dejó de entrenar a las tropas": a cooperation stopped
        r"\b(?:detien\w*|detuv\w*|deten(?:er|drá)|paraliz\w*|frena\w*|fren[óe]\w*|interrump\w*|congel\w*)\s+"
        r"(?:(?:la|su|sus|toda|las|los)\s+){0,2}?(?:formación|instrucción|entrenamiento|cooperación)\b|"
        r"\bdej(?:ó|aron|a|an)\s+de\s+(?:entrenar|formar|instruir)\b"
    ),
    # organizations or their activities banned: "prohibió las actividades de las ONG"
    "outlaw": r"\bprohibi\w+\s+(?:\S+\s+){0,6}?(?:actividades|ONG)\b",
    # Relaciones diplomáticas rotas: "rompió sus relaciones diplomáticas con", "la ruptura de relaciones"
    "ties": (
        r"\b(?:romp\w*|rot[oa]s?|ruptura|cort(?:ó|aron|a|e))\s+(?:\S+\s+){0,4}?"
        r"(?:relaciones|lazos|vínculos)\s+diplomátic\w+|"
        # "había roto con Kiev": broken with a country or its capital (not "rompió con la tradición")
        r"\b(?:romp\w*|rot[oa]s?)\s+con\s+(?-i:[A-ZÁÉÍÓÚ])\w+"
    ),
    # Who soldiers hold in a coup: a sitting head of state or government (not "el expresidente")
    "leader": r"\b(?:presidente|primer\s+ministro|jefe\s+de\s+Estado)\b",
    # Un acuerdo de paz terminado: "puso fin ... al acuerdo de paz", "denunció el acuerdo de paz"
    "accord_end": (r"\b(?:fin|denunci\w*|abandon\w*)\s+(?:\S+\s+){0,8}?acuerdo\s+de\s+paz\b"),
}

# Una decisión contada remitiendo a otra anterior ("Bamako había tomado la misma decisión el domingo")
SAME_DECISION = (
    r"\b(?:la\s+misma|esa|esta|una\s+similar)\s+(?:decisión|medida)\b|"
    # "Bamako hizo lo mismo el martes", "siguió sus pasos"
    r"\bhizo\s+lo\s+mismo\b|\bsigui[óo]\s+(?:sus|el)\s+(?:pasos|ejemplo)\b"
)

# Una cosa dada por muerta o declarada nula ("da por muerto el acuerdo de paz", "el acuerdo está muerto"): un
# acuerdo que termina, ninguna muerte. "lo dio por muerto" puede ser una persona:
# solo cuenta un nombre de cosa.
_COSAS = r"(?:acuerdo|tratado|pacto|proceso|tregua|alto\s+el\s+fuego)"
# Lo que sigue a la cosa la nombra ("de paz firmado en 2015"): otro sujeto entre ella y "muerto" ("un
# soldado") dice una muerte de verdad.
_RESTO = r"(?:\s+(?:de|del|la|el|los|las|para|y|en|firmado|paz|reconciliación|Argel|\d{4})){0,8}"
THING_DECLARED_DEAD = (
    rf"\b(?:d(?:a|an|io|ió|ieron)|declar\w+)\s+(?:por\s+)?(?:muert|nul)[oa]s?\s+(?:\S+\s+){{0,3}}?"
    rf"(?:el|la|los|las)\s+{_COSAS}\b|"
    rf"\b{_COSAS}\b{_RESTO}\s+(?:está|estaba)\s+muert[oa]\b"
)
PEACE_ACCORD = (
    r"\bacuerdos?\s+(?:\S+\s+){0,2}?de\s+paz\b|"
    r"\bacuerdo\b(?:\s+\S+){0,12}?\s+(?:con|entre)\s+(?:\S+\s+){0,8}?(?:rebeldes|grupos\s+armados)\b"
)

# "La noticia llegó un día después de que la junta suspendiera ...": the act after it came that many days
# before the one the story tells (store/extraction/came_after.py); the count as ``CAME_AFTER_COUNTS``.
CAME_AFTER = (
    r"^\W*(?:la|esta|esa)\s+(?:noticia|decisión|medida|expulsión|suspensión)\s+"
    r"(?:llegó|llega|se\s+produjo|se\s+produce)\s+(?P<n>un|dos|tres|\d)\s+días?\s+después\s+de(?:\s+que)?\b"
)
CAME_AFTER_COUNTS = {"un": 1, "dos": 2, "tres": 3}
