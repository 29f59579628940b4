"""A government the sentence does not name ("the authorities", "la junte", "die Regierung", "chính quyền")
is its report's: "las autoridades ya habían suspendido la emisora francesa RFI" in a report about Burkina
Faso is Burkina Faso's act, not only France's. Such a report, dated to the month, then corroborates an
undated list's entry about Burkina Faso, which takes that year; a report of another country's ban does not.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.unnamed_rulers import rulers_unnamed
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("language", "headline", "sentence", "fragment"),
    [
        (
            "es",
            "Níger expulsa a un embajador",
            "El viernes, el Gobierno ordenó la salida del embajador francés.",
            "salida",
        ),
        (
            "fr",
            "Le Niger expulse un ambassadeur",
            "Vendredi, la junte a expulsé l'ambassadeur de France.",
            "expulsé",
        ),
        (
            "en",
            "Niger expels an ambassador",
            "On Friday, the authorities expelled the French ambassador.",
            "expelled",
        ),
        (
            "de",
            "Niger weist einen Botschafter aus",
            "Am Freitag hat die Regierung den französischen Botschafter ausgewiesen.",
            "ausgewiesen",
        ),
        (
            "vi",
            "Niger trục xuất một đại sứ",
            "Hôm thứ Sáu, chính quyền đã trục xuất đại sứ Pháp.",
            "trục xuất đại sứ Pháp.",
        ),
    ],
)
def test_an_unnamed_government_is_the_reports_country(
    tmp_path: Path, language: str, headline: str, sentence: str, fragment: str
) -> None:
    text = f"{headline}\n\nNIAMEY, 5/8/2023 (Sahel Wire) - {sentence}\n"
    docs = write_reports(tmp_path / "docs", {"report.txt": ("2023-08-05", text)})
    event = event_of(ingest(tmp_path / "s.json", docs), fragment)
    assert "NE" in event["countries"] and "FR" in event["countries"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Les autorités maliennes ont suspendu RFI.", "fr"),
        ("El gobierno de Malí suspendió RFI.", "es"),
        ("The Malian authorities suspended RFI.", "en"),
        ("Các tổ chức phi chính phủ Pháp bị cấm hoạt động.", "vi"),
    ],
)
def test_a_government_named_by_its_country_is_not_unnamed(sentence: str, language: str) -> None:
    assert not rulers_unnamed(sentence, language)


LIST = (
    "Chronologie : les médias étrangers réduits au silence\n\n"
    "14 avril : les autorités tchadiennes suspendent la radio allemande Deutsche Welle.\n"
    "9 décembre : Niamey coupe à son tour la diffusion de la BBC.\n"
    "2 mai : la chaîne TV5 Monde est suspendue au Niger.\n"
)


def _report(country: str, place: str) -> str:
    return (
        f"{country} expels U.N. envoy\n\n{place}, Dec 20 (Sahel Wire) - The government of {country} on "
        "Tuesday ordered the U.N. coordinator to leave the country within 72 hours.\n\n"
        "Earlier in December, the authorities had suspended the British broadcaster BBC.\n"
    )


def test_a_month_report_by_an_unnamed_government_anchors_a_list_entry(tmp_path: Path) -> None:
    docs = write_reports(
        tmp_path / "docs",
        {"liste.txt": (None, LIST), "report.txt": ("2021-12-20", _report("Niger", "NIAMEY"))},
    )
    events = ingest(tmp_path / "s.json", docs)
    entry = event_of(events, "Niamey coupe")
    assert entry["date"] == "2021-12-09" and entry["date_inferred"]
    assert event_of(events, "TV5 Monde")["date"] == "2022-05-02"


def test_a_month_report_of_another_country_anchors_nothing(tmp_path: Path) -> None:
    docs = write_reports(
        tmp_path / "docs",
        {"liste.txt": (None, LIST), "report.txt": ("2021-12-20", _report("Chad", "N'DJAMENA"))},
    )
    alone = write_reports(tmp_path / "alone", {"liste.txt": (None, LIST)})
    events = ingest(tmp_path / "s.json", docs)
    without = ingest(tmp_path / "t.json", alone)
    assert event_of(events, "Niamey coupe")["date"] == event_of(without, "Niamey coupe")["date"]
