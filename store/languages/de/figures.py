"""German figures: unit words and outcomes, read by store/about/figures.py (see en/figures.py)."""

UNITS = (
    (r"Blauhelm(?:e|en)?|Blauhelmsoldat(?:en)?|Friedenssoldat(?:en)?", "peacekeepers"),
    (r"Soldat(?:en|innen)?|Militärs|Streitkräfte|Einsatzkräfte|Truppen|Mann", "troops"),
    (r"Polizist(?:en|innen)?|Gendarmen", "police"),
    (r"Zivilist(?:en|innen)?", "civilians"),
    (r"Tote|Toten|Todesopfer", "killed"),
    (r"Verletzte|Verletzten|Verwundete|Verwundeten", "injured"),
    (r"Vertriebene|Flüchtlinge", "displaced"),
    (r"Geiseln", "hostages"),
    (r"Menschen|Personen|Einwohner", "people"),
    (r"Stützpunkte|Lager|Camps", "camps"),
    (r"Fahrzeuge|Container|Lastwagen", "vehicles"),
    (r"Hubschrauber|Flugzeuge|Kampfflugzeuge|Drohnen", "aircraft"),
    (r"Kämpfer|Dschihadisten|Terroristen|Rebellen|Söldner", "militants"),
    (r"Anschläge|Angriffe", "attacks"),
    (r"Länder|Staaten", "countries"),
    (r"Prozent|%", "percent"),
    (r"Euro|EUR", "EUR"),
    (r"Dollar|US-Dollar", "USD"),
)
OUTCOME_AFTER = (
    (r"getötet|ums\s+Leben\s+gekommen|gestorben|starben", "killed"),
    (r"verletzt|verwundet", "injured"),
    (r"entführt|verschleppt", "kidnapped"),
)
OUTCOME_BEFORE = ((r"tötete[nt]?|töteten", "killed"), (r"verletzte[nt]?", "injured"))
SEPARATORS = (".\u00a0\u202f ", ",")  # "1.000 Soldaten", "2,5 Millionen"
APPROX = r"rund|etwa|ungefähr|circa|ca\.|fast|knapp|mehr\s+als|über|mindestens|bis\s+zu|weniger\s+als"
OTHER_VERBS = r"entsandt|stationiert|abgezogen|verlegt"
MULTIPLIERS = {"tausend": 1_000, "millionen": 1_000_000, "million": 1_000_000, "milliarden": 1_000_000_000}
