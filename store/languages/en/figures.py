"""English figures: unit words and outcomes, read by store/about/figures.py."""

# (surface pattern, unit), most specific first.
UNITS = (
    (r"soldiers\s+and\s+police(?:\s+officers)?", "troops"),
    (r"peace[\s-]?keeping\s+(?:troops|soldiers|forces)", "peacekeepers"),
    (r"peace[\s-]?keepers?|blue\s+helmets?", "peacekeepers"),
    (
        (
            r"military\s+personnel|troops?|soldiers?|servicem[ae]n|service\s*members?|paratroopers?|"
            r"legionnaires?|marines?"
        ),
        "troops",
    ),
    (r"police(?:\s+officers?|men)?|policem[ae]n|gendarmes?", "police"),
    (r"civilians?", "civilians"),
    (r"internally\s+displaced(?:\s+(?:people|persons))?|displaced(?:\s+(?:people|persons))?", "displaced"),
    (r"refugees?", "refugees"),
    (r"dead|deaths?|fatalities|bodies", "killed"),
    (r"wounded|injured", "injured"),
    (r"casualties", "casualties"),
    (r"hostages?", "hostages"),
    (r"people|persons?|residents?|villagers?|individuals?", "people"),
    (r"positions?|outposts?|sites?", "positions"),
    (r"camps?|bases?", "camps"),
    (r"(?:armou?red\s+)?vehicles?|trucks?|tanks|convoys?", "vehicles"),
    (r"helicopters?|aircraft|drones?|planes?|jets?", "aircraft"),
    (
        (
            r"terrorists?|militants?|jihadists?|insurgents?|fighters?|rebels?|gunmen|attackers?|"
            r"mercenaries"
        ),
        "militants",
    ),
    (r"attacks?|ambush(?:es)?|raids?|strikes?|explosions?|bombings?", "attacks"),
    (r"coups?(?:\s+d'[ée]tat)?", "coups"),
    (r"contingents?", "contingents"),
    (r"staff|employees|workers|civilian\s+personnel|personnel", "staff"),
    (r"members?", "members"),
    (r"countries|states|nations", "countries"),
    (r"per\s*cent|percent|%", "percent"),
    (r"(?:US\s+)?dollars|USD", "USD"),
    (r"euros?|EUR", "EUR"),
    (r"CFA\s+francs|XOF", "XOF"),
)
# What happened to the people counted, said after them ("were killed").
OUTCOME_AFTER = (
    (r"killed|died|dead|perished|slain|lost\s+their\s+lives|losing\s+their\s+lives|executed", "killed"),
    (r"wounded|injured|hurt", "injured"),
    (r"displaced|forced\s+to\s+flee|fled", "displaced"),
    (r"kidnapped|abducted|taken\s+hostage", "kidnapped"),
)
# The same, said before the number ("killing at least 22 people").
OUTCOME_BEFORE = (
    (r"kill(?:s|ed|ing)?", "killed"),
    (r"(?:injur|wound)(?:es|ed|ing|s)?", "injured"),
    (r"death\s+toll\s+(?:of|to|at|rose\s+to)", "killed"),
)
# Thousands separators, decimal mark.
SEPARATORS = (",", ".")
# Words before a number that make it approximate.
APPROX = r"(?:more|fewer|less)\s+than|over|about|around|approximately|nearly|almost|some|at\s+least|up\s+to"
# Verbs of another event: an outcome after one of these is not the toll of the people counted.
OTHER_VERBS = r"deployed|sent|arrived|withdr[ae]w|withdrawn|left|evacuated|repatriated"
MULTIPLIERS = {"thousand": 1000, "million": 1000000, "millions": 1000000, "billion": 1000000000}
