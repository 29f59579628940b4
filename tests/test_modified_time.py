"""A page's modified time is recorded and named, never taken for the date its text is read against."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from store.document.html_meta import meta_from_html, modified_warning
from store.ingest import UNDATED_WARNING, build_document

TODAY = dt.date(2026, 11, 23)


def _page(head: str, body: str) -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8">{head}</head><body>'
        f'<nav><a href="/">Home</a></nav><article>{body}</article></body></html>'
    )


UPDATED_STORY = _page(
    '<meta property="article:published_time" content="2024-08-05T21:00:00+02:00">'
    '<meta property="article:modified_time" content="2024-08-19T09:15:00+02:00">'
    '<meta property="og:updated_time" content="2024-08-19T09:15:00+02:00">',
    "<h1>Last convoy leaves the northern base</h1>"
    "<p>The last convoy left the northern base on Monday, the army said.</p>"
    "<p>The remaining troops must be gone by the end of next month.</p>",
)


def test_the_modified_time_is_read_beside_the_published_one() -> None:
    meta = meta_from_html(UPDATED_STORY)
    assert meta.published == "2024-08-05" and meta.modified == "2024-08-19"


def test_json_ld_date_modified_is_the_modified_time_not_the_publication() -> None:
    ld = json.dumps({"@type": "NewsArticle", "datePublished": "2023-02-20", "dateModified": "2023-04-02"})
    meta = meta_from_html(f'<script type="application/ld+json">{ld}</script><p>Texte.</p>')
    assert meta.published == "2023-02-20" and meta.modified == "2023-04-02"


def test_weekdays_and_next_month_are_read_against_the_publication_not_the_update(tmp_path: Path) -> None:
    path = tmp_path / "convoy.html"
    path.write_text(UPDATED_STORY, encoding="utf-8")
    built = build_document(path, today=TODAY)
    assert built.document["published"] == "2024-08-05" and built.document["modified"] == "2024-08-19"
    left = next(e for e in built.events if "left the northern base on Monday" in e["sentence"])
    assert left["date"] == "2024-08-05"  # Monday of the publication, not 19 August's Monday
    assert any("modified 2024-08-19" in w and "2024-08-05" in w for w in built.warnings)


def test_a_same_day_update_says_nothing() -> None:
    assert modified_warning("2024-08-05", "2024-08-05") is None
    assert modified_warning("2024-08-05", None) is None


def test_a_page_with_only_a_modified_time_stays_undated_and_its_lists_end_there(tmp_path: Path) -> None:
    path = tmp_path / "timeline.html"
    path.write_text(
        _page(
            '<meta property="og:updated_time" content="2019-03-02T10:00:00+00:00">',
            "<h1>Key dates</h1><p>Jan 20: The first peacekeepers reach the northern town.</p>"
            "<p>Feb 12: A convoy is attacked near the border.</p>",
        ),
        encoding="utf-8",
    )
    built = build_document(path, today=TODAY)
    assert built.document["published"] is None and built.document["modified"] == "2019-03-02"
    assert UNDATED_WARNING in built.warnings
    assert any("only a modification date" in w for w in built.warnings)
    attacked = next(e for e in built.events if "attacked near the border" in e["sentence"])
    assert attacked["date_inferred"] and attacked["date"] <= "2019-03-02"  # not 2026, the year of "today"
    assert attacked["date"] == "2019-02-12"


def test_an_impossible_modified_day_is_ignored() -> None:
    page = _page('<meta property="article:modified_time" content="2023-02-31T10:00:00Z">', "<p>x</p>")
    assert meta_from_html(page).modified is None
