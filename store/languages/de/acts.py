"""German cues of acts beyond a force's presence (store/about/acts.py): arrests, releases, expulsions,
media bans and suspensions. Each is read only when nobody merely demands it ("die Freilassung gefordert"):
the demand may close the clause, after what is demanded (``DEMAND_LAST``)."""

DEMAND_LAST = True  # "hat ... den sofortigen Abzug gefordert": the verb of demanding closes the clause

# "nahm die Forderung zur Kenntnis und zieht ab": a conjunction before a verb, not before a second object
# An order is the act itself when it is the speaker's to carry out: "ordnete die Ausweisung an"
ORDER = r"\bordnete\w*|\bangeordnet\b"
# Ein Passiv-Hilfsverb: "RFI wurde am Montag verboten" (der Sender ist Objekt, keine Quelle).
PASSIVE = r"\b(?:wurde|wurden|wird|werden|ist|sind|war|waren)\b"

NEW_PREDICATE = (
    r"\s(?:und|aber)\s+(?!(?:der|die|das|den|dem|des|ein|eine|einen|einer|seine|ihre|ihren|alle)\b)"
    r"(?=(?-i:[a-zäöü]))"
)

# Someone told to leave within hours (troops are given months): "aufgefordert, das Land binnen 72 Stunden zu
# verlassen", "zur Ausreise aufgefordert". Asked or told, it is the expulsion (store/about/acts.py).
LEAVE_DEADLINE = (
    r"\bbinnen\s+\d+\s+Stunden\s+(?:\S+\s+){0,2}?verlassen\b|\bzur\s+Ausreise\s+(?:\S+\s+){0,2}?"
    r"aufgefordert\b"
)

ACT_CUES = {
    # "festgenommen", "die Festnahme von 49 Soldaten", "verhaftet", "in Gewahrsam genommen"
    "arrest": (
        r"\bfestgenommen\w*|\bFestnahmen?\b|\bnahm\w*\s+(?:[^\s,;]+\s+){0,6}?fest\b|\bverhaftet\w*|"
        r"\bVerhaftung\w*|\binhaftiert\b|\bInhaftierung\w*|\bin\s+Gewahrsam\b|\bfestgesetzt\b"
    ),
    # "begnadigt", "die Begnadigung", "freigelassen", "auf freien Fuß"
    "release": (
        r"\bbegnadig\w+|\bBegnadigung\w*|\bfreigelassen\w*|\bfreigekommen\b|\bkam(?:en)?\s+(?:\w+\s+){0,3}?frei\b|\bFreilassung\b|\bließ\s+(?:[^\s,;]+\s+){0,6}?frei\b|"
        r"\bamnestiert\b|\bauf\s+freien\s+Fuß\b"
    ),
    # "ausgewiesen", "die Ausweisung des Botschafters", "zur Persona non grata erklärt"
    "expel": (
        r"\bausgewiesen\b|\bAusweisung\w*|"
        # "die drei vor drei Tagen ausgewiesenen französischen Diplomaten": the participle before the people
        r"\bausgewiesene[nmrs]?\s+(?:\S+\s+){0,2}?(?:Diplomat|Botschafter|Gesandte|Geschäftsträger|Sprecher)\w*|"
        r"\bpersona\s+non\s+grata\b|\bdes\s+Landes\s+verwiesen\b|"
        # "zur unerwünschten Person erklärt"; "müsse das Land binnen 48 Stunden verlassen": hours to go
        r"\bunerwünschten\s+Person\b|" + LEAVE_DEADLINE + "|"
        # "hat den Botschafter aufgefordert, das Land binnen 48 Stunden zu verlassen"
        r"\b(?:Botschafter|Diplomat|Gesandte|Geschäftsträger|Sprecher)\w*\s+(?:[^\s]+\s+){0,10}?zu\s+verlassen\b"
    ),
    "media": (
        r"\b(?:Sender|Sendern|Fernsehsender\w*|Radiosender\w*|Rundfunk\w*|Ausstrahlung\w*|Sendungen|Medien|"
        r"Zeitung\w*|Signal)\b"
    ),
    "ban": (
        r"\bausgesetzt\b|\baussetzen\b|\bAussetzung\b|\bsuspendiert\b|\bverboten\b|\bVerbot\b|"
        r"\bgesperrt\b|\babgeschaltet\b|\babschalten\b|\beingestellt\b|\buntersag(?:t|te|en)\b"
    ),
    # Diplomatische Beziehungen abgebrochen: "brach die diplomatischen Beziehungen ... ab", "den Abbruch der
    # diplomatischen Beziehungen"
    "ties": (
        r"\bAbbruch\s+(?:der\s+)?(?:diplomatischen\s+)?Beziehungen\b|"
        r"\bdiplomatischen\s+Beziehungen\s+(?:\S+\s+){0,6}?(?:abgebrochen|ab(?:brach|brechen|gebrochen))\b|"
        r"\bbrach\s+(?:\S+\s+){0,6}?Beziehungen\s+(?:\S+\s+){0,6}?ab\b"
    ),
    # Who soldiers hold in a coup: a sitting head of state or government (not "der frühere Präsident")
    "leader": (
        r"(?<!frühere\s)(?<!ehemalige\s)\b(?:Präsident(?:en)?|Staatschef\w*|Regierungschef\w*|"
        r"Premierminister\w*)\b"
    ),
    # "hat alle Rotationen ... ausgesetzt", "setzt die Zusammenarbeit aus", "Truppenwechsel gestoppt"
    "halt": (
        r"\bausgesetzt\b|\baussetzen\b|\bAussetzung\b|\bsuspendiert\b|\bSuspendierung\b|\bgestoppt\b|"
        r"\bsetzt\w*\s+(?!sich\b)(?:[^\s,;]+\s+){0,10}?aus\b(?!\s+(?:dem|der|den|des)\b)|"
        # "stoppt die Ausbildung der malischen Streitkräfte": a cooperation stopped
        r"\bstopp(?:t|te|ten|en)\s+(?:[^\s,;]+\s+){0,2}?(?:Ausbildung|Zusammenarbeit|Kooperation|Training)\w*"
    ),
    # Organisations or their activities banned: "die Tätigkeit aller NGOs ... verboten", "verbot alle
    # Aktivitäten"
    "outlaw": (
        r"\b(?:Tätigkeit\w*|Aktivitäten|NGOs?)\s+(?:\S+\s+){0,8}?(?:verboten|untersagt)\b|"
        r"\b(?:verbot|verbietet|untersagte)\s+(?:\S+\s+){0,6}?(?:Tätigkeit\w*|Aktivitäten|NGOs?)\b"
    ),
    # Ein Friedensabkommen aufgekündigt: "hat das Friedensabkommen ... aufgekündigt", "das Ende des
    # Friedensabkommens"
    "accord_end": (
        r"\bFriedens(?:abkommen|vertrag|vereinbarung)\w*\s+(?:\S+\s+){0,8}?(?:aufgekündigt|gekündigt|beendet)\b|"
        r"\bEnde\s+des\s+Friedens(?:abkommens|vertrags)\b"
    ),
}

