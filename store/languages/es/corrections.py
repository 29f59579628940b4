"""Spanish words of a report correcting its own earlier version (store/extraction/corrected_versions.py)."""

# "Corrección: una versión anterior de esta nota decía que el ejército entró en la ciudad el fin de semana;
# ...": what follows says what was wrong, up to the clause that gives the right fact.
EARLIER_VERSION = (
    r"una (?:versión anterior|primera versión) de (?:esta|este)"
    r" (?:nota|noticia|información|artículo|despacho)"
    r" (?:decía|afirmaba|señalaba|indicaba|situaba)",
    r"(?:esta|la) (?:nota|noticia) (?:decía|afirmaba|situaba) (?:por error|erróneamente)",
)
# Words that open the right fact after the wrong one: "..., pero el ejército entró el martes".
RIGHT_FACT = ("pero", "en realidad")
