"""German nouns a camp's own name follows (store/linking/named_camps.py): "das Lager Maréchal"."""

# "im Lager Kamboinsin", "das Camp Castor", "der Stützpunkt Port-Bouët", "die Kaserne Saint-Exupéry".
CAMP_NOUNS = r"(?:Militär|Feld)?[Ll]ager|Camp|(?:Militär|Luftwaffen)?[Ss]tützpunkt|Kaserne|Basis"