# Eine Entscheidung, die auf eine zuvor erzählte verweist ("Bamako hatte am Sonntag denselben Schritt getan")
SAME_DECISION = (
    r"\b(?:die\s+gleiche|dieselbe|diese|eine\s+ähnliche)\s+Entscheidung\b|"
    r"\b(?:den\s+gleichen|denselben|diesen|einen\s+ähnlichen)\s+Schritt\b|"
    # "Bamako zog am Dienstag nach", "tat es Niger gleich"
    r"\bzog\s+(?:[^\s,;]+\s+){0,3}?nach\b|\btat\s+es\s+(?:[^\s,;]+\s+){0,3}?gleich\b"
)

# Etwas für tot oder nichtig erklärt ("hat das Friedensabkommen für tot erklärt", "es für nichtig erklärt"):
# ein Abkommen beendet, kein Todesfall. "es" ist eine Sache, "ihn" könnte eine Person sein.
_SACHEN = r"\w*(?:abkommen|vertrag|vereinbarung|waffenstillstand|prozess|charta)\w*"
THING_DECLARED_DEAD = (
    rf"\b(?:{_SACHEN}|es)\s+(?:\S+\s+){{0,8}}?für\s+(?:tot|nichtig|null\s+und\s+nichtig|beendet)\s+erklärt\b|"
    rf"\b{_SACHEN}\s+(?:ist|sei|war)\s+tot\b"
)
THING_PRONOUN = r"\bes\s+(?:\S+\s+){0,4}?für\s+(?:tot|nichtig)\s+erklärt\b"
PEACE_ACCORD = (
    r"\bFriedens(?:abkommen|vertrag|vereinbarung|prozess)\w*|"
    r"\b(?:Abkommen|Vereinbarung)\w*(?:\s+\S+){0,12}?\s+(?:mit|zwischen)\s+(?:\S+\s+){0,8}?(?:Rebellen|bewaffneten\s+Gruppen)\b"
)

# "Die Nachricht kam einen Tag, nachdem die Junta ... ausgesetzt hatte": the act after it came that many days
# before the one the story tells (store/extraction/came_after.py); the count as ``CAME_AFTER_COUNTS``.
CAME_AFTER = (
    r"^\W*(?:die|diese)\s+(?:Nachricht|Entscheidung|Ankündigung|Ausweisung|Maßnahme)\s+(?:kam|kommt)\s+"
    r"(?:nur\s+)?(?P<n>einen|zwei|drei|\d)\s+Tage?n?\s*,?\s+(?:nachdem|nach)\b"
)
CAME_AFTER_COUNTS = {"einen": 1, "zwei": 2, "drei": 3}
