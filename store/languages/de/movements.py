"""German words of troops on the move and of the moves still to come: harm told with the
movement (store/extraction/harm_on_the_way.py), a deadline named before a completion and posts to be
closed (store/about/withdrawals.py, store/extraction/deadline_days.py), missions of no troops."""

# Wörter der Bewegung selbst (store/extraction/harm_on_the_way.py): ein Schaden, mit ihnen gleich nach einem
# datierten Abzug erzählt, traf die Truppen beim Aufbruch an jenem Tag.
ON_THE_WAY = (
    "Konvoi", "Konvois", "Kolonne", "Rückweg", "auf dem Weg", "unterwegs", "während des Abzugs",
    "beim Abzug", "bei der Abfahrt", "auf der Fahrt",
)  # fmt: skip

# Eine Frist vor einem Abschluss ("heute läuft die Frist für das Ende des Abzugs ab"): der Abschluss ist
# geplant, nicht vollzogen (store/about/withdrawals.py); nicht "fristgerecht".
DEADLINE_NOUNS = r"\b\w*[Ff]rist(?:en)?\b|\bStichtag\w*|\bDeadline\b"

# Einen Militärposten schließen ("wird den Stützpunkt schließen", "sollen geschlossen werden"): ein Schritt
# des Abzugs (store/about/withdrawals.py ``closing_to_come``, nur künftig und datiert gelesen).
CLOSING_POSTS = (
    r"\b(?:\w*stützpunkt|(?:Feld|Militär|Armee)?lager|Camp|(?:Militär|Luftwaffen)?basis|Kaserne)\w*\s+"
    r"(?:[^\s,;]+\s+){0,8}?(?:schließen|schließt|geschlossen)\b|"
    r"\bschließ\w*\s+(?:[^\s,;.]+\s+){0,4}?(?:\w*stützpunkt|(?:Feld|Militär|Armee)?lager|Camp|basis|Kaserne)\w*"
)

# Missionen ohne Truppen: ihre Abreise ist kein Abzug ("die IWF-Mission verließ Bamako")
# (store/about/withdrawals.py ``_force_mission``).
CIVILIAN_MISSIONS = (
    r"\b(?:IWF|Weltbank|ECOWAS|Ecowas)[-\s]\w*[Mm]ission\b|\b(?:Wahl|Beobachter|Handels|Erkundungs|Experten)\w*mission\b|"
    r"\bMission\s+(?:des|der)\s+(?:IWF|Weltbank|ECOWAS|Ecowas|Afrikanischen\s+Union|Experten|Beobachter)\b"
)
