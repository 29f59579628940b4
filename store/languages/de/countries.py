"""German country forms CLDR (Babel) lacks: read by store/about/countries.py."""

# Short names news uses beside CLDR's; the code "" marks a blocker (a phrase that must not count).
SHORT_NAMES = {
    "BF": ("Burkina",),  # "au Burkina", "Burkina junta": news drops "Faso"
    "US": ("USA", "Vereinigte Staaten", "Amerika"),
    "GB": ("Großbritannien", "England", "Vereinigtes Königreich"),
    "CI": ("Elfenbeinküste",),
    "CD": ("Kongo", "DR Kongo", "Demokratische Republik Kongo"),
    "": (
        "Westafrika",
        "Nordafrika",
        "Ostafrika",
        "Zentralafrika",
        "Lateinamerika",
        "Südamerika",
        "Nigerdelta",
        "Fluss Niger",
        "Niger-Fluss",
    ),
}
# Demonyms: adjective stems (inflected by ``inflect``) and nouns for people ("Malier", "Franzosen").
DEMONYMS = {
    "ML": ("malisch", "Malier"), "FR": ("französisch", "Franzose", "Franzosen"),
    "DE": ("deutsch", "Deutsche"),
    "GB": ("britisch", "Brite", "Briten"), "US": ("amerikanisch", "US-amerikanisch", "Amerikaner"),
    "RU": ("russisch", "Russe", "Russen"), "CN": ("chinesisch",), "EG": ("ägyptisch", "Ägypter"),
    "NE": ("nigrisch",), "BF": ("burkinisch",), "CI": ("ivorisch",), "TD": ("tschadisch",),
    "SN": ("senegalesisch",), "DK": ("dänisch", "Dänen"), "SE": ("schwedisch", "Schweden"),
    "DZ": ("algerisch",), "MR": ("mauretanisch",), "NG": ("nigerianisch",), "BE": ("belgisch",),
    "NL": ("niederländisch",), "IT": ("italienisch",), "ES": ("spanisch",),
    # Countries whose troops served in MINUSMA or beside it
    "TG": ("togoisch", "togolesisch"), "BJ": ("beninisch",), "GN": ("guineisch",), "GH": ("ghanaisch",),
    "EE": ("estnisch", "Esten"), "NO": ("norwegisch", "Norweger"), "IE": ("irisch",), "CA": ("kanadisch",),
    "CZ": ("tschechisch",), "AT": ("österreichisch",), "FI": ("finnisch",), "LT": ("litauisch",),
    "BD": ("bangladeschisch",), "PK": ("pakistanisch",), "JO": ("jordanisch",), "CM": ("kamerunisch",),
    "RW": ("ruandisch",), "TN": ("tunesisch",), "MA": ("marokkanisch",), "LY": ("libysch",),
}  # fmt: skip
PERSON_TITLES = frozenset({"Herr", "Frau"})
NAME_CONTEXT_OK = frozenset(
    {"präsident", "regierung", "armee", "truppen", "soldaten", "botschaft", "militär", "junta", "und", "in"}
)


def name_forms(name: str) -> list[str]:
    """The genitive of a one-word country name: "Frankreich" -> "Frankreichs" ("Frankreichs Armee", "die
    Streitkräfte Nigers"); a name ending in s, x, z or ß takes none."""
    if " " in name or "-" in name or not name[:1].isupper() or name.endswith(("s", "x", "z", "ß")):
        return []
    return [name + "s"]


def inflect(word: str) -> list[str]:
    """ "malisch" -> malisch, malische, malischen, malischer, malisches; nouns stay as written."""
    if word[0].isupper():
        return [word]
    return [word, word + "e", word + "en", word + "er", word + "es", word + "em"]


# Eine Regierung, die der Satz nicht nennt ("die Behörden hatten RFI verboten"): in einem Bericht über
# ein Land dessen eigene (store/about/unnamed_rulers.py).
# "die Regierung Malis", "die Regierung von Mali", "die Junta in Niamey"
RULERS_QUALIFIED_BY = r"(?:(?:von|in|im|des)\s+)?"
UNNAMED_RULERS = r"\b(?:die\s+Behörden|die\s+Regierung|die\s+Junta|die\s+Militärregierung|das\s+Regime)\b"
