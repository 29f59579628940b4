"""A vote ending a mission and troops leaving on the same day are two occurrences: a body's decision and the
movement it decides, though both are ends of one family, of one day, in one country. Reports written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.linking.decided_acts import vote_beside_move
from store.linking.profiles import Profile
from tests.linking_helpers import event_of, ingest, write_reports

# (the vote, its fragment, the departure that day, its fragment), each in its language.
PAIRS = {
    "en": (
        "UNITED NATIONS, June 30 (Wire) - The Security Council voted on Friday to end the UN peacekeeping "
        "mission in Mali.\n",
        "voted",
        "The first peacekeepers left their camp in Mali on Friday, a UN spokesman said.\n",
        "first peacekeepers",
    ),
    "fr": (
        "Le Conseil de sécurité a voté vendredi la fin de la mission de l'ONU au Mali.\n",
        "a voté",
        "Les premiers Casques bleus ont quitté vendredi le Mali, selon un porte-parole.\n",
        "premiers Casques",
    ),
    "es": (
        "El Consejo de Seguridad votó el viernes el fin de la misión de la ONU en Malí.\n",
        "votó",
        "Los primeros cascos azules abandonaron el viernes su campamento en Malí.\n",
        "primeros cascos",
    ),
    "de": (
        "Der UN-Sicherheitsrat hat am Freitag für das Ende der Friedensmission in Mali gestimmt.\n",
        "gestimmt",
        "Die ersten Blauhelme haben am Freitag ihr Lager in Mali verlassen.\n",
        "ersten Blauhelme",
    ),
    "vi": (
        "Hội đồng Bảo an hôm thứ Sáu đã bỏ phiếu chấm dứt phái bộ gìn giữ hòa bình tại Mali.\n",
        "bỏ phiếu",
        "Những binh sĩ gìn giữ hòa bình đầu tiên đã rời trại của họ tại Mali hôm thứ Sáu.\n",
        "đầu tiên",
    ),
}


@pytest.mark.parametrize("language", sorted(PAIRS))
def test_a_vote_and_a_departure_of_one_day_stay_two(tmp_path: Path, language: str) -> None:
    vote_text, vote_part, move_text, move_part = PAIRS[language]
    paths = write_reports(
        tmp_path / "d", {"vote.txt": ("2023-06-30", vote_text), "move.txt": ("2023-06-30", move_text)}
    )
    events = ingest(tmp_path / "e.json", paths)
    vote, move = event_of(events, vote_part), event_of(events, move_part)
    assert vote["type"] == "mission_ended" and move["type"] in ("withdrawal_completed", "withdrawal_started")
    assert vote["date"] == move["date"] == "2023-06-30"
    assert vote["cluster"] != move["cluster"]


def _profile(kind: str, text: str) -> Profile:
    return Profile(
        id=text, doc=text, date="2023-06-30", precision="day", inferred=False, type=kind,
        countries=frozenset({"ML"}), places=frozenset(), towns=frozenset(), figures=(), sentence_events=1,
        text=text, language="en",
    )  # fmt: skip


def test_a_mission_ended_without_a_vote_is_no_vote() -> None:
    ended = _profile("mission_ended", "The UN mission in Mali formally ended its operations on Friday.")
    left = _profile("withdrawal_completed", "The last peacekeepers left Mali on Friday.")
    voted = _profile("mission_ended", "The Security Council voted on Friday to end the mission in Mali.")
    terms = _profile("withdrawal_completed", "The resolution gives the mission until December 31 to leave.")
    terms = Profile(**{**{f: getattr(terms, f) for f in terms.__slots__}, "target": "2023-12-31"})
    assert not vote_beside_move(ended, left)
    assert vote_beside_move(left, voted)
    assert not vote_beside_move(voted, terms)  # a movement given a deadline is the vote's terms
