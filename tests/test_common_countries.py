"""Which countries identify nothing: a share of the store's events, once enough documents tell it."""

from __future__ import annotations

from store.linking.clusters import cluster_events
from store.linking.common_countries import MIN_DOCUMENTS, common_countries, common_of, tally


def _event(i: int, doc: str, countries: list[str], date: str = "2023-12-22", kind: str = "attack") -> dict:
    return {
        "id": f"e{i:06d}",
        "doc": doc,
        "start": i,
        "date": date,
        "date_precision": "day",
        "type": kind,
        "countries": countries,
        "places": [],
    }


def test_in_ten_reports_the_countries_most_of_them_name_still_identify() -> None:
    # Ten reports about France leaving Niger and Chad: France and Niger are in most events, and they
    # are what tells the Niger departure from the Chad one.
    events = [_event(i, f"r{i % 10}.txt", ["FR", "NE"] if i % 3 else ["FR", "TD"]) for i in range(40)]
    assert common_countries(events) == frozenset()


def test_one_long_article_is_not_many_documents() -> None:
    events = [_event(i, "long.txt" if i < 60 else f"r{i}.txt", ["ML"]) for i in range(70)]
    assert len({e["doc"] for e in events}) < MIN_DOCUMENTS
    assert common_countries(events) == frozenset()


def test_in_a_large_store_the_host_is_common_and_a_foreign_country_is_not() -> None:
    events = []
    for i in range(100_000):
        foreign = ["FR"] if i % 5 == 0 else ["DE"] if i % 7 == 0 else []
        events.append(_event(i, f"d{i // 8}.txt", ["ML", *foreign] if i % 10 else foreign or ["NE"]))
    assert common_countries(events) == frozenset({"ML"})


def test_a_store_about_two_hosts_makes_both_common() -> None:
    events = [_event(i, f"d{i}.txt", ["NE"] if i % 2 else ["TD"]) for i in range(200)]
    events += [_event(200 + i, f"x{i}.txt", ["FR", "NE", "TD"]) for i in range(20)]
    assert common_countries(events) == frozenset({"NE", "TD"})


def test_the_tally_after_a_change_is_the_tally_before_plus_and_minus_its_events() -> None:
    before = [_event(i, f"d{i}.txt", ["ML"]) for i in range(MIN_DOCUMENTS - 1)]
    new = [_event(900, "new.txt", ["ML", "FR"])]
    assert common_of(tally(before)) == frozenset()  # one document short of the floor
    after = tally(before + new)
    assert common_of(after) == frozenset({"ML"})
    assert common_of(after - tally(new)) == common_of(tally(before))


def test_two_reports_of_one_departure_in_a_small_store_link_on_the_country_they_share() -> None:
    wire = _event(1, "wire.txt", ["FR", "NE"], kind="withdrawal_completed")
    paper = _event(2, "paper.txt", ["FR", "NE"], kind="withdrawal_completed")
    chad = _event(3, "chad.txt", ["FR", "TD"], date="2025-01-30", kind="withdrawal_completed")
    others = [_event(10 + i, f"o{i}.txt", ["FR", "NE"], date=f"2023-0{1 + i}-05") for i in range(6)]
    clusters = cluster_events([wire, paper, chad, *others])
    assert clusters[wire["id"]].cluster == clusters[paper["id"]].cluster != clusters[chad["id"]].cluster
