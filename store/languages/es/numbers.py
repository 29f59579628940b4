"""Spanish numbers written as words: figures ("seis soldados") and dates ("hace dos semanas")."""

WORDS = {
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10,
    "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "cien": 100, "una docena de": 12,
}  # fmt: skip
