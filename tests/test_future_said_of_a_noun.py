"""A future in a relative clause set off by a comma tells what a noun will do next, not when the act told
happened: "The camp has been transferred to the army, which will decide how to use it", told right after a
dated handover, goes on telling that handover's day (``continues_the_day`` in
store/dates/continuation.py). A future of the sentence's own verb still keeps it off that day.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

STORIES = [
    (
        "en",
        "MENAKA, May 14 (Desert Wire) - Danish troops handed over their camp at Menaka to the Malian army on"
        " Tuesday.\n\nThe camp has been transferred to the Malian army, which will decide how to use it.",
        "transferred",
    ),
    (
        "fr",
        "MÉNAKA, 14 mai (Dépêche du désert) - Les soldats danois ont remis mardi leur camp de Ménaka à"
        " l'armée malienne.\n\nLe camp a été remis à l'armée malienne, qui décidera de son usage.",
        "a été remis",
    ),
    (
        "vi",
        "MENAKA, 14/5 - Binh sĩ Đan Mạch đã bàn giao doanh trại ở Menaka cho quân đội Mali hôm thứ Ba.\n\n"
        "Doanh trại đã được bàn giao cho quân đội Mali, nơi sẽ đặt bộ chỉ huy khu vực.",
        "đã được bàn giao",
    ),
    (
        "de",
        "MENAKA, 14. Mai (Wüstendienst) - Dänische Soldaten haben ihr Lager in Menaka am Dienstag an die"
        " malische Armee übergeben.\n\nDas Lager wurde an die malische Armee übergeben, die über die Nutzung"
        " entscheiden wird.",
        "Das Lager wurde",
    ),
    (
        "es",
        "MENAKA, 14 may (Despacho del Desierto) - Los soldados daneses entregaron el martes su campamento de"
        " Ménaka al Ejército maliense.\n\nEl campamento fue entregado al Ejército maliense, que decidirá su"
        " uso.",
        "fue entregado",
    ),
]


@pytest.mark.parametrize(("language", "story", "fragment"), STORIES)
def test_a_future_in_a_relative_clause_keeps_the_handovers_day(
    language: str, story: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{story}\n", language, "2024-05-14", fragment)
    assert event.date == "2024-05-14"


def test_a_future_of_the_sentences_own_verb_keeps_it_off_that_day() -> None:
    story = (
        "MENAKA, May 14 (Desert Wire) - Danish troops handed over their camp at Menaka to the Malian army on"
        " Tuesday.\n\nThe camp will be handed to the regional governor, officials said."
    )
    found = [e for e in _events(story) if "governor" in e.sentence]
    assert all(e.date != "2024-05-14" or e.target_date for e in found)


def _events(story: str) -> list:
    from tests.extract_helpers import events_of

    return events_of(f"Headline\n\n{story}\n", "en", "2024-05-14")
