"""Clauses of time and their tense (store/dates/temporal_clauses.py).

- A clause opened by "once", "dès que", "en cuanto", "sobald", "một khi" under a verb of what may or will
  come tells what is still ahead, whatever tense its own verb wears: its date is the plan's target.
- "después de que el Consejo decidiera en marzo": a "que" that closes a conjunction of time opens no plan;
  the date is of the act it tells, in the past.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

# Published Friday 2024-04-26: May 6 lies ahead.
PENDING = [
    (
        "en",
        "A spokesman said the battalion could redeploy once Niger has organised its referendum on May 6.",
        "battalion could redeploy",
    ),
    (
        "fr",
        "Un porte-parole a indiqué que le bataillon pourrait revenir dès que le Niger a organisé son "
        "référendum le 6 mai.",
        "bataillon pourrait revenir",
    ),
    (
        "es",
        "Un portavoz indicó que el batallón podría regresar en cuanto Níger haya celebrado su referéndum "
        "el 6 de mayo.",
        "batallón podría regresar",
    ),
    (
        "de",
        "Ein Sprecher erklärte, das Bataillon könne zurückkehren, sobald Niger am 6. Mai sein Referendum "
        "abgehalten hat.",
        "Bataillon könne",
    ),
    (
        "vi",
        "Người phát ngôn cho biết tiểu đoàn có thể quay lại một khi Niger đã tổ chức trưng cầu dân ý "
        "ngày 6/5.",
        "tiểu đoàn có thể",
    ),
]


@pytest.mark.parametrize(("language", "sentence", "fragment"), PENDING)
def test_a_clause_waiting_for_a_future_act_dates_the_plan(
    language: str, sentence: str, fragment: str
) -> None:
    event = event_for(sentence + "\n", language, "2024-04-26", fragment)
    assert event.target_date == "2024-05-06"
    assert event.date == "2024-04-26"


def test_a_clause_of_time_told_in_the_past_keeps_its_past_date() -> None:
    sentence = "The battalion left once Niger had organised its referendum on March 6.\n"
    event = event_for(sentence, "en", "2024-04-26", "battalion left")
    assert (event.date, event.target_date) == ("2024-03-06", None)


CONJUNCTION = [
    (
        "El contingente regresó el pasado viernes, después de que Bamako ordenara en febrero su salida.",
        "ordenara en febrero",
    ),
    (
        "La base quedó vacía el pasado viernes, antes de que la junta exigiera en marzo la retirada total.",
        "exigiera en marzo",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment"), CONJUNCTION)
def test_a_conjunction_ending_in_que_opens_no_plan(sentence: str, fragment: str) -> None:
    events = [e for e in _events(sentence) if fragment in e.sentence]
    months = {(e.date, e.target_date) for e in events}
    month = "2024-02" if "febrero" in fragment else "2024-03"
    assert (month, None) in months  # the month is the order's, in the past: no plan a year ahead
    assert all(e.target_date is None for e in events)


def _events(sentence: str) -> list:
    from tests.extract_helpers import events_of

    return events_of(sentence + "\n", "es", "2024-05-23")
