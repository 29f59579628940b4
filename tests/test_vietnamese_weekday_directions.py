"""Vietnamese writes the direction after the weekday: "vào thứ Ba tới" is the coming Tuesday (often with no
"sẽ"), "hôm thứ Ba vừa qua" the one gone by; "hôm thứ Ba tới Niamey", "tới thăm" are the verb "to come".

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from tests.extract_helpers import event_for

PUBLISHED = "2024-11-07"  # a Thursday: Tuesdays are 5 and 12 November


def test_the_coming_tuesday() -> None:
    event = event_for("Binh sĩ Đức rời căn cứ Gao vào thứ Ba tới.\n", "vi", PUBLISHED, "Binh sĩ")
    assert (event.date, event.target_date) == (PUBLISHED, "2024-11-12")


def test_the_tuesday_gone_by() -> None:
    event = event_for("Binh sĩ Đức đã rời căn cứ Gao hôm thứ Ba vừa qua.\n", "vi", PUBLISHED, "Binh sĩ")
    assert (event.date, event.target_date) == ("2024-11-05", None)


def test_toi_before_a_place_is_the_verb_to_come() -> None:
    event = event_for("Bộ trưởng Pistorius hôm thứ Ba tới Niamey để hội đàm.\n", "vi", PUBLISHED, "Pistorius")
    assert (event.date, event.target_date) == ("2024-11-05", None)
