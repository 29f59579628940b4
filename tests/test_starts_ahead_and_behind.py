""" "From" may start what is to come ("partiront dès octobre", "ab Oktober sollen", "a partir de octubre
saldrán", "từ tháng 10 ... sẽ"); "since" starts what is behind ("seit Anfang Januar werden ...
zurückgebracht", "depuis début août").

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

PUBLISHED = "2024-09-12"


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "From October, the engineers will leave the Ménaka camp.", "engineers"),
        ("fr", "Les sapeurs quitteront le camp de Ménaka dès octobre.", "sapeurs"),
        ("de", "Ab Oktober sollen die Pioniere das Lager in Ménaka räumen.", "Pioniere"),
        ("es", "A partir de octubre, los zapadores dejarán el campamento de Ménaka.", "zapadores"),
        ("vi", "Từ tháng 10, công binh sẽ rời căn cứ Ménaka.", "công binh"),
    ],
)
def test_a_start_told_in_the_future_is_ahead(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == (PUBLISHED, "2024-10")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "From October, the engineers left the Ménaka camp in small groups.", "engineers"),
        ("de", "Seit Oktober werden die Fahrzeuge aus Ménaka zurückgebracht.", "Fahrzeuge"),
        ("fr", "Depuis octobre, les véhicules sont rapatriés de Ménaka.", "véhicules"),
    ],
)
def test_a_start_told_in_the_past_or_with_since_is_behind(language: str, text: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.target_date) == ("2023-10", None)
