"""Finding date expressions: what is a date, what only looks like one, and the exact spans."""

from __future__ import annotations

import pytest

from store.dates.mentions import find_mentions


def texts(sentence: str, language: str = "en") -> list[str]:
    """The date expressions of ``sentence`` (a year in a name, "the 2015 Agreement", is not one)."""
    return [m.text for m in find_mentions(sentence, language) if m.named != "name"]


def test_offsets_index_the_sentence_exactly() -> None:
    sentence = "Having begun on Saturday, the pullout is expected to be finalized by January 1, 2024."
    for m in find_mentions(sentence, "en"):
        assert sentence[m.start : m.end] == m.text
    assert texts(sentence) == ["Saturday", "January 1, 2024"]


@pytest.mark.parametrize(
    "sentence",
    [
        "He is a Senegalese soldier of the 2nd Mechanised Company of the battalion.",
        "Pakistan shuns T20 World Cup match with India.",
        "24 hours that shook Russia: experts weigh in.",
        "The mission has ended its 10-year deployment in the country.",
        "It had previously maintained around 15,000 soldiers and police.",
        "Lavrov addressed the 80th session of the General Assembly.",
        "The parties to the 2015 Agreement on Peace and Reconciliation should honour the ceasefire.",
        "Organs sold for more than $100,000 each.",
        "The liquidation period was set to last 18 months.",
    ],
)
def test_numbers_that_are_not_dates(sentence: str) -> None:
    assert texts(sentence) == []


def test_vietnamese_duration_in_years_is_not_a_date() -> None:
    assert texts("sau gần 10 năm tham chiến nhằm đẩy lùi các lực lượng nổi dậy", "vi") == []


def test_two_years_in_one_sentence_are_two_mentions() -> None:
    mentions = find_mentions("Mali has seen two separate coups in 2020 and 2021.", "en")
    assert [(m.text, m.year) for m in mentions] == [("2020", 2020), ("2021", 2021)]


def test_year_in_a_name_counts_when_it_dates_the_event() -> None:
    assert texts("It seized power in a 2020 coup.") == ["2020"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Mali confirms withdrawal by mid-November.", ("mid-November", 11, None, "mid")),
        ("The pullout ended in late April.", ("late April", 4, None, "late")),
        ("It completed its withdrawal by the end of 2024.", ("the end of 2024", None, 2024, "late")),
    ],
)
def test_early_mid_late_modifiers(sentence: str, expected: tuple) -> None:
    (m,) = find_mentions(sentence, "en")
    assert (m.text, m.month, m.year, m.mod) == expected


def test_weekday_dates_in_captions_keep_the_full_date() -> None:
    (m,) = find_mentions("at a departure ceremony held in Bamako, Mali, Monday, Dec. 11, 2023.", "en")
    assert (m.year, m.month, m.day) == (2023, 12, 11)


def test_reuters_dateline_without_a_year() -> None:
    (m,) = find_mentions("BAMAKO, Dec 22 (Reuters) - Mali's junta said", "en")
    assert (m.text, m.year, m.month, m.day) == ("Dec 22", None, 12, 22)


def test_may_the_verb_is_not_a_month() -> None:
    assert texts("The troops may leave in stages, officials said.") == []


def test_relative_and_narrative_expressions() -> None:
    kinds = {
        m.text: (m.kind, m.unit, m.offset)
        for m in find_mentions(
            "Last month, officials met; two years ago they signed; a week later, nothing.", "en"
        )
    }
    assert kinds["Last month"] == ("relative", "month", -1)
    assert kinds["two years ago"] == ("relative", "year", -2)


def test_narrative_anchor_phrase() -> None:
    (m,) = find_mentions("A month later, the authorities expelled the spokesman.", "en")
    assert (m.kind, m.unit, m.offset) == ("narrative", "month", 1)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ngày 3/11, người phát ngôn cho biết", ("Ngày 3/11", None, 11, 3)),
        ("đoàn xe cuối cùng hôm 21/10 đã rời trại", ("hôm 21/10", None, 10, 21)),
        ("Berlin sẽ rút lực lượng vào tháng 5/2024.", ("tháng 5/2024", 2024, 5, None)),
        ("bắt đầu rút khỏi Mali kể từ cuối tháng 4.", ("cuối tháng 4", None, 4, None)),
        ("ngày 22 tháng 11 năm 2022, Đức thông báo", ("ngày 22 tháng 11 năm 2022", 2022, 11, 22)),
    ],
)
def test_vietnamese_day_month_forms(sentence: str, expected: tuple) -> None:
    (m,) = find_mentions(sentence, "vi")
    assert (m.text, m.year, m.month, m.day) == expected


def test_vietnamese_end_of_this_year() -> None:
    (m,) = find_mentions("dự kiến sẽ hoàn thành vào cuối năm nay.", "vi")
    assert (m.kind, m.unit, m.offset, m.mod) == ("relative", "year", 0, "late")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le 15 août 2022, les derniers soldats ont quitté le Mali.", ("15 août 2022", 2022, 8, 15)),
        ("L'armée a annoncé ce samedi 9 décembre son retrait.", ("samedi 9 décembre", None, 12, 9)),
        ("Le retrait sera achevé fin 2023.", ("fin 2023", 2023, None, None)),
        ("Le 1er janvier 2024, la mission a pris fin.", ("1er janvier 2024", 2024, 1, 1)),
    ],
)
def test_french_dates(sentence: str, expected: tuple) -> None:
    (m,) = find_mentions(sentence, "fr")
    assert (m.text, m.year, m.month, m.day) == expected


def test_french_relative_forms() -> None:
    found = {
        m.text: (m.kind, m.offset)
        for m in find_mentions(
            "Mardi dernier, le ministre a parlé; il y a deux mois, la junte avait exigé le départ.", "fr"
        )
    }
    assert found["Mardi dernier"] == ("weekday", -1)
    assert found["il y a deux mois"] == ("relative", -2)


def test_french_thousands_with_spaces_are_not_years() -> None:
    assert texts("La mission comptait 15 000 soldats et policiers.", "fr") == []


def test_quoted_mentions_are_marked() -> None:
    sentence = '"This phase ends today," the council said on Wednesday.'
    marks = {m.text: m.in_quote for m in find_mentions(sentence, "en")}
    assert marks == {"today": True, "Wednesday": False}


def test_other_languages_get_cldr_month_names() -> None:
    (m,) = find_mentions("Die Bundeswehr verließ Mali am 12. Dezember 2023.", "de")
    assert (m.year, m.month, m.day) == (2023, 12, 12)


def test_other_languages_fall_back_to_dateparser_with_offsets() -> None:
    sentence = "Las tropas salieron de Malí el 15 de agosto de 2022."
    (m,) = find_mentions(sentence, "es")
    assert (m.text, m.year, m.month, m.day) == ("15 de agosto de 2022", 2022, 8, 15)
    assert sentence[m.start : m.end] == m.text


def test_fallback_ignores_words_dateparser_mistakes_for_dates() -> None:
    assert texts("Die Soldaten sind abgezogen, sagte die Regierung.", "de") == []


def test_fallback_keeps_only_the_parts_written() -> None:
    (m,) = find_mentions("Войска покинули Мали 15 августа 2022 года.", "ru")
    assert (m.year, m.month, m.day) == (2022, 8, 15)
    (y,) = find_mentions("Миссия работала в 2023 году.", "ru")
    assert (y.year, y.month, y.day) == (2023, None, None)
