"""A country typed in any supported language or form finds its events whatever the report's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from store.about.country_terms import country_terms
from store.browse import Corpus
from store.query import EventFilter, search_terms
from store.selecting import Selector
from store.storage.db import EventStore

SEED_STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


def _event(
    i: int, sentence: str, countries: list[str], language: str, kind: str = "statement"
) -> dict[str, Any]:
    return {
        "id": f"x{i}",
        "doc": f"d{i}.txt",
        "start": 0,
        "end": len(sentence),
        "sentence": sentence,
        "title": "",
        "places": [],
        "countries": countries,
        "type": kind,
        "language": language,
        "date": "2023-08-02",
        "date_precision": "day",
    }


EVENTS = [
    _event(
        0, "Egypt's last peacekeepers left Mali on Wednesday.", ["EG", "ML"], "en", "withdrawal_completed"
    ),
    _event(
        1,
        "Les derniers casques bleus égyptiens ont quitté le Mali.",
        ["EG", "ML"],
        "fr",
        "withdrawal_completed",
    ),
    _event(2, "Trên 460 binh sĩ Ai Cập đã rời khỏi Mali.", ["EG", "ML"], "vi", "withdrawal_completed"),
    _event(3, "Berlin sẽ rút lực lượng khỏi Mali.", ["DE", "ML"], "vi", "withdrawal_announced"),
    _event(
        4,
        "L'Allemagne a annoncé le retrait de ses soldats du Mali.",
        ["DE", "ML"],
        "fr",
        "withdrawal_announced",
    ),
    _event(5, "The Ivorian contingent left Timbuktu.", ["CI", "ML"], "en", "withdrawal_completed"),
    _event(6, "The MINUSMA convoy left the Tessalit camp.", ["ML"], "en", "withdrawal_completed"),
    _event(
        7,
        "Đoàn xe cuối cùng của phái bộ gìn giữ hòa bình LHQ rời trại Tessalit.",
        ["ML"],
        "vi",
        "withdrawal_completed",
    ),
    _event(8, "Mali's junta extended the transition.", ["ML"], "en"),
]


def _ids(text: str) -> set[str]:
    return {e["id"] for e in EventFilter(text=text).apply(EVENTS)}


@pytest.mark.parametrize("typed", ["Egypt", "Égypte", "egypte", "Ai Cập", "ai cap", "egyptian", "EGYPT"])
def test_every_name_of_egypt_finds_the_egyptian_events_in_every_language(typed: str) -> None:
    assert _ids(typed) == {"x0", "x1", "x2"}


@pytest.mark.parametrize("typed", ["Allemagne", "Đức", "German", "germany", "duc"])
def test_every_name_of_germany_finds_the_german_events(typed: str) -> None:
    assert _ids(typed) == {"x3", "x4"}


def test_a_name_of_several_words_is_one_term() -> None:
    assert [t.code for t in country_terms("Ai Cập rút quân")] == ["EG", None, None]
    assert [t.text for t in country_terms("Côte d'Ivoire withdrawal")] == ["Côte d'Ivoire", "withdrawal"]
    assert _ids("Côte d'Ivoire") == {"x5"}
    assert _ids("cote d ivoire") == {"x5"}


def test_the_country_every_report_names_still_filters_as_a_word() -> None:
    assert _ids("Mali") == {"x0", "x1", "x2", "x3", "x4", "x8"}  # named in the text, not "every Mali event"
    assert search_terms("Mali", "ML")[0].country is None


def test_a_country_name_inside_another_word_is_not_that_country() -> None:
    assert "x5" not in _ids("UK")  # "uk" is in "Timbuktu", but not as a word


def test_a_multinational_force_finds_the_reports_that_only_say_un_or_peacekeepers() -> None:
    assert _ids("MINUSMA") == {"x0", "x1", "x6", "x7"}  # peacekeepers, casques bleus, LHQ in Mali
    assert _ids("minusma tessalit") == {"x6", "x7"}


def test_words_that_name_nothing_keep_filtering_as_text() -> None:
    assert _ids("égyptiens") == {"x0", "x1", "x2"}  # a French demonym names Egypt too
    assert _ids("quitté") == {"x1"}
    assert _ids("junta") == {"x8"}


def test_the_browser_finds_what_the_filter_finds_on_the_seeds() -> None:
    snapshot = EventStore(SEED_STORE).load()
    corpus = Corpus.from_snapshot(snapshot)
    selector = Selector(corpus)
    for typed in (
        "Egypt",
        "Égypte",
        "Ai Cập",
        "egyptian",
        "Allemagne",
        "Đức",
        "German",
        "Barkhane",
        "minusma",
    ):
        flt = EventFilter(text=typed)
        expected = {e["id"] for e in EventFilter(text=typed, host=corpus.host).apply(corpus.events)}
        shown = {corpus.events[i]["id"] for i in selector.select(flt).rows}
        assert shown == expected, typed
    assert len(selector.select(EventFilter(text="Égypte")).rows) == len(
        selector.select(EventFilter(text="Egypt")).rows
    )
    assert len(selector.select(EventFilter(text="Égypte")).rows) >= 2


def test_typing_on_after_a_country_name_narrows_correctly() -> None:
    corpus = Corpus({}, [dict(e) for e in EVENTS])
    selector = Selector(corpus)
    assert len(selector.select(EventFilter(text="egy")).rows) == 2  # a word: "Egypt's", "égyptiens"
    assert len(selector.select(EventFilter(text="egypt")).rows) == 3  # a name: "Ai Cập" too, not narrowed
    assert len(selector.select(EventFilter(text="egypti")).rows) == 1  # a word again


def test_the_browser_s_fast_selection_keeps_the_rule_of_the_filter() -> None:
    import random

    rng = random.Random(7)
    words = ["egypt", "egyptian", "uk", "timbuktu", "lhq", "peacekeepers", "un:", "mali", "gao", "troops"]
    keys = [" ".join(rng.choice(words) for _ in range(6)) for _ in range(400)]
    sets = [frozenset(rng.sample(["ML", "EG", "GB", "FR"], 2)) for _ in range(400)]
    indices = list(range(400))
    for typed in ("Egypt", "UK", "MINUSMA", "troops", "ai cap"):
        for term in search_terms(typed, "ML"):
            assert term.select(indices, keys, sets) == [i for i in indices if term.matches(keys[i], sets[i])]


def test_german_and_spanish_country_names_find_the_same_events_as_english_ones() -> None:
    for typed, code in (("Deutschland", "DE"), ("Ägypten", "EG"), ("Alemania", "DE"), ("Egipto", "EG")):
        (term,) = search_terms(typed, "ML")
        assert term.country == code, typed
