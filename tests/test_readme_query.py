"""The README's Python example runs as printed: TinyDB opens the store through ``MaliTuiStorage``.

The code block is taken from README.md itself, so the example cannot drift
from what the store really is.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from tinydb import Query, TinyDB

from store.ingest import ingest_paths
from store.storage.correction_writes import set_correction
from store.storage.db import EventStore
from store.storage.paths import DB_ENV
from store.storage.tinydb_storage import CorrectionsStorage, MaliTuiStorage

README = Path(__file__).resolve().parents[1] / "README.md"
REPORTS = {
    "cairo.txt": (
        "CAIRO, Oct 14 (Reuters) - \n\n"
        "Egypt completed the withdrawal of its last peacekeepers from Mali on 12 October 2023, the foreign "
        "ministry said on Saturday.\n\n"
        "The Egyptian contingent had served with MINUSMA in the north of the country since 2013.\n"
    ),
    "paris.txt": (
        "PARIS, Aug 16 (AFP) - \n\n"
        "The last French soldiers of Operation Barkhane left Mali on 15 August 2022, the army said.\n\n"
        "Germany completed the withdrawal of its troops from Gao on 12 December 2023, "
        "the Bundeswehr said.\n\n"
        "Egyptian officials announced in March 2023 that Egypt would withdraw its peacekeepers from Mali "
        "by the end of the year.\n"
    ),
}


def _readme_example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("**Query it from Python.**") :]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "the README lost its Python example"
    return match.group(1)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> EventStore:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, body in REPORTS.items():
        (folder / name).write_text(body, encoding="utf-8")
    store = EventStore(tmp_path / "events.json")
    assert ingest_paths(store, [folder]).ok
    monkeypatch.setenv(DB_ENV, str(store.path))
    return store


def test_the_readme_example_finds_every_egyptian_withdrawal_completed_in_2023(store: EventStore) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(_readme_example(), "README.md", "exec"), {})
    expected = sorted(
        (e["date"], e["doc"], e["sentence"])
        for e in store.load().events
        if e["type"] == "withdrawal_completed"
        and str(e["date"]).startswith("2023")
        and "EG" in e["countries"]
    )
    assert expected, "the fixture must hold such an event for this test to mean anything"
    assert out.getvalue().splitlines() == [" ".join(row) for row in expected]
    assert "12 October 2023" in out.getvalue() and "Germany" not in out.getvalue()


def test_writing_through_tinydb_keeps_a_store_mali_tui_reads_and_the_corrections_apart(
    store: EventStore,
) -> None:
    before = store.load()
    event_id = before.events[0]["id"]
    set_correction(store, event_id, type="statement")
    db = TinyDB(store.path, storage=MaliTuiStorage)
    assert db.table("corrections").get(Query().event_id == event_id)["fields"] == {"type": "statement"}
    db.table("notes").insert({"by": "analyst", "text": "check the Gao date against the MINUSMA report"})
    after = store.load()
    assert after.events == before.events and after.documents.keys() == before.documents.keys()
    assert after.corrections[event_id]["fields"] == {"type": "statement"}
    assert TinyDB(store.path, storage=MaliTuiStorage).table("notes").all()[0]["by"] == "analyst"

    corrections = TinyDB(store.path.with_name("events.corrections.json"), storage=CorrectionsStorage)
    corrections.table("corrections").update({"rejected": True})
    assert store.load().corrections[event_id]["rejected"] is True


def test_a_store_started_from_tinydb_is_a_store_mali_tui_opens(tmp_path: Path) -> None:
    path = tmp_path / "new.json"
    db = TinyDB(path, storage=MaliTuiStorage)
    db.table("notes").insert({"text": "Gao handover to check against the MINUSMA timeline"})
    db.drop_table("meta")
    assert EventStore(path).load().is_empty  # read as an empty store, not refused as foreign
    assert TinyDB(path, storage=MaliTuiStorage).table("notes").all()[0]["text"].startswith("Gao")
