"""French words of a report correcting its own earlier version (store/extraction/corrected_versions.py)."""

# "Rectificatif : une version précédente de cet article indiquait que l'armée était entrée dans la ville
# ce week-end ; ...": what follows says what was wrong, up to the clause that gives the right fact.
EARLIER_VERSION = (
    r"une (?:version (?:précédente|antérieure)|précédente version|première version) de (?:cet|cette|ce)"
    r" (?:article|dépêche|reportage|papier) (?:indiquait|affirmait|mentionnait|disait|annonçait|situait)",
    r"(?:cet|cette) (?:article|dépêche) (?:indiquait|affirmait|situait) par erreur",
)
# Words that open the right fact after the wrong one: "..., mais l'armée est entrée mardi".
RIGHT_FACT = ("mais", "en réalité", "en fait")
