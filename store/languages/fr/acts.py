"""French cues of acts beyond a force's presence (store/about/acts.py): arrests, releases, expulsions,
media bans and suspensions. Each is read only when nobody merely demands it ("a exigé leur libération")."""

# Ceux qu'on arrête ou qu'on libère : "49 soldats", "les otages", "des opposants"
_PEOPLE = (
    r"(?:soldats|militaires|officiers|otages|détenus|prisonniers|personnes|suspects|journalistes|opposants|"
    r"militants|ressortissants|ministres|responsables|hommes|femmes)"
)

# "a pris acte de la demande et retirera ses forces": une conjonction devant un verbe, pas un second objet
# Un ordre est l'acte même quand il revient à qui le donne : "ont ordonné l'expulsion de" expulse
ORDER = r"\bordonn\w+"
# Un auxiliaire du passif : "France 24 a été suspendue" (la chaîne est l'objet, pas une source).
PASSIVE = r"\b(?:est|sont|a\s+été|ont\s+été|était|étaient|avait\s+été|avaient\s+été|fut|furent)\b"

NEW_PREDICATE = (
    r"\s(?:et|mais)\s+(?!(?:le|la|les|du|des|de|un|une|sa|son|ses|leur|leurs|tout|tous|toutes)\b|l['’]|d['’])"
    r"(?=(?-i:[a-zà-ÿ]))"
)

# Quelqu'un sommé de partir dans les heures (une armée a des mois): "quitter le Mali dans les 48 heures".
# Demandé ou ordonné, c'est l'expulsion (store/about/acts.py).
LEAVE_DEADLINE = (
    r"\bquitter\s+(?:\S+\s+){0,4}?(?:dans\s+les|sous|en)\s+(?:\d+|vingt-quatre|quarante-huit|"
    r"soixante-douze)\s+heures\b"
)

