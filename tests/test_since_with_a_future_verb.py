"""Vietnamese "kể từ" and Spanish "desde" are "since" in a past or present clause and "as from" in a
future one: "sẽ tạm ngừng ... kể từ ngày 15/8", "desde el 1 de enero ... estarán"
announce a start to come (the target), not a day of last year.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from tests.extract_helpers import event_for

PUBLISHED = "2022-07-16"


def test_kể_từ_with_a_future_verb_is_a_start_to_come() -> None:
    text = "Bộ Quốc phòng hôm qua cho biết Đức sẽ ngừng mọi chuyến bay tiếp tế tới Gao kể từ ngày 1/9."
    event = event_for(f"Tiêu đề\n\n{text}\n", "vi", PUBLISHED, "ngừng")
    assert (event.date, event.target_date) == ("2022-07-15", "2022-09-01")


def test_kể_từ_in_a_past_clause_stays_behind_the_report() -> None:
    text = "Binh sĩ Đức đã đóng quân tại Gao kể từ ngày 20/1."
    event = event_for(f"Tiêu đề\n\n{text}\n", "vi", PUBLISHED, "đóng quân")
    assert (event.date, event.target_date) == ("2022-01-20", None)


def test_english_since_is_never_read_as_a_start_to_come() -> None:
    text = "German soldiers have been stationed in Gao since January 20 and will stay there."
    event = event_for(f"Headline\n\n{text}\n", "en", PUBLISHED, "stationed")
    assert event.date == "2022-01-20"


def test_spanish_desde_with_a_future_verb_is_a_start_to_come() -> None:
    text = (
        "El Ministerio de Defensa anunció ayer que desde el 1 de septiembre Alemania suspenderá"
        " todos los vuelos a Gao."
    )
    event = event_for(f"Titular\n\n{text}\n", "es", PUBLISHED, "suspenderá")
    assert (event.date, event.target_date) == ("2022-07-15", "2022-09-01")


def test_spanish_desde_with_a_future_after_the_date_is_a_start_to_come() -> None:
    text = "Desde el 1 de enero, las tropas francesas estarán bajo el mando de la misión europea, dijo Gómez."
    event = event_for(f"Titular\n\n{text}\n", "es", "2022-12-20", "estarán")
    assert event.target_date == "2023-01-01"


def test_spanish_desde_in_a_past_clause_stays_behind_the_report() -> None:
    text = "Los soldados alemanes están desplegados en Gao desde el 20 de enero."
    event = event_for(f"Titular\n\n{text}\n", "es", PUBLISHED, "desplegados")
    assert (event.date, event.target_date) == ("2022-01-20", None)
