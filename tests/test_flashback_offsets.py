"""A day counted back in a pluperfect clause hanging on a dated act ("launched on Friday against columns
that had seized the town a day earlier") is the act's background: the sentence reports the act once, on
its own day (store/extraction/flashback_offsets.py)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

ACTS = [
    (
        "en",
        "NIAMEY, March 9 (Desert Wire) - Chad sent troops into Niger on Friday, backing soldiers against "
        "rebels who had taken the border post of Assamaka a day earlier.\n",
    ),
    (
        "fr",
        "NIAMEY, 9 mars (Agence Sahel Presse) - Le Tchad a envoyé vendredi des troupes au Niger contre les "
        "rebelles qui s'étaient emparés la veille du poste frontière d'Assamaka.\n",
    ),
    (
        "de",
        "NIAMEY, 9. März (Sahel-Agentur) - Der Tschad hat am Freitag Truppen nach Niger entsandt, gegen "
        "Rebellen, die am Vortag den Grenzposten Assamaka eingenommen hatten.\n",
    ),
    (
        "es",
        "NIAMEY, 9 mar (Agencia Sahel) - Chad envió el viernes tropas a Níger contra los rebeldes, que "
        "habían tomado el día anterior el puesto fronterizo de Assamaka.\n",
    ),
]


@pytest.mark.parametrize(("language", "text"), ACTS, ids=[a[0] for a in ACTS])
def test_a_day_counted_back_in_a_background_clause_gives_the_act_no_second_event(
    language: str, text: str
) -> None:
    events = events_of(text, language, "2024-03-09")
    assert [e.date for e in events] == ["2024-03-08"]


def test_a_day_counted_back_in_a_clause_of_its_own_is_an_event_still() -> None:
    text = (
        "NIAMEY, March 9 (Desert Wire) - French troops left the Ouallam camp on Friday; rebels had attacked "
        "their convoy a day earlier.\n"
    )
    assert sorted(e.date for e in events_of(text, "en", "2024-03-09")) == ["2024-03-07", "2024-03-08"]
