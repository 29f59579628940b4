"""Small stores built from short reports written for the linking tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from store.ingest import ingest_paths
from store.storage.db import EventStore

TODAY = dt.date(2026, 11, 23)


def write_reports(folder: Path, reports: dict[str, tuple[str | None, str]]) -> list[Path]:
    """``name -> (published or None, text)`` as files with sidecars; returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (published, text) in reports.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        if published:
            path.with_name(path.stem + ".meta.json").write_text(json.dumps({"published": published}))
        paths.append(path)
    return paths


def ingest(store_path: Path, paths: list[Path]) -> list[dict[str, Any]]:
    store = EventStore(store_path)
    for path in paths:
        ingest_paths(store, [path], today=TODAY)
    return store.load().events


def event_of(events: list[dict[str, Any]], fragment: str) -> dict[str, Any]:
    hits = [e for e in events if fragment in e["sentence"]]
    assert len(hits) == 1, (fragment, [e["sentence"] for e in events])
    return hits[0]
