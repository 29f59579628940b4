"""A departure whose date's clause an apposition cuts from its subject ("L'ambassadeur de France, Pierre
Martin, a quitté Bamako mercredi") is read with that subject: an envoy leaving is no withdrawal of troops,
whether the name between commas is there or not. Troops after an apposition still withdraw. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

ENVOY = {
    "fr": "BAMAKO, 3 février (AOA) - L'ambassadeur de France au Mali, Pierre Martin, a quitté Bamako "
    "mercredi matin à bord d'un vol pour Paris.",
    "en": "BAMAKO, Feb 3 (TCP) - France's ambassador to Mali, Pierre Martin, left Bamako on "
    "Wednesday morning on a flight to Paris.",
    "es": "BAMAKO, 3 feb (AIA) - El embajador de Francia en Malí, Pierre Martin, abandonó Bamako el "
    "miércoles por la mañana en un vuelo a París.",
}


@pytest.mark.parametrize("language", sorted(ENVOY))
def test_an_envoy_named_in_apposition_leaving_is_no_withdrawal(language: str) -> None:
    events = events_of(f"Headline\n\n{ENVOY[language]}\n", language, "2022-02-03")
    assert events and all(not e.type.startswith("withdrawal") for e in events)


def test_troops_after_an_apposition_still_withdraw() -> None:
    sentence = (
        "BAMAKO, Feb 3 (TCP) - The Swedish contingent, some 250 soldiers, left its camp in Timbuktu on "
        "Wednesday morning."
    )
    events = events_of(f"Headline\n\n{sentence}\n", "en", "2022-02-03")
    assert [e.type for e in events] == ["withdrawal_completed"]
