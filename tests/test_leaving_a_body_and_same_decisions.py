"""Leaving an organisation is a withdrawal announced, however it is notified ("a notifié son retrait",
"seinen Austritt ... erklärt", "notified ... of its withdrawal"); a government that "followed", "a emboîté le
pas", "làm theo", "zog nach" took the decision the sentence before tells (store/extraction/act_then_day.py
``DECISIONS``); "au lendemain du Niger" names Niger only to compare. Two governments leaving one body on two
days stay two occurrences."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.compared_countries import compared_countries
from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Le Tchad a notifié jeudi son retrait de la Communauté des États sahélo-sahariens.", "fr"),
        ("Chad notified the regional bloc of its withdrawal on Thursday.", "en"),
        ("Chad notificó el jueves su retirada de la organización regional.", "es"),
        ("Der Tschad hat am Donnerstag seinen Austritt aus der Regionalorganisation erklärt.", "de"),
        ("Der Tschad erklärte am Donnerstag seinen Austritt aus der Regionalorganisation.", "de"),
    ],
)
def test_leaving_an_organisation_is_a_withdrawal_announced(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"


def test_the_day_after_a_country_names_it_to_compare() -> None:
    sentence = "Au lendemain du Niger, le Tchad a notifié jeudi son retrait de l'organisation."
    assert compared_countries(sentence, "fr") == frozenset({"NE"})


def _exits(folder: Path) -> list[Path]:
    return write_reports(
        folder,
        {
            "fr.txt": (
                "2025-02-06",
                "Le Tchad quitte à son tour l'organisation\n\nAu lendemain du Niger, le gouvernement "
                "tchadien a notifié jeudi son retrait de la Communauté des États sahélo-sahariens.\n",
            ),
            "en.txt": (
                "2025-02-07",
                "Two juntas quit the bloc\n\nNiger said on Wednesday it was leaving the Community of "
                "Sahel-Saharan States, accusing it of serving foreign interests. Chad followed on Thursday "
                "with a statement on state radio.\n",
            ),
            "vi.txt": (
                "2025-02-07",
                "Niger và Tchad rời khối\n\nChính quyền Niger hôm thứ Tư tuyên bố rút khỏi Cộng đồng các "
                "quốc gia Sahel-Sahara.\n\nMột ngày sau, Tchad cũng công bố quyết định tương tự trên đài "
                "phát thanh quốc gia.\n",
            ),
            "es.txt": (
                "2025-02-07",
                "Chad deja el bloque\n\nNiamey ya había anunciado su retirada de la organización. Yamena "
                "hizo lo mismo el jueves, según un comunicado oficial.\n",
            ),
        },
    )


def test_one_government_leaving_a_body_told_four_ways_is_one_occurrence(tmp_path: Path) -> None:
    events = ingest(tmp_path / "s.json", _exits(tmp_path / "docs"))
    chad = [
        event_of(events, "a notifié jeudi"),
        event_of(events, "Chad followed on Thursday"),
        event_of(events, "quyết định tương tự"),
        event_of(events, "hizo lo mismo"),
    ]
    assert {e["type"] for e in chad} <= {"withdrawal_announced", "withdrawal_started"}
    assert {e["date"] for e in chad} == {"2025-02-06"}
    assert len({e["cluster"] for e in chad}) == 1


def test_two_governments_leaving_one_body_on_two_days_stay_two(tmp_path: Path) -> None:
    events = ingest(tmp_path / "s.json", _exits(tmp_path / "docs"))
    niger = event_of(events, "Niger said on Wednesday")
    assert niger["date"] == "2025-02-05"
    chad = event_of(events, "a notifié jeudi")
    assert niger["cluster"] != chad["cluster"]


def test_what_followed_with_no_government_named_takes_no_decision(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2025-02-07",
                "Niger expels envoy\n\nNiger expelled the Beninese ambassador on Wednesday. Street protests "
                "followed on Thursday in the capital.\n",
            )
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert all(e["type"] != "expulsion" for e in events if "protests" in e["sentence"])
