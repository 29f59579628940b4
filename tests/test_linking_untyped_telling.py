"""An untyped sentence whose words tell the other report's kind of act, on the day its own words give,
about a country not every report names, is that act (store/linking/untyped_telling.py); a sentence
about something else, or dated only by its report, stays apart."""

from __future__ import annotations

from typing import Any

from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile

COMMON = frozenset({"ML"})  # a store about Mali: Mali identifies nothing


def _event(n: int, sentence: str, language: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"e{n}",
        "doc": f"d{n}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2024-03-11",
        "date_text": "Monday",
        "date_precision": "day",
        "type": "other",
        "countries": ["NO"],
        "places": [],
        **fields,
    }


ACT = _event(
    1,
    "Norway announced on Monday that it will pull its engineers out of the UN mission in Mali.",
    "en",
    type="withdrawal_announced",
    countries=["ML", "NO"],
)
UNTYPED = [
    _event(2, "Lundi, Oslo a écrit à l'ONU que ses ingénieurs allaient se retirer de la mission.", "fr"),
    _event(3, "Hôm thứ Hai, Na Uy gửi thư cho Liên hợp quốc cho biết sẽ rút các kỹ sư khỏi phái bộ.", "vi"),
    _event(4, "El lunes, Oslo escribió a la ONU que sus ingenieros se retirarán de la misión.", "es"),
    _event(
        5,
        "Am Montag teilte Oslo den Vereinten Nationen mit, seine Pioniere würden aus der Mission abziehen.",
        "de",
    ),
]


def test_an_untyped_sentence_telling_the_act_of_its_day_is_that_act() -> None:
    clusters = cluster_events([ACT, *UNTYPED], common=COMMON)
    assert len({a.cluster for a in clusters.values()}) == 1
    for untyped in UNTYPED:
        found = judge(profile(ACT), profile(untyped), COMMON)
        assert (
            not isinstance(found, str)
            and "an untyped sentence telling its withdrawal announced" in found.reason
        )


def test_a_sentence_about_something_else_or_dated_by_its_report_stays_apart() -> None:
    visit = _event(6, "Norway's defence minister met his Malian counterpart on Monday.", "en")
    undated = _event(
        7, "Oslo has told the UN its engineers will withdraw from the mission.", "en", date_text=None
    )
    for other in (visit, undated):
        assert isinstance(judge(profile(ACT), profile(other), COMMON), str), other["sentence"]
