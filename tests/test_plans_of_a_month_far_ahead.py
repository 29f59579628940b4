"""A month planned or asked for in a past-tense sentence ("asked the troops to leave in January",
"beschloss, die Soldaten im Februar abzuziehen") is the coming one, however far ahead: a plan has no
horizon when the text gives no day.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-07-08"  # a Monday: Friday is 5 July, January is six months ahead


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The junta asked the Italian instructors to leave the country in January.", "instructors"),
        ("fr", "La junte a demandé aux instructeurs italiens de quitter le pays en janvier.", "instructeurs"),
        ("de", "Die Junta forderte die italienischen Ausbilder auf, im Januar abzuziehen.", "Ausbilder"),
        (
            "es",
            "La junta pidió a los instructores italianos que abandonaran el país en enero.",
            "instructores",
        ),
    ],
)
def test_a_month_asked_for_is_the_coming_one(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == (PUBLISHED, "2025-01")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The cabinet decided on Friday to bring the engineers home in February.", "cabinet"),
        ("fr", "Le gouvernement a décidé vendredi de rapatrier ses ingénieurs en février.", "ingénieurs"),
        ("de", "Das Kabinett beschloss am Freitag, die Pioniere im Februar zurückzuholen.", "Kabinett"),
        ("es", "El gobierno decidió el viernes repatriar a sus ingenieros en febrero.", "ingenieros"),
    ],
)
def test_a_month_decided_on_a_day_is_one_plan_of_that_day(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2024-07-05", "2025-02")


def test_a_month_of_the_statement_itself_is_that_month() -> None:
    text = "The junta asked the Italian instructors to leave the country in July."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "instructors")
    assert (event.target_date or event.date) == "2024-07"  # this July, not next year's


def test_a_reported_clause_with_its_own_past_stays_behind() -> None:
    text = "The ministry said that the Italian instructors left the country in January."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "instructors")
    assert (event.date, event.target_date) == ("2024-01", None)


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The Italian instructors began to leave the country in January.", "instructors"),
        ("fr", "Les instructeurs italiens ont commencé à quitter le pays en janvier.", "instructeurs"),
        ("es", "Los instructores italianos empezaron a abandonar el país en enero.", "instructores"),
        ("de", "Die italienischen Ausbilder begannen, im Januar abzuziehen.", "Ausbilder"),
    ],
)
def test_a_phase_of_the_act_is_no_plan(language: str, text: str, fragment: str) -> None:
    # "began to leave in January": the leaving started then, it is not planned for next January
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2024-01", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chính quyền quân sự yêu cầu các huấn luyện viên Ý rời khỏi đất nước vào tháng 1.",
            (PUBLISHED, "2025-01"),
        ),
        ("Hôm thứ Sáu, chính phủ quyết định rút các kỹ sư về nước vào tháng 2.", ("2024-07-05", "2025-02")),
        (
            "Hôm thứ Sáu, chính quyền quân sự yêu cầu phái bộ rời đi trước ngày 31/12.",
            ("2024-07-05", "2024-12-31"),
        ),
    ],
)
def test_a_vietnamese_verb_of_asking_or_deciding_makes_a_plan(text: str, expected: tuple[str, str]) -> None:
    # Vietnamese marks no infinitive: "yêu cầu" (ask), "quyết định" (decide) govern the act that follows
    event = event_for(f"Tiêu đề\n\n{text}\n", "vi", PUBLISHED, text[:20])
    assert (event.date, event.target_date) == expected
