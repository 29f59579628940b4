"""A country named only in a comparison ("the same day as Benin", "wie Schweden") is not shared evidence,
and a Council vote on sanctions is not the vote on a mission told the same day.

Every sentence here is written for these tests (en, fr, de, es, vi), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.compared_countries import compared_countries
from store.linking.compatibility import compatible, profile
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text", "compared"),
    [
        ("en", "Sweden, like Germany, will withdraw its troops from Mali next year.", {"DE"}),
        ("en", "Togo said it would bring its peacekeepers home, the same day as Benin.", {"BJ"}),
        ("fr", "Le Togo a annoncé le retrait de ses Casques bleus, à l'instar du Bénin.", {"BJ"}),
        ("de", "Schweden zieht wie Deutschland seine Soldaten aus Mali ab.", {"DE"}),
        ("es", "Suecia retirará sus tropas de Malí tras Alemania.", {"DE"}),
        ("vi", "Thụy Điển sẽ rút quân khỏi Mali, giống như Đức.", {"DE"}),
    ],
)
def test_a_country_named_only_to_compare_is_found(lang: str, text: str, compared: set[str]) -> None:
    assert compared_countries(text, lang) == compared


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die letzten Soldaten kehrten am Freitag nach Deutschland zurück."),
        ("en", "France left Mali after nine years of fighting."),
        ("en", "Germany, like its allies, will leave Mali, and Germany's last troops go in May."),
    ],
)
def test_a_destination_or_a_country_also_named_as_actor_is_not_compared(lang: str, text: str) -> None:
    assert compared_countries(text, lang) == frozenset()


def _announcement(i: str, countries: list[str], sentence: str, language: str) -> dict:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "date": "2022-12-07",
        "date_precision": "day",
        "type": "withdrawal_announced",
        "countries": countries,
        "places": [],
        "sentence": sentence,
        "language": language,
    }


def test_two_countries_announcing_the_same_day_stay_apart_when_one_report_compares() -> None:
    togo = _announcement(
        "a",
        ["BJ", "ML", "TG"],
        "Le Togo a annoncé le retrait de ses soldats de la Minusma, comme le Bénin.",
        "fr",
    )
    benin = _announcement("b", ["BJ", "ML"], "Benin will withdraw its peacekeepers from Mali, it said.", "en")
    assert compatible(profile(togo), profile(benin), frozenset({"ML"})) is None


def test_two_reports_of_one_countrys_announcement_still_link() -> None:
    a = _announcement("a", ["BJ", "ML"], "Benin will withdraw its peacekeepers from Mali, it said.", "en")
    b = _announcement(
        "b", ["BJ", "ML"], "Benín retirará sus cascos azules de Malí, anunció el Gobierno.", "es"
    )
    assert compatible(profile(a), profile(b), frozenset({"ML"})) is not None


def test_a_sanctions_vote_and_a_mandate_vote_of_one_council_on_one_day_are_two_votes(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2022-08-31",
                "Council renews Mali sanctions\n\nThe U.N. Security Council on Tuesday renewed sanctions on "
                "Malian officials who obstruct the peace agreement.",
            ),
            "fr.txt": (
                "2022-08-31",
                "La Minusma prolongée\n\nLe Conseil de sécurité a prolongé mardi d'un an le mandat de la "
                "Minusma.",
            ),
            "de.txt": (
                "2022-08-31",
                "Sanktionen verlängert\n\nDer UN-Sicherheitsrat hat am Dienstag die Sanktionen gegen "
                "malische Funktionäre um ein Jahr verlängert.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    en, fr, de = (event_of(events, f) for f in ("renewed sanctions", "le mandat", "Sanktionen"))
    assert en["cluster"] == de["cluster"]
    assert fr["cluster"] != en["cluster"]
