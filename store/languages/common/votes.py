"""Legislatures named by their own name in every language, and the country each belongs to."""

LEGISLATURES: dict[str, str] = {
    "Bundestag": "DE",
    "Bundesrat": "DE",
    "House of Commons": "GB",
    "Chambre des communes": "GB",
    "Folketing": "DK",
    "Folketinget": "DK",
    "Riksdag": "SE",
    "Riksdagen": "SE",
    "Storting": "NO",
    "Stortinget": "NO",
    "Tweede Kamer": "NL",
    "Dáil": "IE",
    "Oireachtas": "IE",
    "Congreso de los Diputados": "ES",
    "Bundesversammlung": "CH",
    "Nationalrat": "AT",
    "Sejm": "PL",
    "Eduskunta": "FI",
    "Riigikogu": "EE",
    "Conseil national de transition": "ML",
}
