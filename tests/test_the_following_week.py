"""Weeks in a story: "The following week", "la semaine suivante", "a la semana siguiente", "in der Woche
darauf", "tuần sau đó" count a week from the act just told, kept to its month (a week is no day): after
Monday 27 May, June. "Two weeks later" counts fourteen days, not half a month rounded away.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

CASES = [
    ("en", "The junta expelled the envoy on Monday.", "The following week, the US troops left.", "US"),
    ("fr", "La junte a expulsé l'envoyé lundi.", "La semaine suivante, les soldats sont partis.", "soldats"),
    ("es", "La junta expulsó al enviado el lunes.", "A la semana siguiente, las tropas se fueron.", "tropas"),
    ("de", "Die Junta wies den Gesandten am Montag aus.", "In der Woche darauf zog die Truppe ab.", "Truppe"),
    ("vi", "Quân đội trục xuất đặc phái viên hôm thứ Hai.", "Tuần sau đó, binh sĩ Mỹ rời căn cứ.", "binh sĩ"),
    ("en", "The junta expelled the envoy on Monday.", "Two weeks later, the US troops left.", "US"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "first", "second", "fragment"), CASES)
def test_a_week_after_the_act_told(language: str, first: str, second: str, fragment: str) -> None:
    event = event_for(f"{first}\n\n{second}\n", language, "2024-06-01", fragment)  # Monday: May 27
    assert (event.date, event.date_precision) == ("2024-06", "month")
