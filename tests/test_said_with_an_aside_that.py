"""A verb of saying parted from "that" by a short aside ("confirmed for its part that", "a confirmé de son
côté que", "confirmó por su parte que", "bestätigte seinerseits, dass") still opens what was said: the
pluperfect after it is the tense a report shifts back, so the sentence goes on telling the act of the day
told before it (``_said_that`` in store/dates/continuation.py). A pluperfect with no verb of saying before
it is still background.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

STORIES = [
    (
        "en",
        "DAKAR, May 14 (Coast Wire) - The last Belgian soldiers in Senegal left the country on Tuesday.\n\n"
        "The Belgian defence ministry confirmed for its part that the withdrawal had been completed.",
        "for its part",
    ),
    (
        "fr",
        "DAKAR, 14 mai (Dépêche côtière) - Les derniers soldats belges au Sénégal ont quitté le pays"
        " mardi.\n\n"
        "Le ministère belge de la Défense a confirmé de son côté que le retrait était achevé.",
        "de son côté",
    ),
    (
        "es",
        "DAKAR, 14 may (Despacho Costero) - Los últimos soldados belgas en Senegal abandonaron el país el"
        " martes.\n\nEl Ministerio de Defensa belga confirmó por su parte que la retirada había concluido.",
        "por su parte",
    ),
    (
        "de",
        "DAKAR, 14. Mai (Küstendienst) - Die letzten belgischen Soldaten im Senegal haben das Land am"
        " Dienstag verlassen.\n\nDas belgische Verteidigungsministerium bestätigte seinerseits, dass der"
        " Abzug abgeschlossen war.",
        "seinerseits",
    ),
]


@pytest.mark.parametrize(("language", "story", "fragment"), STORIES)
def test_a_pluperfect_after_said_with_an_aside_goes_on_telling_the_day(
    language: str, story: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{story}\n", language, "2024-05-14", fragment)
    assert event.date == "2024-05-14"


def test_a_pluperfect_with_no_verb_of_saying_stays_background() -> None:
    story = (
        "DAKAR, May 14 (Coast Wire) - The last Belgian soldiers in Senegal left the country on Tuesday.\n\n"
        "For its part, the Belgian contingent had already completed its withdrawal from the capital."
    )
    found = [
        e for e in events_of(f"Headline\n\n{story}\n", "en", "2024-05-14") if "For its part" in e.sentence
    ]
    assert all(e.date is None for e in found)
