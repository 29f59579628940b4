"""The board: one row per force in a host country, built from the events alone (or their clusters)."""

from __future__ import annotations

import itertools
from typing import Any

from store.board.assign import corpus_host, event_forces
from store.board.dates import date_cell
from store.board.render import render_board
from store.board.rows import board_rows

_ids = itertools.count()


def ev(
    sentence: str,
    kind: str,
    countries: list[str],
    date: str | None = None,
    precision: str | None = None,
    *,
    language: str = "en",
    inferred: bool = False,
    figures: list[dict[str, Any]] | None = None,
    doc: str = "a.txt",
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": f"e{next(_ids)}",
        "doc": doc,
        "sentence": sentence,
        "type": kind,
        "countries": countries,
        "date": date,
        "date_precision": precision or ({4: "year", 7: "month", 10: "day"}.get(len(date)) if date else None),
        "date_inferred": inferred,
        "figures": figures or [],
        "language": language,
        **extra,
    }


def chad_corpus() -> list[dict[str, Any]]:
    return [
        ev(
            "Chad said on November 28 it was ending its defence cooperation agreement with France.",
            "withdrawal_announced",
            ["TD", "FR"],
            "2024-11-28",
        ),
        ev(
            "The first French fighter jets left N'Djamena on December 10.",
            "withdrawal_started",
            ["FR", "TD"],
            "2024-12-10",
        ),
        ev(
            "France handed over Kossei, its last base in Chad, on January 30, completing its withdrawal.",
            "withdrawal_completed",
            ["FR", "TD"],
            "2025-01-30",
            doc="b.txt",
        ),
        ev(
            "Around 75 US special forces troops withdrew from Chad in May 2024.",
            "withdrawal_completed",
            ["US", "TD"],
            "2024-05",
            figures=[{"value": 75, "unit": "troops", "text": "75 US special forces troops"}],
        ),
        ev("Hungary plans to deploy 200 soldiers to Chad.", "deployment", ["HU", "TD"], "2023-12"),
        ev("Chad's junta leader won the presidential election.", "other", ["TD"], "2024-05"),
        ev("Chad held legislative elections in December.", "other", ["TD"], "2024-12"),
    ]


def test_a_corpus_about_chad_gets_rows_in_chad_and_none_in_mali() -> None:
    events = chad_corpus()
    assert corpus_host(events) == "TD"
    rows = {r.key: r for r in board_rows(events)}
    assert set(rows) == {"FR@TD", "US@TD", "HU@TD"}
    france = rows["FR@TD"]
    assert (france.host, france.force) == ("Chad", "France")
    assert (france.announced, france.started, france.completed) == ("2024-11-28", "2024-12-10", "2025-01-30")
    assert france.status == "left"
    assert (france.reports, france.sources) == (3, 2)
    assert rows["US@TD"].troops == [75]
    assert rows["US@TD"].completed == "2024-05"
    assert rows["HU@TD"].status == "unclear"


def mali_and_niger_corpus() -> list[dict[str, Any]]:
    return [
        ev(
            "Emmanuel Macron announced that French troops would leave Mali.",
            "withdrawal_announced",
            ["FR", "ML"],
            "2022-02-17",
        ),
        ev(
            "The last soldiers of Operation Barkhane crossed from Mali into Niger on August 15.",
            "withdrawal_completed",
            ["FR", "ML", "NE"],
            "2022-08-15",
        ),
        ev(
            "Niger's military rulers ordered French troops to leave the country.",
            "withdrawal_announced",
            ["NE", "FR"],
            "2023-09-24",
        ),
        ev(
            "The last French soldiers left Niger on December 22.",
            "withdrawal_completed",
            ["FR", "NE"],
            "2023-12-22",
        ),
        ev("Mali's transitional government extended its term.", "other", ["ML"], "2022-06"),
        ev("Gunmen attacked an army post in central Mali.", "attack", ["ML"], "2023-03"),
    ]


