"""Spanish cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

TENSE_FUTURE = (
    r"va|van|iba|iban|debe|deben|tiene\s+que|tienen\s+que|deberá|deberán|debería|deberían|será|serán|prevé|previsto|prevista|planea|hasta|"
    r"próximo|próxima|tendrá|tendrán|\w{3,}(?:ará|erá|irá|arán|erán|irán)|"
    # irregular futures: "saldrán", "pondrá", "vendrán", "podrá", "harán", "dirá", "habrá"
    r"\w{2,}dr(?:á|án)|har(?:á|án)|dir(?:á|án)|habr(?:á|án)|cabr(?:á|án)|sabr(?:á|án)|querr(?:á|án)|"
    # the conditional of what may come ("podría comenzar ya en julio"), as German "könnte"
    r"podría|podrían|"
    # A wish or demand in the present asks for what is to come ("quiere que la retirada comience el 1 de
    # julio"); a term "vence el 30 de junio" ends on a day still ahead. Without "que" or the date right
    # after, the present is a chronology's ("16 de junio: Malí pide la salida de la misión").
    r"(?:quiere|quieren|pide|piden|exige|exigen|espera|esperan)\s+que|"
    r"(?:vence|vencen|expira|expiran|caduca|caducan)(?=\s+(?:el\s+)?\d)"
)
TENSE_PAST = (
    r"fue|fueron|era|eran|había|habían|ha|han|ayer|pasado|pasada|desde|hace|dijo|"
    r"\w{3,}(?:ó|aron|ieron|ado|ido)"
)
# "debe haber salido del país el 31 de diciembre": a perfect infinitive, no past tense.
PERFECT_INFINITIVE = r"\bhaber\s+(?:sido\s+)?\w+"
# A participle alone is an adjective ("las tropas desplegadas", "papel mojado"): the past needs "ha",
# "había", "fue" (themselves cues), so it dates only the date it introduces ("firmado el 3 de marzo").
BARE_PARTICIPLE = r"\w{3,}(?:ado|ido|ada|ida)s?"
PRESENT_PASSIVE_BEFORE = r"(?:es|son|está|están|ser|será|serán|sería|serían)\s+$"
# A participle-looking word after a determiner is a noun: "el soldado", "los aliados", "la ciudad".
NOUN_AFTER = r"(?:el|la|los|las|un|una|unos|unas|su|sus|este|esta|estos|estas|del|al)\s+$"
# Un plazo todavía por venir tras una retirada anunciada ("la retirada total en un plazo de cuatro a seis
# meses", "en los próximos meses"): lo anunciado es un plan.
PERIOD_TO_COME = (
    r"\b(?:en\s+un\s+plazo\s+de|dentro\s+de|en\s+los\s+próximos|durante\s+los\s+próximos)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:días|semanas|meses|años)\b"
)
# A past verb of phase or attempt before an infinitive dates the act itself, no plan ("comenzaron a salir
# a mediados de julio", "intentaron cruzar el lunes").
ASPECTUAL = r"(?:comenz|empez|continu|sigui|dej|termin|intent|logr|volvi|acab)\w*"
# An infinitive ends in -ar, -er, -ir, but so do adjectives and nouns news writes often ("el agregado
# militar", "el programa nuclear", "el líder", "en su lugar"): those are listed, and a word after a
# determiner is a noun ("el poder"), never a planned act.
_NOT_INFINITIVES = (
    r"ayer|militar|nuclear|popular|similar|particular|regular|titular|familiar|consular|escolar|solar|"
    r"peculiar|singular|preliminar|lugar|mujer|líder|dólar|hogar|cáncer|carácter|alquiler|taller|pilar"
)
_DETERMINERS = ("el", "la", "los", "las", "un", "una", "su", "sus", "del", "al", "este", "esta")
INFINITIVE = (
    "".join(rf"(?<!\b{d}\s)" for d in _DETERMINERS)
    # an infinitive starts in lower case: "Níger", "Dakar", "Qatar" are names, never a planned act
    + rf"\b(?!(?:{_NOT_INFINITIVES})\b)(?-i:[a-záéíóúñü])\w{{2,}}(?:ar|er|ir)\b|\bque\s+"
)
SPEECH = (
    "dijo", "declaró", "anunció", "afirmó", "según", "comunicado", "informó", "aseguró", "explicó", "señaló",
    "indicó", "confirmó", "subrayó", "precisó",
)  # fmt: skip
# The word that opens a reported statement after a speech verb ("said that ...").
REPORTED_THAT = ("que",)
# Quien sigue hablando sin ser nombrado de nuevo ("Él precisó que las tropas saldrían"): el autor de la
# declaración citada justo antes (store/extraction/speaker_days.py).
SPEAKER_PRONOUNS = ("él", "ella")
# Present verbs of saying, as chronologies write them ("22 de noviembre: Berlín confirma que sus tropas
# saldrán"): what follows is what was said, not the entry's own tense (store/dates/tense.py).
REPORTING_PRESENT = (
    "dice", "confirma", "confirman", "anuncia", "anuncian", "declara", "asegura", "afirma", "promete",
    "advierte", "informa", "comunica", "notifica", "señala", "indica", "precisa", "explica", "subraya",
    "añade", "agrega",
)  # fmt: skip
CLAUSE_WORDS = ("pero", "mientras", "cuando", "aunque", "y", "que")

# Lo que sitúa un acto antes del día de la noticia ("había entregado", "ya", "antes"): una frase con ello
# no toma la fecha de la frase anterior (store/dates/continuation.py).
BACKGROUND = r"había|habían|hubo|ya|antes|anteriormente|previamente"
# De ellas, los auxiliares que un verbo de decir en pasado y "que" desplazan ("confirmó que la retirada
# había concluido"): el tiempo de lo dicho, no un paso atrás del relato.
BACKSHIFT = ("había", "habían")

# Nouns that end like a conditional: never a verb of what is to come.
_NOUNS_IN_RIA = (
    r"infantería|artillería|caballería|secretaría|cancillería|batería|galería|lotería|ingeniería|"
    r"piratería|mensajería|tesorería|consejería|minería|ganadería|panadería|librería|cafetería|"
    r"tecnología|categoría|mayoría|minoría|economía|soberanía|ciudadanía|compañía|alcaldía|policía"
)

# Event-type cues, regex fragments per stage (store/about/event_types.py says how each is used).
# "dio a las tropas francesas un mes para salir": un ultimátum, la salida de otro exigida (unas horas dadas a
# una persona la expulsan: acts.py); no "se dio seis meses".
_ULTIMATUM = (
    r"(?<!\bse\s)\b(?:d(?:ado|io|ieron|a|an)|conced\w+|otorg\w+)\s+(?:\S+\s+){0,5}?"
    r"(?:un|una|dos|tres|seis|\d+)\s+(?:semanas?|mes|meses)\s+para\b"
)

EVENT_CUES = {
    "attack": (
        r"\b(?:un|el|este|ese)\s+(?:\w+\s+)?(?:ataque|atentado|emboscada|asalto)\b|\batacad[oa]s?\b"
        r"|\bartefacto\s+explosivo|\bcoche\s+bomba|\bexplosión\b|\bbombarde\w+"
    ),
    "withdraw": (
        r"\bretir\w*|\bretirada\b|\babandon\w*|\bsal(?:ir|ió|ieron|en|e|ida)\b|\bdej(?:ar|ó|aron|an|a)\b"
        r"|\brepatri\w+|\bevacu\w+|\bmarch(?:a|ó|aron)\b"
        # "traerá de vuelta a sus fuerzas especiales", "hará regresar a sus soldados": troops brought home
        r"|\b(?:tra(?:er|e|en|jo|jeron|erá|erán|ería)|hac(?:er|e|en)|hizo|hicieron|har(?:á|án))\s+"
        r"(?:de\s+vuelta|regresar|volver)\s+a\s+(?:sus|los|su)\s+(?:\w+\s+)?"
        r"(?:soldados|tropas|militares|fuerzas|efectivos|contingentes?|cascos\s+azules|instructores)\b"
    ),
    "withdrew": (
        r"\b(?:ha|han|había|habían)\s+(?:\w+\s+)?(?:abandonado|retirado|salido|dejado)\b"
        r"|\babandon(?:ó|aron)\b|\bsalieron\b|\bse\s+retir(?:ó|aron)\b"
        # "el tercer campamento abandonado por los cascos azules": a post left, told in the passive
        r"|\b(?:abandonad|evacuad)[oa]s?\s+por\b"
        # "ya no quedan soldados franceses en Malí": the last of a force gone, told as a state
        r"|\bya\s+no\s+(?:hay|quedan?)\s+(?:\w+\s+){0,2}?(?:soldados|tropas|militares|cascos\s+azules)\b"
    ),
    "ongoing": r"\b(?:está|están)\s+(?:retirándose|saliendo|abandonando)",
    "deadline": (
        r"^\W*(?:\w+\W+){0,3}?(?:antes\s+de|hasta)\s+(?:el\s+|finales\s+de\s+|\d|enero|febrero|marzo"
        r"|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
    ),
    "complete": (
        # "los últimos soldados", "el último contingente": one unit is the last too
        r"\búltim[oa]s?\s+(?:\w+\s+){0,2}?(?:soldados?|tropas?|militar(?:es)?|cascos|efectivos|convoy(?:es)?|"
        r"contingentes?|destacamentos?)\b"
        r"|\bdefinitiv\w*|\bcomplet\w*|\btotal\w*|\bconclu\w+"
        # "la salida ... se hizo efectiva este miércoles": a withdrawal in force is done
        r"|\bse\s+hizo\s+efectiv[oa]\b|\bentró\s+en\s+vigor\b|\bsurtió\s+efecto\b"
        r"|\bfin\s+(?:\w+\s+)?de\s+(?:la|su)\s+(?:retirada|salida)\b"
        # "la entrega del campamento puso fin a la retirada", "culmina la retirada": an ending said of it
        r"|\b(?:pone|ponen|puso|pusieron|puesto)\s+fin\s+a\s+(?:la|su)\s+(?:\w+\s+)?(?:retirada|salida|repliegue)\b"
        r"|\bculmin(?:a|an|ó|aron|ado|ada)\b"
    ),
    # "un primer convoy", "las primeras tropas": the first of a force to go (as "the first contingent")
    "start": (
        r"\bcomenz\w+|\bempez\w+|\binici\w+|"
        r"\bprimer(?:[oa]s?)?\s+(?:soldados|tropas|convoy|aviones|contingente|grupo|destacamento)\b"
    ),
    "future": (
        r"\bva\b|\bvan\b|\bdeber\w+|\bprev\w+|\bplane\w+|\bdecidi\w+|\bacord\w+"
        r"|\b\w+(?:ará|erá|irá|arán|erán|irán)\b|\bse\s+compromet\w+"
        # irregular futures ("pondrá fin", "saldrán", "harán"), as TENSE_FUTURE reads them
        r"|\b\w{2,}dr(?:á|án)\b|\bhar(?:á|án)\b|\bdir(?:á|án)\b|\bhabr(?:á|án)\b"
        # the conditional of reported speech ("comunicó que retiraría a su contingente"): a plan told then
        # (nouns in -ería, -aría are no verb: "la infantería", "la secretaría")
        rf"|\b(?!(?:{_NOUNS_IN_RIA})\b)\w{{3,}}(?:aría|ería|iría|arían|erían|irían)\b"
    ),
    # "notificó su retirada de la OIF": leaving a body is notified to it
    # "comunicó a la ONU que retiraría": a decision told to a body (not "un comunicado", a statement)
    "announce": r"\banunci\w+|\bdeclar\w+|\bconfirm\w+|\bdecidi\w+|\bnotific\w+|\bcomunic(?:ó|aron|a|an)\b",
    "ultimatum": _ULTIMATUM,
    "demand": (
        r"\bexig\w+|\bpidi\w+|\bpedid\w+|\breclam\w+|\bordenó\b|\bexpuls\w+|\bpidió\b|\bhabía\s+pedido|"
        + _ULTIMATUM
    ),
    "handover": (
        r"\bentreg\w+|\btraspas\w+|\btransferi\w+|\bcedi\w+|"
        # "asumirá las tareas del grupo": las tareas de otra fuerza
        r"\b(?:asum|retom)\w+\s+(?:[^\s,;]+\s+){0,3}?(?:tareas|funciones|misiones)\b|"
        # "había devuelto a Costa de Marfil el campamento de Port-Bouët": a military post given back
        r"\b(?:devolv\w+|devuelt[oa]s?)\s+(?:\S+\s+){0,6}?(?:campamentos?|bases?|cuartel(?:es)?|instalaciones)\b"
    ),
    # "arrió su bandera en Gao": the flag of a force comes down where it leaves (not to half-mast)
    "flag": (
        r"\b(?:arri|baj)(?:ó|aron|ado|ada)\s+(?:\w+\s+){0,3}?banderas?\b"
        r"(?!\s+(?:\w+\s+){0,2}?a\s+media\s+asta)|"
        # "la bandera maliense fue izada en la base": un puesto ya del país anfitrión (no una ciudad)
        r"\biz(?:ó|aron|ado|ada)\s+(?:\w+\s+){0,3}?banderas?\s+(?:\w+\s+){0,2}?(?:en|sobre)\s+(?:el|la|su)\s+"
        r"(?:\w+\s+){0,2}?(?:base|campamento|campo|puesto)\b|\bbanderas?\s+(?:\w+\s+){0,2}?fue\s+izada\s+(?:\w+\s+){0,2}?(?:en|sobre)\s+"
        r"(?:el|la|su)\s+(?:\w+\s+){0,2}?(?:base|campamento|campo|puesto)\b"
    ),
    "mission": (
        r"\bmisión\b|\bmandato\b|\bMINUSMA\b|\boperaci(?:ón|ones)\b|\bBarjane\b|\bBarkhane\b|\bEUTM\b|"
        r"\bTakuba\b|\bServal\b|\bdespliegue\b|"
        # "puso fin a la presencia de sus fuerzas especiales": the end of a force's mission
        r"\bpresencia\s+(?:militar|armada|francesa|extranjera|"
        r"de\s+(?:sus|las|los)\s+(?:tropas|fuerzas|soldados|militares))\b|\b(?:fuerza|misión|contingente|tropas|unidad)\b[^.;:]{0,60}?\bdej(?:ó|aron)\s+de\s+operar\b"
    ),
    "ended": (
        r"\bfin\s+(?:de|del|a)\b|\bpone\s+fin\b|\bpuso\s+fin\b|\bterminó\b|\btermin(?:a|an|ará|arán|aron)\b|\bconcluy\w+|\bexpir\w+|"
        r"\bdi(?:o|eron)\s+por\s+(?:terminad|concluid|finalizad)\w*|\bfinaliz(?:ó|aron|a)\b|"
        # "cesó sus operaciones", "había cesado sus operaciones", "dejó de operar": a force that stops
        # operating ends its mission
        r"\bces(?:ó|aron|a|an|ado)\s+(?:todas\s+)?(?:sus|las)\s+(?:operaciones|actividades)\b|\bdej(?:ó|aron)\s+de\s+operar\b|"
        # "la fuerza fue disuelta", "la disolución de la misión": una fuerza que deja de existir
        r"\bdisuelt[oa]s?\b|\bdisolución\b|\bdisol(?:vió|vieron)\b"
    ),
    "casualty": r"\bmuert[oa]s?\b|\bmurieron\b|\basesinad\w+|\bherid[oa]s\b|\bfallecid\w+|\bvíctimas\b",
    "deploy": (
        r"\bdespleg\w+|\bdesplieg\w+|\benvi(?:ó|aron)\s+(?:\w+\s+){0,3}?(?:soldados|tropas)|\bllegaron\b(?!\s+a\s+(?:un|una|la|el)\s+(?:acuerdo|pacto|consenso|conclusión|compromiso)\b)"
        r"|\bestacionad\w+"
        # "permanecerán en el país", "se quedarán sobre el terreno": una presencia que sigue
        r"|\b(?:permanec\w+|se\s+quedar\w+)\s+(?:en\s+el\s+país|sobre\s+el\s+terreno|desplegad\w+)\b"
        # "lanza la operación Serval", "lanzó una operación militar"
        r"|\blan[zc]\w*\s+(?:la\s+|una\s+|su\s+)?(?:\w+\s+){0,2}?(?:operaci[óo]n|intervención)\b"
        # "Francia intervino militarmente en Malí" (no una intervención solo amenazada)
        r"|\bintervin(?:o|ieron)\s+militarmente\b|\binterviene[n]?\s+militarmente\b"
    ),
    "coup": (
        r"\bgolpe\s+de\s+estado\b|\bgolpes?\b|\bderroc\w+|\basonada\b|"
        # "los militares tomaron el poder", "se hicieron con el poder"
        r"\b(?:tomó|tomaron|tomado|toman|toma)\s+el\s+poder\b|\bhici(?:eron|mos)?\s+con\s+el\s+poder\b|"
        r"\bse\s+hizo\s+con\s+el\s+poder\b"
    ),
    # Text before a cue that makes it qualify a noun, not tell the act (store/about/event_types.py
    # _subordinate): "surgida del golpe", "tras el golpe", ", poniendo fin a", "el acuerdo ... firmado con".
    "modifier": (
        r"\b(?:surgid|nacid|salid|emanad)[oa]s?\s+del?\s+[^,;]{0,30}$|\b(?:tras|desde|después\s+de)\s+(?:el|la|los|las|un|"
        r"una|su|sus)\s+(?:\w+\s+){0,2}$|,\s+\w+(?:ando|iendo)\b[^,;]{0,40}$|"
        r"\b(?:acuerdos?|tratados?|pactos?|protocolos?)\b(?:(?!\b(?:fue|fueron|es|son|ha|han|había|habían|"
        r"sido|será|y)\b)[^,;.]){0,60}$"
    ),
    "relative": r"\b(?:que|quien|quienes|cual|cuales)\b[^,;]{0,40}$",
    # Departures told as movements (store/about/event_types.py _departures): homecomings and movements
    # out of a place with troops ("volaron desde Niamey"), or any movement of "los últimos" soldiers.
    # Diplomáticos: el que debe salir es expulsado, no retirado ("72 horas al embajador para abandonar")
    "envoy": r"\b(?:embajador\w*|diplomátic\w*|encargad[oa]\s+de\s+negocios|cónsul)\b",
    "troops": (
        r"\b(?:soldados|tropas|militares|cascos\s+azules|efectivos|contingente|fuerzas|uniformados|"
        r"paracaidistas)\b"
    ),
    "away": (
        r"\b(?:regres(?:aron|ó)|volv(?:ieron|ió)|retorn(?:aron|ó))\s+(?:\w+\s+){0,2}?(?:a\s+casa|a\s+su\s+país|"
        r"al\s+país|a\s+su\s+base)\b"
    ),
    "exit": (
        r"\b(?:vol(?:aron|ó)|despeg(?:aron|ó)|zarp(?:aron|ó)|part(?:ieron|ió))\s+(?:\w+\s+){0,2}?"
        r"(?:de|desde)\b"
    ),
    # "cruzó la frontera con Níger": a departure when the last troops make it
    "cross": r"\b(?:cruz|atraves)(?:ó|aron|a|an|ado)\s+(?:[\w'’-]+\s+){0,3}?(?:la\s+)?frontera\b",
    "travel": r"\b(?:aterriz(?:aron|ó)|despeg(?:aron|ó)|vol(?:aron|ó)|embarc(?:aron|ó)|cruz(?:aron|ó))\b",
    # Un acuerdo que mantiene tropas en un país: su fin anuncia su salida.
    "pact": (
        r"\b(?:acuerdos?|tratados?|pactos?|cooperación|asociación)\s+(?:\w+\s+){0,3}?(?:de\s+defensa|"
        r"militar(?:es)?|de\s+seguridad)\b"
    ),
    # Verbos que terminan un acuerdo, leídos solo junto a un "pact".
    "revoke": r"\bdenunci\w+|\brompi\w+|\brompe\b|\banul\w+|\brescindi\w+|\bderog\w+",
    "sign": r"\bfirm\w+|\bsuscrib\w+",
    "agreement_made": r"\balcanz\w+\s+(?:un\s+)?acuerdo\b|\bllegaron\s+a\s+un\s+acuerdo\b",
    "statement": (
        r"\bdijo\b|\bdeclar\w+|\bafirm\w+|\bsegún\b|\banunci\w+|\bseñal\w+|\bindic\w+|\bexig\w+"
        r"|\bpidi\w+|\bconfirm\w+|\bdenunci\w+|\bcondena\w+|\bcomunicado\b|\brecordó\b"
        # "informó el jueves el Gobierno", "precisó el ministerio": more verbs of saying
        r"|\binform(?:ó|aron)\b|\bexplicó\b|\baseguró\b|\bprecisó\b|\bagregó\b|\bañadió\b|\bhizo\s+saber\b|\bdio\s+a\s+conocer\b"
    ),
    # a demonstrative before a cue points at what was told before ("ese despliegue se hizo"): no new act
    "pointing": r"\b(?:este|esta|estos|estas|ese|esa|esos|esas)\s+$",
}
PERFECT_AUX = ("ha", "han", "había", "habían")
CONTRAST_WORDS = ("pero", "mientras")
AGREEMENT_NOUNS = ("acuerdo", "tratado", "pacto", "protocolo", "convención", "convenio")
# Verbs that tell the signing itself: then the year in the agreement's name dates the sentence.
SIGNING = r"firm(?:ado|ada|ados|adas|ó|aron|a|an|ará|arán)|suscrit[oa]s?|suscribió|sellad[oa]s?"


# Lo que, antes de "que", forma una conjunción de tiempo o de causa: no sigue ni dicho ni plan
# ("después de que el Consejo decidiera en marzo"; store/dates/temporal_clauses.py).
CONJUNCTION_BEFORE_THAT = (
    "después de", "antes de", "luego de", "desde", "hasta", "ya", "aun", "a pesar de", "así", "puesto",
    "dado", "siempre",
)  # fmt: skip
# Una oración abierta por estas palabras bajo un verbo de futuro dice lo que está por venir ("podrían
# volver en cuanto Chad haya celebrado sus elecciones el 6 de mayo").
PENDING = ("una vez que", "en cuanto", "tan pronto como")
# "podría", "puede": TENSE_FUTURE no los tiene ("pudo" es pasado).
MODALS = ("podría", "podrían", "puede", "pueden")
# Escribir o publicar en una red atribuyen un dicho como "decir": "Hoy ...", escribió el sábado una de las
# periodistas, es el hoy del sábado (store/dates/tense.py).
WRITING = ("escribió", "tuiteó", "publicó en")


# What opens a list of a group's members ("los socios, entre ellos Suecia, Estonia e Italia"):
# those countries are who the group is, not where it is (store/about/member_countries.py).
MEMBERS_LISTED = (r"\b(?:entre\s+ellos|entre\s+ellas)",)
