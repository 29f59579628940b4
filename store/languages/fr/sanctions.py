"""French cues of sanctions imposed and lifted (store/about/sanctions.py)."""

_SANCTIONS = r"(?:sanctions|embargo)"
# "Les chefs d'État ont levé samedi l'essentiel des sanctions", "a allégé les sanctions visant la Guinée"
SANCTIONS_LIFTED = (
    r"\b(?:lev(?:é|ée|ées|és|er|era|ont|ait|aient)|lève|lèvent|allég(?:é|ée|ées|és|er|era)|allège|allègent)\s+"
    rf"(?:\S+\s+){{0,5}}?{_SANCTIONS}\b|\b(?:levée|allègement)\s+(?:\S+\s+){{0,3}}?{_SANCTIONS}\b"
)
# "La Cédéao a imposé des sanctions économiques au Niger"
SANCTIONS_IMPOSED = (
    r"\b(?:impos(?:é|ée|ées|és|er|era|ait|aient)|impose|imposent|infligé\w*)\s+"
    rf"(?:\S+\s+){{0,5}}?{_SANCTIONS}\b"
)
