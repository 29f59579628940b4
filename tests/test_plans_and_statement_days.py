"""Plans, deadlines and the day of a statement: which side of the reference a date falls on.

Sentences written for these tests (none from the seeds or the quality corpus).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of


def _one(text: str, language: str, published: str | None, fragment: str) -> tuple:
    e = event_for(f"Headline\n\n{text}\n", language, published, fragment)
    return e.date, e.date_precision, e.target_date


def test_the_day_right_after_a_speech_verb_is_the_day_of_the_saying() -> None:
    # "would" follows the date as closely as "said" precedes it: the saying has the day
    assert (
        _one("The ministry said on Tuesday it would close the border soon.", "en", "2024-05-09", "said")[0]
        == "2024-05-07"
    )
    assert (
        _one("Le ministère a annoncé mardi qu'il fermerait la frontière.", "fr", "2024-05-09", "mardi")[0]
        == "2024-05-07"
    )
    # a plan told with its own day keeps that day ahead
    assert (
        _one(
            "The ministry announced that it would close the border on Tuesday.", "en", "2024-05-09", "close"
        )[2]
        == "2024-05-14"
    )


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("de", "Der Rat hat den Ländern am Montag eine Frist bis zum 15. März gesetzt.", "Frist"),
        ("es", "El consejo concedió el lunes a los países un plazo hasta el 15 de marzo.", "plazo"),
        ("en", "The council on Monday gave the countries until March 15 to answer.", "council"),
    ],
)
def test_a_deadline_preposition_does_not_make_the_other_date_a_plan(
    language: str, text: str, fragment: str
) -> None:
    # "bis zum", "hasta", "until" belong to the deadline: Monday is the day the council acted
    assert _one(text, language, "2024-12-10", fragment) == ("2024-12-09", "day", "2025-03-15")


def test_german_dates_set_for_later_are_targets() -> None:
    text = (
        "Die Lehrer kündigten für Freitag einen Warnstreik an.\n\n"
        "Die Schlichtung ist für Ende April angesetzt.\n\n"
        "Die Delegation war am Freitag für drei Tage nach Rom gereist."
    )
    assert _one(text, "de", "2024-04-02", "Warnstreik") == ("2024-04-02", "day", "2024-04-05")
    assert _one(text, "de", "2024-04-02", "Schlichtung") == ("2024-04-02", "day", "2024-04")
    assert _one(text, "de", "2024-04-02", "Delegation")[0] == "2024-03-29"


def test_spanish_wishes_and_terms_point_ahead_but_a_chronology_keeps_its_present() -> None:
    text = (
        "La oposición exige que el Parlamento vote el 3 de octubre.\n\n"
        "El contrato expira el 30 de septiembre."
    )
    assert _one(text, "es", "2024-09-20", "exige") == ("2024-09-20", "day", "2024-10-03")
    assert _one(text, "es", "2024-09-20", "contrato") == ("2024-09-20", "day", "2024-09-30")
    chronology = (
        "Cronología\n\n4 de marzo: El ministro pide al Parlamento más fondos.\n\n9 de mayo: Dimite.\n"
    )
    asked = next(e for e in events_of(chronology, "es") if "pide" in e.sentence)
    assert asked.date.endswith("-03-04") and asked.date_inferred


def test_vietnamese_weekday_of_next_or_last_week_counts_calendar_weeks() -> None:
    text = (
        "Cuộc họp tiếp theo dự kiến vào thứ Ba tuần sau.\n\n"
        "Đoàn công tác đã đến Hà Nội vào thứ Sáu tuần trước.\n\n"
        "Ủy ban chiều qua đã công bố kết quả."
    )
    published = "2025-04-09"  # a Wednesday
    assert _one(text, "vi", published, "Cuộc họp")[2] == "2025-04-15"
    assert _one(text, "vi", published, "Đoàn công tác")[0] == "2025-04-04"
    assert _one(text, "vi", published, "Ủy ban")[0] == "2025-04-08"


def test_vietnamese_next_week_weekday_is_a_week_later_than_the_coming_one() -> None:
    published = "2025-04-07"  # a Monday: the coming Thursday is the 10th, next week's the 17th
    assert (
        _one("Kết quả sẽ được công bố vào thứ Năm tuần sau.", "vi", published, "Kết quả")[2] == "2025-04-17"
    )


def test_a_deadline_with_its_year_in_an_undated_list_bounds_the_entry_and_is_its_target() -> None:
    text = (
        "Key dates\n\nMarch 3: The cabinet approves the new budget.\n\n"
        "Oct 14: The government decides to close the embassy by June 2021.\n"
    )
    decided = next(e for e in events_of(text, "en") if "close the embassy" in e.sentence)
    assert decided.date_inferred and decided.date <= "2020-10-14" and decided.target_date == "2021-06"


def test_a_deadline_after_the_statement_that_set_it_is_a_target() -> None:
    assert _one(
        "Die Regierung hatte Anfang Mai angekündigt, das Lager bis Ende Juni zu räumen.",
        "de",
        "2024-06-30",
        "Lager",
    ) == ("2024-05", "month", "2024-06")
    assert _one(
        "The navy said on May 3 that it would leave the port by June 20, officials said.",
        "en",
        "2024-06-28",
        "navy",
    ) == ("2024-05-03", "day", "2024-06-20")


def test_a_vietnamese_year_that_closes_a_name_is_not_the_date() -> None:
    date, precision, _ = _one(
        "Hiệp ước Lisbon 2007 đã bị hai nước chỉ trích từ năm ngoái.", "vi", "2025-03-01", "Lisbon"
    )
    assert (date, precision) == ("2024", "year")
