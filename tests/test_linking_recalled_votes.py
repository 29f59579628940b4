"""One body's vote told on its day and recalled later by its month is one occurrence
(store/linking/recalled_votes.py); another body, another month, another mission or a day no sentence
gives keep apart."""

from __future__ import annotations

from typing import Any

from store.linking.candidates import CandidateIndex
from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile
from store.linking.date_filing import FiledIndex

COMMON = frozenset({"ML"})  # a store about Mali: Mali identifies nothing


def _event(n: int, sentence: str, language: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": f"d{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2024-03",
        "date_text": "March",
        "date_precision": "month",
        "type": "other",
        "countries": ["BE"],
        "places": [],
        **fields,
    }


DAY = _event(
    1,
    "On Thursday the Belgian parliament approved a final extension of its contingent in Mali.",
    "en",
    date="2024-03-14",
    date_text="Thursday",
    date_precision="day",
    countries=["BE", "ML"],
)
RECALLED = [
    _event(2, "Les députés belges avaient voté en mars le retour du contingent.", "fr", type="mission_ended"),
    _event(3, "Quốc hội Bỉ đã bỏ phiếu vào tháng 3 để đưa các binh sĩ về nước.", "vi", type="vote"),
    _event(4, "Los diputados belgas votaron en marzo el regreso del contingente.", "es"),
    _event(5, "Das belgische Parlament hatte im März die Rückkehr des Kontingents beschlossen.", "de"),
]


def test_a_vote_recalled_in_its_month_is_the_vote_told_on_its_day() -> None:
    clusters = cluster_events([DAY, *RECALLED], common=COMMON)
    assert len({a.cluster for a in clusters.values()}) == 1
    for recalled in RECALLED:
        found = judge(profile(DAY), profile(recalled), COMMON)
        assert not isinstance(found, str) and "one vote (parliament BE) a month" in found.reason


def test_lawmakers_unnamed_are_the_parliament_of_the_one_country_their_sentence_names() -> None:
    unnamed = _event(
        6, "Lawmakers voted in March to bring the troops home from Mali.", "en", countries=["BE", "ML"]
    )
    found = judge(profile(DAY), profile(unnamed), COMMON)
    assert not isinstance(found, str) and "one vote" in found.reason


def test_another_body_month_mission_or_an_untold_day_stays_apart() -> None:
    dutch = _event(
        7, "Dutch lawmakers voted in March to bring their contingent home.", "en", countries=["NL"]
    )
    april = _event(8, "Belgian lawmakers voted in April to bring the contingent home.", "en", date="2024-04")
    council_day = _event(
        9,
        "The Security Council on Thursday extended MINUSMA by a year.",
        "en",
        date="2024-03-14",
        date_text="Thursday",
        date_precision="day",
        countries=["ML"],
    )
    sanctions = _event(
        10, "The Security Council voted in March to renew the sanctions on Mali.", "en", countries=["ML"]
    )
    untold = _event(
        11,
        "The Belgian parliament is to vote on the contingent's mandate at the end of the month.",
        "en",
        date="2024-03-02",
        date_text=None,
        date_precision="day",
        countries=["BE", "ML"],
    )
    for a, b in ((DAY, dutch), (DAY, april), (council_day, sanctions), (untold, RECALLED[3])):
        assert isinstance(judge(profile(a), profile(b), COMMON), str), b["sentence"]


def test_the_candidate_indexes_file_a_recalled_vote_where_its_days_reports_look() -> None:
    events = [DAY, *RECALLED]
    index = CandidateIndex(COMMON)
    for e in events:
        index.add(e)
    filed = FiledIndex(COMMON, events)
    for recalled in RECALLED:
        for found in (index, filed):
            assert recalled["id"] in found.candidates(profile(DAY))
            assert DAY["id"] in found.candidates(profile(recalled))


COUNCIL_DAY = _event(
    21,
    "The Security Council voted on Thursday to close the peacekeeping mission in Mali.",
    "en",
    date="2024-03-14",
    date_text="Thursday",
    date_precision="day",
    type="vote",
    countries=["ML"],
)
ENDED_IN_MONTH = [
    _event(22, "El Consejo de Seguridad puso fin en marzo a la misión de paz en Malí.", "es"),
    _event(23, "Le Conseil de sécurité a mis fin en mars à la mission de paix au Mali.", "fr"),
    _event(24, "Hội đồng Bảo an đã chấm dứt phái bộ gìn giữ hòa bình tại Mali vào tháng 3.", "vi"),
]


def test_a_bodys_end_of_a_mission_recalled_in_its_month_is_its_vote_whatever_the_verb() -> None:
    ended = [{**e, "type": "mission_ended", "countries": ["ML"]} for e in ENDED_IN_MONTH]
    clusters = cluster_events([COUNCIL_DAY, *ended], common=COMMON)
    assert len({a.cluster for a in clusters.values()}) == 1
    for e in ended:
        found = judge(profile(COUNCIL_DAY), profile(e), COMMON)
        assert not isinstance(found, str) and "one vote (UNSC) a month" in found.reason


def test_an_end_told_with_no_body_is_no_recalled_vote() -> None:
    bodiless = _event(25, "The peacekeeping mission in Mali ended in March.", "en", type="mission_ended")
    found = judge(profile(COUNCIL_DAY), profile({**bodiless, "countries": ["ML"]}), COMMON)
    assert isinstance(found, str) or "one vote" not in found.reason
