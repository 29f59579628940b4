"""German shapes of a sentence that tells again the act its report told before, in words no cue types
(store/extraction/act_pointed_back.py): "Die Regierung begrüßte den Abzug", "Die Junta sprach von einem
„historischen Tag“", "Die Übergabe verlief ohne Zwischenfälle", "Der Austritt gilt ab sofort".
"""

_DEPARTURE = (
    r"\b(?:der|den|dem|des|dieser|diesen|diesem|dieses|sein(?:en|em|es)?|ihr(?:en|em|es)?)\s+(?:\w+\s+)?"
    r"(?:Abzug|Abzugs|Abzuges|Rückzug|Rückzugs|Rückzuges)\b|\b(?:die|diese|der|dieser)\s+(?:\w+\s+)?Übergabe\b"
)
_REACTED = r"\b(?:begrüß\w*|feiert\w*|lobt\w*|würdigt\w*|bezeichnet\w*|nannte\w*)\s+"
_WENT = r"\s+(?:verlief|verliefen|erfolgte|wurde\s+(?:beschleunigt|vorgezogen))\b"
# the verb second, after what opens the sentence: "Nach Angaben der Armee verlief der Abzug ruhig"
_WENT_FIRST = r"\b(?:verlief|verliefen|erfolgte)\s+"
ACT_NAMED_BACK = {
    "withdrawal": rf"{_REACTED}(?:{_DEPARTURE})|(?:{_DEPARTURE})(?:{_WENT})|{_WENT_FIRST}(?:{_DEPARTURE})",
    "decision": (
        r"\b(?:die|diese)\s+(?:Entscheidung|Maßnahme)\s+(?:tritt|gilt)\b|"
        r"\b(?:der|dieser)\s+(?:Austritt|Rückzug|Beschluss)\s+(?:tritt|gilt)\b"
    ),
    "any": r"\bhistorische[nmrs]?\s+(?:Moment|Tag|Wendepunkt)\b",
}
NEGATION = r"\b(?:nicht|kein\w*|nie)\b"

# Another act of the same sitting: "Auch die Sanktionen gegen Guinea wurden aufgehoben" (also_that_day.py).
ALSO = r"\b(?:auch|ebenfalls|zudem|auf\s+demselben\s+Gipfel)\b"
