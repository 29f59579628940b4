"""A weekday written with an undated entry's day ("Thursday, March 27") keeps only the years that fit it."""

from __future__ import annotations

import datetime as dt

from store.dates.mentions import find_mentions
from store.dates.years import ListItem, infer_years
from tests.extract_helpers import events_of

FABIUS = (dt.date(2012, 5, 16), dt.date(2016, 2, 11), "Laurent Fabius held office only as foreign minister")


def test_the_weekday_of_a_dated_entry_is_read_in_every_language() -> None:
    for sentence, language in (
        ("Thursday, March 27: the ministers meet in Brussels.", "en"),
        ("Jeudi 27 mars : les ministres se réunissent à Bruxelles.", "fr"),
        ("Donnerstag, 27. März: Die Minister treffen sich in Brüssel.", "de"),
        ("Jueves 27 de marzo: los ministros se reúnen en Bruselas.", "es"),
    ):
        (m,) = [m for m in find_mentions(sentence, language) if m.kind == "absolute"]
        assert (m.month, m.day, m.weekday) == (3, 27, 3), sentence


def test_a_weekday_picks_the_year_within_a_term_of_office() -> None:
    items = [ListItem(0, 3, 27, tenures=[FABIUS], weekday=3)]  # a Thursday: 2014 in Fabius's term
    years = infer_years(items, dt.date(2025, 6, 30))
    assert years[0].year == 2014
    assert "Thursday 27 March falls in 2014" in years[0].note


def test_without_a_weekday_the_latest_year_of_the_term_is_taken() -> None:
    years = infer_years([ListItem(0, 3, 27, tenures=[FABIUS])], dt.date(2025, 6, 30))
    assert years[0].year == 2015


def test_a_weekday_no_year_in_the_bounds_fits_changes_nothing() -> None:
    # 27 March was a Saturday in no year of Fabius's term (2012-2015 in March): a misprint, not evidence
    items = [ListItem(0, 3, 27, tenures=[FABIUS], weekday=5)]
    years = infer_years(items, dt.date(2025, 6, 30))
    assert years[0].year == 2015 and "falls in" not in years[0].note


def test_an_undated_list_with_weekdays_is_dated_by_them() -> None:
    text = """Chronology

Thursday, November 6: Foreign Minister Laurent Fabius meets the Malian president in Bamako.

Friday, November 7: Fabius visits the French troops in Gao.
"""
    events = events_of(text, "en")
    meets = next(e for e in events if "meets the Malian president" in e.sentence)
    assert meets.date == "2014-11-06" and meets.date_inferred
    visit = next(e for e in events if "visits the French troops" in e.sentence)
    assert visit.date == "2014-11-07" and visit.date_inferred


def test_a_vietnamese_weekday_before_the_day_counts_too() -> None:
    text = """Các mốc chính

Thứ Năm, 6/11: Ngoại trưởng Laurent Fabius gặp Tổng thống Mali tại Bamako.
"""
    (event,) = [e for e in events_of(text, "vi") if "Laurent Fabius" in e.sentence]
    assert event.date == "2014-11-06" and event.date_inferred
