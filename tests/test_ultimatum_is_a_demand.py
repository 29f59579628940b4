"""Weeks or months given to someone else to leave ("gave the troops a month to leave", "leur a accordé
un mois pour partir", "cho binh sĩ một tháng để rút") is an ultimatum: a departure demanded, typed
``demand`` even beside the pact it ends, not a withdrawal announced. Time one gives itself is its own
plan; hours given to a person are an expulsion (store/languages/<code>/cues.py ``_ULTIMATUM``)."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The new rulers gave the Belgian contingent two months to leave the country.", "en"),
        ("The decree gives Brussels one month to pull its instructors out, the spokesman said.", "en"),
        (
            "Le régime a dénoncé l'accord de coopération et accordé un mois aux soldats belges pour partir.",
            "fr",
        ),
        ("La junte a donné deux mois au contingent belge pour quitter le pays.", "fr"),
        ("Die Junta gab den belgischen Soldaten zwei Monate, um das Land zu verlassen.", "de"),
        ("La junta dio al contingente belga dos meses para abandonar el país.", "es"),
        ("Chính quyền mới cho binh sĩ Bỉ hai tháng để rời khỏi đất nước.", "vi"),
    ],
)
def test_time_given_to_others_to_leave_is_a_demand(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "demand"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Brussels gave itself two months to withdraw its instructors.", "en"),
        ("La Belgique s'est donné deux mois pour retirer ses instructeurs.", "fr"),
        ("Belgien gab sich zwei Monate, um seine Ausbilder abzuziehen.", "de"),
    ],
)
def test_time_one_gives_itself_is_no_demand(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "demand"


def test_hours_given_to_an_envoy_stay_an_expulsion() -> None:
    sentence = "La junta le dio el lunes un plazo de 48 horas para salir del país al embajador belga."
    assert classify_event(sentence, "es") == "expulsion"
