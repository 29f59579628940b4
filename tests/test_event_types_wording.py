"""Common news wordings of a handover, a coup and a signing, in several languages."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("The Ivorian contingent handed its camp in Mopti to the Malian army on Sunday.", "en", "handover"),
        (
            "Les Casques bleus ivoiriens ont remis dimanche leur camp de Mopti à l'armée malienne.",
            "fr",
            "handover",
        ),
        ("Army officers ousted President Bazoum on 26 July 2023.", "en", "coup"),
        ("The president was toppled by his own guard on Wednesday.", "en", "coup"),
        ("Offiziere stürzten am 26. Juli 2023 Präsident Bazoum.", "de", "coup"),
        ("Mali and Burkina Faso signed a mutual defence charter on Saturday.", "en", "agreement"),
        ("Le Mali et le Niger ont signé samedi une charte de défense mutuelle.", "fr", "agreement"),
    ],
)
def test_a_common_wording_gets_its_type(sentence: str, language: str, kind: str) -> None:
    assert classify_event(sentence, language) == kind


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Niger's ousted president Mohamed Bazoum said on Monday he was held in Niamey.", "en"),
        ("Das Flugzeug stürzte am Montag bei Gao ab.", "de"),
        ("Le ministre a remis lundi un rapport au président.", "fr"),
    ],
)
def test_a_near_wording_is_not_that_type(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) not in {"coup", "handover"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Die letzten schwedischen Blauhelme haben am Montag ihr Lager in Timbuktu verlassen, hieß es.",
        "Die Bundeswehr hat am 12. Dezember 2023 ihr Feldlager in Gao endgültig geräumt.",
    ],
)
def test_a_german_perfect_framing_a_long_clause_is_a_completed_withdrawal(sentence: str) -> None:
    assert classify_event(sentence, "de") == "withdrawal_completed"


def test_a_german_demand_that_soldiers_leave_is_no_withdrawal() -> None:
    sentence = "Die Regierung hat am Montag gefordert, dass die Soldaten das Land verlassen."
    assert not classify_event(sentence, "de").startswith("withdrawal")


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Egypt's contingent wrapped up its withdrawal from Mali on Oct. 15.", "en", "withdrawal_completed"),
        (
            "All Chinese peacekeepers are now out of Mali, Beijing said on Tuesday.",
            "en",
            "withdrawal_completed",
        ),
        ("The U.N. mission in Mali formally closed on Dec. 31.", "en", "mission_ended"),
        ("MINUSMA officially wound down its operations on Sunday.", "en", "mission_ended"),
        ("La ONU dio por terminada oficialmente la misión el 31 de diciembre.", "es", "mission_ended"),
        ("Die UN-Mission in Mali ist am 31. Dezember offiziell zu Ende gegangen.", "de", "mission_ended"),
        ("Schweden will seine Soldaten im kommenden Jahr aus Mali abziehen.", "de", "withdrawal_announced"),
    ],
)
def test_more_wordings_of_an_end_get_their_type(sentence: str, language: str, kind: str) -> None:
    assert classify_event(sentence, language) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "MINUSMA closed its camp in Ber on Sunday.",
        "The border was closed on Monday, the mission said.",
        "The fighting wound down on Monday, the mission said.",
        "Such an option is out of the question, the mission said.",
    ],
)
def test_a_closing_or_being_out_of_something_else_is_no_end_of_mission(sentence: str) -> None:
    assert classify_event(sentence, "en") not in {"mission_ended", "withdrawal_completed"}
