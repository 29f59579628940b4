"""The main clause's verb types an event: a cue inside a phrase that only qualifies a noun (a relative
clause, a participle, "born of the coup", "the pact signed with Paris") says what the noun is."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event, reported_kinds


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The government born of the 2021 coup expelled the Danish envoy on Monday.", "en"),
        (
            "Le gouvernement issu du coup d'État a annoncé mardi la fin de la présence militaire française.",
            "fr",
        ),
        ("La junta surgida del golpe de Estado anunció el jueves la expulsión del embajador.", "es"),
        ("Die aus dem Putsch hervorgegangene Regierung kündigte am Montag das Abkommen.", "de"),
    ],
)
def test_a_coup_that_only_names_who_rules_does_not_type_the_event(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "coup"
    assert "coup" not in reported_kinds(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Soldiers seized power in Niamey on Wednesday.", "en"),
        ("Des militaires ont renversé le président; le coup d'État a eu lieu le 26 juillet.", "fr"),
        ("Un golpe de Estado derrocó al presidente el miércoles.", "es"),
    ],
)
def test_a_coup_told_by_the_main_clause_is_still_a_coup(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "coup"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Bamako a annoncé lundi la fin du traité de défense signé avec Paris en 2014.", "fr"),
        ("Chad ended the defence pact signed with France in 2019, the foreign ministry said.", "en"),
        ("El Gobierno anunció el jueves la ruptura del acuerdo de defensa firmado con París en 2019.", "es"),
    ],
)
def test_an_agreement_named_by_its_signing_is_not_a_signing(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "agreement"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Niger and Russia signed a defence agreement on Tuesday.", "en"),
        ("The agreement was signed on Tuesday in Niamey.", "en"),
        ("Le Mali et la Russie ont signé lundi un accord de défense.", "fr"),
        ("L'accord de défense a été signé lundi à Moscou.", "fr"),
        ("Malí y Rusia firmaron el lunes un acuerdo de defensa.", "es"),
    ],
)
def test_a_signing_told_by_the_main_clause_is_an_agreement(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "agreement"


def test_a_deployment_named_by_a_participle_after_a_comma_does_not_type_the_event() -> None:
    sentence = "Germany's defence minister visited Gao on Friday, praising a deployment that began in 2013."
    assert classify_event(sentence, "en") != "deployment"
    assert classify_event("France deployed 400 more soldiers to Gao on Friday.", "en") == "deployment"


def test_the_last_troops_crossing_from_one_country_into_another_completed_the_withdrawal() -> None:
    sentence = (
        "The last Belgian soldiers crossed from Mali into Senegal on Friday, the army said, "
        "closing a deployment that began in 2014."
    )
    assert classify_event(sentence, "en") == "withdrawal_completed"


def test_a_german_separable_verb_of_saying_far_from_its_particle_is_a_statement() -> None:
    sentence = "Das teilte das Verteidigungsministerium am späten Montagabend in Berlin mit."
    assert classify_event(sentence, "de") == "statement"
