"""Numbers written as words, per language (store/languages/<code>/numbers.py): shared by figures
("six soldiers") and dates ("two years ago")."""

from __future__ import annotations

from store.languages import languages, table

WORD_NUMBERS: dict[str, dict[str, int]] = {
    lang: dict(table(lang, "numbers", "WORDS", {}))
    for lang in languages()  # type: ignore[call-overload]
}