ACT_CUES = {
    # "les 49 soldats arrêtés dimanche", "l'arrestation de", "interpellés", "placés en détention"
    # ("a arrêté ses opérations" s'arrête : seul l'est une personne)
    "arrest": (
        r"\barrestations?\b|\binterpell(?:é|ée|és|ées|ation|ations)\b|"
        r"\bplacée?s?\s+en\s+(?:détention|garde\s+à\s+vue)\b|\bmise?s?\s+aux\s+arrêts\b|\bécrou(?:é|ée|és|ées)\b|"
        rf"\b{_PEOPLE}\s+(?:\w+\s+){{0,3}}?(?:arrêtée?s?|détenue?s?)\b|"
        r"\b(?:été|sont|ont\s+été|avaient\s+été|avait\s+été)\s+arrêtée?s?\b|"
        # "ont arrêté dimanche 49 militaires" (not "a arrêté ses opérations militaires": people counted)
        rf"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+){{0,2}}?arrêté\s+(?:\w+\s+){{0,3}}?"
        rf"(?:(?:les|des|deux|trois|plusieurs|un|une)\s+|\d+\s+)(?:\w+\s+)?{_PEOPLE}\b"
    ),
    # "a accordé sa grâce", "graciés", "libéré les otages", "remis en liberté" ("grâce à" n'est qu'un moyen)
    "release": (
        r"\bgraci(?:é|ée|és|ées|er|e|ent|a)\b|\b(?:sa|la|leur|une)\s+grâce\b|\bamnisti\w+|"
        r"\bremise?s?\s+en\s+liberté\b|\b(?:été|sont|ont\s+été)\s+libérée?s?\b|"
        rf"\blibér(?:é|ée|és|ées|ation|er|ent|ait)\s+(?:\w+\s+){{0,3}}?{_PEOPLE}\b|"
        rf"\b{_PEOPLE}\s+(?:\w+\s+){{0,3}}?libérée?s?\b"
    ),
    # "expulsé l'ambassadeur", "déclaré persona non grata", "72 heures à l'ambassadeur pour quitter le pays"
    "expel": (
        r"\bexpuls(?:é|ée|és|ées|e|ent|er|ion|ions|ait|a)\b|\bpersonae?\s+non\s+grata\b|"
        # "devait quitter le Mali dans les 48 heures": des heures pour partir (une armée a des mois)
        + LEAVE_DEADLINE
        + "|"
        r"\bdonn\w+\s+(?:\S+\s+){0,6}?(?:heures|jours)\s+(?:\S+\s+){0,8}?pour\s+quitter\b|"
        # "a ordonné le départ de l'ambassadeur", "a sommé le représentant de l'UE de quitter le pays"
        r"\bordonn\w+\s+(?:\S+\s+){0,3}?départ\s+(?:\S+\s+){0,2}?(?:l['’])?(?:ambassadeur|ambassadrice|diplomate|"
        r"représentant|porte-parole|chargée?\s+d'affaires)|\bsomm\w+\s+(?:\S+\s+){0,4}?(?:l['’])?(?:ambassadeur|"
        r"ambassadrice|diplomate|représentant|porte-parole)\S*\s+(?:\S+\s+){0,6}?de\s+quitter\b"
    ),
    "media": (
        # (a "chaîne" of television, not "d'approvisionnement"; not "programmes d'aide")
        r"\b(?:diffusions?|médias|chaînes?\s+(?:de\s+(?:télévision|télé|radio)|d['’]information)|radios?|"
        r"télévisions?|journaux|journal|émissions?|signal)\b"
    ),
    "ban": (
        r"\bsuspen(?:d|du|due|dus|dues|dre|dent|dait|daient|dra|sion)\b|\binterdi(?:t|te|ts|tes|re|ction)\b|"
        r"\bcoup(?:é|ée|er|ure)\s+(?:\w+\s+){0,2}?signal\b|"
        # "coupe la diffusion de RFI", "a coupé les émissions": a cut of what a medium broadcasts
        r"\bcoup(?:e|ent|ait|aient|a|é|ée|és|ées|er)\b|\bferm(?:é|ée|és|er)\b|\bbloqu(?:é|ée|és|er)\b|"
        r"\bretir(?:é|er)\s+(?:\w+\s+){0,2}?(?:licence|autorisation|fréquence)\b"
    ),
    # "retiré de l'antenne", "a coupé le signal de": the words name the medium
    "media_ban": r"\bretir\w*\s+(?:\S+\s+){0,2}?de\s+l['’]antenne\b|\bcoup\w*\s+(?:\S+\s+){0,2}?signal\b",
    "halt": (
        r"\bsuspen(?:d|ds|du|due|dus|dues|dre|dent|dait|daient|dra|drait|sion|sions)\b|"
        # "arrête la formation des soldats", "a cessé de former l'armée": a cooperation stopped
        r"\b(?:arrêt|stopp|gel|interromp)\w*\s+(?:(?:la|sa|leur|toute|toutes|les|ses|leurs)\s+){0,2}?"
        r"(?:formation|instruction|entraînement|coopération)\b|\bcess\w*\s+(?:\w+\s+)?de\s+(?:former|entraîner|instruire)\b"
    ),
    # des organisations interdites d'activité: "a interdit ... toutes les activités des ONG"
    "outlaw": r"\binterdi(?:t|te|ts|tes|re|ction)\s+(?:\S+\s+){0,10}?(?:activités|ONG)\b",
    # Relations diplomatiques rompues: "a rompu ses relations diplomatiques avec", "la rupture « avec effet
    # immédiat » de ses relations diplomatiques"
    "ties": (
        r"\b(?:romp\w*|rupture)\s+(?:\S+\s+){0,8}?(?:relations\s+diplomatiques|liens\s+diplomatiques)|"
        r"\bcoup\w*\s+(?:\S+\s+){0,3}?(?:relations|liens)\s+diplomatiques|"
        # "rompt à son tour avec Kiev": broken with a country or its capital (not "rompre avec le passé")
        r"\bromp\w*\s+(?:à\s+son\s+tour\s+)?avec\s+(?-i:[A-ZÀ-Ý])\w+"
    ),
    # Ceux que des militaires retiennent lors d'un coup : le chef de l'État ou du gouvernement en exercice
    "leader": r"(?<!ancien\s)(?<!ex-)\b(?:président|premier\s+ministre|chef\s+de\s+l['’]État)\b",
    # Un accord de paix abandonné: "la fin « avec effet immédiat » de l'accord pour la paix", "a dénoncé
    # l'accord de paix"
    "accord_end": (
        r"\b(?:fin|dénonc\w*|abandon\w*|caducité)\s+(?:\S+\s+){0,8}?(?:l['’])?accord\s+(?:pour\s+la|de)\s+paix\b|"
        r"\bmis\s+fin\s+(?:\S+\s+){0,6}?(?:l['’])?accord\s+(?:pour\s+la|de)\s+paix\b"
    ),
}