def test_france_in_mali_and_france_in_niger_are_two_rows() -> None:
    rows = {r.key: r for r in board_rows(mali_and_niger_corpus())}
    assert {"FR@ML", "FR@NE"} <= set(rows)
    assert rows["FR@ML"].force == "France (Barkhane)"
    assert rows["FR@ML"].announced == "2022-02-17"
    assert rows["FR@NE"].announced == "2023-09-24"
    assert rows["FR@NE"].completed == "2023-12-22"
    assert rows["FR@NE"].host == "Niger"


def test_a_demonym_is_the_force_and_a_country_after_from_is_the_host() -> None:
    event = ev(
        "French soldiers pulled out of Niger in December.", "withdrawal_completed", ["FR", "NE"], "2023-12"
    )
    assert event_forces(event, "ML") == ("FR@NE",)


def test_the_un_mission_is_named_from_the_un_alone_in_its_host() -> None:
    event = ev(
        "The United Nations said its peacekeepers had left the Tessalit camp.",
        "withdrawal_completed",
        ["ML"],
        "2023-10-21",
    )
    assert event_forces(event, "ML") == ("minusma@ML",)


def test_a_vietnamese_report_of_egypt_leaving_makes_the_egypt_row() -> None:
    event = ev(
        "Ngày 2/8, Liên hợp quốc thông báo trên 460 binh sĩ Ai Cập đã rời khỏi Mali.",
        "withdrawal_completed",
        ["EG", "ML"],
        "2023-08-02",
        language="vi",
        inferred=True,
        figures=[{"value": 460, "unit": "troops", "text": "460 binh sĩ"}],
    )
    (row,) = board_rows([event], host="ML")
    assert (row.key, row.force, row.completed, row.troops, row.marks) == (
        "EG@ML",
        "Egypt",
        "~2023-08-02",
        [460],
        "~",
    )


def test_attacks_and_statements_make_no_row() -> None:
    events = [
        ev(
            "Germany said it was concerned about the security situation in Mali.",
            "statement",
            ["DE", "ML"],
            "2023",
        ),
        ev("Militants attacked a French convoy near Gao.", "attack", ["FR", "ML"], "2021-01"),
    ]
    assert board_rows(events, host="ML") == []


def test_status_follows_the_furthest_step_reported() -> None:
    said = "Sweden will withdraw its troops from Mali."
    going = "Sweden began withdrawing its troops from Mali."
    rows = board_rows([ev(said, "withdrawal_announced", ["SE", "ML"], "2022-06")], host="ML")
    assert rows[0].status == "announced only"
    rows = board_rows(
        [
            ev(said, "withdrawal_announced", ["SE", "ML"], "2022-06"),
            ev(going, "withdrawal_started", ["SE", "ML"], "2023-01"),
        ],
        host="ML",
    )
    assert rows[0].status == "leaving"


def test_the_latest_completion_is_shown_and_disagreeing_reports_are_marked() -> None:
    events = [
        ev("Benin's contingent left Mali in 2023.", "withdrawal_completed", ["BJ", "ML"], "2023", "year"),
        ev(
            "Benin's last peacekeepers left Mali on 12 June 2023.",
            "withdrawal_completed",
            ["BJ", "ML"],
            "2023-06-12",
        ),
        ev(
            "Benin completed its withdrawal from Mali in late 2023.",
            "withdrawal_completed",
            ["BJ", "ML"],
            "2023",
            "year",
            date_mod="late",
        ),
    ]
    (row,) = board_rows(events, host="ML")
    assert row.completed == "late 2023"
    assert row.conflict and "!" in row.marks


