""" "Two weeks earlier" counts from the day the sentence before tells its act on, not from a state's start
that sentence also names ("... left on Friday, ending a presence contested since the July 2023 coup");
weeks counted from a day keep the month that day lands in; "two weeks earlier than planned" compares and
dates nothing.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

PUBLISHED = "2023-12-02"  # a Saturday: "Friday" is 1 December


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "NIAMEY, Dec 2 (Reuters) - The last French soldiers left Niger on Friday, ending a "
            "presence contested since the July 2023 coup. Two weeks earlier, the army had handed "
            "over its base in Ouallam.",
            "handed over",
        ),
        (
            "fr",
            "NIAMEY, 2 décembre 2023 (AFP) - Les derniers soldats français ont quitté le Niger "
            "vendredi, un départ exigé depuis le coup d'Etat de juillet 2023. Deux semaines plus "
            "tôt, l'armée avait remis sa base d'Ouallam.",
            "remis",
        ),
        (
            "de",
            "NIAMEY, 2. Dezember (dpa) - Die letzten französischen Soldaten haben Niger am Freitag "
            "verlassen, ein Abzug, der seit dem Putsch im Juli 2023 gefordert wurde. Zwei Wochen "
            "zuvor hatte die Armee ihren Stützpunkt in Ouallam übergeben.",
            "übergeben",
        ),
        (
            "es",
            "Niamey, 2 dic (EFE).- Los últimos soldados franceses abandonaron Níger el viernes, una "
            "salida exigida desde el golpe de julio de 2023. Dos semanas antes, el ejército había "
            "entregado su base de Ouallam.",
            "entregado",
        ),
    ],
)
def test_weeks_earlier_count_from_the_acts_day_not_from_a_states_start(
    language: str, text: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, PUBLISHED, fragment)
    assert (event.date, event.date_precision) == ("2023-11", "month")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Die Blauhelme haben am Freitag ihr Lager in Kidal verlassen, zwei Wochen früher als geplant.",
        ),
        ("fr", "Les Casques bleus ont quitté vendredi leur camp de Kidal, deux semaines plus tôt que prévu."),
        (
            "es",
            "Los cascos azules abandonaron el viernes su campamento de Kidal, dos semanas antes de "
            "lo previsto.",
        ),
        ("en", "The peacekeepers left their camp in Kidal on Friday, two weeks earlier than planned."),
    ],
)
def test_weeks_earlier_than_planned_date_nothing(language: str, text: str) -> None:
    found = [(e.date, e.target_date) for e in events_of(f"Headline\n\n{text}\n", language, PUBLISHED)]
    assert found == [("2023-12-01", None)]
