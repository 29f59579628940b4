"""Joint operations or military cooperation suspended is a suspension (a decision, though the troops stay),
not a statement; reports of one suspension in several languages link (store/about/acts.py, the ``halt``
cue of store/languages/<code>/acts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "Britain has suspended joint military patrols with Niger's army after the coup, officials said.",
            "en",
        ),
        ("Le Danemark a suspendu mardi sa coopération militaire avec le Burkina Faso.", "fr"),
        ("Die Bundeswehr hat die gemeinsamen Einsätze mit der Armee Nigers vorerst ausgesetzt.", "de"),
        ("Berlin setzt die militärische Zusammenarbeit mit Niamey bis auf Weiteres aus.", "de"),
        ("España suspendió el lunes la cooperación militar con Níger.", "es"),
        ("Đức tạm dừng hợp tác quân sự với Niger sau cuộc đảo chính.", "vi"),
    ],
)
def test_suspending_joint_operations_or_military_cooperation_is_a_suspension(
    sentence: str, language: str
) -> None:
    assert classify_event(sentence, language) == "suspension"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Paris called for the suspension of joint operations with the Malian army.", "en"),
        ("Plusieurs députés ont réclamé la suspension de la coopération militaire avec Niamey.", "fr"),
        ("Die Opposition hat die Aussetzung der gemeinsamen Einsätze gefordert.", "de"),
    ],
)
def test_a_suspension_only_demanded_is_no_suspension(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "suspension"


def test_reports_of_one_suspension_in_three_languages_are_one_occurrence(tmp_path: Path) -> None:
    reports = {
        "a_en.txt": (
            "2023-08-08",
            "Denmark on Monday suspended joint military operations with Burkina Faso's army.",
        ),
        "b_fr.txt": (
            "2023-08-07",
            "Le Danemark a suspendu lundi 7 août ses opérations militaires conjointes "
            "avec l'armée burkinabè.",
        ),
        "c_de.txt": (
            "2023-08-10",
            "Bereits am 7. August hatte Dänemark die gemeinsamen Einsätze "
            "mit der Armee Burkina Fasos ausgesetzt.",
        ),
        "d_en.txt": (
            "2023-08-10",
            "Denmark on Wednesday suspended joint military operations with Niger's army.",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "reports", reports))
    en, fr, de = (event_of(events, f) for f in ("Denmark on Monday", "Le Danemark", "Bereits"))
    assert en["cluster"] == fr["cluster"] == de["cluster"]
    assert event_of(events, "Denmark on Wednesday")["cluster"] != en["cluster"]
