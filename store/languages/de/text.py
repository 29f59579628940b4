"""German text conventions: language detection words and sentence splitting (see en/text.py)."""

DETECTION_WORDS = (
    "der die das und ist nicht mit von zu den im ein eine auch sich dem des auf für wird hat sind wurde "
    "nach bei aus"
)
ABBREVIATIONS = "bzw ca nr dr str abs jh mio mrd sog vgl usw evtl hr fr prof gen oberst"
ALWAYS_JOIN = "dr prof hr fr nr"
STARTERS = "der die das er sie es wir aber und im am in nach seit ein eine"
# Words before a date in a page header that make it the publication (or update) date.
PUBLISHED_WORDS = ("veröffentlicht", "erschienen", "datum")
UPDATED_WORDS = ("aktualisiert", "geändert")
# A wire's lead tells the day's news in the present ("Kopenhagen (dpa) - Dänemark holt seine Soldaten
# zurück."): read as the past an English lead is told in (store/extraction/wire_lead.py).
LEAD_IN_THE_PRESENT = True
# Words that join two names of one kind ("the camps of Ber and Goundam": two camps, one act each).
AND_WORDS = ("und", "sowie")
