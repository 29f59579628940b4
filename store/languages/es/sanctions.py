"""Spanish cues of sanctions imposed and lifted (store/about/sanctions.py)."""

_SANCTIONS = r"(?:sanciones|embargo)"
# "levantaron el sábado la mayoría de las sanciones", "se levantaron las sanciones contra Guinea"
SANCTIONS_LIFTED = (
    r"\b(?:levant(?:ó|aron|ar|ará|arán|ado|ada|adas|ados|a|an)|suaviz(?:ó|aron|ar|ado|adas))\s+"
    rf"(?:\S+\s+){{0,6}}?{_SANCTIONS}\b|\blevantamiento\s+(?:\S+\s+){{0,3}}?{_SANCTIONS}\b"
)
# "la CEDEAO impuso sanciones económicas a Níger"
SANCTIONS_IMPOSED = (
    rf"\b(?:impus(?:o|ieron)|impone|imponen|imponer|impuesto|impuestas)\s+(?:\S+\s+){{0,5}}?{_SANCTIONS}\b"
)
