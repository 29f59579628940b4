"""German numbers written as words: figures ("zwei Soldaten") and dates ("vor zwei Wochen")."""

WORDS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
    "hundert": 100, "ein dutzend": 12,
}  # fmt: skip