# Une décision dite en renvoyant à celle racontée avant (« Bamako avait pris la même décision dimanche »)
SAME_DECISION = (
    r"\b(?:la\s+même|une\s+même|cette|une\s+telle)\s+(?:décision|mesure)\b|"
    # "Bamako a emboîté le pas mardi", "Bamako a fait de même": ce que la phrase d'avant raconte
    r"\b(?:a|ont|avait|avaient)\s+(?:\S+\s+)?(?:emboîté\s+le\s+pas|fait\s+de\s+même)\b"
)

# Une chose déclarée morte, caduque ou nulle (« a déclaré l'accord de paix mort », « l'accord est mort ») : un
# accord qui prend fin, aucun décès. « l'a déclaré mort » peut être une personne :
# seul un nom de chose compte.
_CHOSES = r"(?:accord|traité|pacte|processus|charte|trêve|cessez-le-feu)"
# Ce qui suit la chose la nomme (« de paix », « pour la paix et la réconciliation signé en 2015 ») : un
# autre sujet entre elle et « mort » (« un soldat ») dit une vraie mort.
_SUITE = r"(?:\s+(?:de|du|des|d['’]\w+|l['’]\w+|la|le|les|pour|et|en|signé|paix|réconciliation|\d{4})){0,10}"
THING_DECLARED_DEAD = (
    rf"\bdéclar\w*\s+(?:\S+\s+){{0,2}}?(?:l['’]|le\s+|la\s+){_CHOSES}\b{_SUITE}\s+(?:\S+\s+)?"
    r"(?:mort|caduc|nul)(?:le|e)?s?\b|"
    rf"\bdéclar\w*\s+(?:mort|caduc|nul)(?:le|e)?s?\s+(?:\S+\s+){{0,2}}?(?:l['’]|le\s+|la\s+){_CHOSES}\b|"
    rf"\b{_CHOSES}\b{_SUITE}\s+est\s+(?:bel\s+et\s+bien\s+)?mort\b"
)
PEACE_ACCORD = (
    r"\baccords?\s+(?:\S+\s+){0,2}?(?:pour\s+la|de)\s+paix\b|"
    r"\baccord\b(?:\s+\S+){0,12}?\s+(?:avec|entre)\s+(?:\S+\s+){0,8}?(?:rebelles?|groupes\s+armés)\b"
)

# "L'annonce intervient au lendemain de la suspension ...": the act after it came that many days before the
# one the story tells (store/extraction/came_after.py); the count as ``CAME_AFTER_COUNTS``.
CAME_AFTER = (
    r"^\W*(?:la|cette|l['’])\s*(?:nouvelle|décision|annonce|mesure|expulsion|suspension)\s+"
    r"(?:intervient|survient|est\s+intervenue|arrive)\s+(?:au\s+(?P<n>lendemain)\s+(?:de\s+l['’]|de\s+la|du|des|de|d['’])|"
    r"(?P<m>un|deux|trois|\d)\s+jours?\s+après\s+(?:que\s+|qu['’]|l['’]|la\s+|le\s+|les\s+)?)"
)
CAME_AFTER_COUNTS = {"lendemain": 1, "un": 1, "deux": 2, "trois": 3}
