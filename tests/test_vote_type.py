"""A council's or parliament's vote or veto whose act has no other type is typed ``vote``."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event
from store.about.type_labels import event_type_label
from store.exports.acled import TYPE_MAP
from store.linking.kinds import FAMILY
from store.model import EVENT_TYPES, SHORT_TYPE_LABELS


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("China vetoed a U.N. resolution extending the arms embargo on Mali.", "en"),
        ("La Chine a opposé son veto au renouvellement de l'embargo onusien sur les armes.", "fr"),
        ("China vetó en el Consejo de Seguridad la renovación del embargo de armas.", "es"),
        ("China legte am Dienstag im Sicherheitsrat ihr Veto gegen die Verlängerung des Embargos ein.", "de"),
        ("Trung Quốc đã phủ quyết nghị quyết của Liên hợp quốc về việc gia hạn lệnh cấm vận vũ khí.", "vi"),
    ],
)
def test_a_veto_in_the_council_is_a_vote_whatever_it_blocks(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "vote"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Security Council on Friday lifted the travel bans on four Malian officials.", "en"),
        ("Le Conseil de sécurité a levé vendredi les sanctions visant quatre responsables maliens.", "fr"),
        ("El Consejo de Seguridad levantó el viernes las sanciones contra funcionarios malienses.", "es"),
        ("Der Sicherheitsrat hat am Freitag die Sanktionen gegen vier malische Politiker aufgehoben.", "de"),
        ("Hội đồng Bảo an hôm thứ Sáu đã dỡ bỏ lệnh trừng phạt đối với bốn quan chức Mali.", "vi"),
    ],
)
def test_sanctions_lifted_by_a_vote_are_a_vote(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "vote"


def test_a_resolution_adopted_that_ends_or_deploys_nothing_is_a_vote() -> None:
    text = "The Security Council adopted a resolution on Thursday condemning the attacks on civilians."
    assert classify_event(text, "en") == "vote"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The president vetoed the pension bill on Friday.", "en"),
        ("Le président a opposé vendredi son veto à la loi sur les retraites.", "fr"),
    ],
)
def test_a_presidents_veto_of_a_law_is_no_council_vote(text: str, lang: str) -> None:
    assert classify_event(text, lang) != "vote"


def test_a_council_vote_ending_a_mission_stays_mission_ended() -> None:
    text = "The Security Council voted unanimously on Friday to end the MINUSMA peacekeeping mission."
    assert classify_event(text, "en") == "mission_ended"


def test_a_mandate_renewed_is_not_typed_a_vote() -> None:
    text = "Le Conseil de sécurité a prolongé jeudi le mandat de la MINUSMA pour un an."
    assert classify_event(text, "fr") != "vote"


def test_a_veto_only_urged_is_not_cast() -> None:
    text = "Bamako urged Moscow to veto the U.N. resolution on sanctions, officials said."
    assert classify_event(text, "en") != "vote"


def test_vote_is_a_type_the_browser_the_exports_and_linking_know() -> None:
    assert "vote" in EVENT_TYPES
    assert SHORT_TYPE_LABELS["vote"] == "vote"
    assert event_type_label("vote") == "vote"
    assert TYPE_MAP["vote"] == ("Strategic developments", "Strategic developments", "Other")
    assert FAMILY["vote"] == "vote"
