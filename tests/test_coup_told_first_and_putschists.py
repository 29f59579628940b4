"""link30's typing classes (from holdout16's false links), on sentences written for them:

- the putschists (the people) are no coup: "the army said it backed the putschists", "ECOWAS gave the
  putschists a week" tell what others do about a coup told elsewhere, not the coup;
- a coup told first, and what the putschists did next in the same breath ("seized power and suspended the
  constitution", "a renversé le président et suspendu les institutions"), is the coup;
- "removed the president from power" tells a coup."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The army command said on Friday it backed the putschists to avoid bloodshed.", "en"),
        ("Le chef d'état-major a apporté vendredi son soutien aux putschistes.", "fr"),
        ("Die Armeeführung stellte sich am Freitag hinter die Putschisten.", "de"),
    ],
)
def test_backing_the_putschists_is_no_coup(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) != "coup"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Officers seized power in Conakry on Sunday and suspended the constitution.", "en"),
        ("Des officiers ont renversé dimanche le président et suspendu la Constitution.", "fr"),
        ("Mutinous soldiers removed the president from power on Sunday.", "en"),
        ("Le putsch a eu lieu dimanche à l'aube.", "fr"),
    ],
)
def test_a_coup_told_first_is_the_coup(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "coup"


def test_a_coup_in_a_relative_clause_leaves_the_act_its_type() -> None:
    sentence = (
        "The junta, which seized power in a coup last year, suspended the French broadcaster on Monday."
    )
    assert classify_event(sentence, "en") == "media_ban"


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        (
            "The bloc closed its borders on Sunday, three days after officers overthrew the president.",
            "en",
            "coup",
        ),
        ("The sanctions came two weeks after the army seized power in Conakry.", "en", "coup"),
        ("La Cédéao a fermé ses frontières dimanche, trois jours après le coup d'État.", "fr", "coup"),
        (
            "Khối này đóng cửa biên giới hôm Chủ nhật, ba ngày sau khi quân đội lật đổ tổng thống.",
            "vi",
            "coup",
        ),
    ],
)
def test_a_coup_in_a_clause_of_time_after_the_act_is_background(
    sentence: str, language: str, kind: str
) -> None:
    assert classify_event(sentence, language) != kind


def test_a_coup_told_before_a_clause_of_time_is_the_coup() -> None:
    assert classify_event("Officers overthrew the president four days after the election.", "en") == "coup"
