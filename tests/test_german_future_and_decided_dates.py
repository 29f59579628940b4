"""Three ways a date's side was misread, each written for this test (none from the seeds or corpora):

- German indirect speech puts the future in the subjunctive ("werde", "solle", "müsse"): "sagte, der
  Stützpunkt werde am 15. Januar übergeben" is a plan ahead of the statement;
- a verb-final clause puts the participle after the date and the future auxiliary before its
  preposition ("wird nach dem 1. Januar geschlossen"): the auxiliary is as near the date as the participle;
- a date right after a verb of deciding or asking tells when it was decided ("quyết định vào tháng 3 không
  gia hạn"), not when the decided act comes ("yêu cầu phái bộ rời các căn cứ vào ngày 15/1" still does).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

REPORTED = [
    "Der Minister sagte, der Stützpunkt werde am 15. Januar an die Armee übergeben.",
    "Der Sprecher erklärte, das Kontingent solle am 15. Januar abziehen.",
    "Laut dem Ministerium müsse die Botschafterin das Land am 15. Januar verlassen.",
]


@pytest.mark.parametrize("sentence", REPORTED)
def test_the_reported_future_of_indirect_speech_is_a_plan(sentence: str) -> None:
    event = event_for(sentence + "\n", "de", "2024-12-29", sentence.split()[1])
    assert (event.date, event.target_date) == ("2024-12-29", "2025-01-15")


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Stützpunkt in Gao wird nach dem 1. Januar geschlossen.",
        "Die Ausbildungsmission wird nach dem 1. Januar beendet, sagte ein Sprecher.",
    ],
)
def test_a_future_auxiliary_before_the_dates_preposition_governs_it(sentence: str) -> None:
    event = event_for(sentence + "\n", "de", "2024-12-29", sentence.split()[1])
    assert event.target_date == "2025-01-01"


def test_a_date_right_after_deciding_is_when_it_was_decided() -> None:
    sentence = "Hội đồng EU quyết định vào tháng 3 không gia hạn sứ mệnh huấn luyện tại Mali.\n"
    event = event_for(sentence, "vi", "2024-05-23", "quyết định")
    assert (event.date, event.target_date) == ("2024-03", None)


def test_a_date_after_the_asked_for_act_is_still_the_plan() -> None:
    sentence = "Chính phủ Mali đã yêu cầu phái bộ rời các căn cứ vào ngày 15/1.\n"
    event = event_for(sentence, "vi", "2024-12-20", "yêu cầu")
    assert (event.date, event.target_date) == ("2024-12-20", "2025-01-15")
