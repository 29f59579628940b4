"""Spanish country forms CLDR (Babel) lacks: read by store/about/countries.py."""

# Short names news uses beside CLDR's; the code "" marks a blocker (a phrase that must not count).
SHORT_NAMES = {
    "BF": ("Burkina",),  # "au Burkina", "Burkina junta": news drops "Faso"
    "US": ("EE. UU.", "EE.UU.", "EEUU", "Norteamérica"),
    "GB": ("Gran Bretaña", "Inglaterra"),
    "ML": ("Mali",),
    "NE": ("Niger",),
    "CI": ("Costa de Marfil",),  # CLDR gives only "Côte d’Ivoire"
    "": (
        "África Occidental",
        "África del Norte",
        "África Central",
        "América Latina",
        "Latinoamérica",
        "río Níger",
        "río Niger",
        "delta del Níger",
    ),
}
# Demonyms, masculine singular; ``inflect`` gives the feminine and plural forms.
DEMONYMS = {
    "ML": ("maliense",), "FR": ("francés",), "DE": ("alemán",), "GB": ("británico",),
    "US": ("estadounidense", "norteamericano"), "RU": ("ruso",), "CN": ("chino",), "EG": ("egipcio",),
    "NE": ("nigerino",), "BF": ("burkinés",), "CI": ("marfileño",), "TD": ("chadiano",),
    "SN": ("senegalés",), "DK": ("danés",), "SE": ("sueco",), "DZ": ("argelino",), "MR": ("mauritano",),
    "NG": ("nigeriano",), "BE": ("belga",), "NL": ("neerlandés",), "IT": ("italiano",), "ES": ("español",),
    # Countries whose troops served in MINUSMA or beside it
    "TG": ("togolés",), "BJ": ("beninés",), "GN": ("guineano",), "GH": ("ghanés",), "EE": ("estonio",),
    "NO": ("noruego",), "IE": ("irlandés",), "CA": ("canadiense",), "CZ": ("checo",), "AT": ("austriaco",),
    "FI": ("finlandés",), "LT": ("lituano",), "BD": ("bangladesí",), "PK": ("pakistaní",), "JO": ("jordano",),
    "CM": ("camerunés",), "RW": ("ruandés",), "TN": ("tunecino",), "MA": ("marroquí",), "LY": ("libio",),
}  # fmt: skip


def inflect(masc: str) -> list[str]:
    """ "francés" -> francés, francesa, franceses, francesas; "maliense" -> maliense, malienses."""
    if masc.endswith("o"):
        return [masc, masc[:-1] + "a", masc + "s", masc[:-1] + "as"]
    if masc.endswith(("és", "án")):
        stem = masc[:-2] + {"és": "es", "án": "an"}[masc[-2:]]
        return [masc, stem + "a", stem + "es", stem + "as"]
    if masc.endswith("í"):  # "marroquí" -> marroquíes, marroquís
        return [masc, masc + "es", masc + "s"]
    if masc.endswith(("ol",)):
        return [masc, masc + "a", masc + "es", masc + "as"]
    return [masc, masc + "s"]


# Un gobierno que la frase no nombra ("las autoridades habían suspendido RFI"): en una crónica sobre un
# país, el suyo (store/about/unnamed_rulers.py).
# "el gobierno de Malí", "las autoridades de transición nigerinas", "la junta en Niamey"
RULERS_QUALIFIED_BY = r"(?:de\s+transición\s+)?(?:(?:de|del|en)\s+)?(?:la\s+)?"
UNNAMED_RULERS = r"\b(?:las\s+autoridades|el\s+gobierno|la\s+junta(?:\s+militar)?|el\s+régimen)\b"
