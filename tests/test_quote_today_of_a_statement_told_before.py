"""A quote's "today" whose attribution names no day ("..., sagte Kofod", "..., he said") is the day the
report gave that speaker's statement before ("announced on Thursday evening"), not the publication
date; another speaker's quote, or a quote with no statement told before, keeps the publication date.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

# Published on Saturday 9 March 2024: Thursday is the 7th.
CASES = [
    (
        "en",
        "Defence Minister Guido Crosetto announced the recall of the trainers on Thursday in Rome.",
        '"We have decided today to bring our soldiers home from Niger," Crosetto said.',
        "bring our soldiers home",
    ),
    (
        "en",
        "Defence Minister Guido Crosetto announced the recall of the trainers on Thursday in Rome.",
        '"Today we decided to bring our soldiers home from Niger," he said.',
        "bring our soldiers home",
    ),
    (
        "fr",
        "Le ministre de la Défense Guido Crosetto a annoncé jeudi à Rome le rappel des formateurs.",
        "« Nous avons décidé aujourd'hui de rapatrier nos soldats du Niger », a déclaré Crosetto.",
        "rapatrier nos soldats",
    ),
    (
        "de",
        "Das kündigte Verteidigungsminister Guido Crosetto am Donnerstag in Rom an.",
        "„Wir haben heute entschieden, unsere Soldaten aus Niger zurückzuholen“, sagte Crosetto.",
        "unsere Soldaten aus Niger",
    ),
    (
        "es",
        "El ministro de Defensa, Guido Crosetto, anunció el jueves en Roma la retirada de los instructores.",
        "«Hoy hemos decidido traer de vuelta a nuestros soldados de Níger», dijo Crosetto.",
        "traer de vuelta",
    ),
    (
        "vi",
        "Bộ trưởng Quốc phòng Guido Crosetto hôm thứ Năm tuyên bố rút các huấn luyện viên khỏi Niger.",
        "“Hôm nay chúng tôi quyết định đưa binh sĩ từ Niger về nước”, ông Crosetto nói.",
        "đưa binh sĩ",
    ),
]


@pytest.mark.parametrize(("language", "statement", "quote", "fragment"), CASES)
def test_today_in_a_quote_is_the_day_of_the_statement_told_before(
    language: str, statement: str, quote: str, fragment: str
) -> None:
    text = f"{statement}\n\n{quote}\n"
    event = event_for(text, language, "2024-03-09", fragment)
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-03-07", "day", False)


def test_another_speakers_today_keeps_the_publication_date() -> None:
    text = (
        "Defence Minister Guido Crosetto announced the recall of the trainers on Thursday in Rome.\n\n"
        "The junta had asked them to leave.\n\n"
        '"The last Italian soldiers left Niamey today," Colonel Amadou Abdramane told state television.\n'
    )
    event = event_for(text, "en", "2024-03-09", "left Niamey today")
    assert event.date == "2024-03-09"


def test_a_quote_with_no_statement_told_before_keeps_the_publication_date() -> None:
    text = '"We have decided today to bring our soldiers home from Niger," Crosetto said.\n'
    event = event_for(text, "en", "2024-03-09", "bring our soldiers home")
    assert event.date == "2024-03-09"


@pytest.mark.parametrize(
    ("language", "statement", "quote", "fragment"),
    [
        (
            "es",
            "Italia y Níger acordaron el jueves la salida de los instructores, según un comunicado conjunto.",
            '"La retirada ha comenzado hoy", señala el texto.',
            "La retirada ha comenzado",
        ),
        (
            "fr",
            "L'Italie et le Niger se sont accordés jeudi sur le départ des formateurs, selon un communiqué.",
            "« Le retrait a commencé aujourd'hui », précise le texte.",
            "Le retrait a commencé",
        ),
        (
            "en",
            "Italy and Niger agreed on Thursday that the trainers would leave, a joint statement said.",
            '"The withdrawal began today," the statement adds.',
            "The withdrawal began",
        ),
    ],
)
def test_a_present_attribution_takes_the_day_of_the_statement_told_just_before(
    language: str, statement: str, quote: str, fragment: str
) -> None:
    event = event_for(f"{statement}\n\n{quote}\n", language, "2024-03-09", fragment)
    assert (event.date, event.date_inferred) == ("2024-03-07", False)
