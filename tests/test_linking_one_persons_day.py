"""One listed office holder's occurrence of one day, told as speech or untyped in several languages, is one
occurrence (store/linking/one_persons_day.py); a day apart, two persons, or another host keep apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.linking.compatibility import judge, profile
from tests.linking_helpers import event_of, ingest, write_reports
from tests.niger_background import BACKGROUND

REPORTS = {
    "fr_putsch.txt": (
        "2023-07-27",
        "NIAMEY, 27 juillet - Des militaires ont annoncé mercredi soir à la télévision nationale avoir "
        "renversé le président Mohamed Bazoum.",
    ),
    "en_coup.txt": (
        "2023-07-27",
        "Soldiers appeared on state television on Wednesday night and said they had removed President "
        "Mohamed Bazoum from power.",
    ),
    "es_golpe.txt": (
        "2023-07-28",
        "Un grupo de militares anunció el miércoles por la noche en la televisión pública que había "
        "derrocado al presidente Mohamed Bazoum.",
    ),
    "de_rede.txt": (
        "2023-09-25",
        "Präsident Emmanuel Macron sagte am Sonntagabend im Fernsehen, die Soldaten würden bis "
        "Jahresende heimkehren.",
    ),
    "en_tv.txt": (
        "2023-09-25",
        "President Emmanuel Macron told French television on Sunday that the soldiers would be home by "
        "the end of the year.",
    ),
    "vi_macron.txt": (
        "2023-09-25",
        "Tổng thống Emmanuel Macron hôm Chủ nhật nói trên truyền hình rằng binh sĩ sẽ về nước "
        "trước cuối năm.",
    ),
    "en_next_day.txt": (
        "2023-09-26",
        "President Emmanuel Macron told reporters on Monday that the ambassador was on his way home.",
    ),
}


def test_one_persons_day_told_as_speech_in_four_languages_is_one_occurrence(tmp_path: Path) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", {**BACKGROUND, **REPORTS}))
    coup = [event_of(events, t) for t in ("Des militaires ont", "Soldiers appeared", "Un grupo de militares")]
    address = [
        event_of(events, t) for t in ("Präsident Emmanuel Macron", "told French television", "Tổng thống")
    ]
    assert {e["date"] for e in coup} == {"2023-07-26"} and {e["date"] for e in address} == {"2023-09-24"}
    assert len({e["cluster"] for e in coup}) == 1
    assert len({e["cluster"] for e in address}) == 1
    assert coup[0]["cluster"] != address[0]["cluster"]
    reasons = " ".join(str(e.get("cluster_link")) for e in address)
    assert "same person Emmanuel Macron that day" in reasons
    later = event_of(events, "told reporters on Monday")  # a day apart: another time he spoke
    assert later["cluster"] != address[0]["cluster"]


def _event(n: int, sentence: str, language: str, countries: list[str], **extra: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": f"d{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2023-09-24",
        "date_text": "dimanche",
        "date_precision": "day",
        "type": "statement",
        "countries": countries,
        "places": [],
        **extra,
    }


COMMON = frozenset({"FR", "NE", "TD"})


def test_one_person_speaking_of_two_hosts_on_one_day_is_two_occurrences() -> None:
    niger = _event(
        1, "Emmanuel Macron a déclaré dimanche que les soldats quitteraient le Niger.", "fr", ["FR", "NE"]
    )
    chad = _event(2, "Emmanuel Macron said on Sunday the troops would stay in Chad.", "en", ["FR", "TD"])
    assert isinstance(judge(profile(niger), profile(chad), COMMON), str)


def test_two_persons_of_one_day_are_two_occurrences() -> None:
    macron = _event(1, "Emmanuel Macron a déclaré dimanche que les soldats rentreraient.", "fr", ["FR"])
    bazoum = _event(2, "Mohamed Bazoum sagte am Sonntag, die Soldaten würden bleiben.", "de", ["NE"])
    assert isinstance(judge(profile(macron), profile(bazoum), COMMON), str)


def test_a_persons_name_in_a_report_dated_by_its_publication_says_nothing_of_that_day() -> None:
    said = _event(1, "Emmanuel Macron a déclaré dimanche que les soldats rentreraient.", "fr", ["FR"])
    undated = _event(2, "Emmanuel Macron wants the troops home.", "en", ["FR"], date_text=None)
    assert profile(undated).report_day
    assert isinstance(judge(profile(said), profile(undated), COMMON), str)
    assert not isinstance(judge(profile(said), profile(dict(undated, date_text="Sunday")), COMMON), str)


def test_one_person_telling_two_kinds_of_occurrence_on_one_day_is_two_occurrences() -> None:
    withdrawal = _event(
        1,
        "Emmanuel Macron a annoncé dimanche le retrait des soldats français du Niger.",
        "fr",
        ["FR", "NE"],
        type="withdrawal_announced",
    )
    coup = _event(2, "Emmanuel Macron condemned the coup in Niger on Sunday.", "en", ["FR", "NE"])
    interview = _event(
        3, "Emmanuel Macron told French television on Sunday the troops would come home.", "en", ["FR"]
    )
    assert isinstance(judge(profile(withdrawal), profile(coup), COMMON), str)
    assert not isinstance(judge(profile(withdrawal), profile(interview), COMMON), str)