def test_linked_reports_count_as_occurrences() -> None:
    first = ev(
        "Denmark's troops left Mali on 1 April.",
        "withdrawal_completed",
        ["DK", "ML"],
        "2022-04-01",
        cluster="c1",
        cluster_size=2,
    )
    second = ev(
        "Les soldats danois ont quitté le Mali le 1er avril.",
        "withdrawal_completed",
        ["DK", "ML"],
        "2022-04-01",
        language="fr",
        doc="b.txt",
        cluster="c1",
        cluster_size=2,
    )
    third = ev(
        "Denmark announced it would bring its soldiers home from Mali.",
        "withdrawal_announced",
        ["DK", "ML"],
        "2022-01-27",
    )
    (row,) = board_rows([first, second, third], host="ML")
    assert (row.reports, row.occurrences, row.reports_cell) == (3, 2, "3 (2 occ.)")
    assert not row.conflict


def test_date_cells_show_the_precision_reported() -> None:
    assert date_cell({"date": "2022-08", "date_precision": "month"}) == "2022-08"
    assert date_cell({"date": "2023", "date_precision": "year", "date_mod": "late"}) == "late 2023"
    assert date_cell({"date": "2023-10-21", "date_precision": "day", "date_inferred": True}) == "~2023-10-21"
    assert date_cell({"date": None}) == ""


def test_rejected_events_leave_the_board() -> None:
    event = ev("Egypt withdrew its peacekeepers from Mali.", "withdrawal_completed", ["EG", "ML"], "2023-08")
    assert board_rows([{**event, "rejected": True}], host="ML") == []


def test_the_csv_board_names_its_producer_and_disarms_formulas() -> None:
    event = ev("Egypt withdrew its peacekeepers from Mali.", "withdrawal_completed", ["EG", "ML"], "2023-08")
    rows = board_rows([event], host="ML")
    rows[0].force = "=HYPERLINK(1)"
    text = render_board(rows, "csv", {"a.txt": {"extractor": "1"}})
    lines = text.splitlines()
    assert lines[0].startswith("# mali-tui ") and lines[0].endswith("extractor 1")
    assert lines[2].startswith("'=HYPERLINK(1)")


def test_a_country_other_reports_call_a_host_is_the_host_when_named_without_a_cue() -> None:
    events = [
        *mali_and_niger_corpus(),
        ev("Niger's junta told French soldiers to go.", "withdrawal_announced", ["NE", "FR"], "2023-08-03"),
    ]
    keys = {r.key: r for r in board_rows(events)}
    assert keys["FR@NE"].reports == 3
    assert not any(k.startswith("NE@") for k in keys)


def test_a_country_only_cited_in_passing_is_not_a_second_force() -> None:
    event = ev(
        "The UK would withdraw its contingent early, citing the presence of Russian mercenaries.",
        "withdrawal_announced",
        ["GB", "RU"],
        "2022-11",
    )
    assert event_forces(event, "ML") == ("GB@ML",)


def test_countries_named_together_are_each_a_force() -> None:
    event = ev(
        "Sweden and Germany said they would withdraw their troops from Mali.",
        "withdrawal_announced",
        ["SE", "DE", "ML"],
        "2022-06",
    )
    assert event_forces(event, "ML") == ("SE@ML", "DE@ML")


def test_a_correspondent_in_a_capital_does_not_make_that_country_a_place() -> None:
    event = ev(
        "Theo phóng viên TTXVN tại London, ngày 14/11, Anh tuyên bố rút 250 binh lính khỏi Mali.",
        "withdrawal_announced",
        ["GB", "ML"],
        "2022-11-14",
        language="vi",
    )
    assert event_forces(event, "ML") == ("GB@ML",)


def test_a_report_read_in_the_text_wins_over_an_inferred_date() -> None:
    events = [
        ev(
            "Egypt's last troops left Mali.",
            "withdrawal_completed",
            ["EG", "ML"],
            "2024-08-02",
            inferred=True,
        ),
        ev(
            "The last Egyptian peacekeepers left Mali on August 1.",
            "withdrawal_completed",
            ["EG", "ML"],
            "2023-08-01",
        ),
    ]
    (row,) = board_rows(events, host="ML")
    assert row.completed == "2023-08-01"
    assert row.conflict  # the two reports cannot both be right
