"""``o`` opens only http(s) document links; the text filter's words are marked in the source viewer."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.query import word_spans
from store.storage.db import EventStore
from store.web import openable_url
from tui.app import make_app

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


@pytest.mark.parametrize(
    ("raw", "opened"),
    [
        ("https://www.reuters.com/world/africa/mali-minusma-2023-06-30/", True),
        ("http://example.org/a?b=c", True),
        ("file:///etc/passwd", False),
        ("javascript:alert(1)", False),
        ("https://example.org/\x1b]52;c;aGk=\x07", False),
        ("https:///no-host", False),
        ("mailto:desk@example.org", False),
        (None, False),
    ],
)
def test_only_plain_http_and_https_links_may_be_opened(raw: Any, opened: bool) -> None:
    assert (openable_url(raw) is not None) is opened


def test_the_filter_words_are_found_in_the_text_as_the_filter_finds_them() -> None:
    text = "Les casques bleus ont quitté la Côte d'Ivoire ; la CÔTE reste calme."
    assert [text[s:e] for s, e in word_spans(text, "cote quitte")] == ["quitté", "Côte", "CÔTE"]
    assert word_spans(text, "   ") == []


def _with_url(tmp_path: Path, url: str) -> Path:
    """A store holding one report whose sidecar gives ``url`` as its address."""
    report = tmp_path / "report.txt"
    report.write_text(
        "BAMAKO, 14 March 2024 - The last Chadian peacekeepers left the base at Tessalit on Tuesday, "
        "the mission said.\n",
        encoding="utf-8",
    )
    (tmp_path / "report.meta.json").write_text(json.dumps({"url": url, "published": "2024-03-14"}))
    db = tmp_path / "events.json"
    from store.ingest import ingest_paths

    assert ingest_paths(EventStore(db), [report]).events
    return db


def _press_o(db: Path, monkeypatch: Any) -> tuple[list[str], list[str]]:
    opened: list[str] = []
    notes: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: opened.append(url) or True)

    async def scenario() -> None:
        app = make_app(EventStore(db), ingest_if_empty=False, today=date(2025, 1, 15))
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            app.browser.notify = lambda message, **kw: notes.append(str(message))  # type: ignore[method-assign]
            await pilot.press("o")
            await app.workers.wait_for_complete()
            await pilot.pause()

    asyncio.run(scenario())
    return opened, notes


def test_o_opens_the_documents_web_page(tmp_path: Path, monkeypatch: Any) -> None:
    url = "https://www.aljazeera.com/news/2023/12/11/un-ends-mali-mission"
    opened, notes = _press_o(_with_url(tmp_path, url), monkeypatch)
    assert opened == [url]
    assert url in notes


def test_o_refuses_a_link_that_is_not_http(tmp_path: Path, monkeypatch: Any) -> None:
    opened, notes = _press_o(_with_url(tmp_path, "file:///home/analyst/.ssh/id_rsa"), monkeypatch)
    assert opened == []
    assert notes == ["This document has no web address to open."]


def test_filter_words_are_marked_in_the_viewer() -> None:
    async def scenario() -> tuple[list[tuple[int, int]], str]:
        app = make_app(EventStore(STORE), ingest_if_empty=False, today=date(2025, 1, 15))
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press("slash", *"peacekeepers")
            await pilot.pause()
            return app.viewer.matches, app.viewer.document.text

    matches, text = asyncio.run(scenario())
    assert matches
    assert all(text[s:e].casefold() == "peacekeepers" for s, e in matches)
