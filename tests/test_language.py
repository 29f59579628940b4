"""Language detection on whole scraped pages: the body decides, not the menus."""

from __future__ import annotations

import re

import pytest

from store.document.language import _VI, _VI_WORD, _WORD, detect_language, prose_sample
from tests.docs_fixtures import seed_text

ENGLISH_NAV = "\n".join(
    [
        "Home",
        "World news",
        "Politics",
        "Sign in",
        "Subscribe to our newsletter",
        "Accept all cookies",
        "Privacy Policy and Terms of Use",
        "Most Read",
        "Trending now on our website today",
    ]
)


@pytest.mark.parametrize(
    ("seed", "language"), [("000", "vi"), ("001", "en"), ("002", "en"), ("003", "en"), ("004", "en")]
)
def test_seed_pages_are_detected_by_their_body(seed: str, language: str) -> None:
    assert detect_language(seed_text(seed)) == language


def test_french_article_inside_english_navigation_is_french() -> None:
    page = (
        f"{ENGLISH_NAV}\n"
        "Le dernier contingent de la Minusma a quitté Gao dimanche, a annoncé la mission.\n"
        "Les casques bleus doivent avoir quitté le Mali d'ici au 31 décembre, selon le calendrier.\n"
        f"{ENGLISH_NAV}\n"
    )
    assert detect_language(page) == "fr"


def test_vietnamese_article_inside_english_navigation_is_vietnamese() -> None:
    page = (
        f"{ENGLISH_NAV}\n"
        "Ngày 15/8, Pháp tuyên bố những binh sĩ cuối cùng tham gia chiến dịch Barkhane đã rút khỏi.\n"
        f"{ENGLISH_NAV}\n"
    )
    assert detect_language(page) == "vi"


@pytest.mark.parametrize("text", ["", "   \n ", "Mali", "2023-12-12 11:05"])
def test_too_little_text_is_undetermined(text: str) -> None:
    assert detect_language(text) == "und"


def test_a_large_document_is_told_from_a_bounded_sample_of_its_prose() -> None:
    # What keeps detection cheap on a megabyte page: the classifier sees a few thousand characters of its
    # longest prose lines, whatever the page's size (timings: ingest_sentences_per_s in bench/run.py).
    page = seed_text("003") * 200  # about 1 MB
    longest_line = max(len(line) for line in page.splitlines())
    assert len(prose_sample(page)) <= 4000 + longest_line + 1
    assert detect_language(page) == "en"


def test_vietnamese_words_are_counted_one_per_word_whatever_their_case() -> None:
    sample = (
        "HÔM THỨ BẢY, đoàn xe cuối cùng đã rời Tessalit_2023 lúc 6h30; MINUSMA nói Đây là "
        "chuyến cuối. Le convoi est parti à l'aube, les soldats ont quitté Gao."
    )
    letters = re.compile(f"[{_VI}]", re.IGNORECASE)
    by_word = sum(1 for w in _WORD.findall(sample) if letters.search(w.lower()))
    assert sum(1 for _ in _VI_WORD.finditer(sample)) == by_word == 10  # "cùng", "lúc", "nói": no such letter
