"""A sentence opened by its source ("According to a statement released on Monday, ...", "Selon un
communiqué publié lundi, ...", "Según un comunicado difundido el lunes, ...", "Laut einer am Montag
veröffentlichten Mitteilung ...", "Theo thông cáo phát đi hôm thứ Hai, ...") is the source's words: its
"today" is the attribution's day, and no second event of the publication date is made. So is a sentence
closed by a long attribution (", according to a statement released on Monday").

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

CASES = [
    ("en", "According to a statement released on Monday, the last Chadian convoy crossed the border today."),
    ("fr", "Selon un communiqué publié lundi, le dernier convoi a franchi la frontière aujourd'hui."),
    ("es", "Según un comunicado difundido el lunes, el último convoy chadiano cruzó hoy la frontera."),
    ("de", "Laut einer am Montag veröffentlichten Mitteilung überquerte der letzte Konvoi heute die Grenze."),
    ("vi", "Theo thông cáo phát đi hôm thứ Hai, đoàn xe cuối cùng của Chad đã vượt biên giới trong hôm nay."),
]


@pytest.mark.parametrize(("language", "sentence"), CASES)
def test_today_after_the_source_is_the_sources_day(language: str, sentence: str) -> None:
    events = events_of(sentence + "\n", language, "2024-11-07")  # a Thursday: Monday is November 4
    assert events
    assert {e.date for e in events} == {"2024-11-04"}


def test_a_source_with_no_day_leaves_the_publication_date() -> None:
    sentence = "Selon le ministère, le dernier convoi a franchi la frontière aujourd'hui.\n"
    assert {e.date for e in events_of(sentence, "fr", "2024-11-07")} == {"2024-11-07"}


TRAILING = [
    ("en", "The last Chadian convoy crossed the border today, according to a statement released on Monday."),
    ("de", "Der letzte Konvoi überquerte heute die Grenze, hieß es in einer am Montag verbreiteten Notiz."),
    ("vi", "Đoàn xe cuối cùng của Chad đã vượt biên giới trong hôm nay, theo thông cáo phát đi hôm thứ Hai."),
]


@pytest.mark.parametrize(("language", "sentence"), TRAILING)
def test_today_before_a_long_closing_attribution_is_its_day(language: str, sentence: str) -> None:
    events = events_of(sentence + "\n", language, "2024-11-07")
    assert events
    assert {e.date for e in events} == {"2024-11-04"}
