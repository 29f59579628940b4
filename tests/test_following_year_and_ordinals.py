"""'The following year' in every language counts from the previous event; 'thứ hai' may be 'second'."""

from __future__ import annotations

import pytest

from store.dates.mentions import find_mentions
from tests.extract_helpers import events_of


@pytest.mark.parametrize(
    ("text", "language", "fragment"),
    [
        (
            "The junta took power in May 2021; the following year, it expelled the French ambassador.",
            "en",
            "expelled",
        ),
        (
            "La junte a pris le pouvoir en mai 2021 ; l'année suivante, elle a expulsé le diplomate.",
            "fr",
            "expulsé",
        ),
        (
            "Die Junta übernahm im Mai 2021 die Macht; im Jahr darauf wies sie den Botschafter aus.",
            "de",
            "Botschafter",
        ),
        (
            "La junta tomó el poder en mayo de 2021; al año siguiente, expulsó al embajador francés.",
            "es",
            "expulsó",
        ),
        (
            "Chính quyền quân sự lên nắm quyền tháng 5/2021; một năm sau, họ trục xuất đại sứ Pháp.",
            "vi",
            "trục xuất",
        ),
    ],
)
def test_the_following_year_is_a_year_after_the_previous_event(
    text: str, language: str, fragment: str
) -> None:
    events = [
        e
        for e in events_of(f"Report\n\n{text}\n", language, published="2024-09-02")
        if fragment in e.sentence
    ]
    assert any(e.date == "2022" and e.date_precision == "year" for e in events), [
        (e.date, e.date_reason) for e in events
    ]


@pytest.mark.parametrize(
    ("sentence", "language", "text"),
    [
        ("Le mois précédent, l'armée avait quitté Tessalit.", "fr", "Le mois précédent"),
        (
            "Die Bundeswehr schickte 2013 Ausbilder; ein Jahr später folgten Aufklärer.",
            "de",
            "ein Jahr später",
        ),
        ("Im folgenden Jahr zog die Bundeswehr ab.", "de", "Im folgenden Jahr"),
        ("El año anterior, la misión había perdido a diez cascos azules.", "es", "El año anterior"),
    ],
)
def test_narrative_units_are_read(sentence: str, language: str, text: str) -> None:
    found = [m for m in find_mentions(sentence, language) if m.kind == "narrative"]
    assert [sentence[m.start : m.end] for m in found] == [text]


def test_next_year_from_now_is_no_narrative() -> None:
    kinds = {m.kind for m in find_mentions("Die Regierung will im nächsten Jahr abziehen.", "de")}
    assert "narrative" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Cuộc đảo chính thứ hai đưa đại tá Goïta lên nắm quyền.",
        "Đây là lần thứ 2 Mali trục xuất một đại sứ châu Âu.",
        "Nhiệm kỳ thứ năm của phái bộ bắt đầu vào tháng 7.",
    ],
)
def test_a_vietnamese_ordinal_is_no_weekday(sentence: str) -> None:
    assert not [m for m in find_mentions(sentence, "vi") if m.kind == "weekday"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hôm thứ hai, binh sĩ Pháp rời Gao.",
        "Binh sĩ Pháp rời Gao vào thứ Hai.",
        "Thứ hai (12/5), binh sĩ Pháp rời Gao.",
        "Bộ trưởng cho biết thứ hai tuần trước binh sĩ đã rời Gao.",
    ],
)
def test_a_vietnamese_weekday_stays_a_weekday(sentence: str) -> None:
    assert [m for m in find_mentions(sentence, "vi") if m.kind == "weekday"]
