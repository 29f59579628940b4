"""Sentence splitting: abbreviations, quotes and line breaks in English, French and Vietnamese."""

from __future__ import annotations

import itertools

import pytest

from store.document.sentences import split_sentences
from tests.docs_fixtures import seed_text


def sentences(text: str, language: str = "en") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text), language)]


def test_un_and_month_abbreviations_do_not_end_a_sentence() -> None:
    text = (
        "U.N. MINUSMA troops from Bangladesh hoist down the U.N flag at a departure ceremony held in Bamako, "
        "Mali, Monday, Dec. 11, 2023. The last convoy left the next day."
    )
    assert sentences(text) == [
        "U.N. MINUSMA troops from Bangladesh hoist down the U.N flag at a departure ceremony held in Bamako, "
        "Mali, Monday, Dec. 11, 2023.",
        "The last convoy left the next day.",
    ]


def test_titles_initials_numbers_and_decimals_stay_inside_the_sentence() -> None:
    text = (
        "Lt. Col. Abdoulaye Maiga met Mr. Diop, Gen. J. Smith and the U.S. envoy at Camp No. 2 on Sept. 27. "
        "About 2.5 thousand troops remained."
    )
    assert sentences(text) == [
        "Lt. Col. Abdoulaye Maiga met Mr. Diop, Gen. J. Smith and the U.S. envoy at Camp No. 2 on Sept. 27.",
        "About 2.5 thousand troops remained.",
    ]


def test_acronym_at_the_end_of_a_sentence_splits_before_a_new_subject() -> None:
    text = "The decision was welcomed in the U.S. The junta rejected it."
    assert sentences(text) == ["The decision was welcomed in the U.S.", "The junta rejected it."]


def test_sentence_ending_inside_closing_quote_splits_after_the_quote() -> None:
    text = (
        "Guterres called on the parties “to continue honoring the ceasefire as MINUSMA withdraws.” "
        "The official also stressed that the UN will continue to cooperate."
    )
    assert sentences(text)[0].endswith("withdraws.”")
    assert sentences(text)[1].startswith("The official")


def test_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    text = (
        "UN Secretary-General Antonio Guterres called on the parties “to continue honoring the ceasefire as "
        "MINUSMA withdraws. The official also stressed cooperation. Russia pledged support."
    )
    assert len(sentences(text)) == 3


def test_quotation_of_several_sentences_stays_with_its_attribution() -> None:
    text = "“We will leave. It is over,” the minister said on Friday. Troops left on Saturday."
    assert sentences(text) == [
        "“We will leave. It is over,” the minister said on Friday.",
        "Troops left on Saturday.",
    ]


def test_french_titles_thin_spaces_and_era_abbreviation() -> None:
    text = (
        "M. Macron a annoncé le retrait des 15\u202f000 soldats de l'opération Barkhane. "
        "Mme Parly, ministre des Armées, a confirmé la date, etc. "
        "Tombouctou fut fondée vers 1100 apr. J.-C. selon les historiens. "
        "« Nous partons. » Les soldats ont quitté Gao."
    )
    assert sentences(text, "fr") == [
        "M. Macron a annoncé le retrait des 15\u202f000 soldats de l'opération Barkhane.",
        "Mme Parly, ministre des Armées, a confirmé la date, etc.",
        "Tombouctou fut fondée vers 1100 apr. J.-C. selon les historiens.",
        "« Nous partons. »",
        "Les soldats ont quitté Gao.",
    ]


def test_french_question_mark_after_a_nonbreaking_space() -> None:
    assert sentences("Pourquoi partir\u00a0? La junte l'a exigé.", "fr") == [
        "Pourquoi partir\u00a0?",
        "La junte l'a exigé.",
    ]


def test_vietnamese_numbered_dates_and_city_abbreviation() -> None:
    text = (
        "Ngày 3/11, ông Stephane Dujarric cho biết 7 binh sĩ bị thương khi rời TP.HCM. "
        "Việc rút quân của Ai Cập tại Mali dự kiến sẽ hoàn thành vào cuối năm nay."
    )
    assert sentences(text, "vi") == [
        "Ngày 3/11, ông Stephane Dujarric cho biết 7 binh sĩ bị thương khi rời TP.HCM.",
        "Việc rút quân của Ai Cập tại Mali dự kiến sẽ hoàn thành vào cuối năm nay.",
    ]


def test_ellipsis_before_a_capital_ends_a_sentence_but_not_before_lowercase() -> None:
    text = "The talks stalled... Then the junta spoke. He said the troops … would leave."
    assert sentences(text) == [
        "The talks stalled...",
        "Then the junta spoke.",
        "He said the troops … would leave.",
    ]


def test_line_breaks_end_sentences_only_after_terminal_punctuation_and_blank_lines_always() -> None:
    text = (
        "The convoy left Tessalit\non 21 October.\nlower case line follows\n\nA heading without stop\n\nBody."
    )
    assert sentences(text) == [
        "The convoy left Tessalit\non 21 October.",
        "lower case line follows",
        "A heading without stop",
        "Body.",
    ]


def test_spans_are_absolute_trimmed_and_inside_the_range() -> None:
    text = "HEADER\n\n  The UN left Gao.  It closed Timbuktu. \n\nFOOTER"
    start, end = text.index("  The"), text.index("FOOTER")
    spans = split_sentences(text, start, end, "en")
    assert [text[a:b] for a, b in spans] == ["The UN left Gao.", "It closed Timbuktu."]
    assert all(start <= a < b <= end and text[a:b] == text[a:b].strip() for a, b in spans)


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_every_seed_sentence_is_non_empty_and_trimmed(number: str) -> None:
    text = seed_text(number)
    spans = split_sentences(text, 0, len(text), "en")
    assert spans
    assert all(a < b and not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in itertools.pairwise(spans))


def test_a_hundred_copies_of_the_seeds_split_into_a_hundred_times_their_sentences() -> None:
    # Splitting speed is measured by bench/run.py (ingest_sentences_per_s) and bench/long_lines.py.
    once = "\n\n".join(seed_text(n) for n in ("000", "001", "002", "003", "004"))
    text = "\n\n".join([once] * 100)
    assert len(split_sentences(text, 0, len(text), "en")) == 100 * len(
        split_sentences(once, 0, len(once), "en")
    )
