"""An expulsion of one country's envoy by another, told of its day and recalled by its month, is one act,
even when both countries are named by every report of the store; an expulsion of other people that month,
or of an envoy by and of other countries, is not."""

from __future__ import annotations

from store.linking.compatibility import Evidence, judge, profile


def _event(i: str, date: str, countries: list[str], sentence: str, language: str) -> dict[str, object]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "date": date,
        "date_precision": "day" if len(date) == 10 else "month",
        "date_text": "x",
        "type": "expulsion",
        "countries": countries,
        "places": [],
        "sentence": sentence,
        "language": language,
    }


# a store about Chad and Germany: both are named by nearly every report (``common``)
COMMON = frozenset({"DE", "TD"})
WIRE = _event(
    "a",
    "2023-04-07",
    ["DE", "TD"],
    "Chad expelled the German ambassador on Friday, giving him two days.",
    "en",
)
RECALLS = (
    _event("b", "2023-04", ["DE", "TD"], "In early April, N'Djamena expelled the German ambassador.", "en"),
    _event("c", "2023-04", ["DE", "TD"], "En avril, le Tchad avait expulsé l'ambassadeur d'Allemagne.", "fr"),
    _event("d", "2023-04", ["DE", "TD"], "Đầu tháng 4, Chad đã trục xuất đại sứ Đức.", "vi"),
    _event("e", "2023-04", ["DE", "TD"], "Anfang April wies der Tschad den deutschen Botschafter aus.", "de"),
)


def test_an_envoys_expulsion_recalled_by_its_month_is_the_expulsion_of_its_day() -> None:
    for recall in RECALLS:
        found = judge(profile(WIRE), profile(recall), COMMON)
        assert isinstance(found, Evidence), (recall["sentence"], found)
        assert "one envoy expelled that month (DE, TD)" in found.reason


def test_other_people_expelled_that_month_stay_apart() -> None:
    journalists = _event(
        "f", "2023-04", ["DE", "TD"], "In April, Chad also expelled two German journalists.", "en"
    )
    assert judge(profile(WIRE), profile(journalists), COMMON) == "evidence"
    workers = _event(
        "g", "2023-04", ["DE", "TD"], "En avril, le Tchad a expulsé des humanitaires allemands.", "fr"
    )
    assert judge(profile(WIRE), profile(workers), COMMON) == "evidence"


def test_an_envoy_of_other_countries_or_a_day_apart_is_not_it() -> None:
    french = _event(
        "h", "2023-04", ["FR", "TD"], "En avril, le Tchad avait expulsé l'ambassadeur de France.", "fr"
    )
    assert not isinstance(judge(profile(WIRE), profile(french), COMMON), Evidence)
    next_day = _event(
        "i", "2023-04-08", ["DE", "TD"], "Chad expelled the German ambassador, the government said.", "en"
    )
    found = judge(profile(WIRE), profile(next_day), COMMON)
    assert not isinstance(found, Evidence) or "one envoy expelled that month" not in found.reason
