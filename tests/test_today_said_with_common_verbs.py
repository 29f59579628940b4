""" "Today" in a quote belongs to the day its attribution gives, whichever common verb of saying
attributes it ("nói", "a affirmé", "aseguró", "betonte").

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("vi", '"Hôm nay chúng tôi rút khỏi căn cứ cuối cùng", viên sĩ quan nói hôm thứ Sáu.', "Hôm nay"),
        (
            "vi",
            '"Hôm nay chúng tôi rút khỏi căn cứ cuối cùng", viên sĩ quan khẳng định hôm thứ Sáu.',
            "Hôm nay",
        ),
        (
            "fr",
            "« Nous quittons aujourd'hui notre dernière base », a affirmé vendredi l'officier.",
            "aujourd'hui",
        ),
        ("es", "«Hoy dejamos nuestra última base», aseguró el viernes el oficial.", "Hoy"),
        ("de", "„Heute verlassen wir unseren letzten Stützpunkt“, betonte der Offizier am Freitag.", "Heute"),
    ],
)
def test_today_in_a_quote_is_the_day_of_its_attribution(language: str, text: str, fragment: str) -> None:
    # a report of Monday 11 March 2024: Friday is 8 March
    event = event_for(f"Headline\n\n{text}\n", language, "2024-03-11", fragment)
    assert event.date == "2024-03-08"
