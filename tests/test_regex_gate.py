"""Cue patterns behind their gates (store.text.regex_gate) find exactly what the bare patterns find."""

from __future__ import annotations

import copy
import pickle
import re

from store.about.acts import _cues as act_cues
from store.about.event_cues import compiled, cue_languages
from store.about.places import _near_pattern, _patterns
from store.document import boilerplate_cues
from store.text.regex_gate import GatedPattern, fold, gated, has_digit, passes

SENTENCES = [
    "The last UN peacekeepers withdrew from the Tessalit camp on Saturday, the mission said.",
    "Mali's junta expelled France's ambassador and gave him 72 hours to leave the country.",
    "Les derniers soldats français ont quitté le Niger ; le contingent a été rapatrié mardi.",
    "Niger a suspendu la diffusion de RFI et de France 24, a annoncé le gouvernement jeudi.",
    "Ngày 3/11, đoàn xe cuối cùng của phái bộ đã rút khỏi Tessalit, Liên hợp quốc cho biết.",
    "Chính quyền quân sự yêu cầu đại sứ Pháp rời khỏi đất nước trong vòng 48 giờ.",
    "Die Bundeswehr hat am Dienstag ihre letzten Soldaten aus Niamey abgezogen.",
    "El Gobierno de Malí expulsó al embajador y suspendió las emisiones de France 24.",
    "BY CONTINUING YOU CONSENT TO OUR USE OF COOKIES. SUBSCRIBE TO OUR NEWSLETTER.",
    "Abonnez-vous à notre newsletter ; politique de confidentialité et consentement aux cookies.",
    "Đăng ký nhận bản tin, theo dõi chúng tôi và tải ứng dụng. Chính sách bảo mật.",
    "The \u212aidal camp was handed over; M\u0130NUSMA's \u017fpokesman said the withdrawal ended.",
    "Le camp militaire de Tessalit, dans la région de Kidal, près de Gao ; the Ménaka region.",
    "Binh sĩ đồn trú tại Ansongo, tỉnh Gao, gần biên giới; stationed at Ouallam in the town of Ayorou.",
]


def _cue_patterns() -> list[re.Pattern[str]]:
    found: list[re.Pattern[str]] = []
    for lang in cue_languages():
        found += compiled(lang).cues.values()
        found += act_cues(lang).values()
    found += [boilerplate_cues.COOKIE, boilerplate_cues.PROMO, boilerplate_cues.CAPTION_INSIDE]
    found += [*_patterns(), _near_pattern()]
    return found


def _bare(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return pattern.regex if isinstance(pattern, GatedPattern) else pattern


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_gated_cues_find_what_the_bare_cues_find() -> None:
    patterns = _cue_patterns()
    assert sum(isinstance(p, GatedPattern) for p in patterns) > 50  # most cues have a gate
    for pattern in patterns:
        bare = _bare(pattern)
        for sentence in SENTENCES:
            for text in (sentence, sentence.upper(), sentence.lower()):
                assert _spans(pattern.finditer(text)) == _spans(bare.finditer(text)), bare.pattern[:60]
                assert pattern.findall(text) == bare.findall(text)
                for pos, end in ((0, len(text)), (10, 40), (len(text) // 2, len(text))):
                    found, expected = pattern.search(text, pos, end), bare.search(text, pos, end)
                    assert (found and found.span()) == (expected and expected.span())
                    found, expected = pattern.match(text, pos, end), bare.match(text, pos, end)
                    assert (found and found.span()) == (expected and expected.span())


def test_a_news_sentence_skips_the_cookie_notice_pattern_but_a_banner_does_not() -> None:
    gate = boilerplate_cues.COOKIE.gate  # type: ignore[attr-defined]
    news = "Les derniers soldats français ont quitté le Niger, a annoncé le gouvernement."
    assert not passes(gate, fold(news), has_digit(news))
    banner = "Politique de CONFIDENTIALITÉ : nous utilisons des cookies."
    assert passes(gate, fold(banner), has_digit(banner))
    assert boilerplate_cues.COOKIE.search(banner)


def test_a_vietnamese_cue_is_gated_by_its_own_letters() -> None:
    pattern = gated(re.compile(r"đăng\s+ký|theo\s+dõi\s+chúng\s+tôi", re.IGNORECASE))
    assert isinstance(pattern, GatedPattern)
    assert "đăng" in pattern.gate[0][1]  # not "ng", which most English lines contain
    assert pattern.search("ĐĂNG KÝ nhận bản tin")
    assert not pattern.search("Nothing to sign up for in this English line")


def test_a_pattern_that_requires_only_short_words_is_left_bare() -> None:
    pattern = re.compile(r"\b(?:a|an|on)\s+\w+", re.IGNORECASE)
    assert gated(pattern) is pattern


def test_every_character_ignorecase_takes_for_a_required_letter_folds_to_it() -> None:
    letters = {
        c
        for pattern in _cue_patterns()
        if isinstance(pattern, GatedPattern)
        for _, words in pattern.gate
        for word in words
        for c in word
        if not c.isascii()
    }
    assert {"đ", "é"} <= letters
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for c in sorted(letters):
        for match in re.finditer(re.escape(c), every, re.IGNORECASE):
            assert c in fold(match.group()), (c, hex(ord(match.group())))


def test_a_gated_pattern_survives_a_copy_and_a_pickle() -> None:
    pattern = gated(re.compile(r"\bwithdr[ae]w\w*", re.IGNORECASE))
    assert isinstance(pattern, GatedPattern)
    for twin in (copy.deepcopy(pattern), pickle.loads(pickle.dumps(pattern))):
        assert twin.search("The troops WITHDREW on Friday").group() == "WITHDREW"  # type: ignore[union-attr]
        assert twin.pattern == pattern.pattern
