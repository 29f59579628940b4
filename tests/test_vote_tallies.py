"""A vote's count told after the vote goes on telling that vote (store/extraction/vote_tallies.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

TALLIES = [
    (
        "en",
        "The U.N. Security Council on Tuesday renewed the sanctions on Mali for a year.\n\n"
        "Twelve members voted in favour of the resolution drafted by Britain, "
        "while Russia and China abstained.",
        "voted in favour",
    ),
    (
        "fr",
        "Le Conseil de sécurité de l'ONU a renouvelé mardi les sanctions contre le Mali pour un an.\n\n"
        "Douze membres ont voté pour la résolution britannique, la Russie et la Chine s'abstenant.",
        "ont voté pour",
    ),
    (
        "vi",
        "Hôm thứ Ba, Hội đồng Bảo an Liên hợp quốc đã gia hạn các biện pháp trừng phạt "
        "đối với Mali thêm một năm.\n\n"
        "Nghị quyết do Anh soạn thảo nhận được 12 phiếu thuận, Nga và Trung Quốc bỏ phiếu trắng.",
        "phiếu thuận",
    ),
    (
        "de",
        "Der UN-Sicherheitsrat hat am Dienstag die Sanktionen gegen Mali um ein Jahr verlängert.\n\n"
        "Zwölf Mitglieder stimmten für den britischen Entwurf, Russland und China enthielten sich.",
        "stimmten für",
    ),
    (
        "es",
        "El Consejo de Seguridad de la ONU renovó el martes las sanciones contra Malí por un año.\n\n"
        "Doce miembros votaron a favor del texto británico, mientras Rusia y China se abstuvieron.",
        "votaron a favor",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), TALLIES)
def test_a_tally_told_after_a_vote_is_told_with_that_vote(language, text, fragment):
    events = events_of(text, language, "2024-03-07")
    told = [e for e in events if fragment in e.sentence]
    assert len(told) == 1, [e.sentence for e in events]  # no second event repeats the vote
    vote = told[0]
    assert vote.type == "vote" and vote.date == "2024-03-05"
    assert vote.sentence.startswith(text.split("\n")[0]) and vote.sentence.endswith(text.split("\n")[-1])
    assert vote.end - vote.start == len(vote.sentence)


def test_a_tally_after_a_vote_that_also_names_a_deadline_is_told_with_it():
    text = (
        "The Security Council on Tuesday renewed the sanctions on Mali until August 31, 2025.\n\n"
        "Twelve members voted in favour of the text, while Russia abstained."
    )
    vote = event_for(text, "en", "2024-03-07", "voted in favour")
    assert vote.date == "2024-03-05" and vote.target_date == "2025-08-31"


def test_a_count_after_a_count_is_another_vote_and_stays_untold():
    text = (
        "The Security Council on Tuesday renewed the sanctions on Mali for a year.\n\n"
        "Twelve members voted in favour of the text, while Russia abstained.\n\n"
        "A rival Russian draft won only 2 votes."
    )
    assert not [e for e in events_of(text, "en", "2024-03-07") if "rival" in e.sentence]


def test_a_count_with_no_vote_before_it_tells_nothing():
    text = (
        "The mission's camp in Kidal was handed over to the Malian army on Tuesday.\n\n"
        "Twelve members voted in favour of the text, while Russia abstained."
    )
    assert not [e for e in events_of(text, "en", "2024-03-07") if "voted" in e.sentence]
