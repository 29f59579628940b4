"""What each language needs that CLDR (Babel) and dateparser's locale data lack: one folder per language.

``store/languages/fr/dates.py`` holds the French date shapes and words, ``fr/countries.py`` the French
country forms, ``fr/cues.py`` the French event-type and tense cues, ``fr/figures.py`` French unit words,
``fr/sentences.py`` French abbreviations. The grammar code in ``store/dates``, ``store/about`` and
``store/document`` is language-neutral: it reads these modules through :func:`data`, so a new language is
a new folder, with no edit to the grammar. ``common/`` holds forms every language shares (capitals,
missions). Modules here are data: they import nothing from the rest of ``store``.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from types import ModuleType

__all__ = ["data", "languages", "table", "union"]


@cache
def languages() -> tuple[str, ...]:
    """Codes of the languages with a folder here, in a stable order."""
    found = [m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and m.name != "common"]
    return tuple(sorted(found, key=lambda c: (c != "en", c)))


@cache
def data(language: str, concern: str) -> ModuleType | None:
    """The module ``store.languages.<language>.<concern>``, or None when the language has none."""
    code = (language or "").split("-")[0].lower()
    if code not in languages() and code != "common":
        return None
    try:
        return importlib.import_module(f"store.languages.{code}.{concern}")
    except ModuleNotFoundError:
        return None


def table(language: str, concern: str, name: str, default: object = None) -> object:
    """One constant of a language's data module, ``default`` when it has none."""
    module = data(language, concern)
    return getattr(module, name, default) if module is not None else default


def union(concern: str, name: str) -> tuple[str, ...]:
    """A word list of every language (``text.PUBLISHED_WORDS``, ...), longest first, each once."""
    words = {w for lang in languages() for w in table(lang, concern, name, ())}  # type: ignore[union-attr]
    return tuple(sorted(words, key=len, reverse=True))
