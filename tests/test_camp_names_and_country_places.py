"""A camp named before its noun ("the Tillia camp") is a place; a country after "the camp in" is not a town.

Every sentence here is written for these tests, none comes from a corpus.
"""

from __future__ import annotations

import pytest

from store.about.places import find_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Belgian troops pulled out of the Tillia camp on Monday, the ministry said.", "Tillia"),
        ("Soldiers lowered the flag at the Kamboinsin camp near the capital.", "Kamboinsin"),
        ("Italian instructors left the Ouallam base on Friday.", "Ouallam"),
    ],
)
def test_an_english_camp_named_before_its_noun_is_a_place(text: str, place: str) -> None:
    assert place in find_places(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        "The French base was handed over to the Chadian army on Friday.",
        "The Barkhane base closed its gates on Monday.",
        "The Niger camp of the mission was emptied.",
        "The military camp was shelled overnight.",
        "The UN camp was attacked at dawn.",
    ],
)
def test_a_nationality_a_force_or_an_acronym_before_camp_is_no_place(text: str) -> None:
    assert find_places(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Belgian troops completed their withdrawal from the camp in Niger on Monday.", "en"),
        ("The last soldiers left their base in Chad on Friday.", "en"),
        ("French special forces flew out of their base in Burkina Faso on Sunday.", "en"),
    ],
)
def test_a_country_after_the_camp_in_is_not_a_town(text: str, lang: str) -> None:
    places = find_places(text, lang)
    assert not {"Niger", "Chad", "Burkina", "Burkina Faso"} & set(places)


def test_a_camp_named_before_its_noun_is_read_in_english_only() -> None:
    assert find_places("Die Soldaten verließen das Tillia Camp am Montag.", "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Los soldados italianos dejaron el campamento de Tillia el lunes.", "es", "Tillia"),
        ("La bandera fue arriada en el campamento militar de Ouallam.", "es", "Ouallam"),
        ("Die Soldaten verließen am Montag den Stützpunkt Tillia.", "de", "Tillia"),
        ("Die letzten Soldaten haben das Feldlager Camp Nobel geräumt.", "de", "Nobel"),
        ("The last Swedish soldiers left Camp Nobel on Friday.", "en", "Nobel"),
    ],
)
def test_spanish_german_and_camp_introducers_name_the_camp(text: str, lang: str, place: str) -> None:
    assert place in find_places(text, lang)


def test_a_country_in_the_german_genitive_after_stutzpunkt_is_no_town() -> None:
    assert find_places("Der Stützpunkt Frankreichs wurde am Montag geräumt.", "de") == []


def test_camp_x_and_the_x_camp_are_one_place() -> None:
    a = find_places("The last Swedish soldiers left Camp Nobel on Friday.", "en")
    b = find_places("Sweden's last soldiers left the Nobel camp on Friday.", "en")
    assert a == b == ["Nobel"]


def test_an_unlisted_town_is_one_place_whichever_accents_a_paper_gives_it() -> None:
    fr = find_places("L'armée a rétrocédé jeudi le camp de Port-Bouët aux autorités ivoiriennes.", "fr")
    en = find_places("France handed over its military base in Port-Bouet to Ivory Coast.", "en")
    assert fr == en == ["Port-Bouet"]


def test_a_listed_town_keeps_its_accents() -> None:
    assert find_places("Les Casques bleus ont quitté le camp de Ménaka.", "fr") == ["Ménaka"]
