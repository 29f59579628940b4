"""German news names a country in the genitive ("Frankreichs Armee", "die Streitkräfte Nigers"): that is
the country, as "Frankreich" is. A name ending in s, x or z takes no genitive -s. And a camp or base in a
named town ("ihr Lager in Tillia", "die Basis bei Ouallam") names that town.

Every sentence here is written for these tests, none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.countries import event_countries
from store.about.places import find_places
from store.languages.de.countries import name_forms
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Belgiens Armee hat ihren Stützpunkt in Tillia übergeben.", ["BE"]),
        ("Die letzten Soldaten Frankreichs verließen Tschads Hauptstadt am Donnerstag.", ["FR", "TD"]),
        ("Nigers Militärregierung kündigte das Abkommen mit den USA.", ["NE", "US"]),
    ],
)
def test_a_country_in_the_german_genitive_is_that_country(text: str, codes: list[str]) -> None:
    assert event_countries(text, "de") == codes


def test_names_ending_in_a_sibilant_or_of_several_words_take_no_genitive_s() -> None:
    assert name_forms("Frankreich") == ["Frankreichs"]
    assert name_forms("Laos") == []
    assert name_forms("Burkina Faso") == []


def test_a_german_report_naming_the_country_in_the_genitive_links_by_it(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "de.txt": ("2024-06-04", "Belgiens letzte Soldaten haben Niger am Montag verlassen."),
            "en.txt": ("2024-06-04", "Belgium's last soldiers left Niger on Monday, the ministry said."),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    de, en = event_of(events, "Belgiens"), event_of(events, "Belgium's")
    assert "BE" in de["countries"]
    assert de["cluster"] == en["cluster"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Die belgische Armee hat am Montag ihr Lager in Tillia übergeben.", "Tillia"),
        ("Die Basis bei Ouallam wurde am Freitag geräumt.", "Ouallam"),
    ],
)
def test_a_german_camp_or_base_in_a_named_town_is_a_place(text: str, place: str) -> None:
    assert place in find_places(text, "de")


def test_a_german_camp_near_something_unnamed_names_no_place() -> None:
    assert find_places("Das Lager in der Nähe der Stadt wurde geräumt.", "de") == []
