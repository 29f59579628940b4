"""Spanish figures: unit words and outcomes, read by store/about/figures.py (see en/figures.py)."""

UNITS = (
    (r"cascos\s+azules|fuerzas\s+de\s+paz", "peacekeepers"),
    (r"soldados|militares|efectivos|tropas|uniformados", "troops"),
    (r"policías|gendarmes", "police"),
    (r"civiles", "civilians"),
    (r"muertos|fallecidos|víctimas\s+mortales", "killed"),
    (r"heridos", "injured"),
    (r"desplazados", "displaced"),
    (r"refugiados", "refugees"),
    (r"rehenes", "hostages"),
    (r"personas|habitantes", "people"),
    (r"bases|campamentos", "camps"),
    (r"vehículos|camiones|contenedores", "vehicles"),
    (r"helicópteros|aviones|drones", "aircraft"),
    (r"yihadistas|terroristas|combatientes|rebeldes|insurgentes|mercenarios", "militants"),
    (r"ataques|atentados|emboscadas", "attacks"),
    (r"países|estados|naciones", "countries"),
    (r"por\s+ciento|%", "percent"),
    (r"millones\s+de\s+dólares|dólares", "USD"),
    (r"euros", "EUR"),
)
OUTCOME_AFTER = (
    (r"muertos|murieron|asesinados|fallecieron|perdieron\s+la\s+vida", "killed"),
    (r"heridos|resultaron\s+heridos", "injured"),
    (r"secuestrados", "kidnapped"),
)
OUTCOME_BEFORE = ((r"matando\s+a|mató\s+a|mataron\s+a", "killed"), (r"hiriendo\s+a|hirió\s+a", "injured"))
SEPARATORS = (".\u00a0\u202f ", ",")  # "1.000 soldados", "2,5 millones"
APPROX = r"unos|unas|cerca\s+de|alrededor\s+de|más\s+de|menos\s+de|casi|al\s+menos|hasta"
OTHER_VERBS = r"desplegados|enviados|retirados|evacuados"
MULTIPLIERS = {"mil": 1_000, "millones": 1_000_000, "millón": 1_000_000}
