"""Figures: counts with a unit, outcomes that become the unit, and numbers that are not counts."""

from __future__ import annotations

from store.about.figures import find_figures


def pairs(
    sentence: str, language: str, exclude: list[tuple[int, int]] | None = None
) -> list[tuple[int, str]]:
    return [(f.value, f.unit) for f in find_figures(sentence, language, exclude or [])]


def test_vietnamese_troops_count_from_seed() -> None:
    s = "Ngày 2/8, Liên hợp quốc (LHQ) thông báo trên 460 binh sĩ Ai Cập tham gia sứ mệnh."
    figures = find_figures(s, "vi", [(0, 9)])
    assert [(f.value, f.unit, f.text) for f in figures] == [(460, "troops", "460 binh sĩ")]


def test_vietnamese_injured_soldiers_become_injured() -> None:
    s = (
        "Ngày 3/11, ông Stephane Dujarric cho biết đã có thêm 7 binh sĩ thuộc Phái bộ gìn giữ hòa "
        "bình của LHQ "
        "ở Mali (MINUSMA) bị thương trong quá trình rút khỏi quốc gia này."
    )
    assert pairs(s, "vi", [(0, 9)]) == [(7, "injured")]


def test_binh_linh_are_troops() -> None:
    assert pairs("Anh tuyên bố rút về nước lực lượng quân đội, gồm 250 binh lính.", "vi") == [(250, "troops")]


def test_english_outcomes_after_the_count() -> None:
    assert pairs("More than 180 MINUSMA members were killed in attacks.", "en") == [(180, "killed")]
    assert pairs("Since then, 303 peacekeepers have been killed in action.", "en") == [(303, "killed")]
    assert pairs("6 soldiers died in the ambush.", "en") == [(6, "killed")]
    assert pairs("a major operation with 216 terrorists killed", "en") == [(216, "killed")]


def test_thousands_separators_per_language() -> None:
    assert pairs("It maintained around 15,000 soldiers and police in Mali.", "en") == [(15000, "troops")]
    assert pairs("La mission comptait 15 000 soldats.", "fr") == [(15000, "troops")]
    assert pairs("Phái bộ có 15.000 binh sĩ.", "vi") == [(15000, "troops")]


def test_french_outcomes() -> None:
    s = "Plus de 180 casques bleus ont été tués et deux soldats français blessés."
    assert pairs(s, "fr") == [(180, "killed"), (2, "injured")]


def test_verb_before_the_count_binds_tighter() -> None:
    s = "An IED killed six soldiers and injured 12 civilians."
    assert pairs(s, "en") == [(6, "killed"), (12, "injured")]


def test_positions_percent_and_money() -> None:
    assert pairs("MINUSMA has vacated 13 positions in Mali.", "en") == [(13, "positions")]
    assert pairs("clients paid in excess of $100,000 for transplants", "en") == [(100000, "USD")]
    assert pairs("turnout reached 20% and 2.5 million people were displaced", "en") == [
        (20, "percent"),
        (2500000, "displaced"),
    ]


def test_word_numbers() -> None:
    assert pairs("Mali had two separate coups in 2020 and 2021.", "en") == [(2, "coups")]
    assert pairs("Cuộc tấn công làm ba người bị thương.", "vi") == [(3, "injured")]


def test_dates_years_ordinals_and_durations_are_not_figures() -> None:
    s = (
        "Senegalese soldier of the 2nd Mechanised Company; T20 World Cup; 24 hours that shook Russia; "
        "its 10-year deployment; the 80th session; set to end in 18 months; a 2020 coup."
    )
    assert pairs(s, "en") == []
    s = "The pullout is expected to be finalized by January 1, 2024."
    assert pairs(s, "en", [(43, 58)]) == []


def test_excluded_date_span_is_skipped_even_with_a_unit() -> None:
    s = "On 12 soldiers day"
    assert pairs(s, "en", [(3, 5)]) == []
    assert pairs(s, "en") == [(12, "troops")]
