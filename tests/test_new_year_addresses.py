"""An announcement made "in his New Year's address", "dans ses vœux du Nouvel An", "en su mensaje de fin de
año", "in seiner Neujahrsansprache", "trong thông điệp mừng năm mới" is of December 31, the evening heads of
state speak (store/dates/occasions.py); a day the sentence names itself still says when.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    (
        "en",
        "In his New Year's address, Chad's president ordered the last French troops to leave by January 31.",
        "ordered the last French troops",
    ),
    (
        "fr",
        "Dans ses vœux du Nouvel An, le président tchadien a exigé le départ des derniers soldats français "
        "avant le 31 janvier.",
        "a exigé le départ",
    ),
    (
        "es",
        "En su mensaje de fin de año, el presidente de Chad exigió la salida de los últimos soldados "
        "franceses antes del 31 de enero.",
        "exigió la salida",
    ),
    (
        "de",
        "In seiner Neujahrsansprache forderte der Präsident des Tschad den Abzug der letzten französischen "
        "Soldaten bis zum 31. Januar.",
        "forderte der Präsident",
    ),
    (
        "vi",
        "Trong thông điệp mừng năm mới, Tổng thống Chad yêu cầu binh sĩ Pháp cuối cùng rời đi "
        "trước ngày 31/1.",
        "yêu cầu binh sĩ",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), CASES)
def test_a_new_year_address_is_of_december_31(language: str, sentence: str, fragment: str) -> None:
    event = event_for(sentence + "\n", language, "2025-01-10", fragment)
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-12-31", "day", False)
    assert event.target_date == "2025-01-31"


def test_a_day_the_sentence_names_outranks_the_address() -> None:
    sentence = "Chad's president said in his New Year message on Wednesday that the French troops must go.\n"
    event = event_for(sentence, "en", "2025-01-10", "Chad's president said")  # Wednesday: January 8
    assert event.date == "2025-01-08"
