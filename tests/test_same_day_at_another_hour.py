"""An act told "earlier in the day", "dans la matinée", "wenige Stunden zuvor", "horas antes", "vài giờ
trước đó" happened on the day of the act told before it, even in another paragraph and in the
pluperfect; a day the sentence names itself outranks it; with nothing told before, it stays undated.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

CASES = [
    (
        "en",
        "The last Italian trainers left Niger on Tuesday, the defence ministry said.",
        "They had handed the Niamey air base over to the Nigerien army earlier in the day.",
        "handed the Niamey",
    ),
    (
        "en",
        "The last Italian trainers left Niger on Tuesday, the defence ministry said.",
        "The departure came hours after the junta's spokesman told state television that foreign "
        "troops would have to leave.",
        "The departure came",
    ),
    (
        "fr",
        "Les derniers formateurs italiens ont quitté le Niger mardi, a indiqué le ministère de la Défense.",
        "Ils avaient remis dans la matinée la base aérienne de Niamey à l'armée nigérienne.",
        "remis dans la matinée",
    ),
    (
        "de",
        "Die letzten italienischen Ausbilder haben Niger am Dienstag verlassen, teilte das Ministerium mit.",
        "Wenige Stunden zuvor hatten sie den Luftwaffenstützpunkt in Niamey an die Armee übergeben.",
        "Wenige Stunden zuvor",
    ),
    (
        "es",
        "Los últimos instructores italianos salieron de Níger el martes, informó el Ministerio de Defensa.",
        "Horas antes habían entregado la base aérea de Niamey al ejército nigerino.",
        "Horas antes",
    ),
    (
        "vi",
        "Những huấn luyện viên Italy cuối cùng đã rời khỏi Niger hôm thứ Ba, Bộ Quốc phòng cho biết.",
        "Vài giờ trước đó, họ đã bàn giao căn cứ không quân ở Niamey cho quân đội Niger.",
        "Vài giờ trước đó",
    ),
]


@pytest.mark.parametrize(("language", "first", "second", "fragment"), CASES)
def test_an_act_at_another_hour_takes_the_day_told_before(
    language: str, first: str, second: str, fragment: str
) -> None:
    text = f"{first}\n\n{second}\n"
    event = event_for(text, language, "2024-03-07", fragment)  # a Thursday: Tuesday is 5 March
    assert (event.date, event.date_precision, event.date_inferred) == ("2024-03-05", "day", False)


@pytest.mark.parametrize(
    ("language", "sentence", "fragment"),
    [
        ("en", "Hours after the vote, the last Italian trainers left Niger on Wednesday.", "Hours after"),
        (
            "fr",
            "Dans la matinée du 6 mars, les derniers formateurs italiens ont quitté le Niger.",
            "Dans la matinée",
        ),
    ],
)
def test_a_day_of_its_own_outranks_the_day_told_before(language: str, sentence: str, fragment: str) -> None:
    first = {
        "en": "The last Italian trainers left Niger on Tuesday, the defence ministry said.",
        "fr": "Les derniers formateurs italiens ont quitté le Niger mardi, a indiqué le ministère.",
    }[language]
    events = [
        e for e in events_of(f"{first}\n\n{sentence}\n", language, "2024-03-07") if fragment in e.sentence
    ]
    assert [e.date for e in events] == ["2024-03-06"]


def test_with_nothing_told_before_the_hour_gives_no_day() -> None:
    text = "Ils avaient remis dans la matinée la base aérienne de Niamey à l'armée nigérienne.\n"
    event = event_for(text, "fr", "2024-03-07", "remis dans la matinée")
    assert event.date is None


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "en",
            "The last Italian trainers left Niger on Tuesday, the defence ministry said.\n\n"
            '"Our work in Niamey ended today," Colonel Marco Bassi told reporters.\n\n'
            "Rome had decided in January to bring the contingent home.\n\n"
            "Hours before, the trainers had handed their camp over to the Nigerien army.\n",
            "Hours before",
        ),
        (
            "de",
            "Die letzten italienischen Ausbilder haben Niger am Dienstag verlassen, teilte Rom mit.\n\n"
            "„Unser Einsatz in Niamey ist heute zu Ende gegangen“, sagte Oberst Marco Bassi.\n\n"
            "Rom hatte im Januar beschlossen, das Kontingent zurückzuholen.\n\n"
            "Wenige Stunden zuvor hatten die Ausbilder ihr Lager an die Armee übergeben.\n",
            "Wenige Stunden zuvor",
        ),
        (
            "es",
            "Los últimos instructores italianos salieron de Níger el martes, informó Defensa.\n\n"
            "«Nuestra misión en Niamey terminó hoy», dijo el coronel Marco Bassi.\n\n"
            "Roma había decidido en enero repatriar al contingente.\n\n"
            "Horas antes, los instructores habían entregado su campamento al ejército nigerino.\n",
            "Horas antes",
        ),
    ],
)
def test_the_hour_counts_from_the_last_day_told_outside_quotes(
    language: str, text: str, fragment: str
) -> None:
    event = event_for(text, language, "2024-03-07", fragment)
    assert (event.date, event.date_precision) == ("2024-03-05", "day")


@pytest.mark.parametrize(
    ("language", "first", "second", "own_day"),
    [
        (
            "de",
            "Die letzten italienischen Ausbilder haben Niger am Dienstag verlassen.",
            "Am Vormittag hatten sie den Stützpunkt in Niamey an die Armee übergeben.",
            "Am Vormittag des 6. März hatten sie den Stützpunkt in Niamey an die Armee übergeben.",
        ),
        (
            "es",
            "Los últimos instructores italianos salieron de Níger el martes.",
            "Por la mañana habían entregado la base de Niamey al ejército nigerino.",
            "El miércoles por la mañana habían entregado la base de Niamey al ejército nigerino.",
        ),
        (
            "en",
            "The last Italian trainers left Niger on Tuesday.",
            "That night, the army moved into the Niamey base they had handed over.",
            "On the night of March 6, the army moved into the Niamey base they had handed over.",
        ),
        (
            "fr",
            "Les derniers formateurs italiens ont quitté le Niger mardi.",
            "Dans la nuit, l'armée a pris possession de la base de Niamey.",
            "Dans la nuit du 6 mars, l'armée a pris possession de la base de Niamey.",
        ),
    ],
)
def test_a_part_of_the_day_is_the_day_told_unless_the_sentence_names_one(
    language: str, first: str, second: str, own_day: str
) -> None:
    told = event_for(f"{first}\n\n{second}\n", language, "2024-03-07", second[:12])
    assert (told.date, told.date_precision) == ("2024-03-05", "day")
    named = event_for(f"{first}\n\n{own_day}\n", language, "2024-03-07", own_day[:12])
    assert named.date == "2024-03-06"
