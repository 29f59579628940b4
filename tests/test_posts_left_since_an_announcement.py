"""A post left "since the announcement of the withdrawal" is a completed departure: the announcement named
as the time since which it happened is background (store/about/withdrawals.py); French "retrait" is a
noun, not a conditional ending in "-rait"."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("C'est le troisième camp quitté par les casques bleus depuis l'annonce du retrait.", "fr"),
        ("It is the third base vacated by the peacekeepers since the announcement of the withdrawal.", "en"),
        ("Es el tercer campamento abandonado por los cascos azules desde el anuncio de la retirada.", "es"),
        ("Les casques bleus ont quitté jeudi le camp de Ber, une étape du retrait.", "fr"),
    ],
)
def test_a_post_left_since_the_announcement_is_a_completed_departure(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_completed"


@pytest.mark.parametrize(
    "sentence",
    [
        "Paris a annoncé jeudi le retrait de ses troupes.",
        "Les troupes quitteront le camp de Ber d'ici la fin de l'année.",
        "Le gouvernement a décidé le retrait des soldats avant l'été.",
    ],
)
def test_an_announcement_or_a_plan_of_leaving_stays_an_announcement(sentence: str) -> None:
    assert classify_event(sentence, "fr") == "withdrawal_announced"


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("The withdrawal will take four to six months, according to the army.", "en", "withdrawal_announced"),
        ("Le retrait des soldats devrait durer six mois, selon l'état-major.", "fr", "withdrawal_announced"),
        ("Der Abzug wird vier bis sechs Monate dauern, so der Generalstab.", "de", "withdrawal_announced"),
        ("La retirada durará entre cuatro y seis meses, según el Elíseo.", "es", "withdrawal_announced"),
        ("Le retrait a commencé dès le début du mois de janvier.", "fr", "withdrawal_started"),
        ("Le retrait avait commencé le 1er juillet.", "fr", "withdrawal_started"),
        ("La fin du retrait est prévue pour décembre.", "fr", "withdrawal_announced"),
        ("31 décembre : fin officielle du retrait des casques bleus.", "fr", "withdrawal_completed"),
        ("Dec. 31: official end of the withdrawal of the peacekeepers.", "en", "withdrawal_completed"),
        ("31. Dezember: offizielles Ende des Abzugs der Blauhelme.", "de", "withdrawal_completed"),
        ("31 de diciembre: fin oficial de la retirada de los cascos azules.", "es", "withdrawal_completed"),
    ],
)
def test_a_withdrawal_named_as_a_noun_takes_the_stage_its_own_verb_tells(
    sentence: str, language: str, kind: str
) -> None:
    assert classify_event(sentence, language) == kind
