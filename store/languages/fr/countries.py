"""French country forms CLDR (Babel) lacks: read by store/about/countries.py."""

# Short names news uses beside CLDR's; the code "" marks a blocker: a phrase that must not count
# ("Latin America" is not the US).
SHORT_NAMES = {
    "BF": ("Burkina",),  # "au Burkina", "Burkina junta": news drops "Faso"
    "GB": ("Grande-Bretagne", "Angleterre", "Écosse"),
    "US": ("USA", "Amérique"),
    "CI": ("Côte-d'Ivoire",),
    "CD": ("RDC", "RD Congo", "République démocratique du Congo", "Congo"),
    "CG": ("République du Congo",),
    "AE": ("EAU", "Émirats"),
    "CZ": ("République tchèque",),
    "CF": ("Centrafrique",),
    "NL": ("Hollande",),
    "": (
        "Amérique latine",
        "Amérique du Sud",
        "Amérique du Nord",
        "Amérique centrale",
        "fleuve Niger",
        "delta du Niger",
        "delta intérieur du Niger",
        "Afrique de l'Ouest",
        "Afrique du Nord",
        "Afrique centrale",
        "Afrique de l'Est",
    ),
}

# Demonyms, masculine singular; ``inflect`` gives the feminine and plural forms.
DEMONYMS = {
    "ML": ("malien",),
    "FR": ("français",),
    "DE": ("allemand",),
    "GB": ("britannique",),
    "US": ("américain", "étasunien"),
    "RU": ("russe",),
    "CN": ("chinois",),
    "EG": ("égyptien",),
    "SN": ("sénégalais",),
    "CI": ("ivoirien",),
    "DK": ("danois",),
    "SE": ("suédois",),
    "NL": ("néerlandais", "hollandais"),
    "BE": ("belge",),
    "EE": ("estonien",),
    "CZ": ("tchèque",),
    "NO": ("norvégien",),
    "FI": ("finlandais",),
    "IE": ("irlandais",),
    "AT": ("autrichien",),
    "CH": ("suisse",),
    "RO": ("roumain",),
    "HU": ("hongrois",),
    "LT": ("lituanien",),
    "PL": ("polonais",),
    "UA": ("ukrainien",),
    "BD": ("bangladais",),
    "PK": ("pakistanais",),
    "IN": ("indien",),
    "NP": ("népalais",),
    "KH": ("cambodgien",),
    "ID": ("indonésien",),
    "JO": ("jordanien",),
    "ET": ("éthiopien",),
    "KE": ("kényan",),
    "RW": ("rwandais",),
    "ZA": ("sud-africain",),
    "MX": ("mexicain",),
    "BR": ("brésilien",),
    "JP": ("japonais",),
    "IR": ("iranien",),
    "IQ": ("irakien",),
    "IL": ("israélien",),
    "SY": ("syrien",),
    "LB": ("libanais",),
    "SA": ("saoudien",),
    "QA": ("qatari",),
    "AE": ("émirati",),
    "SD": ("soudanais",),
    "SO": ("somalien",),
    "GM": ("gambien",),
    "LR": ("libérien",),
    "GH": ("ghanéen",),
    "TG": ("togolais",),
    "BJ": ("béninois",),
    "CM": ("camerounais",),
    "GA": ("gabonais",),
    "GN": ("guinéen",),
    "TN": ("tunisien",),
    "LY": ("libyen",),
    "CA": ("canadien",),
    "IT": ("italien",),
    "ES": ("espagnol",),
    "PT": ("portugais",),
    "TR": ("turc",),
    "GR": ("grec",),
    "NG": ("nigérian",),
    "NE": ("nigérien",),
    "TD": ("tchadien",),
    "BF": ("burkinabè", "burkinabé"),
    "MR": ("mauritanien",),
    "DZ": ("algérien",),
    "MA": ("marocain",),
    "CF": ("centrafricain",),
    "CD": ("congolais",),
    "AU": ("australien",),
    "SL": ("sierra-léonais",),
    "CV": ("cap-verdien",),
    "NZ": ("néo-zélandais",),
}


def inflect(masc: str) -> list[str]:
    """ "malien" -> malien, malienne, maliens, maliennes."""
    if masc.endswith("e") or (masc.endswith(("è", "é")) and masc.startswith("burkinab")):
        return [masc, masc + "s"] if masc.endswith("e") else [masc]
    if masc.endswith(("s", "x")):
        return [masc, masc + "e", masc + "es"]
    if masc.endswith(("ien", "éen")):
        fem = masc + "ne"
    elif masc == "turc":
        fem = "turque"
    elif masc == "grec":
        fem = "grecque"
    else:
        fem = masc + "e"
    return [masc, fem, masc + "s", fem + "s"]


PERSON_TITLES = frozenset({"Mme", "M"})
# Un gouvernement que la phrase ne nomme pas ("les autorités avaient suspendu RFI") : dans un reportage sur
# un pays, le sien (store/about/unnamed_rulers.py).
# "le gouvernement du Mali", "les autorités de transition maliennes", "la junte au pouvoir à Niamey"
RULERS_QUALIFIED_BY = (
    r"(?:de\s+transition\s+|au\s+pouvoir\s+)?(?:(?:de|du|des|à|au|en)\s+|d['’])?(?:la\s+|l['’])?"
)
UNNAMED_RULERS = (
    r"\b(?:les\s+autorités|le\s+gouvernement|la\s+junte|le\s+régime|les\s+militaires\s+au\s+pouvoir)\b"
)
