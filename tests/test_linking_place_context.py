"""A placeless sentence in a report naming one town tells an act at that town: it links with another
report's act of that day at that town, and not with one at another town."""

from __future__ import annotations

from pathlib import Path

from store.linking.place_context import with_place_context
from tests.linking_helpers import event_of, ingest, write_reports

STARTED_AT_GOUNDAM = (
    "2024-03-05",
    "GOUNDAM, 5 mars 2024 (AOA) - Un premier convoi de la Minusma a quitté lundi le camp de Goundam, a-t-on "
    "appris auprès de la mission.\n",
)
# the same camp, named once in the report; the departure's own sentence names none
CAMP_NAMED_ONCE = (
    "2024-03-10",
    "Phái bộ LHQ tại Mali đã bàn giao trại Goundam cho chính quyền hôm 8/3.\n\n"
    "Đoàn xe đầu tiên rời doanh trại này hôm 4/3.\n",
)
# another camp the same day, named once in its report
OTHER_CAMP = (
    "2024-03-10",
    "UN peacekeepers handed over their camp at Ber to the Malian authorities on March 8.\n\n"
    "The first convoy had left the camp on March 4, escorted by Malian troops.\n",
)


def test_a_placeless_departure_in_a_report_naming_one_camp_joins_that_camps_departure_of_its_day(
    tmp_path: Path,
) -> None:
    reports = {"fr.txt": STARTED_AT_GOUNDAM, "vi.txt": CAMP_NAMED_ONCE}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    named, placeless = event_of(events, "camp de Goundam"), event_of(events, "rời doanh trại này")
    assert not placeless["places"] and placeless["place_context"] == "Goundam"
    assert named["date"] == placeless["date"] == "2024-03-04"
    assert named["cluster"] == placeless["cluster"]
    assert "Goundam (named in its report)" in str(placeless["cluster_link"] or named["cluster_link"])


def test_a_placeless_departure_in_a_report_naming_another_camp_stays_apart(tmp_path: Path) -> None:
    reports = {"fr.txt": STARTED_AT_GOUNDAM, "vi.txt": CAMP_NAMED_ONCE, "en.txt": OTHER_CAMP}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    goundam, ber = event_of(events, "camp de Goundam"), event_of(events, "first convoy had left")
    assert ber["place_context"] == "Ber" and goundam["date"] == ber["date"]
    assert goundam["cluster"] != ber["cluster"]  # two camps the same day
    assert event_of(events, "rời doanh trại này")["cluster"] == goundam["cluster"]


def test_a_report_naming_two_towns_gives_its_placeless_sentences_no_place() -> None:
    events = [
        {"type": "handover", "places": ["Ber"]},
        {"type": "withdrawal_completed", "places": ["Goundam", "Timbuktu region"]},
        {"type": "withdrawal_started", "places": []},
    ]
    with_place_context(events)
    assert "place_context" not in events[2]


def test_a_capital_or_a_region_is_no_town_of_a_report_and_a_named_place_keeps_its_own() -> None:
    moves = ("handover", "withdrawal_completed", "withdrawal_started", "withdrawal_completed")
    places = (["Tessalit"], ["Bamako"], ["Kidal region"], [])
    events = [{"type": t, "places": p} for t, p in zip(moves, places, strict=True)]
    with_place_context(events)
    assert events[3]["place_context"] == "Tessalit"
    assert all("place_context" not in e for e in events[:3])


def test_background_towns_and_announcements_give_no_place_to_a_reports_moves() -> None:
    events = [
        {"type": "statement", "places": ["Moura"]},  # a massacre told as background
        {"type": "withdrawal_announced", "places": []},  # a country's announcement: no camp's
        {"type": "withdrawal_completed", "places": []},
    ]
    with_place_context(events)
    assert all("place_context" not in e for e in events)


def test_a_move_naming_another_host_or_a_list_item_takes_no_place_from_its_report() -> None:
    events = [
        {"type": "withdrawal_completed", "places": ["Ménaka"], "countries": ["ML"]},
        {"type": "withdrawal_completed", "places": [], "countries": ["BF", "FR"]},  # left Burkina Faso
        {"type": "withdrawal_started", "places": [], "countries": ["ML"], "date_inferred": True},
        {"type": "withdrawal_started", "places": [], "countries": ["FR"]},  # the force, no host: Ménaka
    ]
    with_place_context(events)
    assert "place_context" not in events[1] and "place_context" not in events[2]
    assert events[3]["place_context"] == "Ménaka"


def test_the_place_a_report_gives_its_moves_links_the_same_whatever_the_ingest_order(tmp_path: Path) -> None:
    reports = {"fr.txt": STARTED_AT_GOUNDAM, "vi.txt": CAMP_NAMED_ONCE, "en.txt": OTHER_CAMP}
    paths = write_reports(tmp_path / "docs", reports)
    groups = []
    for n, order in enumerate((paths, paths[::-1])):
        events = ingest(tmp_path / f"events{n}.json", order)
        by_cluster: dict[str, set[str]] = {}
        for e in events:
            by_cluster.setdefault(e["cluster"], set()).add(e["id"])
        groups.append(sorted(sorted(g) for g in by_cluster.values()))
    assert groups[0] == groups[1]
