"""A date in a participle of beginning after a noun ("the pull-out, started in April,", "le retrait entamé
en avril", "der im April eingeleitete Rückzug") dates when that noun's process began, not the act the
sentence tells: that act keeps its other date, or the paragraph's (store/dates/begun_phrases.py).

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

# Published Wednesday 2024-05-15: "Tuesday" is 2024-05-14.
WITH_ITS_OWN_DAY = [
    (
        "en",
        "The pull-out of the Danish contingent, started in April, was completed on Tuesday at the Ansongo "
        "camp.",
    ),
    ("fr", "Le désengagement du contingent danois entamé en avril s'est achevé mardi au camp d'Ansongo."),
    (
        "de",
        "Der im April eingeleitete Rückzug des dänischen Kontingents endete am Dienstag im Lager Ansongo.",
    ),
    (
        "es",
        "La retirada del contingente danés iniciada en abril concluyó el martes en el campamento de Ansongo.",
    ),
    (
        "vi",
        "Cuộc rút quân của lực lượng Đan Mạch bắt đầu từ tháng 4 đã hoàn tất hôm thứ Ba tại trại Ansongo.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), WITH_ITS_OWN_DAY)
def test_a_participle_of_beginning_gives_the_act_no_second_date(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-15")
    assert events, "the end of the withdrawal is an event"
    assert {e.date for e in events} == {"2024-05-14"}


# The act the second paragraph tells (the withdrawal's end) has no day of its own: the handover's.
TOLD_AFTER_A_DATED_ACT = [
    (
        "en",
        "Danish soldiers handed the Ansongo camp to the Malian army on Tuesday.\n\n"
        "This step completes the Danish withdrawal, started four months earlier.",
    ),
    (
        "fr",
        "Les soldats danois ont remis mardi le camp d'Ansongo à l'armée malienne.\n\n"
        "Cette étape signe la fin du retrait danois entamé quatre mois plus tôt.",
    ),
    (
        "es",
        "Los soldados daneses entregaron el martes el campamento de Ansongo al ejército maliense.\n\n"
        "Este paso completa la retirada danesa iniciada cuatro meses antes.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TOLD_AFTER_A_DATED_ACT)
def test_an_act_whose_only_date_is_its_nouns_start_takes_the_paragraphs_day(language: str, text: str) -> None:
    events = events_of(f"{text}\n", language, "2024-05-15")
    ended = [e for e in events if e.type == "withdrawal_completed"]
    assert ended, "the end of the withdrawal is an event"
    assert {e.date for e in ended} == {"2024-05-14"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("fr", "Les soldats danois ont entamé en avril leur retrait du camp d'Ansongo."),
        ("es", "Los soldados daneses han iniciado en abril su retirada del campamento de Ansongo."),
        ("vi", "Binh sĩ Đan Mạch đã bắt đầu từ tháng 4 rút khỏi trại Ansongo."),
    ],
)
def test_a_participle_after_an_auxiliary_is_the_acts_own_tense(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-15")
    assert "2024-04" in {e.date for e in events}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "The training mission, launched in February to coach the special forces, lasted only a few "
            "months.",
        ),
        (
            "fr",
            "La mission de formation, lancée en février pour encadrer les forces spéciales, n'aura duré "
            "que quelques mois.",
        ),
    ],
)
def test_a_sentence_telling_nothing_but_the_start_keeps_its_date(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-15")
    assert {e.date for e in events} == {"2024-02"}


# Published Friday 2024-05-17: "Monday" is 2024-05-13.
@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The offensive, launched on Monday, killed ten fighters near Menaka."),
        ("fr", "L'offensive lancée lundi par l'armée a tué dix combattants près de Ménaka."),
        ("es", "La ofensiva lanzada el lunes por el ejército mató a diez combatientes cerca de Menaka."),
    ],
)
def test_a_start_told_to_the_day_still_dates_an_act_with_no_other_date(language: str, sentence: str) -> None:
    events = events_of(f"{sentence}\n", language, "2024-05-17")
    assert events
    assert {e.date for e in events} == {"2024-05-13"}
