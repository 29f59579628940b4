"""A list entry and a dated report naming the same office holder on one day and month are one occurrence."""

from __future__ import annotations

from pathlib import Path

from store.linking.corroborate import year_anchors
from store.linking.holder_anchors import same_holder_reports
from tests.linking_helpers import event_of, ingest, write_reports


def _event(doc: str, date: str, type_: str, sentence: str, inferred: bool, start: int = 0, **more) -> dict:
    return {
        "id": f"{doc}:{start}",
        "doc": doc,
        "start": start,
        "sentence": sentence,
        "date": date,
        "date_precision": "day",
        "type": type_,
        "countries": ["ML"],
        "places": more.get("places", []),
        "date_inferred": inferred,
        "figures": [],
    }


LIST_ENTRY = _event(
    "list.txt",
    "2025-03-14",
    "statement",
    "14/3: Ngoại trưởng Abdoulaye Diop yêu cầu các nước láng giềng đóng cửa biên giới.",
    True,
    40,
)


def test_a_report_naming_the_same_minister_on_that_day_and_month_anchors_the_entry() -> None:
    report = _event(
        "report.txt", "2024-03-14", "statement", "Foreign Minister Abdoulaye Diop said on Thursday ...", False
    )
    hint = year_anchors([LIST_ENTRY], [report])
    assert hint is not None and hint.anchors[40].year == 2024
    assert "report.txt" in hint.anchors[40].why


def test_another_minister_another_day_or_another_kind_of_act_anchors_nothing() -> None:
    other_person = _event("a.txt", "2024-03-14", "statement", "Prime Minister Choguel Maïga said ...", False)
    other_day = _event("b.txt", "2024-03-15", "statement", "Abdoulaye Diop said on Friday ...", False)
    attack = "Gunmen attacked a convoy, Abdoulaye Diop said."
    other_act = _event("c.txt", "2024-03-14", "attack", attack, False)
    assert same_holder_reports(LIST_ENTRY, [other_person, other_day]) == []
    assert same_holder_reports({**LIST_ENTRY, "type": "withdrawal_completed"}, [other_act]) == []


def test_a_name_outside_the_table_anchors_nothing() -> None:
    entry = {**LIST_ENTRY, "sentence": "14/3: Spokesman Amadou Koné met the envoys."}
    report = _event("r.txt", "2024-03-14", "statement", "Spokesman Amadou Koné said on Thursday ...", False)
    assert same_holder_reports(entry, [report]) == []


def test_an_undated_chronology_takes_the_year_of_the_minister_s_dated_statement(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "chronologie.txt": (
                None,
                "Les étapes d'une crise\n\n"
                "3 février : Bamako suspend la diffusion de deux radios étrangères.\n\n"
                "22 juin : le chef de la diplomatie Abdoulaye Diop convoque les ambassadeurs européens.\n",
            ),
            "depeche.txt": (
                "2022-06-23",
                "Mali summons European envoys\n\nBAMAKO (Agency) - Foreign Minister Abdoulaye Diop summoned "
                "European ambassadors on Wednesday over remarks on the elections, his ministry said.\n",
            ),
        },
    )
    events = ingest(tmp_path / "events.json", paths)
    entry = event_of(events, "convoque les ambassadeurs")
    assert entry["date"] == "2022-06-22" and entry["date_inferred"]
    assert "depeche.txt" in entry["date_reason"]
