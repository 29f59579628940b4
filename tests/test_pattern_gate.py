"""The gates that let a sentence skip date shapes it cannot match never change the mentions found."""

from __future__ import annotations

import re

import pytest

import store.dates.mentions as mentions
from store.dates.grammar import patterns
from store.dates.pattern_gate import fold, gate_for, gates, has_digit, passes

SENTENCES = {
    "en": [
        "The last Chinese peacekeepers left Gao three days ago, the mission said on Saturday.",
        "Two years later, on 21 October 2023, the convoy reached Tessalit before dawn.",
        "Germany will pull out its 1,000 soldiers by the end of May 2024, and Sweden next month.",
        "THE BUNDESWEHR SAID LAST WEEKEND ITS FINAL FLIGHT LEFT NIAMEY THE FOLLOWING DAY.",
        "Talks resumed in mid-2022 after the 2020 coup; no date was set.",
    ],
    "fr": [
        "Le dernier convoi a quitté Kidal il y a deux semaines, a indiqué la Minusma mardi dernier.",
        "Le 15 août 2022, les derniers soldats français ont quitté le Mali ; le lendemain, Barkhane a fini.",
        "D'ici la fin de l'année, le contingent sera rapatrié, trois mois plus tard que prévu.",
    ],
    "vi": [
        "Ngày 3/11, đoàn xe cuối cùng đã rời khỏi Tessalit, hai tuần sau khi Liên hợp quốc thông báo.",
        "Hôm thứ Bảy, lực lượng gìn giữ hòa bình rút khỏi Gao vào tháng 12 năm 2023.",
    ],
}


def _ungated(sentence: str, language: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    with monkeypatch.context() as patched:
        patched.setattr(mentions, "passes", lambda *_: True)
        return [repr(m) for m in mentions.find_mentions(sentence, language)]


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_gated_mentions_are_the_mentions_of_every_shape(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for sentence in SENTENCES[language]:
        for variant in (sentence, sentence.upper(), sentence.lower()):
            found = [repr(m) for m in mentions.find_mentions(variant, language)]
            assert found == _ungated(variant, language, monkeypatch)
    assert mentions.find_mentions(SENTENCES[language][0], language)  # the sentences do carry dates


def test_every_shape_that_matches_passes_its_gate() -> None:
    for language, sentences in SENTENCES.items():
        for shape, gate in zip(patterns(language), gates(language), strict=True):
            for sentence in sentences:
                if shape[0].search(sentence):
                    assert passes(gate, fold(sentence), has_digit(sentence)), (
                        language,
                        shape[0].pattern[:80],
                    )


def test_an_ago_shape_is_skipped_by_a_sentence_without_its_word() -> None:
    gate = gate_for(re.compile(r"\b(?P<x>(?P<n>\d{1,3}|two|three)\s+(?P<unit>days?|weeks?)\s+ago)\b", re.I))
    sentence = "The convoy left Gao on Saturday, three days before the deadline."
    assert not passes(gate, fold(sentence), has_digit(sentence))
    sentence = "The convoy left Gao three days AGO."
    assert passes(gate, fold(sentence), has_digit(sentence))


def test_letters_that_ignorecase_matches_to_ascii_still_pass() -> None:
    # The Kelvin sign matches "k", the dotted capital I matches "i" under re.IGNORECASE.
    pattern = re.compile(r"\b(?P<x>weekend|kidal)\b", re.I)
    gate = gate_for(pattern)
    for sentence in ("the \u212aidal camp", "the WEEKEND", "the weekend"):
        assert pattern.search(sentence)
        assert passes(gate, fold(sentence), has_digit(sentence))
    dotted = re.compile(r"\b(?P<x>mid)\b", re.I)
    assert dotted.search("M\u0130D")
    assert passes(gate_for(dotted), fold("M\u0130D"), False)


def test_a_shape_of_digits_needs_a_digit() -> None:
    gate = gate_for(re.compile(r"(?P<year>(?:19|20)\d\d)"))
    assert not passes(gate, fold("in the year of the coup"), False)
    assert passes(gate, fold("in 2020"), True)


def test_every_character_ignorecase_takes_for_an_ascii_letter_or_digit_folds_to_it() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for c in "abcdefghijklmnopqrstuvwxyz0123456789":
        for match in re.finditer(re.escape(c), every, re.IGNORECASE):
            assert c in fold(match.group()), hex(ord(match.group()))
