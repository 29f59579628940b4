"""Office holders as evidence in a chronology with no year at all: their terms outweigh the months' turns
in choosing which way the list runs, and an entry on the very day a named person's term began or ended is
that day.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _years(text: str, language: str) -> list[int]:
    return [int(e.date[:4]) for e in events_of(text, language, None) if e.date]


@pytest.mark.parametrize(
    ("language", "entries"),
    [
        (
            "en",
            (
                "Oct. 20: President François Hollande visits the troops in Gao.",
                "June 30: Defence Minister Florence Parly inspects the base in Niamey.",
                "Feb. 10: Defence Minister Boris Pistorius visits the airbase in Niamey.",
            ),
        ),
        (
            "fr",
            (
                "20 octobre : le président François Hollande rend visite aux troupes à Gao.",
                "30 juin : la ministre Florence Parly inspecte la base de Niamey.",
                "10 février : le ministre allemand Boris Pistorius visite la base aérienne de Niamey.",
            ),
        ),
        (
            "de",
            (
                "20. Oktober: Präsident François Hollande besucht die Truppen in Gao.",
                "30. Juni: Ministerin Florence Parly besichtigt den Stützpunkt in Niamey.",
                "10. Februar: Verteidigungsminister Boris Pistorius besucht den Lufttransportstützpunkt.",
            ),
        ),
    ],
)
def test_terms_of_office_choose_the_direction_the_months_do_not(
    language: str, entries: tuple[str, ...]
) -> None:
    text = "Chronology\n\n" + "\n\n".join(entries) + "\n"
    hollande, parly, pistorius = _years(text, language)
    assert hollande <= 2016 and 2017 <= parly <= 2022 and pistorius >= 2023


@pytest.mark.parametrize(
    ("language", "entries"),
    [
        ("en", ("April 2: Mohamed Bazoum is sworn in as president.", "May 14: French troops leave Ménaka.")),
        (
            "fr",
            (
                "2 avril : Mohamed Bazoum prête serment à Niamey.",
                "14 mai : les soldats français quittent Ménaka.",
            ),
        ),
        (
            "es",
            (
                "2 de abril: Mohamed Bazoum jura su cargo en Niamey.",
                "14 de mayo: las tropas francesas dejan Ménaka.",
            ),
        ),
    ],
)
def test_an_entry_on_the_day_a_term_began_is_that_day(language: str, entries: tuple[str, ...]) -> None:
    text = "Chronology\n\n" + "\n\n".join(entries) + "\n"
    first = next(e for e in events_of(text, language, None) if "Bazoum" in e.sentence)
    assert (first.date, first.date_inferred) == ("2021-04-02", True)
    assert "term as president (NE) began" in first.date_reason
