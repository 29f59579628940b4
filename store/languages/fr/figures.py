"""French figures: unit words and outcomes, read by store/about/figures.py."""

# (surface pattern, unit), most specific first.
UNITS = (
    (r"soldats\s+et\s+policiers", "troops"),
    (r"casques\s+bleus|soldats\s+de\s+la\s+paix", "peacekeepers"),
    (r"soldats?|militaires?|hommes|légionnaires|parachutistes", "troops"),
    (r"policiers?|gendarmes?", "police"),
    (r"civils", "civilians"),
    (r"déplacés(?:\s+internes)?", "displaced"),
    (r"réfugiés", "refugees"),
    (r"morts|tués|décès|victimes", "killed"),
    (r"blessés", "injured"),
    (r"otages?", "hostages"),
    (r"personnes|habitants|individus", "people"),
    (r"positions|sites|emprises", "positions"),
    (r"camps|bases", "camps"),
    (r"véhicules(?:\s+blindés)?|camions|blindés|convois", "vehicles"),
    (r"hélicoptères|avions|drones", "aircraft"),
    (
        (
            r"terroristes|jihadistes|djihadistes|insurgés|rebelles|assaillants|combattants|"
            r"mercenaires"
        ),
        "militants",
    ),
    (r"attaques|attentats|embuscades|frappes|explosions", "attacks"),
    (r"coups\s+d'[ée]tat|putschs?", "coups"),
    (r"contingents", "contingents"),
    (r"membres", "members"),
    (r"pays|[ée]tats", "countries"),
    (r"pour\s*cent|%", "percent"),
    (r"dollars|USD", "USD"),
    (r"euros|EUR", "EUR"),
    (r"francs\s+CFA|FCFA|XOF", "XOF"),
)
# What happened to the people counted, said after them ("were killed").
OUTCOME_AFTER = (
    (r"tués?|morts?|péri|perdu\s+la\s+vie|décédés|exécutés", "killed"),
    (r"blessés?", "injured"),
    (r"déplacés|contraints\s+de\s+fuir", "displaced"),
    (r"enlevés|kidnappés|pris\s+en\s+otage", "kidnapped"),
)
# The same, said before the number ("killing at least 22 people").
OUTCOME_BEFORE = (
    (r"tuant|tué|tue|tuent", "killed"),
    (r"blessant|blessé|blesse", "injured"),
    (r"bilan\s+de", "killed"),
)
# Thousands separators, decimal mark.
SEPARATORS = (" \xa0\u202f.", ",")
# Words before a number that make it approximate.
APPROX = r"plus\s+de|moins\s+de|près\s+de|environ|quelque|au\s+moins"
# Verbs of another event: an outcome after one of these is not the toll of the people counted.
OTHER_VERBS = r"déployés|envoyés"
MULTIPLIERS = {"mille": 1000, "milliard": 1000000000, "milliards": 1000000000}
