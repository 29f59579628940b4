"""Inferring years for an undated list: evidence, order, and honesty about it."""

from __future__ import annotations

import datetime as dt

from store.dates.partial import PartialDate
from store.dates.years import ListItem, infer_years

TODAY = dt.date(2026, 11, 23)


def test_a_month_going_up_in_a_newest_first_list_marks_a_year_boundary() -> None:
    items = [
        ListItem(0, 11, 3),
        ListItem(1, 10, 21),
        ListItem(2, 8, 2),
        ListItem(3, 11, 22),
        ListItem(4, 2, 15),
    ]
    years = infer_years(items, TODAY)
    base = years[0].year
    assert [years[k].year for k in range(5)] == [base, base, base, base - 1, base - 1]


def test_a_plan_bounds_the_year_of_its_announcement() -> None:
    items = [
        ListItem(0, 11, 3),
        ListItem(1, 10, 21),
        ListItem(2, 8, 2),
        ListItem(3, 11, 22, not_after=[PartialDate(2024, 5)]),
    ]  # newest first: two months going down, one going up
    years = infer_years(items, TODAY)
    assert years[3].year <= 2023  # announced 22 November, before the May 2024 plan
    assert years[0].year == years[1].year == years[2].year == years[3].year + 1
    assert "plan for 2024-05" in years[3].note


def test_a_tie_in_the_list_s_direction_reads_it_oldest_first() -> None:
    # April, July, then February: one step down and one up; a chronology runs from the oldest
    items = [ListItem(0, 4, 25), ListItem(1, 7, 1), ListItem(2, 2, 12)]
    years = infer_years(items, TODAY)
    assert years[0].year == years[1].year == years[2].year - 1
    assert "oldest first" in years[0].note


def test_a_tie_goes_the_way_the_terms_of_office_allow() -> None:
    # Read oldest first, the June entry naming a president who took office in May 2017 would come a year
    # after a January entry naming his predecessor, who left in May 2017: it fits. Read newest first
    # it cannot, so the bounds keep it oldest first; and a list whose bounds only fit newest first is
    # read that way.
    import datetime as dt

    before = (dt.date(2012, 5, 15), dt.date(2017, 5, 14), "predecessor")
    after = (dt.date(2017, 5, 14), None, "successor")
    items = [ListItem(0, 1, 11, tenures=[before]), ListItem(1, 8, 1), ListItem(2, 6, 10, tenures=[after])]
    years = infer_years(items, TODAY)
    assert years[2].year >= 2017 and years[0].year <= 2017 and years[0].year < years[2].year
    swapped = [ListItem(0, 1, 11, tenures=[after]), ListItem(1, 8, 1), ListItem(2, 6, 10, tenures=[before])]
    years = infer_years(swapped, TODAY)
    assert "newest first" in years[0].note and years[2].year <= 2017 <= years[0].year


def test_reason_says_inferred_and_gives_the_range() -> None:
    items = [ListItem(0, 3, 1), ListItem(1, 1, 5, not_before=[PartialDate(2019)])]
    note = infer_years(items, TODAY)[1].note
    assert note.startswith("year not in the text: inferred")
    assert "between" in note


def test_oldest_first_lists_count_upwards() -> None:
    items = [ListItem(0, 2, 6), ListItem(1, 4, 9), ListItem(2, 1, 27), ListItem(3, 2, 15)]
    years = infer_years(items, TODAY)
    assert years[2].year == years[1].year + 1 == years[0].year + 1


def test_no_item_is_placed_after_today() -> None:
    items = [ListItem(0, 12, 30)]
    assert infer_years(items, TODAY)[0].year == 2025


def test_years_elsewhere_in_the_document_bound_its_newest_entry() -> None:
    # A Reuters story "BAMAKO, Dec 23 (Reuters) -" on a page without a date, that mentions a 2022 delay
    # in the past and elections in February 2024 to come: Dec 23 lies between them, so 2023.
    items = [ListItem(0, 12, 23)]
    years = infer_years(
        items, TODAY, doc_not_before=[PartialDate(2022)], doc_not_after=[PartialDate(2024, 2)]
    )
    assert years[0].year == 2023
    assert "between 2022 and 2023" in years[0].note


def test_a_term_of_office_in_an_old_entry_stops_pulling_where_a_later_one_shows_skipped_years() -> None:
    import datetime as dt

    fabius = (dt.date(2012, 5, 16), dt.date(2016, 2, 11), "Fabius")
    kofod = (dt.date(2019, 6, 27), dt.date(2022, 12, 15), "Kofod")
    items = [
        ListItem(0, 11, 3),
        ListItem(1, 1, 27, tenures=[kofod]),  # newest first: 2022 ...
        ListItem(2, 4, 9),
        ListItem(3, 2, 6, tenures=[fabius]),  # ... and, years earlier, 2013
    ]
    years = infer_years(items, dt.date(2023, 12, 1))
    assert years[1].year == 2022 and years[0].year == 2022  # Kofod's term, not Fabius's, dates these
    assert years[3].year <= 2016 and years[2].year <= 2016  # Fabius left office in February 2016
    assert "Kofod" in years[1].note


def test_years_skipped_up_to_a_new_term_are_as_few_as_it_needs_when_only_today_bounds_the_entry() -> None:
    import datetime as dt

    parly = (dt.date(2017, 6, 21), dt.date(2022, 5, 20), "Parly")
    barrot = (dt.date(2024, 9, 21), None, "Barrot")  # still in office: only today bounds him
    items = [ListItem(0, 3, 3, tenures=[parly]), ListItem(1, 10, 4, tenures=[barrot])]  # oldest first
    years = infer_years(items, dt.date(2030, 12, 1))
    assert years[0].year == 2022  # the latest year of Parly's term
    assert years[1].year == 2024  # Barrot's first October, not 2030: nothing says more years passed
