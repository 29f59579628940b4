"""A deadline named before a completion word ("the deadline agreed for the end of the withdrawal") sets the
completion as a plan: the sentence tells a withdrawal still to come, not one done (store/about/withdrawals.py
``_deadline_before``, ``DEADLINE_NOUNS`` in each language's cues.py)."""

import pytest

from store.about.event_types import classify_event

PLANS = [
    ("en", "Friday is the deadline both sides set for the completion of the pull-out."),
    ("en", "The cut-off date for the end of the troop withdrawal falls on Sunday."),
    ("fr", "Dimanche tombe la date butoir fixée pour la fin du retrait des soldats."),
    ("fr", "Le délai accordé pour la fin du retrait du contingent expire ce vendredi."),
    ("de", "Am Sonntag läuft die Frist für das Ende des Abzugs der Soldaten ab."),
    ("de", "Der Stichtag für das Ende des Abzugs der Truppen ist der 31. Mai."),
    ("es", "El plazo para el fin de la retirada de los soldados es el domingo."),
    ("vi", "Chủ nhật là hạn chót để hoàn tất việc rút quân khỏi căn cứ."),
]

DONE = [
    ("en", "The last soldiers have completed their withdrawal from the base."),
    ("fr", "Le retrait des soldats a été achevé vendredi, dans les délais."),
    ("de", "Der Abzug der Soldaten wurde fristgerecht abgeschlossen."),
    ("es", "Las tropas completaron la retirada el domingo."),
    ("vi", "Binh sĩ đã hoàn tất việc rút quân khỏi căn cứ."),
]


@pytest.mark.parametrize(("lang", "sentence"), PLANS)
def test_completion_a_deadline_sets_is_a_plan(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) == "withdrawal_announced"


@pytest.mark.parametrize(("lang", "sentence"), DONE)
def test_completion_without_a_deadline_before_it_stays_done(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) == "withdrawal_completed"
