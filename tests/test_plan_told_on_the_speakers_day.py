"""A sentence that goes on reporting a statement dated just before ("Macron said on Sunday ... / He said
the troops would leave by the end of the year.") and gives no day of its own tells what was announced on
the statement's day, not on the report's (store/extraction/speaker_days.py ``plan_day``).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

# Published Tuesday 2024-03-19: "Sunday" is 2024-03-17.
PLANS = [
    (
        "en",
        "Prime Minister Lars Holm said on Sunday that Denmark would bring its 90 soldiers home from Chad.",
        "He said the soldiers would leave by the end of the year.",
        "would leave by the end",
    ),
    (
        "en",
        "Prime Minister Lars Holm said on Sunday that Denmark would bring its 90 soldiers home from Chad.",
        "Holm told reporters that the soldiers would leave by the end of the year.",
        "would leave by the end",
    ),
    (
        "fr",
        "Le Premier ministre Lars Holm a annoncé dimanche que le Danemark rapatrierait ses 90 soldats du "
        "Tchad.",
        "Il a précisé que les soldats quitteraient le pays d'ici la fin de l'année.",
        "quitteraient le pays",
    ),
    (
        "es",
        "El primer ministro Lars Holm anunció el domingo que Dinamarca repatriaría a sus 90 soldados de "
        "Chad.",
        "Holm precisó que los soldados abandonarán el país antes de fin de año.",
        "abandonarán el país",
    ),
    (
        "de",
        "Ministerpräsident Lars Holm kündigte am Sonntag an, Dänemark werde seine 90 Soldaten aus dem "
        "Tschad zurückholen.",
        "Die Soldaten sollen nach seinen Worten das Land bis zum Jahresende verlassen.",
        "bis zum Jahresende",
    ),
    (
        "vi",
        "Thủ tướng Lars Holm hôm Chủ nhật tuyên bố Đan Mạch sẽ rút 90 binh sĩ khỏi Tchad.",
        "Ông Holm cho biết các binh sĩ sẽ rời nước này trước cuối năm nay.",
        "trước cuối năm",
    ),
]


PLANS.append(
    (
        "de",
        "Ministerpräsident Lars Holm hat am Sonntag den Abzug der 90 Soldaten aus dem Tschad angekündigt.",
        "Die Soldaten sollen nach seinen Worten das Land bis zum Jahresende verlassen.",
        "bis zum Jahresende",
    )
)


@pytest.mark.parametrize(("language", "statement", "sentence", "fragment"), PLANS)
def test_a_plan_told_on_is_announced_on_the_statements_day(
    language: str, statement: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"{statement}\n\n{sentence}\n", language, "2024-03-19", fragment)
    assert event.date == "2024-03-17"
    assert event.target_date is not None  # the end of the year, still to come


def test_another_speaker_announces_on_the_report_day() -> None:
    statement = (
        "Prime Minister Lars Holm said on Sunday that Denmark would bring its 90 soldiers home from Chad."
    )
    sentence = (
        "Chad's foreign minister Ali Mahamat told reporters the soldiers would leave by the end of the year."
    )
    event = event_for(f"{statement}\n\n{sentence}\n", "en", "2024-03-19", "would leave by the end")
    assert event.date == "2024-03-19"


OTHER_SOURCES = [
    (
        "en",
        "Prime Minister Lars Holm said on Sunday that Denmark would end its mission in Chad.",
        "The contingent had been told to leave the country by the end of the year.",
        "had been told",
    ),
    (
        "fr",
        "Le Premier ministre Lars Holm a annoncé dimanche la fin de la mission danoise au Tchad.",
        "Les soldats doivent quitter le pays d'ici la fin de l'année, selon l'état-major.",
        "selon l'état-major",
    ),
    (
        "vi",
        "Chính phủ Tchad hôm Chủ nhật tuyên bố chấm dứt thỏa thuận quân sự với Đan Mạch.",
        "Đan Mạch sẽ rút quân trong những tháng tới, một quan chức Đan Mạch cho biết.",
        "một quan chức",
    ),
]


@pytest.mark.parametrize(("language", "statement", "sentence", "fragment"), OTHER_SOURCES)
def test_another_source_announces_on_the_report_day(
    language: str, statement: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"{statement}\n\n{sentence}\n", language, "2024-03-19", fragment)
    assert event.date == "2024-03-19"
