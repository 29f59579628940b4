"""English cues of sanctions imposed and lifted (store/about/sanctions.py)."""

_SANCTIONS = r"(?:sanctions|embargo)"
# "West African leaders lifted most of the sanctions on Niger", "sanctions on Guinea were eased"
SANCTIONS_LIFTED = (
    rf"\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|scrap(?:s|ped|ping)?)\s+(?:\S+\s+){{0,5}}?"
    rf"{_SANCTIONS}\b|\b{_SANCTIONS}\s+(?:\S+\s+){{0,4}}?(?:were|was|have\s+been|had\s+been|are|is)\s+"
    r"(?:\w+ly\s+)?(?:lifted|eased|removed)\b"
)
# "ECOWAS imposed economic and financial sanctions on Niger", "sanctions were imposed on July 30"
SANCTIONS_IMPOSED = (
    rf"\b(?:impos(?:e|es|ed|ing)|slap(?:s|ped|ping)?)\s+(?:\S+\s+){{0,5}}?{_SANCTIONS}\b|"
    rf"\b{_SANCTIONS}\s+(?:\S+\s+){{0,4}}?(?:were|was|have\s+been|had\s+been)\s+imposed\b"
)
