"""The selector remembers recent filters (erasing a letter goes back to one): the answers never change."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.browse import Corpus
from store.query import EventFilter
from store.selecting import Selector
from store.storage.db import EventStore

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_snapshot(EventStore(STORE).load())


def test_erasing_back_to_a_remembered_filter_gives_what_a_fresh_selector_gives(corpus: Corpus) -> None:
    selector = Selector(corpus)
    countries = frozenset(corpus.countries[:2])
    for text in ["w", "wi", "wit", "with", "wit", "wi", "w", "", "w", "mali", "mal", ""]:
        for flt in (EventFilter(text=text), EventFilter(text=text, countries=countries)):
            fresh = Selector(corpus).select(flt)
            again = selector.select(flt)
            assert again.rows == fresh.rows, flt
            assert again.country_counts == fresh.country_counts, flt


def test_changing_the_rows_a_selector_returned_does_not_change_its_next_answer(corpus: Corpus) -> None:
    selector = Selector(corpus)
    flt = EventFilter(text="withdraw")
    first = selector.select(flt)
    expected = list(first.rows)
    first.rows.clear()
    first.country_counts.clear()
    second = selector.select(flt)
    assert second.rows == expected
    assert second.country_counts == Selector(corpus).select(flt).country_counts


def test_counts_asked_after_a_selection_without_them_are_the_full_counts(corpus: Corpus) -> None:
    selector = Selector(corpus)
    flt = EventFilter(text="troops")
    assert selector.select(flt, counts=False).country_counts == {}
    assert selector.select(flt).country_counts == Selector(corpus).select(flt).country_counts


def test_a_descending_selection_after_an_ascending_one_is_the_reversed_order(corpus: Corpus) -> None:
    selector = Selector(corpus)
    flt = EventFilter(text="the")
    ascending = selector.select(flt).rows
    assert selector.select(flt, descending=True).rows == Selector(corpus).select(flt, descending=True).rows
    assert sorted(selector.select(flt, descending=True).rows) == ascending
