"""A time that points back at the one just told ("the same evening", "that month", "ese mismo día", "le
soir même", "am selben Abend", "tối cùng ngày") is that time, even after a flashback, not the
publication date.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

# Published Thursday 2024-03-14; the first sentence is dated Monday 2024-03-11.
EVENING = [
    (
        "en",
        "Niger's junta on Monday revoked the military accord with the United States, a spokesman said.",
        "The same evening, the US embassy in Niamey said it would seek clarification.",
        "US embassy in Niamey said",
    ),
    (
        "fr",
        "La junte nigérienne a dénoncé lundi l'accord militaire avec les États-Unis, a annoncé un "
        "porte-parole.",
        "Le soir même, l'ambassade américaine à Niamey a annoncé qu'elle demanderait des explications.",
        "ambassade américaine",
    ),
    (
        "es",
        "La junta de Níger denunció el lunes el acuerdo militar con Estados Unidos, anunció un portavoz.",
        "Esa misma noche, la embajada estadounidense en Niamey anunció que pediría explicaciones.",
        "embajada estadounidense",
    ),
    (
        "de",
        "Die Junta in Niger kündigte am Montag das Militärabkommen mit den USA, teilte ein Sprecher mit.",
        "In derselben Nacht kündigte die US-Botschaft in Niamey an, sie werde um Aufklärung bitten.",
        "US-Botschaft",
    ),
    (
        "vi",
        "Chính quyền quân sự Niger hôm thứ Hai đã hủy thỏa thuận quân sự với Mỹ, người phát ngôn cho biết.",
        "Đêm hôm đó, đại sứ quán Mỹ tại Niamey tuyên bố sẽ yêu cầu giải thích.",
        "đại sứ quán Mỹ",
    ),
]


@pytest.mark.parametrize(("language", "first", "second", "fragment"), EVENING)
def test_the_same_evening_is_the_day_just_told(language: str, first: str, second: str, fragment: str) -> None:
    event = event_for(f"{first}\n\n{second}\n", language, "2024-03-14", fragment)
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-03-11", "day", False)


MONTH = [
    (
        "en",
        "Burkina Faso expelled three French diplomats in April.",
        "The junta also suspended the broadcaster France 24 that month.",
        "suspended the broadcaster",
    ),
    (
        "fr",
        "Le Burkina Faso a expulsé trois diplomates français en avril.",
        "Ce mois-là, la junte a aussi suspendu la chaîne France 24.",
        "suspendu la chaîne",
    ),
    (
        "es",
        "Burkina Faso expulsó a tres diplomáticos franceses en abril.",
        "Ese mismo mes, la junta suspendió también la cadena France 24.",
        "suspendió también",
    ),
    (
        "de",
        "Burkina Faso wies im April drei französische Diplomaten aus.",
        "Im selben Monat setzte die Junta auch den Sender France 24 ab.",
        "Sender France 24",
    ),
    (
        "vi",
        "Burkina Faso đã trục xuất ba nhà ngoại giao Pháp vào tháng 4.",
        "Cùng tháng, chính quyền quân sự cũng đình chỉ kênh France 24.",
        "đình chỉ kênh",
    ),
]


@pytest.mark.parametrize(("language", "first", "second", "fragment"), MONTH)
def test_that_month_is_the_month_just_told(language: str, first: str, second: str, fragment: str) -> None:
    event = event_for(f"{first}\n\n{second}\n", language, "2024-06-20", fragment)
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-04", "month", False)


FLASHBACK = [
    (
        "en",
        "Burkina Faso expelled two French reporters on Saturday, their newspapers said.",
        "One of the papers had published an inquiry into the army on Tuesday.",
        "That same day, the government suspended the broadcaster France 24.",
        "suspended the broadcaster",
    ),
    (
        "es",
        "Burkina Faso expulsó el sábado a dos periodistas franceses, informaron sus diarios.",
        "Uno de los diarios había publicado el martes una investigación sobre el ejército.",
        "Ese mismo día, el Gobierno suspendió la cadena France 24.",
        "suspendió la cadena",
    ),
    (
        "fr",
        "Le Burkina Faso a expulsé samedi deux journalistes français, ont indiqué leurs journaux.",
        "L'un des journaux avait publié mardi une enquête sur l'armée.",
        "Le même jour, le gouvernement a suspendu la chaîne France 24.",
        "suspendu la chaîne",
    ),
]


@pytest.mark.parametrize(("language", "lead", "flashback", "sentence", "fragment"), FLASHBACK)
def test_the_same_day_after_a_flashback_is_the_flashback_day(
    language: str, lead: str, flashback: str, sentence: str, fragment: str
) -> None:
    text = f"{lead}\n\n{flashback}\n\n{sentence}\n"
    event = event_for(text, language, "2023-04-03", fragment)  # a Monday: Saturday 1, Tuesday 28 March
    assert (event.date, event.date_precision) == ("2023-03-28", "day")
