""" "... handed over its last base in the capital on Thursday. The last French soldiers left the country.": an
undated act that refers back to "the country" is of the day of the act before it, though the demonym of who
left names another country.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of


@pytest.mark.parametrize(
    ("language", "paragraph", "fragment"),
    [
        (
            "en",
            "The army handed over the Faya camp to the Chadian forces on Thursday. "
            "The last French soldiers left the country.",
            "left the country",
        ),
        (
            "fr",
            "L'armée a remis jeudi le camp de Faya aux forces tchadiennes. "
            "Les derniers soldats français ont quitté le pays.",
            "quitté le pays",
        ),
        (
            "es",
            "El ejército entregó el jueves el campamento de Faya a las fuerzas chadianas. "
            "Los últimos soldados franceses abandonaron el país.",
            "abandonaron el país",
        ),
    ],
)
def test_the_country_referred_back_to_keeps_the_day(language: str, paragraph: str, fragment: str) -> None:
    event = event_for(f"Headline\n\n{paragraph}\n", language, "2025-01-31", fragment)
    assert (event.date, event.date_inferred) == ("2025-01-30", True)


def test_another_country_named_outright_does_not_take_the_day() -> None:
    text = (
        "Headline\n\nThe army handed over the Faya camp to the Chadian forces on Thursday. "
        "The last French soldiers left Senegal.\n"
    )
    senegal = [e for e in events_of(text, "en", "2025-01-31") if "Senegal" in e.sentence]
    assert all(e.date is None for e in senegal)
