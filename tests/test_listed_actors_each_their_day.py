"""A list of actors each given its own day ("two allies announced their exit: Norway on the 3rd and Estonia
on the 11th") gives each day's event the one country named right before it, not every country of the
sentence (store/extraction/listed_actors.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

LISTED = [
    (
        "en",
        "In April, two allies announced their exit from the mission: Norway on the 3rd and Estonia"
        " on the 11th.",
    ),
    (
        "fr",
        "En avril, deux alliés ont annoncé leur départ de la mission : la Norvège le 3 et l'Estonie le 11.",
    ),
    ("vi", "Tháng 4, hai đồng minh tuyên bố rút quân khỏi phái bộ: Na Uy ngày 3 và Estonia ngày 11."),
    ("es", "En abril, dos aliados anunciaron su salida de la misión: Noruega el 3 y Estonia el día 11."),
    ("de", "Zwei Verbündete kündigten ihren Abzug an: Norwegen am 3. April und Estland am 11. April."),
]


@pytest.mark.parametrize(("language", "sentence"), LISTED)
def test_each_listed_day_is_the_act_of_the_country_named_before_it(language: str, sentence: str) -> None:
    events = sorted(
        events_of(f"Headline\n\n{sentence}\n", language, "2024-11-20"), key=lambda e: e.date or ""
    )
    assert [(e.date, e.countries) for e in events] == [("2024-04-03", ["NO"]), ("2024-04-11", ["EE"])]


def test_a_sentence_telling_two_acts_at_length_keeps_its_countries() -> None:
    sentence = (
        "Norway said on Monday that its troops would go home, after Estonia withdrew its unit on Friday."
    )
    events = events_of(f"Headline\n\n{sentence}\n", "en", "2024-11-20")
    assert all(set(e.countries) >= {"NO", "EE"} for e in events)
