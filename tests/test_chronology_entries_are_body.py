"""A chronology's entries ("Jan. 10 - Rome announces ...", "* 4 de marzo: salen ...") are body even with no
full stop or behind a bullet: a day and month, a separator and words are no subheading and no menu.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.document.boilerplate import classify_blocks
from tests.extract_helpers import events_of


@pytest.mark.parametrize(
    ("language", "entries"),
    [
        (
            "en",
            (
                "Jan. 10 - Rome announces the end of the training mission",
                "March 4 - The last trainers leave Niamey",
            ),
        ),
        (
            "fr",
            (
                "* 10 janvier : Rome annonce la fin de la mission",
                "* 4 mars : les derniers formateurs quittent Niamey",
            ),
        ),
        (
            "de",
            (
                "10. März: Rom verkündet das Ende der Mission",
                "4. April: Die letzten Ausbilder verlassen Niamey",
            ),
        ),
        (
            "es",
            (
                "- 10 de enero: Roma anuncia el fin de la misión",
                "- 4 de marzo: los últimos instructores dejan Niamey",
            ),
        ),
        (
            "vi",
            (
                "10/1: Italy tuyên bố kết thúc sứ mệnh huấn luyện",
                "4/3: Những huấn luyện viên cuối cùng rời Niamey",
            ),
        ),
    ],
)
def test_unpunctuated_or_bulleted_entries_are_body(language: str, entries: tuple[str, str]) -> None:
    text = "Italy ends its mission\n\nThe last trainers have gone.\n\n" + "\n\n".join(entries) + "\n"
    kinds = {text[b.start : b.end]: b.kind for b in classify_blocks(text, language)}
    assert [kinds[e] for e in entries] == ["body", "body"]


def test_a_bulleted_menu_stays_a_menu() -> None:
    text = "Menu\n\n* Page 2 - Home news and more\n* Sport\n\nThe last trainers left Niamey on Tuesday.\n"
    kinds = [b.kind for b in classify_blocks(text, "en")]
    assert kinds[:3] == ["boilerplate", "boilerplate", "boilerplate"]


def test_an_unpunctuated_entry_is_dated() -> None:
    text = "Italy ends its mission\n\nKey dates\n\nMarch 4 - The last Italian trainers leave Niamey\n"
    (event,) = events_of(text, "en", "2025-03-20")
    assert event.date == "2025-03-04"
