"""End to end on the bundled seeds: the events a careful reader would list, and nothing from boilerplate."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import pytest

from store.ingest import build_document
from store.storage.paths import seeds_dir

TODAY = dt.date(2026, 11, 23)


@cache
def built(name_prefix: str):
    (path,) = [p for p in Path(seeds_dir()).glob("*.txt") if p.name.startswith(name_prefix)]
    return build_document(path, today=TODAY)


def events_with(prefix: str, fragment: str) -> list[dict]:
    found = [e for e in built(prefix).events if fragment in e["sentence"]]
    assert found, f"no event for {fragment!r} in seed {prefix}"
    return found


def dates(prefix: str, fragment: str) -> list[str | None]:
    return [e["date"] for e in events_with(prefix, fragment)]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_sentence_is_the_text_at_its_offsets(prefix: str) -> None:
    b = built(prefix)
    text = b.document["text"]
    assert b.events
    for e in b.events:
        assert text[e["start"] : e["end"]] == e["sentence"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_precision_matches_the_date(prefix: str) -> None:
    for e in built(prefix).events:
        if e["date"] is None:
            assert e["date_precision"] is None
        else:
            assert {4: "year", 7: "month", 10: "day"}[len(e["date"])] == e["date_precision"]
            assert e["date_reason"]


@pytest.mark.parametrize(
    ("prefix", "fragment"),
    [
        ("002", "Ryanair"),
        ("002", "General Assembly"),
        ("002", "Tulkarem"),
        ("002", "Araghchi"),
        ("002", "Deir al-Balah"),
        ("003", "Mechanised Company"),
        ("003", "Wagner mutiny"),
        ("003", "cookies"),
        ("003", "2005–2023"),
        ("001", "Trump endorses"),
        ("001", "RelatedUN mission"),
        ("004", "Diplomatic Insight, Pakistan"),
        ("004", "China-Africa"),
    ],
)
def test_boilerplate_yields_no_event(prefix: str, fragment: str) -> None:
    assert not [e for e in built(prefix).events if fragment in e["sentence"]]


def test_publication_dates_of_the_seeds() -> None:
    assert [built(p).document["published"] for p in ("000", "001", "002", "003", "004")] == [
        None,
        "2024-11-07",
        "2024-11-07",
        "2023-07-01",
        "2023-12-12",
    ]


# --- seed 003 (RT, published Saturday 1 July 2023) ---------------------------------------------


def test_having_begun_on_saturday_with_its_target() -> None:
    (e,) = events_with("003", "Having begun on Saturday")
    assert (e["date"], e["target_date"], e["date_inferred"]) == ("2023-07-01", "2024-01-01", False)


def test_until_september_30_is_the_target() -> None:
    (e,) = events_with("003", "until September 30")
    assert e["target_date"] == "2023-09-30"


def test_published_on_friday() -> None:
    assert dates("003", "In an article published on Friday") == ["2023-06-30"]


def test_last_month_and_last_july_and_a_month_later() -> None:
    assert dates("003", "Last month, Malian authorities") == ["2023-06"]
    assert dates("003", "Last July, Bamako suspended") == ["2022-07"]
    assert dates("003", "A month later") == ["2022-08"]


def test_last_july_names_cote_divoire() -> None:
    (e,) = events_with("003", "Last July, Bamako suspended")
    assert {"CI", "ML"} <= set(e["countries"])


def test_two_coups_are_two_events_on_one_span() -> None:
    found = events_with("003", "two separate coups")
    assert [e["date"] for e in found] == ["2020", "2021"]
    assert {e["type"] for e in found} == {"coup"}
    assert len({(e["start"], e["end"]) for e in found}) == 1
    assert len({e["id"] for e in found}) == 2


def test_france_deployed_in_2014_and_left_last_year() -> None:
    (deployed,) = events_with("003", "In 2014, France deployed")
    assert (deployed["date"], deployed["type"], deployed["countries"]) == ("2014", "deployment", ["FR"])
    (left,) = events_with("003", "Paris pulled its forces out last year")
    assert (left["date"], "FR" in left["countries"]) == ("2022", True)


def test_the_2015_agreement_is_not_a_date() -> None:
    found = [e for e in built("003").events if "2015 Agreement" in e["sentence"]]
    assert found and all(e["date"] != "2015" and "names something" in e["date_reason"] for e in found)


# --- seed 001 (TRT, 7 November 2024) and 002 (Al Mayadeen, 7 November 2024) ---------------------


def test_ended_on_december_31_is_the_year_before() -> None:
    found = events_with("001", "ended on December 31")
    assert [e["date"] for e in found] == ["2013", "2023-12-31"]
    assert found[1]["type"] == "mission_ended"


def test_statement_late_on_wednesday_dates_the_quote() -> None:
    (e,) = events_with("001", "This phase ends on November 15, 2024")
    assert (e["date"], e["target_date"]) == ("2024-11-06", "2024-11-15")


def test_council_on_thursday_by_november_15() -> None:
    (e,) = events_with("002", "Council of Ministers on Thursday")
    assert (e["date"], e["target_date"], e["type"]) == ("2024-11-07", "2024-11-15", "withdrawal_announced")


def test_month_year_expressions() -> None:
    assert dates("002", "In June 2023, the government requested") == ["2023-06"]
    assert dates("002", "In September 2024, Mali, Burkina Faso") == ["2024-09"]
    assert dates("002", "August 2020 military coup") == ["2020-08"]


# --- seed 004 (TDI, dateline Bamako 12 December 2023) --------------------------------------------


def test_dateline_dates_its_sentence_and_anchors_monday() -> None:
    assert dates("004", "has ended its 10-year deployment") == ["2023-12-12"]
    assert dates("004", "lowering the UN flag") == ["2023-12-11"]


def test_following_january_1_is_next_year() -> None:
    (e,) = events_with("004", "Following January 1")
    assert e["target_date"] == "2024-01-01"


# --- seed 000 (Vietnamese dated list without years) -----------------------------------------------


def test_vietnamese_dates_are_inferred_and_say_so() -> None:
    dated = [e for e in built("000").events if e["date"]]
    assert len(dated) >= 14
    for e in dated:
        assert e["date_inferred"] is True
        assert "inferred" in e["date_reason"]


@pytest.mark.parametrize(
    ("fragment", "month_day", "country"),
    [
        ("Ngày 3/11", "11-03", None),
        ("hôm 21/10", "10-21", None),
        ("Ngày 2/8", "08-02", "EG"),
        ("ngày 22/11", "11-22", "DE"),
        ("ngày 15/11", "11-15", "CI"),
        ("ngày 14/11", "11-14", "GB"),
        ("Ngày 15/8", "08-15", "FR"),
        ("Ngày 27/1", "01-27", "DK"),
    ],
)
def test_vietnamese_day_month_and_country(fragment: str, month_day: str, country: str | None) -> None:
    e = events_with("000", fragment)[0]
    assert e["date"][5:] == month_day
    if country:
        assert country in e["countries"]
    assert e["title"].isascii() or "Côte" in e["title"]  # an English headline for non-readers


def test_germany_announcement_targets_may_2024() -> None:
    e = events_with("000", "ngày 22/11")[0]
    assert e["target_date"] == "2024-05"
    assert e["date"] < "2024-05"  # the announcement precedes its plan


def test_vietnamese_list_years_never_increase_down_the_page() -> None:
    dated = [e["date"] for e in built("000").events if e["date"] and e["date_text"]]
    years = [d[:4] for d in dated]
    assert years == sorted(years, reverse=True)


def test_undated_reuters_story_infers_its_dateline_year_from_the_text(tmp_path: Path) -> None:
    page = tmp_path / "reuters.txt"
    page.write_text(
        "BAMAKO, Dec 23 (Reuters) - Mali's army said on Saturday that six soldiers died on Friday when "
        "their convoy hit an explosive device near Kidal.\n\n"
        "Mali's junta has ruled since a coup in August 2020. It will hold elections in February 2024, a "
        "spokesman said on Thursday, the third delay since 2022.\n",
        encoding="utf-8",
    )
    events = build_document(page, today=TODAY).events
    first = [e for e in events if e["sentence"].startswith("BAMAKO")]
    assert [(e["date"], e["type"]) for e in first] == [
        ("2023-12-23", "statement"),
        ("2023-12-22", "casualties"),
    ]
    assert all(e["date_inferred"] for e in first)
    (elections,) = [e for e in events if "elections" in e["sentence"]]
    assert (elections["date"], elections["target_date"]) == ("2023-12-21", "2024-02")
