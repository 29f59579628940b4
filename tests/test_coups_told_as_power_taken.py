"""A coup told as power taken ("the army had taken power", "die Macht übernommen", "tomaron el poder"), a
coup reported through "announced that ...", and "Burkina" without "Faso" as the country.

Every sentence here is written for these tests (en, fr, de, es), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.countries import find_countries
from store.about.event_types import classify_event
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officers appeared on state television on Wednesday to say the army had taken power."),
        ("en", "Mutinous soldiers grabbed power in the capital overnight."),
        ("fr", "Des militaires se sont emparés du pouvoir mercredi à Niamey."),
        ("fr", "Le porte-parole a annoncé jeudi que les militaires avaient pris le pouvoir."),
        ("de", "Die Armee hat am Mittwoch in Niamey die Macht übernommen."),
        ("de", "Offiziere übernahmen am Mittwoch die Macht."),
        ("es", "Los militares tomaron el poder el miércoles en Niamey."),
        ("es", "Un grupo de oficiales se hizo con el poder en la madrugada del jueves."),
        ("es", "El portavoz anunció el jueves que los militares habían tomado el poder."),
    ],
)
def test_power_taken_by_soldiers_is_a_coup(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "coup"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The junta, which has taken power twice, said on Monday it would hold talks."),
        ("fr", "La junte qui a pris le pouvoir en 2020 a annoncé lundi l'ouverture de discussions."),
        ("de", "Die Junta, die 2020 die Macht übernommen hatte, kündigte am Montag Gespräche an."),
        ("es", "La junta, que tomó el poder en 2021, anunció el lunes un diálogo nacional."),
    ],
)
def test_power_taken_in_a_relative_clause_only_names_the_junta(lang: str, text: str) -> None:
    assert classify_event(text, lang) != "coup"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Nouveau putsch au Burkina, le deuxième en huit mois."),
        ("en", "Burkina junta leader sworn in as president."),
        ("de", "Erneuter Putsch in Burkina."),
        ("es", "Nuevo golpe en Burkina."),
    ],
)
def test_burkina_without_faso_is_burkina_faso(lang: str, text: str) -> None:
    assert [m.code for m in find_countries(text, lang)] == ["BF"]


def test_a_coup_whose_report_says_burkina_links_with_one_saying_burkina_faso(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2022-10-01",
                "Nouveau putsch au Burkina\n\nDes officiers se sont emparés du pouvoir vendredi 30 septembre "
                "à Ouagadougou, huit mois après le précédent coup d'État au Burkina.",
            ),
            "en.txt": (
                "2022-10-02",
                "Burkina Faso's army ousts its leader\n\nArmy officers announced on Friday that they had "
                "taken power in Burkina Faso, dissolving the government.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    fr, en = event_of(events, "se sont emparés"), event_of(events, "taken power")
    assert fr["type"] == en["type"] == "coup"
    assert fr["cluster"] == en["cluster"]
