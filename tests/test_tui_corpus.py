"""The browser's data side, without a screen: filtering, ordering, wrapping, citations, jumps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len

from store.browse import Corpus
from store.event_view import DocumentView, EventView
from store.query import EventFilter, parse_range, sort_key
from store.selecting import Selector
from store.storage.db import EventStore
from tui.citation import format_citation
from tui.jump import position_for_date
from tui.timeline import Columns, display_date, fit
from tui.wrap import wrap_offsets

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_snapshot(EventStore(STORE).load())


def _filters(corpus: Corpus) -> list[EventFilter]:
    since, until = parse_range("2022-02..2023-06")
    first_type = corpus.types_present[0]
    return [
        EventFilter(),
        EventFilter(text="mali"),
        EventFilter(text="CÔTE"),
        EventFilter(text="withdraw bamako"),
        EventFilter(countries=frozenset(corpus.countries[:2])),
        EventFilter(types=frozenset({first_type})),
        EventFilter(since=since, until=until),
        EventFilter(text="the", countries=frozenset(corpus.countries[1:3]), since=since),
    ]


def test_selector_keeps_exactly_what_event_filter_keeps_in_date_order(corpus: Corpus) -> None:
    for flt in _filters(corpus):
        expected = sorted(flt.apply(corpus.events), key=sort_key)
        rows = Selector(corpus).select(flt).rows
        assert [corpus.events[i]["id"] for i in rows] == [e["id"] for e in expected], flt


def test_typing_letter_by_letter_gives_the_same_rows_as_filtering_from_scratch(corpus: Corpus) -> None:
    selector = Selector(corpus)
    typed = "withdrawal of the un"
    for end in [*range(1, len(typed) + 1), 5, 2, 0]:  # forwards, then deleting letters
        flt = EventFilter(text=typed[:end])
        assert selector.select(flt).rows == Selector(corpus).select(flt).rows, typed[:end]


def test_country_counts_ignore_the_country_filter_but_follow_the_others(corpus: Corpus) -> None:
    kind = corpus.types_present[0]
    flt = EventFilter(types=frozenset({kind}), countries=frozenset({corpus.countries[0]}))
    counts = Selector(corpus).select(flt).country_counts
    typed = [e for e in corpus.events if e["type"] == kind]
    for code in corpus.countries:
        assert counts.get(code, 0) == sum(code in e["countries"] for e in typed)


def test_descending_order_reverses_dated_events_and_keeps_undated_last(corpus: Corpus) -> None:
    rows = Selector(corpus).select(EventFilter(), descending=True).rows
    dates = [corpus.events[i]["date"] for i in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert all(not d for d in dates[len(dated) :])


def test_undated_events_sort_after_every_dated_one(corpus: Corpus) -> None:
    dates = [e["date"] for e in corpus.events]
    first_undated = corpus.undated_from
    assert all(dates[:first_undated]) and not any(dates[first_undated:])


def test_wrapping_covers_the_text_and_never_exceeds_the_width() -> None:
    text = (
        "Người phát ngôn của Chính phủ Đức Steffen Hebestreit ngày 22/11 thông báo Berlin sẽ rút lực lượng "
        "khỏi Phái bộ gìn giữ hòa bình của Liên hợp quốc tại Mali (MINUSMA) vào tháng 5/2024.\n\n"
        "https://example.org/a-very-long-address-that-cannot-be-broken-at-a-space-anywhere"
    )
    for width in (10, 23, 40, 80):
        wrapped = wrap_offsets(text, width)
        pos = 0
        for start, end in wrapped.lines:
            assert start >= pos
            assert text[pos:start].strip() == ""  # only line breaks between lines
            assert cell_len(text[start:end].rstrip()) <= width
            pos = end
        assert pos == len(text)
        assert wrapped.line_of(text.index("Berlin")) == next(
            n for n, (s, e) in enumerate(wrapped.lines) if s <= text.index("Berlin") < e
        )


def test_cells_are_cut_with_an_ellipsis_and_wide_characters_stay_aligned() -> None:
    assert fit("Côte d’Ivoire announces", 10) == "Côte d’Iv…"
    assert cell_len(fit("日本の自衛隊が撤退", 9)) == 9
    assert fit("ML", 5) == "ML   "
    assert Columns.for_width(120).source > 0 and Columns.for_width(60).source == 0


def test_dates_are_shown_at_their_precision() -> None:
    assert display_date(EventView("e1", date="2023-06", date_precision="month")) == "2023-06"
    assert display_date(EventView("e2", date="2014-01-01", date_precision="year")) == "2014"
    assert display_date(EventView.from_row({"id": "e3", "date": None})) == "—"


def test_citation_names_source_dates_and_quotes_the_sentence() -> None:
    event = EventView.from_row(
        {
            "id": "e1",
            "doc": "003_x.txt",
            "date": "2022-07",
            "date_inferred": True,
            "sentence": "Last July, Bamako suspended troop rotations under MINUSMA.",
        }
    )
    document = DocumentView.from_row(
        {
            "name": "003_x.txt",
            "publisher": "RT",
            "published": "2023-07-01",
            "url": "https://www.rt.com/africa/x",
        }
    )
    text = format_citation(event, document)
    assert text.startswith("RT, published 2023-07-01. Event date: 2022-07 (inferred).")
    assert '"Last July, Bamako suspended troop rotations under MINUSMA."' in text
    assert "[https://www.rt.com/africa/x]" in text
    undated = format_citation(EventView("e2", doc="a.txt", sentence="x"), DocumentView("a.txt"))
    assert "undated" in undated and "not stated" in undated


def test_jump_to_date_finds_the_first_event_on_or_after_it(corpus: Corpus) -> None:
    rows = Selector(corpus).select(EventFilter()).rows
    position = position_for_date(corpus, rows, "2023-07", descending=False)
    assert position is not None
    assert corpus.bounds[rows[position]][0] >= "2023-07-01"
    assert all(corpus.bounds[i][0] < "2023-07-01" for i in rows[:position])
    desc = Selector(corpus).select(EventFilter(), descending=True).rows
    back = position_for_date(corpus, desc, "2023-07", descending=True)
    assert back is not None and corpus.bounds[desc[back]][1] <= "2023-07-31"


def test_jump_to_a_month_lands_in_that_month_not_on_a_year_only_row_above_it(corpus: Corpus) -> None:
    rows = Selector(corpus).select(EventFilter()).rows
    year_only = [i for i in rows if corpus.events[i]["date"] == "2023"]
    assert year_only  # the seeds hold "2023" (year precision), sorted before every 2023-xx date
    position = position_for_date(corpus, rows, "2023-06", descending=False)
    assert position is not None
    landed = corpus.events[rows[position]]
    assert landed["date"].startswith("2023-06")
    assert rows.index(year_only[0]) < position


def _big_corpus(corpus: Corpus, size: int) -> Corpus:
    events: list[dict[str, Any]] = []
    for n in range(size):
        event = dict(corpus.events[n % len(corpus.events)])
        event["id"] = f"synthetic-{n}"
        if event["date"]:
            event["date"] = f"{2013 + n % 12}-{1 + n % 12:02d}-{1 + n % 28:02d}"
            event["date_precision"] = "day"
        events.append(event)
    return Corpus(corpus.documents, events)


def test_typing_letter_by_letter_gives_the_same_rows_as_a_fresh_scan(corpus: Corpus) -> None:
    """The incremental filter (rescan only the previous matches) must never drop or add a row.

    Its speed is measured by bench/run.py, never asserted here.
    """
    big = _big_corpus(corpus, 20_000)
    typing = Selector(big)
    typed = "withdrawal mali"
    for end in range(1, len(typed) + 1):
        flt = EventFilter(text=typed[:end])
        assert typing.select(flt).rows == Selector(big).select(flt).rows


def test_the_timeline_title_leaves_the_type_to_its_column_so_rows_differ_early() -> None:
    from tui.cells import title_after_type

    announced = title_after_type("France: withdrawal announced, by 2021-03", "withdrawal announced")
    completed = title_after_type("France: withdrawal completed in Gao", "withdrawal completed")
    assert (announced, completed) == ("France: by 2021-03", "France: in Gao")
    assert title_after_type("Mali: coup", "coup") == "Mali"
    assert title_after_type("Mali: expelled MINUSMA spokesman", "other") == "Mali: expelled MINUSMA spokesman"


def test_the_inferred_mark_means_what_the_help_says(corpus: Corpus) -> None:
    """``~`` marks a date resting on inference; every such date says why, in words of inference."""
    from tui.help_screen import HelpScreen  # the meaning shown to users lives in the help screen's code
    from tui.timeline import INFERRED_MARK

    marked = [e for e in corpus.events if e.get("date_inferred")]
    assert marked and INFERRED_MARK == "~"
    assert all("inferred" in (e.get("date_reason") or "") for e in marked)
    assert all(
        not e.get("date_inferred") for e in corpus.events if "as written" in (e.get("date_reason") or "")
    )
    import inspect

    assert "rests on an inference" in inspect.getsource(HelpScreen)
