"""Vietnamese numbers written as words: figures ("six soldiers") and dates ("two years ago")."""

WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
