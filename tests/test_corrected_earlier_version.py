"""A report correcting its own earlier version: the day the earlier version wrongly gave dates nothing;
the corrected day does.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

CORRECTIONS = [
    (
        "en",
        "Correction: an earlier version of this story said the peacekeepers left Aguelhok on Monday;"
        " they left on Wednesday, March 6.",
    ),
    (
        "fr",
        "Rectificatif : une version précédente de cet article indiquait que les casques bleus avaient quitté"
        " Aguelhok lundi ; ils l'ont quitté le mercredi 6 mars.",
    ),
    (
        "de",
        "Korrektur: In einer früheren Version dieser Meldung hieß es, die Blauhelme hätten Aguelhok am"
        " Montag verlassen; sie verließen es am Mittwoch, 6. März.",
    ),
    (
        "es",
        "Corrección: una versión anterior de esta nota decía que los cascos azules salieron de Aguelhok el"
        " lunes; salieron el miércoles 6 de marzo.",
    ),
    (
        "vi",
        "Đính chính: phiên bản trước của bài viết này đưa tin lực lượng gìn giữ hòa bình rút khỏi Aguelhok"
        " hôm thứ Hai; thực tế họ rút đi hôm thứ Tư, ngày 6/3.",
    ),
]


@pytest.mark.parametrize(("language", "text"), CORRECTIONS)
def test_the_day_an_earlier_version_gave_wrongly_dates_nothing(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, "2024-03-07")
    assert events, "the corrected act is an event"
    assert {e.date for e in events} == {"2024-03-06"}


def test_a_correction_without_the_cue_keeps_both_days() -> None:
    text = "The peacekeepers left Aguelhok on Monday; the army entered it on Wednesday, March 6."
    dates = {e.date for e in events_of(f"Headline\n\n{text}\n", "en", "2024-03-07")}
    assert "2024-03-04" in dates
