"""The typed views the browser reads (``store.event_view``) and the corpus methods that build them."""

from __future__ import annotations

import shutil
from pathlib import Path

from store.browse import Corpus
from store.correction_lines import correction_lines
from store.event_view import DocumentView, EventView, documents_by_name
from store.model import Figure
from store.storage.correction_writes import set_correction
from store.storage.corrections import correction_statuses
from store.storage.db import EventStore

FIXTURE = Path(__file__).parent / "fixtures" / "seed_store.json"

WITHDRAWAL = {
    "id": "a1",
    "doc": "reuters_2023-08-14.txt",
    "start": 0,
    "end": 77,
    "sentence": "Italian troops completed their withdrawal from Mali on Monday, the army said.",
    "date": "2023-08-14",
    "date_precision": "day",
    "countries": ["IT", "ML"],
    "type": "withdrawal_completed",
    "figures": [{"value": 120, "unit": "troops", "text": "120 soldiers"}],
    "language": "en",
    "title": "Italy: left Mali",
    "cluster": "a1",
    "cluster_size": 2,
    "cluster_link": ["b7", "same day, same country and kind"],
}
PLAN = {
    "id": "a2",
    "doc": "reuters_2023-08-14.txt",
    "start": 78,
    "end": 170,
    "sentence": "The last German soldiers are expected to leave Gao by the end of the year.",
    "date": "2023-12-31",
    "date_precision": "month",
}


def test_an_event_view_reads_every_stored_field_with_its_type() -> None:
    view = EventView.from_row(WITHDRAWAL)
    assert (view.id, view.doc, view.start, view.end) == ("a1", "reuters_2023-08-14.txt", 0, 77)
    assert view.countries == ("IT", "ML") and view.type == "withdrawal_completed"
    assert view.figures == (Figure(120, "troops", "120 soldiers"),)
    assert view.cluster_link == ("b7", "same day, same country and kind")
    assert view.shown_date == "2023-08-14" and view.heading == "Italy: left Mali"
    assert not (view.rejected or view.corrected or view.corrected_fields)


def test_missing_values_take_the_defaults_the_screens_show() -> None:
    view = EventView.from_row(PLAN)
    assert view.type == "other" and view.title == "" and view.countries == ()
    assert view.shown_date == "2023-12"  # cut to its precision
    assert view.heading == "The last German soldiers are expected to leave Gao by the end of the year."
    assert view.language == "" and view.cluster_link is None and view.cluster_size == 1


def test_corrected_fields_count_only_on_a_corrected_event() -> None:
    marked = {**PLAN, "corrected": True, "corrected_fields": ["date", "date_precision"], "rejected": True}
    assert EventView.from_row(marked).corrected_fields == {"date", "date_precision"}
    assert EventView.from_row(marked).rejected
    stale = {**PLAN, "corrected": False, "corrected_fields": ["type"]}
    assert EventView.from_row(stale).corrected_fields == frozenset()


def test_document_views_list_by_name_and_the_corpus_newest_first() -> None:
    documents = {
        "rfi_2022-02-17.txt": {"name": "rfi_2022-02-17.txt", "publisher": "RFI", "published": "2022-02-17"},
        "afp_undated.txt": {"name": "afp_undated.txt", "language": "fr", "events": 3},
        "reuters_2023-08-14.txt": {"name": "reuters_2023-08-14.txt", "published": "2023-08-14"},
    }
    assert [d.name for d in documents_by_name(documents)] == sorted(documents)
    corpus = Corpus(documents, [WITHDRAWAL, PLAN])
    newest = corpus.documents_newest_first()
    assert [d.name for d in newest] == ["reuters_2023-08-14.txt", "rfi_2022-02-17.txt", "afp_undated.txt"]
    undated = newest[-1]
    assert (undated.published, undated.language, undated.events) == (None, "fr", 3)
    assert corpus.document_at(0) == DocumentView("reuters_2023-08-14.txt", published="2023-08-14")


def test_the_corpus_gives_views_of_what_is_shown_and_keeps_its_rows() -> None:
    corpus = Corpus({"reuters_2023-08-14.txt": {"name": "reuters_2023-08-14.txt"}}, [PLAN, WITHDRAWAL])
    assert [corpus.event(i).id for i in range(len(corpus))] == ["a1", "a2"]  # date order
    assert corpus.event_id(1) == "a2" and corpus.events[0] is WITHDRAWAL
    assert corpus.sentence_spans("reuters_2023-08-14.txt") == [(0, 77), (78, 170)]
    assert corpus.sentence_spans("no-such-file.txt") == []


def test_showing_a_correction_in_place_matches_reading_the_store_again(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    shutil.copyfile(FIXTURE, path)
    store = EventStore(path)
    corpus = Corpus.from_snapshot(store.load())
    first, last = corpus.event_id(0), corpus.event_id(len(corpus) - 1)
    for event_id, date in ((first, "2024-12-01"), (last, "2013-05")):
        record = set_correction(store, event_id, date=date, countries=["ML", "SN"])
        index = corpus.show_correction(event_id, record)
        assert corpus.event(index).shown_date == date
        assert corpus.event(index).corrected_fields >= {"date", "countries"}
    rebuilt = Corpus.from_snapshot(store.load())
    assert [corpus.event(i) for i in range(len(corpus))] == [rebuilt.event(i) for i in range(len(rebuilt))]
    index = corpus.show_correction(first, None)  # undone to the end: as extracted again
    assert corpus.event(index) == corpus.extracted_event(index)
    assert not corpus.event(index).corrected


def test_correction_lines_name_the_document_and_the_sentence_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    shutil.copyfile(FIXTURE, path)
    store = EventStore(path)
    events = store.load().events
    for event in events[:2]:
        set_correction(store, event["id"], type="attack")
    lines = correction_lines(correction_statuses(store.load()))
    assert [(line.doc, line.made_on) for line in lines] == sorted((e["doc"], e["id"]) for e in events[:2])
    assert all("\n" not in line.sentence and line.status == "attached" for line in lines)
    assert all(line.change.startswith("type attack") for line in lines)


def test_an_uncorrected_event_is_its_own_extracted_view(tmp_path: Path) -> None:
    path = tmp_path / "events.json"
    shutil.copyfile(FIXTURE, path)
    store = EventStore(path)
    corpus = Corpus.from_snapshot(store.load())
    shown, extracted = corpus.shown_and_extracted(0)
    assert shown is extracted
    event_id = corpus.event_id(0)
    index = corpus.show_correction(event_id, set_correction(store, event_id, type="attack"))
    shown, extracted = corpus.shown_and_extracted(index)
    assert (shown.type, shown.corrected) == ("attack", True)
    assert extracted == corpus.extracted_event(index) and not extracted.corrected
