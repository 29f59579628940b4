"""A statement reported without quotation marks and closed by its attribution ("Paris was informed of the
decision today, Sy said.") counts its "today" from the day its speaker's statement was told before, as a
quote does; with no such statement it keeps the report's date.

Reports written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-12-02"  # a Monday: "Thursday" is 2024-11-28


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "Headline\n\nForeign Minister Abdou Gueye said on Thursday that Senegal would close French bases."
            "\n\nAbout 350 French soldiers are stationed near Dakar.\n\n"
            "The French embassy was notified of the decision today, Gueye said.\n",
            "notified",
        ),
        (
            "fr",
            "Titre\n\nLe ministre Abdou Gueye a annoncé jeudi la fermeture des bases françaises.\n\n"
            "L'ambassade de France a été informée de la décision aujourd'hui, a-t-il déclaré.\n",
            "informée",
        ),
        (
            "vi",
            "Tiêu đề\n\nNgoại trưởng Abdou Gueye hôm thứ Năm tuyên bố Senegal sẽ đóng các căn cứ Pháp.\n\n"
            "Đại sứ quán Pháp đã được thông báo hôm nay, ông Gueye nói.\n",
            "Đại sứ quán",
        ),
    ],
)
def test_today_before_a_trailing_attribution_is_the_speakers_day(
    language: str, text: str, fragment: str
) -> None:
    event = event_for(text, language, PUBLISHED, fragment)
    assert event.date == "2024-11-28"


def test_with_no_statement_told_before_today_is_the_reports_day() -> None:
    text = "Headline\n\nThe last French soldiers left the Ouakam base today, the army said.\n"
    event = event_for(text, "en", PUBLISHED, "Ouakam")
    assert event.date == PUBLISHED
