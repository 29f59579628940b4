"""A town of the country the troops crossed into, told in the paragraph after the lead ("The last convoy
crossed into Niger, where France keeps an air base at Niamey"), is where they went, not another camp
left: the sentence still tells the lead's act of that day (store/extraction/lead_story.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

# Published Tuesday 2022-08-16: "Monday" is 2022-08-15.
CROSSED = [
    (
        "en",
        "France completed its pull-out from Mali on Monday by handing over its last base, in Gao, to the "
        "Malian army, the French general staff said.",
        "The last contingent crossed into Niger, where France keeps an air base at Niamey.",
        "last contingent",
    ),
    (
        "es",
        "Francia completó el lunes su retirada de Malí al entregar su última base, en Gao, al ejército "
        "maliense, informó el Estado Mayor francés.",
        "El último contingente cruzó la frontera con Níger, donde Francia mantiene una base aérea en Niamey.",
        "último contingente",
    ),
    (
        "fr",
        "La France a achevé lundi son retrait du Mali en remettant sa dernière base, à Gao, à l'armée "
        "malienne, a indiqué l'état-major français.",
        "Le dernier contingent a franchi la frontière vers le Niger, où la France garde une base aérienne à "
        "Niamey.",
        "dernier contingent",
    ),
    (
        "vi",
        "Pháp đã hoàn tất việc rút quân khỏi Mali hôm thứ Hai khi bàn giao căn cứ cuối cùng ở Gao cho quân "
        "đội Mali, bộ tham mưu Pháp cho biết.",
        "Đoàn xe cuối cùng đã vượt biên giới sang Niger, nơi Pháp duy trì một căn cứ không quân ở Niamey.",
        "Đoàn xe cuối cùng",
    ),
]


@pytest.mark.parametrize(("language", "lead", "sentence", "fragment"), CROSSED)
def test_a_town_of_the_country_crossed_into_is_where_they_went(
    language: str, lead: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"{lead}\n\n{sentence}\n", language, "2022-08-16", fragment)
    assert (event.date, event.date_precision) == ("2022-08-15", "day")
    assert event.places == ["Gao"]  # where the act was, not the town of the country they went to


def test_another_camp_of_the_same_country_is_still_another_act() -> None:
    lead = (
        "France completed its pull-out from Mali on Monday by handing over its last base, in Gao, to the "
        "Malian army, the French general staff said."
    )
    sentence = "French troops also left the camp at Ménaka, handing it over to the Malian army."
    event = event_for(f"{lead}\n\n{sentence}\n", "en", "2022-08-16", "Ménaka")
    assert event.date != "2022-08-15"
