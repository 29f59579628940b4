"""A government decision told of its day by a wire naming the minister, and recalled in its month by a
report naming only the office ("le chef de la diplomatie nigérienne", "Ngoại trưởng Niger"), is one
decision; another office, or none, says nothing of whose it was."""

from __future__ import annotations

from store.about.offices import offices_named
from store.linking.compatibility import Evidence, judge, profile


def _event(i: str, date: str, sentence: str, language: str) -> dict[str, object]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "date": date,
        "date_precision": "day" if len(date) == 10 else "month",
        "date_text": "x",
        "type": "demand",
        "countries": ["NE"],
        "places": [],
        "sentence": sentence,
        "language": language,
    }


COMMON = frozenset({"NE"})  # a store about Niger: the host is named by nearly every report
DAY = _event(
    "a",
    "2023-12-04",
    "Niger's foreign minister on Monday asked the European Union to close its military mission in Niger.",
    "en",
)
RECALLS = (
    _event(
        "b",
        "2023-12",
        "Début décembre, le chef de la diplomatie nigérienne avait exigé la fermeture de la mission "
        "européenne au Niger.",
        "fr",
    ),
    _event(
        "c",
        "2023-12",
        "Đầu tháng 12, Ngoại trưởng Niger yêu cầu EU đóng cửa phái bộ quân sự tại Niger.",
        "vi",
    ),
    _event(
        "d",
        "2023-12",
        "Anfang Dezember verlangte der Außenminister Nigers die Schließung der EU-Mission.",
        "de",
    ),
    _event(
        "e",
        "2023-12",
        "A principios de diciembre, el canciller de Níger exigió el cierre de la misión europea.",
        "es",
    ),
)


def test_a_decision_recalled_by_its_office_in_its_month_is_the_decision_of_its_day() -> None:
    for recall in RECALLS:
        found = judge(profile(DAY), profile(recall), COMMON)
        assert isinstance(found, Evidence), (recall["sentence"], found)
        assert "same office (foreign minister)" in found.reason


def test_another_office_or_none_named_stays_apart() -> None:
    premier = _event(
        "f",
        "2023-12",
        "Début décembre, le Premier ministre du Niger avait exigé la fermeture de la mission.",
        "fr",
    )
    assert judge(profile(DAY), profile(premier), COMMON) == "evidence"
    nobody = _event(
        "g", "2023-12", "Début décembre, Niamey avait exigé la fermeture de la mission européenne.", "fr"
    )
    assert judge(profile(DAY), profile(nobody), COMMON) == "evidence"


def test_two_recalls_of_one_month_are_not_tied_by_an_office_alone() -> None:
    found = judge(profile(RECALLS[0]), profile(RECALLS[1]), COMMON)
    assert not isinstance(found, Evidence) or "same office" not in found.reason


def test_offices_are_read_by_title_in_each_language() -> None:
    assert offices_named("the armed forces minister told MPs on Monday", "en") == {"defence minister"}
    assert offices_named("la ministre des Armées a annoncé", "fr") == {"defence minister"}
    assert offices_named("Die Verteidigungsministerin sagte", "de") == {"defence minister"}
    assert offices_named("el ministro británico de las Fuerzas Armadas dijo", "es") == {"defence minister"}
    assert offices_named("Bộ trưởng Quốc phòng Anh cho biết", "vi") == {"defence minister"}
    assert offices_named("the minister said", "en") == frozenset()
