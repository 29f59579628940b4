"""Who held office bounds the inferred year of an undated list item, and says so in its reason."""

from __future__ import annotations

from store.about.office_holders import office_holders
from store.about.office_holders_data import TERMS
from tests.extract_helpers import events_of


def test_every_term_has_a_source_a_verification_note_and_ends_after_it_starts() -> None:
    for name, _office, _where, start, end, source, checked in TERMS:
        assert source and (end is None or end > start), name
        assert checked.startswith(("checked 2026-12-01: ", "not checked online")), name


def test_corrected_terms_hold() -> None:
    # Rows found wrong when the table was checked (store/about/office_holders.csv says where).
    by_name = {(t[0], t[1]): t for t in TERMS}
    assert by_name[("Sébastien Lecornu", "defence minister")][4] == "2025-10-12"
    assert by_name[("El-Ghassim Wane", "head of MINUSMA")][3] == "2021-03-15"
    assert by_name[("Sébastien Lecornu", "prime minister")][3] == "2025-09-09"


def test_names_match_whole_and_without_accents() -> None:
    found = office_holders("Ngoại trưởng Pháp Laurent Fabius gặp le Premier ministre Jean-Marc Ayrault.")
    assert [t.name for t in found] == ["Laurent Fabius", "Jean-Marc Ayrault"]
    assert office_holders("Defence Minister Boris Pistorius visited Gao.")[0].end is None
    assert office_holders("Laurent Fabiusson was there.") == []


LIST = """Key dates

March 12: {who} visits the troops in Gao.

June 30: The Security Council extends the mission.
"""


def test_an_office_holder_bounds_the_year_of_a_list_item() -> None:
    events = events_of(LIST.format(who="Defence Minister Jean-Yves Le Drian"), "en")
    visit = next(e for e in events if "visits the troops" in e.sentence)
    assert visit.date_inferred and "Jean-Yves Le Drian held office only" in (visit.date_reason or "")
    year = int(visit.date[:4])
    assert 2012 <= year <= 2022  # Le Drian held office (defence, then foreign affairs) 2012-2022


def test_a_name_outside_the_table_changes_nothing() -> None:
    unknown = events_of(LIST.format(who="Defence Minister Jean Dupontel"), "en")
    nobody = events_of(LIST.format(who="The defence minister"), "en")
    assert [(e.date, e.date_reason) for e in unknown] == [(e.date, e.date_reason) for e in nobody]


def test_the_seed_list_is_dated_by_the_ministers_it_names() -> None:
    import datetime as dt
    from pathlib import Path

    from store.ingest import build_document

    built = build_document(next(Path("seeds").glob("000_*.txt")), today=dt.date(2026, 11, 23))
    by_text = {e["date_text"]: e for e in built.events}
    assert by_text["Ngày 3/11"]["date"] == "2023-11-03" and by_text["Ngày 3/11"]["date_inferred"]
    assert by_text["Ngày 27/1"]["date"] == "2022-01-27"  # Jeppe Kofod, Danish foreign minister 2019-2022
    assert "Jeppe Kofod held office only" in by_text["Ngày 27/1"]["date_reason"]
    assert int(by_text["ngày 6/2"]["date"][:4]) <= 2016  # Laurent Fabius left the Quai d'Orsay in 2016
