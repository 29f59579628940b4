"""Adding a language is adding a folder under store/languages: the grammar needs no edit."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import store.languages
from store.dates.mentions import find_mentions

ITALIAN_DATES = '''
"""Italian date shapes (a test's language)."""
WEEKDAYS_CAPITALISED = False
LOWERCASE_MONTHS = True
MODS = {"inizio": "early", "metà": "mid", "fine": "late"}
ROLES = {"dal": "since", "entro": "by", "il": "on"}
SHAPES = (
    (r"\\b(?P<x>(?:%WD%\\s+)?%DAY%\\s+%MONTH%(?:\\s+%YEAR%)?)\\b(?!\\s*\\d)", "absolute"),
    (r"(?<!\\w)(?P<x>(?P<rel>%REL%))(?!\\w)", "relative_day"),
    (r"\\b(?P<x>%AGO%)\\b", "ago"),
)
NUMBER_WORDS = {"due": 2, "tre": 3}
'''


def _clear_caches() -> None:
    for name, module in list(sys.modules.items()):
        if name.startswith(("store.dates", "store.languages", "store.about", "store.document", "store.text")):
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


@pytest.fixture
def italian(tmp_path: Path) -> Iterator[None]:
    folder = tmp_path / "it"
    folder.mkdir()
    (folder / "__init__.py").write_text('"""Italian."""\n', encoding="utf-8")
    (folder / "dates.py").write_text(ITALIAN_DATES, encoding="utf-8")
    store.languages.__path__.append(str(tmp_path))
    importlib.invalidate_caches()
    _clear_caches()
    try:
        yield
    finally:
        store.languages.__path__.remove(str(tmp_path))
        for name in [n for n in sys.modules if n.startswith("store.languages.it")]:
            del sys.modules[name]
        _clear_caches()


def test_without_its_folder_italian_has_no_ago_shape() -> None:
    assert [m.text for m in find_mentions("Le truppe sono partite tre settimane fa.", "it")] == []


@pytest.mark.usefixtures("italian")
def test_a_new_language_folder_brings_its_dates() -> None:
    assert "it" in store.languages.languages()
    (ago,) = find_mentions("Le truppe sono partite tre settimane fa.", "it")
    assert (ago.text, ago.unit, ago.offset) == ("tre settimane fa", "week", -3)  # shape from dateparser
    (day,) = find_mentions("L'ultimo convoglio è partito ieri.", "it")
    assert day.offset == -1  # "ieri": dateparser's relative day name
    (date,) = find_mentions("La base è stata consegnata il 3 marzo 2024.", "it")
    assert (date.year, date.month, date.day) == (2024, 3, 3)  # month name from CLDR


def test_the_dateparser_fallback_does_not_import_the_grammar_back() -> None:
    import ast

    source = Path("store/dates/fallback.py").read_text(encoding="utf-8")
    imported = {
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "store.dates.mentions" not in imported  # mentions imports fallback: no cycle
