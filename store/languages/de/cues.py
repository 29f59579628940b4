"""German cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

TENSE_FUTURE = (
    r"wird|werden|würde|würden|muss|müssen|soll|sollen|sollte|sollten|will|wollen|plant|planen|geplant|vorgesehen|"
    # the subjunctive of what may come ("könnten schon im Oktober abziehen"), not a preterite in -ten
    r"könnte|könnten|dürfte|dürften|möchte|möchten|"
    # "die für den 15. Januar geplante Übergabe": the inflected participle of a plan before its noun
    r"geplante[nrms]?|vorgesehene[nrms]?|angesetzte[nrms]?|anberaumte[nrms]?|"
    # the reported future of indirect speech ("sagte, der Stützpunkt werde nach dem 1. Januar geschlossen")
    r"werde|solle|müsse|wolle|"
    r"bis\s+zum|bis\s+spätestens|spätestens|künftig|nächste[nrs]?|kommende[nrs]?|"
    # "kündigte für Donnerstag Streiks an", "ist für Mitte März angesetzt": a date something is set for
    r"angesetzt|anberaumt|terminiert|für(?=\s+(?:den\s+|kommende|nächste|Anfang\s|Mitte\s|Ende\s|\d|"
    r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|"
    r"August|September|Oktober|November|Dezember))|"
    # A term that ends on a date told in the present ("Das Mandat läuft am 30. Juni aus", "endet am 31.
    # Mai"): the present of a fixed end is its future, as Spanish "vence el 30 de junio".
    r"(?:läuft|laufen|endet|enden)(?=\s+(?:\w+\s+){0,2}?(?:am\s+\d|zum\s+\d|mit\s+dem\s+\d|zum\s+(?:Jahres|Monats)ende))"
)
TENSE_PAST = (
    r"war|waren|hatte|hatten|hat|haben|wurde|wurden|ist|sind|sagte|sagten|teilte|erklärte|gestern|"
    r"begann|begannen|"
    # strong preterites, with their prefixes ("verließen", "übergab", "beschloss", "zogen ab", "stattfand")
    r"(?:ab|an|auf|aus|be|durch|ein|ent|er|fest|frei|her|hin|los|mit|nach|statt|teil|über|um|unter|ver|vor|"
    r"weg|zer|zu|zurück)?(?:ließ|zog|nahm|gab|ging|kam|fand|hielt|trat|rief|schloss|sprach|stand|fiel|brach|traf|flog|blieb|"
    r"wies|hob|stieg|schlug|starb|floh|warf|lag|lief|fuhr|sah|trug|bot|schien|zwang|sank)(?:en)?|"
    r"vergangene[nrs]?|letzte[nrs]?|seit|bereits|zuvor|ge\w{3,}(?:t|en)|\w{3,}(?:te|ten)"
)
# "muss das Land bis Jahresende verlassen haben": a deadline, no past tense ("soll ... überquert
# haben" is hearsay about the past, left out).
PERFECT_INFINITIVE = r"\b(?:muss|müssen)\b[^,;:]*?\s(?:haben|sein)\b"
PRESENT_PASSIVE_BEFORE = r"(?:ist|sind|wird|werden)\s+$"
# A past-looking word after an article is an adjective: "die letzten Soldaten", "die bereits abgezogenen".
NOUN_AFTER = r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|seine[nmrs]?|ihre[nmrs]?)\s+$"
# Eine Frist, die noch kommt, nach einem angekündigten Abzug ("den vollständigen Abzug innerhalb von vier bis
# sechs Monaten"): angekündigt wird ein Plan.
PERIOD_TO_COME = (
    r"\b(?:innerhalb\s+(?:von\s+|der\s+)?|binnen\s+|in\s+den\s+(?:kommenden|nächsten)\s+)(?:[\w-]+\s+){0,4}?"
    r"(?:Tagen?|Wochen|Monaten?|Jahren?)\b"
)
# A past verb of phase or attempt before an infinitive dates the act itself, no plan ("begannen, im Juli
# abzuziehen", "versuchten am Montag, die Grenze zu überqueren").
ASPECTUAL = r"begann|begannen|begonnen|versuchte|versuchten|versucht|hörten|hörte"
INFINITIVE = r"\bzu\s+\w+en\b|\b\w+zu\w+en\b|\bdass\s+"
# A clause that ends on a "zu" infinitive ("..., am 1. Juli mit dem Abzug zu beginnen"): what is asked or
# planned, told after its date (store/dates/plans_in_past.py _plan_clause).
INFINITIVE_CLAUSE_END = r"\bzu\s+\w+en|\b(?:ab|an|auf|aus|bei|ein|mit|zurück|weg)zu\w+en"
SPEECH = (
    "sagte", "sagten", "erklärte", "teilte", "mitgeteilt", "laut", "Erklärung", "Mitteilung", "erklärten",
    "betonte", "bestätigte", "versicherte", "hieß es",
)  # fmt: skip
# Verbs that tell a statement was made, read only to remember its day for a later quote of the same
# speaker (store/extraction/speaker_days.py): "Das kündigte Kofod am Donnerstag an" (the separable
# verb's first part; as a speech verb it would make "kündigte für Donnerstag Streiks an" past).
STATEMENT_MADE = (
    "kündigte", "kündigten", "gab bekannt", "gaben bekannt", "verkündete", "angekündigt", "bekannt gegeben",
    # "Die Soldaten sollen nach seinen Worten bis Jahresende abziehen": what he said, with no verb
    "nach seinen Worten", "nach ihren Worten", "seinen Worten zufolge", "ihren Worten zufolge",
)  # fmt: skip
# The word that opens a reported statement after a speech verb ("said that ...").
REPORTED_THAT = ("dass",)
# Wer weiterspricht, ohne erneut genannt zu werden ("Er sagte, die Soldaten würden abziehen", "nach seinen
# Worten"): der Sprecher der zuvor berichteten Erklärung (store/extraction/speaker_days.py).
SPEAKER_PRONOUNS = (
    "er", "nach seinen Worten", "nach ihren Worten", "seinen Worten zufolge", "ihren Worten zufolge",
)  # fmt: skip
# Participles of saying in a perfect ("hatte am Montag erklärt, die Truppe sei ... stationiert worden"):
# what follows is what was said (store/about/said_deployed.py).
SAID_PARTICIPLE = ("erklärt", "gesagt", "betont", "bestätigt", "versichert", "behauptet")
# Present verbs of saying, as chronologies write them ("22. November: Berlin bestätigt, die Soldaten
# würden abziehen"): what follows is what was said, not the entry's own tense (store/dates/tense.py).
REPORTING_PRESENT = (
    "sagt", "bestätigt", "kündigt", "erklärt", "teilt", "versichert", "verspricht", "betont",
    "gibt bekannt", "warnt", "heißt es", "betont", "fügt",
)  # fmt: skip
CLAUSE_WORDS = ("und", "aber", "während", "als", "wenn", "dass", "weil", "nachdem", "bevor")

# Was eine Handlung vor den Tag der Meldung legt ("hatte übergeben", "bereits", "zuvor"): ein Satz damit
# übernimmt nicht das Datum des Satzes davor (store/dates/continuation.py).
BACKGROUND = r"hatte|hatten|war|waren|bereits|zuvor|schon|früher|einst"
# Davon die Hilfsverben, die nach einem Verb des Sagens im Präteritum und "dass" die Zeit verschieben
# ("bestätigte, dass der Abzug abgeschlossen war"): die Zeit des Gesagten, kein Rückblick der Meldung.
BACKSHIFT = ("hatte", "hatten", "war", "waren")

# Who is brought back when a force goes home ("holt seine Spezialkräfte zurück"): troops, not an envoy.
_TROOPS = (
    r"(?:\w*[Ss]oldat\w*|\w*[Tt]ruppe\w*|Blauhelm\w*|\w*[Kk]ontingent\w*|\w*kräfte|Einheit\w*|Ausbilder\w*)"
)

# Event-type cues, regex fragments per stage (store/about/event_types.py says how each is used).
# "gab den Truppen einen Monat, um abzuziehen", "eine Frist von einem Monat gesetzt": ein Ultimatum, der
# Abzug anderer gefordert (wenige Stunden für eine Person sind eine Ausweisung: acts.py); nicht "gab sich".
_ULTIMATUM = (
    r"\b(?:gab|gaben|gibt|geben|gegeben)\s+(?!sich\b)(?:\S+\s+){0,4}?(?:einen|ein|zwei|drei|sechs|\d+)\s+"
    r"(?:Monat|Monate|Wochen?)\b|\bFrist\s+von\s+(?:einem|zwei|drei|sechs|\d+)\s+(?:Monat|Monaten|Wochen?)\b"
)

EVENT_CUES = {
    "attack": (
        r"\b(?:ein|einen|einem|der|den|dem)\s+(?:\w+\s+)?(?:Angriff|Anschlag|Hinterhalt|Überfall)\b"
        r"|\bangegriffen\b|\bSprengsatz|\bSprengfalle|\bSelbstmordanschlag|\bExplosion\b|\bBeschuss\b"
    ),
    "withdraw": (
        r"\bab(?:zu)?zieh\w*|\bzieh\w*\s+(?:[^\s,;]+\s+){0,8}?ab\b|\bAbzug\w*|\bverlass\w*|\bverließ\w*"
        r"|\bräum\w*|\bRückzug\w*|\bAustritt\w*|\bheimgekehrt|"
        # "die Soldaten aus Timbuktu heimzuholen", "holt seine Soldaten heim": troops brought home
        r"\bheim(?:zu)?hol\w*|\bhol(?:t|en|te|ten)\s+(?:[^\s,;]+\s+){0,8}?heim\b|\bRückkehr\b|\bbeend\w+\s+(?:\w+\s+){0,3}?Einsatz"
        # "holt seine Spezialkräfte aus Mali zurück", "die Soldaten zurückzuholen": troops brought back
        rf"|\bhol(?:t|en|te|ten)\s+(?:[^\s,;]+\s+){{0,3}}?{_TROOPS}\s+(?:[^\s,;]+\s+){{0,5}}?zurück\b"
        rf"|\b{_TROOPS}\s+(?:[^\s,;]+\s+){{0,5}}?zurück(?:zu)?(?:hol\w*|geholt)\b"
        # "seine Soldaten aus der Mission zurückzuziehen", "zog seine Truppen zurück": troops, not a motion
        rf"|\b{_TROOPS}\s+(?:[^\s,;]+\s+){{0,5}}?zurück(?:zu)?zieh\w*"
        rf"|\b(?:zieh|zog)\w*\s+(?:[^\s,;]+\s+){{0,3}}?{_TROOPS}\s+(?:[^\s,;]+\s+){{0,5}}?zurück\b"
    ),
    "withdrew": (
        # the auxiliary and the participle frame the clause (Satzklammer): many words may come between
        r"\b(?:hat|haben|hatte|hatten)\s+(?:[^\s,;]+\s+){0,14}?(?:verlassen|abgezogen|geräumt|zurückgeholt|heimgeholt)\b"
        r"|\bverließen?\b|\bzog(?:en)?\s+(?:[^\s,;]+\s+){0,8}?ab\b|\bsind\s+(?:[^\s,;]+\s+){0,8}?abgezogen"
        # a subordinate clause puts the auxiliary last ("den die Soldaten verlassen haben", "abgezogen sind")
        r"|\b(?:verlassen|abgezogen|geräumt)\s+(?:haben|hat|hatte|hatten)\b"
        r"|\babgezogen\s+(?:sind|ist|waren|war)\b"
        # "hat ihren Stützpunkt in Aguelhok aufgegeben", "gab das Lager auf": a military post given up
        r"|\b(?:\w*stützpunkt|(?:Feld|Militär|Armee|UN-)?lager|Camp|(?:Militär|Luftwaffen)?basis)(?:e|en|s)?"
        r"\s+(?:[^\s,;]+\s+){0,5}?aufgegeben\b"
        r"|\bgaben?\s+(?:[^\s,;]+\s+){0,6}?(?:\w*stützpunkt|(?:Feld|Militär|Armee|UN-)?lager|Camp|"
        r"(?:Militär|Luftwaffen)?basis)\w*\s+(?:[^\s,;]+\s+){0,4}?auf\b"
        # "es gibt keine französischen Soldaten mehr in Mali": the last of a force gone, told as a state
        r"|\b(?:gibt\s+es|es\s+gibt)\s+(?:nun\s+|jetzt\s+)?keine\s+(?:[^\s,;]+\s+){0,3}?"
        r"(?:Soldaten|Truppen|Blauhelme)\s+(?:[^\s,;]+\s+){0,4}?mehr\b"
    ),
    "ongoing": r"\b(?:ziehen|zieht)\s+(?:derzeit|gerade)\s",
    "deadline": (
        r"^\W*(?:\w+\W+){0,3}?bis\s+(?:zum\s+|spätestens\s+|Ende\s+|Mitte\s+|Anfang\s+)?"
        r"(?:\d|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
    ),
    "complete": (
        r"\bletzte[nrs]?\s+(?:\w+\s+){0,2}?(?:Soldaten|Truppen|Blauhelme|Konvoi|Kontingent)\b"
        r"|\bendgültig\b|\bvollständig\b|\babgeschlossen\b|\bbeendet\b|\bkomplett\b"
        r"|\bEnde\s+(?:des|ihres|seines)\s+(?:\w+\s+)?(?:Abzugs|Abzuges|Rückzugs)\b"
        # "Damit endet der Abzug", "womit der Rückzug endete": an ending said of the withdrawal
        r"|\bende(?:t|te|ten)\s+(?:\w+\s+){0,2}?(?:der|sein|ihr)\s+(?:\w+\s+)?(?:Abzug|Rückzug)\b"
        r"|\b(?:Abzug|Rückzug)\s+(?:[^\s,;.]+\s+){0,6}?ende(?:t|te|ten)\b"
        # "der Austritt ist wirksam geworden", "trat in Kraft": a withdrawal in force is done
        r"|\bwirksam\s+geworden\b|\bwurde\s+wirksam\b|\btrat\s+in\s+Kraft\b|\bin\s+Kraft\s+getreten\b"
    ),
    "start": (
        r"\bbegonnen\b|\bbegann\w*|\bbeginn\w*|\bgestartet\b|"
        # "der erste Konvoi", "das erste Kontingent": the first of a force to go (as "the first contingent")
        r"\berste[nrs]?\s+(?:Soldaten|Truppen|Konvoi|Kontingent|Gruppe|Einheit)\b"
    ),
    "future": (
        r"\bwird\b|\bwerden\b|\bsoll(?:en|te|ten)?\b|\bwill\b|\bwollen\b|\bplan\w+|\bgeplant\b"
        r"|\bvorgesehen\b|\bangekündigt\b|\bbeschlossen\b|\bbereit\s+erklärt"
        # the future of indirect speech ("sagte, Frankreich werde die Operation beenden"), as TENSE_FUTURE
        r"|\bwerde\b|\bwürden?\b"
    ),
    "announce": (
        r"\bangekündigt\b|\bkündigt\w*\s+(?:\w+\s+){0,4}?an\b|\bbeschlo\w+|\bbestätig\w+|\bverkünd\w+"
        # "hat seinen Austritt aus der Organisation erklärt": leaving a body is declared
        r"|\bAustritt\w*\s+(?:[^\s,;]+\s+){0,10}?erklärt\b|\berklärt\w*\s+(?:[^\s,;]+\s+){0,6}?Austritt"
    ),
    "ultimatum": _ULTIMATUM,
    "demand": (r"\bforder\w+|\bverlang\w+|\baufgefordert\b|\bgefordert\b|\bausgewiesen\b|" + _ULTIMATUM),
    "handover": (
        r"\bübergeben\b|\bübergab\w*|\bÜbergabe\b|\bübertragen\b|"
        # "Ihre Aufgaben übernimmt das Afrikakorps": die Aufgaben einer anderen Truppe
        r"\b(?:Aufgaben|Auftrag)\s+(?:[^\s,;]+\s+){0,3}?übern(?:immt|ehmen|ahm|ahmen|ommen)\b|"
        r"\bübern(?:immt|ehmen|ahm|ahmen|ommen)\s+(?:[^\s,;]+\s+){0,3}?(?:Aufgaben|Auftrag)\b|"
        # "hat seinen Stützpunkt in Faya an die Armee zurückgegeben": a military post given back
        r"\b(?:\w*stützpunkt|(?:Feld|Militär|Armee)?lager|Camp|(?:Militär|Luftwaffen)?basis|Kaserne)\w*\s+"
        r"(?:[^\s,;]+\s+){0,12}?zurückgegeben\b|\bgaben?\s+(?:[^\s,;]+\s+){0,5}?(?:\w*stützpunkt|"
        r"(?:Feld|Militär|Armee)?lager|Camp|(?:Militär|Luftwaffen)?basis)\w*\s+(?:[^\s,;]+\s+){0,8}?zurück\b"
    ),
    # "hat in Gao ihre Flagge eingeholt": the flag of a force comes down where it leaves
    "flag": (
        r"\bFlaggen?\s+(?:[^\s,;]+\s+){0,4}?eingeholt\b|"
        r"\bholte\w*\s+(?:[^\s,;]+\s+){0,4}?Flaggen?\s+(?:[^\s,;]+\s+){0,3}?ein\b|"
        # "die malische Flagge wurde über dem Lager gehisst": ein Posten nun des Gastlandes (kein Ort)
        r"\bFlaggen?\s+(?:[^\s,;]+\s+){0,4}?über\s+(?:dem|der)\s+(?:\w+\s+)?(?:Lager|Stützpunkt|Camp|Basis|Feldlager)\s+"
        r"(?:[^\s,;]+\s+){0,2}?gehisst\b|\bhisst\w*\s+(?:[^\s,;]+\s+){0,4}?Flaggen?\s+über\s+(?:dem|der)\s+(?:\w+\s+)?"
        r"(?:Lager|Stützpunkt|Camp|Basis|Feldlager)\b"
    ),
    # "Ausbildungsmission", "Friedensmission": a compound ending in a mission (no "Militärkommission");
    # "unser Auftrag ist beendet": a force's mandate (not "im Auftrag", on behalf of)
    "mission": (
        r"\bMission\b|\b\w{3,}(?<![Kk]om)mission\b|\bMandat\b|(?<!\bim\s)\bAuftrag(?:s|es)?\b|\bMINUSMA\b|\bEinsatz\w*|\bOperation(?:en)?\b|"
        r"\bBarkhane\b|\bEUTM\b|\bTakuba\b|\bServal\b|\b(?:Militär|Truppen)präsenz\b|\bmilitärische\s+Präsenz\b"
    ),
    "ended": r"\bEnde\s+(?:der|des)\b|\bbeendet\b|\bbeende\w*|\bläuft\s+aus\b|\bausgelaufen\b|\bendet\b|"
    # "hat ihr Mandat abgeschlossen": a mission that completes its mandate ends
    r"\bMandat\s+(?:\S+\s+){0,3}?abgeschlossen\b|"
    r"\bendete\b|\bzu\s+Ende\s+(?:gegangen|ging|geht)\b|"
    # "hat ihre Operationen in Mali eingestellt", "stellte ihren Einsatz ein": the end of a mission
    r"\beingestellt\b|\bstellt(?:e|en)?\s+(?:ihre[n]?|seine[n]?|den|die)\s+(?:\w+\s+)?(?:Operationen|Einsatz|Einsätze|Tätigkeit)\b"
    # "die Einsatztruppe wurde aufgelöst", "die Auflösung der Mission": a force that ceases to exist
    r"|\baufgelöst\b|\bAuflösung\b",
    "casualty": r"\bgetötet\b|\bTote[n]?\b|\bums\s+Leben\b|\bverletzt\b|\bVerletzte[n]?\b|\bgestorben\b",
    "deploy": (
        r"\bstationiert\b|\bentsandt\b|\bentsendet\b|\bverleg\w+|\beingetroffen\b|\bangekommen\b"
        # "die Stationierung russischer Söldner": the noun of stationing troops
        r"|\bStationierung\b"
        # "bleiben vorerst im Land", "bleiben vor Ort": eine Präsenz, die bleibt
        r"|\bbleib\w*\s+(?:[^\s,;]+\s+){0,3}?(?:im\s+Land|vor\s+Ort|stationiert)\b"
        # "startet die Operation Serval", "begann eine Militäroperation"
        r"|\b(?:startet|starteten|startete|beginnt|begann|begannen)\s+(?:die\s+|eine\s+|ihre\s+)?"
        r"(?:\w+\s+){0,2}?(?:Operation|Militäroperation|Militäreinsatz)\b"
        # "hat mit Luftangriffen in den Konflikt eingegriffen", "greift militärisch in Mali ein": in a war
        r"|\bmilitärisch\s+(?:[^\s,;]+\s+){0,3}?(?:eingegriffen|ein(?:greift|griff|griffen))\b"
        r"|\bgr(?:eift|iff|iffen)\s+(?:[^\s,;]+\s+){0,3}?militärisch\s+(?:[^\s,;]+\s+){0,4}?ein\b"
        r"|\b(?:in\s+den\s+(?:\w+\s+)?(?:Konflikt|Krieg|Kampf)|mit\s+(?:\w+\s+)?(?:Luftangriffen|Kampfjets|Truppen|Soldaten))"
        r"\s+(?:[^\s,;]+\s+){0,4}?eingegriffen\b"
    ),
    "coup": (
        r"\bPutsch(?!ist)\w*|\bStaatsstreich\w*|\bMacht\s+ergriffen\b|\bmachtergreifung\b|\bgestürzt\b|"
        # "die Armee hat die Macht übernommen", "übernahm die Macht", "riss die Macht an sich"
        r"\bMacht\s+(?:übernommen|an\s+sich\s+gerissen)\b|\b(?:übernahm|übernahmen|ergriff|ergriffen|riss|rissen)\s+"
        r"(?:am\s+\w+\s+|in\s+\w+\s+)?die\s+Macht\b|"
        # "Offiziere stürzten Präsident Bazoum" (not a plane that "stürzte ab")
        r"\bstürzt(?:e|en)\s+(?:\S+\s+){0,6}?(?:Präsident\w*|Regierung|Staatschef\w*|Machthaber\w*)"
    ),
    # Text before a cue that makes it qualify a noun, not tell the act (store/about/event_types.py
    # _subordinate): "die aus dem Putsch hervorgegangene Junta", "seit dem Putsch".
    # "zehn Jahre nach ihrer Stationierung": the deployment qualifies the time, it is no act
    "modifier": r"\b(?:aus|nach|seit)\s+(?:dem|einem|seinem|ihrem|seiner|ihrer)\s+(?:\w+\s+)?$",
    # After a comma only: "der", "die", "das" are articles too ("Die Armee hat die Macht übernommen").
    "relative": r",\s*(?:\w+\s+)?(?:der|die|das|den|dem|deren|dessen|welche[rsn]?)\b[^,;]{0,40}$",
    # Departures told as movements (store/about/event_types.py _departures): homecomings and movements
    # out of a place with troops ("flogen aus Niamey aus"), or any movement of "die letzten" soldiers.
    # Diplomaten: wer gehen muss, wird ausgewiesen, nicht abgezogen ("Botschafter muss das Land verlassen")
    "envoy": r"\b(?:Botschafter\w*|Diplomat\w*|Gesandte\w*|Geschäftsträger\w*|Konsul\w*)\b",
    "troops": (
        r"\b(?:Soldat\w*|Truppen?|Blauhelme?n?|Kontingent\w*|Einheit\w*|Streitkräfte\w*|Bundeswehr|"
        r"Fallschirmjäger\w*|Einsatzkräfte\w*)\b"
    ),
    "away": (
        r"\b(?:kehrten|kehrte)\s+(?:\w+\s+){0,4}?(?:heim|zurück)\b|\b(?:heimgekehrt|zurückgekehrt|"
        r"heimgeflogen|zurückgeflogen)\b"
        # "das Kontingent verließ Gao": one force leaving (plural "verließen" is a withdrawal cue of its own)
        r"|\bverließ\b"
    ),
    # "überquerten die Grenze nach Niger", "haben die Grenze überschritten": a departure of the last troops
    "cross": (
        r"\b(?:überquer|überschritt|überschreit)\w*\s+(?:[^\s,;]+\s+){0,3}?Grenze\b|"
        r"\bGrenze\s+(?:[^\s,;]+\s+){0,6}?(?:überquert|überschritten)\b"
    ),
    "exit": (
        r"\b(?:ausgeflogen|abgeflogen|ausgerückt|abgerückt)\b|\b(?:flogen|flog|rückten|rückte|fuhren|fuhr)\s+"
        r"(?:\w+\s+){0,5}?(?:aus|ab)\b"
    ),
    "travel": r"\b(?:landeten|landete|gelandet|flogen|flog|starteten|startete)\b",
    # Ein Abkommen, das Truppen im Land hält: sein Ende kündigt ihren Abzug an.
    "pact": (
        r"\b(?:Verteidigungs|Militär|Sicherheits|Stationierungs)\w*(?:abkommen|vereinbarung|vertrag|kooperation|"
        r"zusammenarbeit|partnerschaft)\w*|\b(?:Abkommens?|Vereinbarung|Vertrags?|Zusammenarbeit|Kooperation)\s+"
        r"(?:\w+\s+){0,3}?(?:Verteidigung|Sicherheit|Militär)\w*|\bmilitärische\w*\s+Zusammenarbeit\b|"
        r"\bTruppenstatut\w*"
    ),
    # Verben, die ein Abkommen beenden, nur neben einem "pact" gelesen.
    "revoke": (
        r"\b(?:auf)?gekündigt\b|\b(?:auf)?kündig(?:t|te|ten|en)\b|\baufgehoben\b|\bhob\s+(?:\w+\s+){0,5}?auf\b"
    ),
    "sign": r"\bunterzeichne\w*|\bunterschrieb\w*|\bgeschlossen\b",
    "agreement_made": r"\beinig\w*\s+(?:sich\s+)?(?:auf|über)\b|\bVereinbarung\s+getroffen\b",
    "statement": (
        r"\bsagte\b|\bsagten\b|\berklärte\w*|\bteilte\w*\s+(?:\w+\s+){0,8}?mit\b|\bmitgeteilt\b|\blaut\b"
        r"|\bnach\s+Angaben\b|\bkündigte\b|\bverkündete\w*|\bgab\s+(?:\w+\s+){0,8}?bekannt\b|\bforderte\b|\bbetonte\b|\bwarnte\b|\bbestätigte\b|\bkritisierte\b"
        # "wie die Regierung am Donnerstag mitteilte", "hieß es aus dem Ministerium": saying, verb-final too
        r"|\bmitteilte[n]?\b|\bhieß\s+es\b|\bberichtete[n]?\b"
    ),
    # a demonstrative before a cue points at what was told before ("dieser Einsatz sei erfolgt"): no new act
    "pointing": r"\b(?:dies|dieser|diese|dieses|diesen|diesem)\s+$",
}
PERFECT_AUX = ("hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren")
CONTRAST_WORDS = ("aber", "während", "nachdem")
AGREEMENT_NOUNS = (
    "Abkommen", "Vereinbarung", "Vertrag", "Verteidigungsabkommen", "Konvention", "Übereinkommen",
)  # fmt: skip
# Verbs that tell the signing itself: then the year in the agreement's name dates the sentence.
SIGNING = r"unterzeichne\w*|unterschrieben|unterschrieb\w*|geschlossen|schlossen|schloss"


# German tells an arrangement in the present ("Ihre Aufgaben übernimmt das Afrikakorps"): an undated
# handover with no tense cue is news as of the report (store/extraction/events.py).
PRESENT_TELLS_PLANS = True

# Ein Nebensatz mit diesen Wörtern unter einem Verb der Zukunft sagt, was noch kommt ("könnten
# zurückkehren, sobald der Tschad am 6. Mai gewählt hat"; store/dates/temporal_clauses.py).
PENDING = ("sobald",)
# "kann", "können", "könne" (indirekte Rede): TENSE_FUTURE hat sie nicht ("konnte" ist Vergangenheit).
MODALS = ("kann", "können", "könne")
# Schreiben und Posten schreiben eine Aussage zu wie "sagen": "Heute ...", schrieb eine Journalistin am
# Samstag, ist das Heute des Samstags (store/dates/tense.py).
WRITING = ("schrieb", "schrieben", "postete", "twitterte")
# "bereits im Juli", "schon Anfang Juni": right before a date these say how early, not that it is past
# ("könnte bereits im Juli beginnen"); the clause's verb gives the side (store/dates/tense.py).
EARLY_BEFORE_DATE = ("bereits", "schon")


# What opens a list of a group's members ("die Partner, darunter Schweden, Estland und Italien"):
# those countries are who the group is, not where it is (store/about/member_countries.py).
MEMBERS_LISTED = (r"\b(?:darunter|unter\s+ihnen)",)
