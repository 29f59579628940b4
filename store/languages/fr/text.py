"""French text conventions: language detection words and sentence splitting (see en/text.py)."""

DETECTION_WORDS = (
    "le la les des du de et à au aux en un une est sont a ont dans pour par sur que qui avec ne pas se "
    "été plus cette"
)
ABBREVIATIONS = "mme mmes mlle mlles mgr me pr ste av apr env réf ref éd ed p pp chap ex"
ALWAYS_JOIN = "mme mlle mgr pr"
STARTERS = "le la les il elle ils elles mais ce cette ces un une en selon depuis dans après avant"
# Words before a date in a page header that make it the publication (or update) date.
PUBLISHED_WORDS = ("publié", "publiée", "mis en ligne")
UPDATED_WORDS = ("mis à jour", "modifié", "actualisé")
# Words that join two names of one kind ("the camps of Ber and Goundam": two camps, one act each).
AND_WORDS = ("et",)
