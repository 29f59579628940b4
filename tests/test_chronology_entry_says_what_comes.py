"""A chronology entry whose verb is one of saying ("Oct. 3: Rome confirms its trainers will leave before
Christmas") happened on its heading day: the future after the verb is what was said, with or without
"that", and the day stays the one on or before the report (a plan in the entry keeps its target).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

ENTRIES = [
    (
        "en",
        "Key dates:",
        "- Oct. 3: Rome confirms its last trainers will leave Niamey before Christmas.",
        "Rome",
    ),
    ("en", "Key dates:", "- Oct. 3: Rome says the last trainers are to leave Niamey within weeks.", "says"),
    (
        "fr",
        "Les dates clés :",
        "- 3 octobre : Rome confirme ses derniers formateurs quitteront Niamey avant Noël.",
        "confirme",
    ),
    (
        "es",
        "Fechas clave:",
        "- 3 de octubre: Roma anuncia sus últimos instructores saldrán de Niamey antes de Navidad.",
        "anuncia",
    ),
    (
        "de",
        "Die wichtigsten Daten:",
        "- 3. Oktober: Rom bestätigt, die letzten Ausbilder werden Niamey vor Weihnachten verlassen.",
        "bestätigt",
    ),
    (
        "vi",
        "Các mốc chính:",
        "- Ngày 3/10: Italy xác nhận những huấn luyện viên cuối cùng sẽ rời Niamey trước Giáng sinh.",
        "xác nhận",
    ),
]


@pytest.mark.parametrize(("language", "heading", "entry", "fragment"), ENTRIES)
def test_an_entry_that_tells_what_was_said_is_dated_by_its_heading(
    language: str, heading: str, entry: str, fragment: str
) -> None:
    lead = {
        "en": "Italy ended its training mission in Niger.",
        "fr": "L'Italie a mis fin à sa mission de formation au Niger.",
        "es": "Italia puso fin a su misión de formación en Níger.",
        "de": "Italien hat seine Ausbildungsmission in Niger beendet.",
        "vi": "Italy đã chấm dứt phái bộ huấn luyện tại Niger.",
    }[language]
    text = f"{lead}\n\n{heading}\n\n{entry}\n"
    event = event_for(text, language, "2024-01-15", fragment)
    assert (event.date, event.date_precision, event.date_inferred) == ("2023-10-03", "day", False)


def test_an_entry_of_what_is_to_come_stays_ahead() -> None:
    text = (
        "Italy is ending its training mission in Niger.\n\nWhat comes next:\n\n"
        "- March 3: The last Italian trainers will leave Niamey.\n"
    )
    event = event_for(text, "en", "2024-01-15", "March 3")
    assert event.target_date == "2024-03-03"
