"""A communiqué published the day after the act it tells, with no place, still is that act when it names
the same countries, one of them specific to the act (store.linking.type_match.published_after)."""

from __future__ import annotations

from store.linking.compatibility import compatible, profile

COMMON = frozenset({"ML"})
DEPARTURE = "Les derniers soldats belges ont franchi la frontière entre le Mali et le Sénégal vendredi 3 mai."
COMMUNIQUE = (
    "The last Belgian soldiers crossed from Mali into Senegal, the defence ministry said in a statement "
    "published on Saturday."
)


def _event(i: str, date: str, kind: str, sentence: str, countries: list[str], language: str) -> dict:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "date": date,
        "date_precision": "day",
        "type": kind,
        "countries": countries,
        "places": [],
        "sentence": sentence,
        "language": language,
    }


def test_a_statement_published_the_day_after_the_departure_it_tells_is_that_departure() -> None:
    act = _event("a", "2024-05-03", "withdrawal_completed", DEPARTURE, ["BE", "ML", "SN"], "fr")
    told = _event("b", "2024-05-04", "statement", COMMUNIQUE, ["BE", "ML", "SN"], "en")
    evidence = compatible(profile(act), profile(told), COMMON)
    assert evidence is not None and "a day apart" in evidence.reason


def test_a_statement_the_day_before_the_act_is_another_occurrence() -> None:
    act = _event("a", "2024-05-03", "withdrawal_completed", DEPARTURE, ["BE", "ML", "SN"], "fr")
    before = _event("b", "2024-05-02", "statement", COMMUNIQUE, ["BE", "ML", "SN"], "en")
    assert compatible(profile(act), profile(before), COMMON) is None


def test_a_statement_naming_a_country_the_act_lacks_is_another_occurrence() -> None:
    act = _event("a", "2024-05-03", "withdrawal_completed", DEPARTURE, ["BE", "ML", "SN"], "fr")
    other = _event("b", "2024-05-04", "statement", COMMUNIQUE, ["BE", "ML", "SN", "NE"], "en")
    assert compatible(profile(act), profile(other), COMMON) is None


def test_a_statement_naming_only_the_country_every_report_names_is_another_occurrence() -> None:
    act = _event(
        "a", "2024-05-03", "withdrawal_completed", "Les derniers soldats ont quitté le Mali.", ["ML"], "fr"
    )
    told = _event("b", "2024-05-04", "statement", "The last soldiers left Mali, the army said.", ["ML"], "en")
    assert compatible(profile(act), profile(told), COMMON) is None


def test_a_statement_of_the_next_day_does_not_join_a_departure_from_one_camp() -> None:
    camp = "Les soldats belges ont quitté vendredi 3 mai leur camp de Gao."
    act = _event("a", "2024-05-03", "withdrawal_completed", camp, ["BE", "ML", "SN"], "fr")
    act["places"] = ["Gao"]
    told = _event("b", "2024-05-04", "statement", COMMUNIQUE, ["BE", "ML", "SN"], "en")
    assert compatible(profile(act), profile(told), COMMON) is None
