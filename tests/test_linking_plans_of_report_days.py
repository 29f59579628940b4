"""link30's classes (from holdout15's false links), on sentences written for them:

- two plans whose sentences give no day (each dated by its report's day) and name only the country every
  report names share the day they were written, not one decision: "aid groups warned the departure would
  leave villages unprotected" is not "the peacekeepers are to leave by the end of the year", though both are
  withdrawals still to come in the host on one day. Dated by their own words ("announced on Friday"), one
  government's plan of a day is still one occurrence;
- an English perfect with an adverb before its participle ("had already quit", "has now fully withdrawn")
  tells a withdrawal done, as the French, German, Spanish and Vietnamese perfects do; so does a German
  perfect whose frame holds a dozen words ("hat am Vortag ihr Lager in ... im Norden verlassen")."""

from __future__ import annotations

from typing import Any

import pytest

from store.about.event_types import classify_event
from store.linking.compatibility import compatible, profile

COMMON = frozenset({"ML"})  # a store about the mission leaving Mali


def _plan(i: str, sentence: str, language: str, day_text: str | None = None) -> dict[str, Any]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "sentence": sentence,
        "language": language,
        "date": "2024-03-08",
        "date_precision": "day",
        "date_text": day_text,
        "type": classify_event(sentence, language),
        "countries": ["ML"],
        "places": [],
    }


UNDATED_PLANS = [
    _plan(
        "en",
        # (prec32: "aid groups warned the departure would leave villages unprotected" is now a warning,
        # no plan: tests/test_withdrawal_feared_not_planned.py)
        "The blue helmets will have to leave the country by the end of the year.",
        "en",
    ),
    _plan("de", "Die rund 12.000 Blauhelme sollen das Land bis zum Jahresende verlassen.", "de"),
    _plan("fr", "Les casques bleus devront quitter le pays d'ici la fin de l'année.", "fr"),
    _plan("es", "Los cascos azules deberán abandonar el país antes de fin de año.", "es"),
]


@pytest.mark.parametrize(
    ("a", "b"), [(UNDATED_PLANS[0], p) for p in UNDATED_PLANS[1:]], ids=lambda e: e["id"]
)
def test_two_plans_dated_only_by_their_reports_are_not_one_decision(
    a: dict[str, Any], b: dict[str, Any]
) -> None:
    assert a["type"] == b["type"] == "withdrawal_announced"
    assert compatible(profile(a), profile(b), COMMON) is None


def test_plans_their_sentences_date_are_still_one_decision_of_that_day() -> None:
    en = _plan(
        "en2",
        "The government announced on Friday that the blue helmets would leave the country.",
        "en",
        "Friday",
    )
    vi = _plan(
        "vi2",
        "Hôm thứ Sáu, chính phủ tuyên bố lực lượng gìn giữ hòa bình sẽ rời khỏi đất nước.",
        "vi",
        "thứ Sáu",
    )
    assert en["type"] == vi["type"] == "withdrawal_announced"
    found = compatible(profile(en), profile(vi), COMMON)
    assert found is not None and "one withdrawal announced a day" in found.reason


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The battalion had already quit Ménaka on March 3, weeks ahead of schedule, officials said.", "en"),
        ("The Swedish contingent has already withdrawn from Timbuktu.", "en"),
        ("The last engineers have now fully left the Ogossagou camp.", "en"),
        ("Le bataillon avait déjà quitté Ménaka le 3 mars.", "fr"),
        ("Das Bataillon hatte Ménaka bereits am 3. März verlassen.", "de"),
        ("El batallón ya había abandonado Ménaka el 3 de marzo.", "es"),
        ("Tiểu đoàn đã rời Ménaka từ ngày 3/3.", "vi"),
        # a German frame (Satzklammer) may hold a dozen words between the auxiliary and its participle
        (
            "Die Bundeswehr hat am Dienstagmorgen nach zehn Jahren ihr letztes Feldlager in Gao "
            "im Osten des Landes verlassen.",
            "de",
        ),
        (
            "Das Kontingent hatte am Vortag auch seinen kleinen Stützpunkt bei Ménaka "
            "im Süden der Region geräumt.",
            "de",
        ),
    ],
)
def test_a_perfect_with_an_adverb_tells_a_withdrawal_done(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_completed"


def test_quitting_no_place_is_no_withdrawal() -> None:
    assert (
        classify_event("Many soldiers quit smoking during the long deployment.", "en")
        != "withdrawal_completed"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Rom hat am Freitag den Abzug seiner Soldaten und des Militärattachés aus dem Niger angekündigt.",
        "Die Regierung hat den Abzug der Soldaten und des Botschafters aus dem Tschad angekündigt.",
    ],
)
def test_a_german_frame_closed_by_its_participle_announces(sentence: str) -> None:
    # "aus dem Tschad" right before the participle qualifies no noun: the participle closes the frame
    assert classify_event(sentence, "de") == "withdrawal_announced"


def test_a_participle_before_its_noun_still_only_qualifies_it() -> None:
    sentence = "Seit dem im Juni angekündigten Abzug sind zwei Lager im Norden geräumt worden."
    assert classify_event(sentence, "de") != "withdrawal_announced"
