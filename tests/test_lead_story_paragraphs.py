"""Wire copy tells one act over a few paragraphs: an undated handover told in the paragraph right after
the lead (its first act, dated to the day by its own words) is of the lead's day, as within one paragraph.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

STORIES = [
    (
        "en",
        "BAMAKO, March 6 (Wire) - The last French soldiers left Mali on Tuesday.",
        "The army took charge of the former French base in Gao after it was handed over to Malian troops.",
    ),
    (
        "fr",
        "BAMAKO, 6 mars (AFP) - Les derniers soldats français ont quitté le Mali mardi.",
        "Les Français ont remis leur base de Gao à l'armée malienne, selon l'état-major.",
    ),
    (
        "de",
        "BAMAKO, 6. März (NAS) - Die letzten französischen Soldaten haben Mali am Dienstag verlassen.",
        "Nach Angaben des Generalstabs übergaben sie ihren Stützpunkt in Gao an die malische Armee.",
    ),
    (
        "es",
        "BAMAKO, 6 de marzo (EFE) - Los últimos soldados franceses abandonaron Malí el martes.",
        "Según el Estado Mayor, los franceses entregaron su base de Gao al ejército maliense.",
    ),
    (
        "vi",
        "Hôm qua, những binh sĩ Pháp cuối cùng đã rời Mali.",
        "Căn cứ Gao được bàn giao cho quân đội Mali.",
    ),
]


@pytest.mark.parametrize(("language", "lead", "second"), STORIES)
def test_a_handover_in_the_paragraph_after_the_lead_is_of_the_lead_s_day(
    language: str, lead: str, second: str
) -> None:
    events = events_of(f"Headline\n\n{lead}\n\n{second}\n", language, "2024-03-06")
    assert [(e.date, e.type) for e in events] == [
        ("2024-03-05", "withdrawal_completed"),
        ("2024-03-05", "handover"),
    ]
    assert events[1].date_inferred


def test_a_paragraph_after_one_with_a_date_of_its_own_keeps_no_day() -> None:
    text = (
        "BAMAKO, March 6 (Wire) - The last French soldiers left Mali on Tuesday.\n\n"
        "The deployment had begun in 2013.\n\n"
        "The army took charge of the former French base in Gao after it was handed over to Malian troops.\n"
    )
    events = events_of(f"Headline\n\n{text}", "en", "2024-03-06")
    assert [e.date for e in events if e.type == "handover"] == [None]


def test_a_pluperfect_in_the_paragraph_after_the_lead_keeps_no_day() -> None:
    text = (
        "BAMAKO, March 6 (Wire) - The last French soldiers left Mali on Tuesday.\n\n"
        "The army had already taken the base in Gao after it was handed over to Malian troops.\n"
    )
    events = events_of(f"Headline\n\n{text}", "en", "2024-03-06")
    assert [e.date for e in events if e.type == "handover"] == [None]


def test_a_lead_telling_two_days_gives_neither_to_the_next_paragraph() -> None:
    text = (
        "GAO (Mali), 6 mars 2024 (AFP) - Le contingent français a remis mardi sa base de Gao.\n\n"
        "Une courte cérémonie a réuni officiers français et responsables maliens devant le mât où le drapeau"
        " français a été descendu pour la dernière fois.\n"
    )
    events = events_of(f"Headline\n\n{text}", "fr", "2024-03-06")
    assert [e.date for e in events if "cérémonie" in e.sentence] == [None]


def test_an_undated_headline_before_the_lead_does_not_stop_its_story() -> None:
    text = (
        "Chad ended its mission in Mali.\n\n"
        "BAMAKO, March 6 (Wire) - The last Chadian soldiers left Mali on Tuesday.\n\n"
        "The army took charge of the former Chadian base in Tessalit after it was handed over.\n"
    )
    events = events_of(f"Headline\n\n{text}", "en", "2024-03-06")
    assert [e.date for e in events if e.type == "mission_ended"] == [None]  # the undated headline
    assert [e.date for e in events if e.type == "handover"] == ["2024-03-05"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "N'DJAMENA, 15 janvier (AFP) - Les militaires français ont remis mardi la base d'Abéché."
            "\n\nLes soldats français ont quitté le camp de Faya.",
        ),
        (
            "es",
            "YAMENA, 15 de enero (EFE) - Los militares franceses entregaron el martes la base de Abéché."
            "\n\nLos soldados franceses abandonaron el campamento de Faya.",
        ),
    ],
)
def test_another_camp_in_the_paragraph_after_the_lead_keeps_no_day(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, "2025-01-15")
    faya = [e for e in events if "Faya" in e.sentence]
    assert faya and all(e.date is None for e in faya)
