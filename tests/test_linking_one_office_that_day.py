"""What a minister named only by office said or did on a day ("the defence minister told parliament on
Thursday" / "Le ministre suédois de la Défense a justifié jeudi ce départ") is one occurrence of that
day; another office, two named holders of one office, or another day, is not."""

from __future__ import annotations

from store.linking.compatibility import Evidence, judge, profile


def _event(
    i: str, date: str, kind: str, countries: list[str], sentence: str, language: str
) -> dict[str, object]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "date": date,
        "date_precision": "day",
        "date_text": "x",
        "type": kind,
        "countries": countries,
        "places": [],
        "sentence": sentence,
        "language": language,
    }


COMMON = frozenset({"ML", "SE"})  # a store about Sweden leaving Mali
ACT = _event(
    "a",
    "2022-12-01",
    "withdrawal_announced",
    ["ML", "SE"],
    "Sweden will bring its troops home from Mali next year, the defence minister told MPs on Thursday.",
    "en",
)
SAID = (
    ("fr", "Le ministre suédois de la Défense a justifié jeudi ce départ devant les députés."),
    ("vi", "Bộ trưởng Quốc phòng Thụy Điển hôm thứ Năm giải thích quyết định này trước quốc hội."),
    ("de", "Der schwedische Verteidigungsminister begründete den Schritt am Donnerstag vor dem Parlament."),
    ("es", "El ministro sueco de Defensa explicó el jueves la decisión ante el Parlamento."),
)


def test_an_office_named_by_an_untyped_sentence_that_day_is_that_offices_act() -> None:
    for i, (language, sentence) in enumerate(SAID):
        said = _event(f"s{i}", "2022-12-01", "other", ["SE"], sentence, language)
        found = judge(profile(ACT), profile(said), COMMON)
        assert isinstance(found, Evidence), (sentence, found)
        assert "same office (defence minister) that day" in found.reason


def test_another_office_or_another_day_stays_apart() -> None:
    premier = _event(
        "p", "2022-12-01", "other", ["SE"], "Le Premier ministre suédois a justifié jeudi ce départ.", "fr"
    )
    assert judge(profile(ACT), profile(premier), COMMON) == "evidence"
    later = _event("l", "2022-12-02", "other", ["SE"], SAID[0][1].replace("jeudi", "vendredi"), "fr")
    assert not isinstance(judge(profile(ACT), profile(later), COMMON), Evidence)


def test_two_named_holders_of_one_office_are_two_people() -> None:
    old = _event(
        "o",
        "2023-01-19",
        "other",
        ["DE"],
        "Christine Lambrecht, the defence minister, left office on Thursday.",
        "en",
    )
    new = _event(
        "n",
        "2023-01-19",
        "statement",
        ["DE"],
        "Verteidigungsminister Boris Pistorius sagte am Donnerstag, er werde die Truppe besuchen.",
        "de",
    )
    found = judge(profile(old), profile(new), frozenset({"DE"}))
    assert not isinstance(found, Evidence) or "same office" not in found.reason
