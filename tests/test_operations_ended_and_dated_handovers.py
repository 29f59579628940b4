"""Two classes of missed link: a force that ends its *operations* or the *presence of its forces* ends its
mission, and a date told between "remis" and the camp does not hide a handover.

Every sentence here is written for these tests (en, fr, es, de), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Italy said on Friday its instructors had formally ended their operations in Niger."),
        ("en", "The Danish contingent ended the presence of its troops in Menaka on Monday."),
        ("fr", "La Belgique a mis fin mardi à ses opérations au Niger, a indiqué son ministère."),
        ("fr", "Rome a mis fin à la présence de ses soldats au Niger le 3 mars."),
        ("es", "Italia puso fin el martes a la presencia de sus militares en Níger."),
        ("es", "Las fuerzas especiales dieron por terminadas sus operaciones en Malí el 30 de junio."),
        ("de", "Belgien hat am Dienstag seine Operationen in Niger beendet."),
        ("de", "Mit dem Abflug endete die militärische Präsenz Italiens in Niger."),
    ],
)
def test_ending_a_forces_operations_or_presence_ends_its_mission(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "mission_ended"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rebels ended their attack on the town after two hours, witnesses said."),
        ("fr", "Les manifestants ont mis fin à leur sit-in devant l'ambassade."),
        ("es", "El ministro puso fin a la reunión sin acuerdo."),
    ],
)
def test_ending_something_that_is_no_force_ends_no_mission(lang: str, text: str) -> None:
    assert classify_event(text, lang) != "mission_ended"


@pytest.mark.parametrize(
    "text",
    [
        "Les soldats belges ont remis ce lundi 3 juin le camp de Tillia aux forces armées nigériennes.",
        "L'armée française a remis jeudi 30 janvier au matin la base de Faya aux autorités tchadiennes.",
        "Les Casques bleus ont transféré le 12 décembre 2023 aux autorités maliennes le camp de Gossi.",
    ],
)
def test_a_date_between_remis_and_the_camp_does_not_hide_the_handover(text: str) -> None:
    assert classify_event(text, "fr") == "handover"


def test_remettre_en_cause_with_a_date_is_no_handover() -> None:
    text = "Le gouvernement a remis en cause lundi 3 juin l'accord de paix avec les rebelles."
    assert classify_event(text, "fr") != "handover"


def test_two_reports_of_one_forces_end_of_operations_link_across_languages(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2024-03-05",
                "Italy ends Niger training mission\n\nItaly said on Monday its military instructors had "
                "formally ended their operations in Niger, lowering the flag at their camp.",
            ),
            "es.txt": (
                "2024-03-06",
                "Italia sale de Níger\n\nItalia puso fin el 4 de marzo a la presencia de sus militares en "
                "Níger con una ceremonia.",
            ),
            "fr.txt": (
                "2024-03-04",
                "Mali : nouvelle attaque\n\nUne attaque a visé lundi 4 mars un poste de l'armée malienne "
                "près de Ségou.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    en, es = event_of(events, "ended their operations"), event_of(events, "puso fin")
    assert en["type"] == es["type"] == "mission_ended"
    assert en["cluster"] == es["cluster"]
    assert event_of(events, "Une attaque")["cluster"] != en["cluster"]


def test_a_handover_dated_mid_sentence_links_with_the_completed_withdrawal(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2024-06-03",
                "Niger : les Belges rendent leur camp\n\nLes soldats belges ont remis ce lundi 3 juin "
                "le camp de Tillia aux forces armées nigériennes.",
            ),
            "en.txt": (
                "2024-06-04",
                "Belgium leaves Niger\n\nBelgian troops completed their withdrawal from the Tillia camp in "
                "Niger on Monday, the defence ministry said.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    fr, en = event_of(events, "remis ce lundi"), event_of(events, "completed their withdrawal")
    assert fr["type"] == "handover"
    assert fr["cluster"] == en["cluster"]


@pytest.mark.parametrize(
    "text",
    [
        "France returned its last base in Chad to the Chadian authorities on Thursday.",
        "The French army gave up two camps in Dakar on Friday.",
        "Italian troops returned the Ouallam base to Niger's army.",
    ],
)
def test_a_base_returned_or_given_up_is_handed_over(text: str) -> None:
    assert classify_event(text, "en") == "handover"


@pytest.mark.parametrize(
    "text",
    ["The soldiers returned home on Friday.", "The minister gave up his post on Monday."],
)
def test_returning_home_or_giving_up_an_office_is_no_handover(text: str) -> None:
    assert classify_event(text, "en") != "handover"
