"""Spanish words telling that a withdrawal named by its noun happened (store/about/acts_done.py)."""

# "la retirada de Kidal tuvo lugar a finales de octubre", "la salida había sido la más delicada": the act
# named by its noun, told as having happened (not announced, planned, delayed or called for).
WITHDRAWAL_DONE = (
    r"\b(?:la|su)\s+(?:\w+\s+)?(?:retirada|salida|repliegue)\b[^.;]{0,60}?\b(?:tuvo\s+lugar|se\s+produjo|"
    r"se\s+realizó|transcurrió|(?:fue|había\s+sido)\s+(?:la|el)\s+más)\b"
)
