"""Reference dates and headlines from a page's markup (after the sidecar, before the page text)."""

from __future__ import annotations

import json
from pathlib import Path

from store.document.html_meta import meta_from_html
from store.ingest import UNDATED_WARNING, build_document

PAGE = """<!doctype html><html><head>
<meta charset="utf-8">
<meta property="og:site_name" content="Sahel Daily">
<meta property="og:title" content="Chad orders French troops out">
<meta content="2024-12-13T23:40:00+01:00" property="article:published_time">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Chad orders French troops out by January 31</h1>
<p>N'DJAMENA - Chad's government said on Friday that French forces must leave the country by January 31.</p>
<p>Some 1,000 French soldiers were stationed in the country, the army said.</p>
</body></html>"""


def test_article_published_time_is_the_day_the_publisher_wrote() -> None:
    meta = meta_from_html(PAGE)
    assert meta.published == "2024-12-13"  # 22:40 UTC on the 13th in Paris time: still the 13th as written
    assert meta.publisher == "Sahel Daily"
    assert meta.title == "Chad orders French troops out"
    assert meta.headline == "Chad orders French troops out by January 31"


def test_json_ld_date_published_when_no_meta_tag() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2023-08-02"})
    page = f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>x</p></body></html>'
    assert meta_from_html(page).published == "2023-08-02"


def test_time_element_as_a_last_resort() -> None:
    page = '<html><body><time datetime="2022-02-17T10:00">17 février</time><p>Texte.</p></body></html>'
    assert meta_from_html(page).published == "2022-02-17"


def test_broken_json_ld_says_nothing() -> None:
    page = '<script type="application/ld+json">{"datePublished": </script><p>Un texte.</p>'
    assert meta_from_html(page).published is None


def test_markup_date_ranks_after_the_sidecar_and_before_the_text(tmp_path: Path) -> None:
    page = tmp_path / "chad.html"
    page.write_text(
        PAGE.replace("<p>N'DJAMENA", "<p>Published 1 March 2020</p><p>N'DJAMENA"), encoding="utf-8"
    )
    built = build_document(page)
    assert built.document["published"] == "2024-12-13" and built.document["published_source"] == "html"
    assert built.document["publisher"] == "Sahel Daily"
    (tmp_path / "chad.meta.json").write_text('{"published": "2024-12-14"}', encoding="utf-8")
    assert build_document(page).document["published"] == "2024-12-14"


def test_the_h1_headline_can_report_an_event(tmp_path: Path) -> None:
    page = tmp_path / "chad.html"
    page.write_text(PAGE, encoding="utf-8")
    built = build_document(page)
    text = built.document["text"]
    headline = [e for e in built.events if e["sentence"].startswith("Chad orders French troops out")]
    assert headline and headline[0]["target_date"] == "2025-01-31"
    assert text[headline[0]["start"] : headline[0]["end"]] == headline[0]["sentence"]


def test_an_undated_document_is_warned_about(tmp_path: Path) -> None:
    page = tmp_path / "list.txt"
    page.write_text("Key dates\n\nAug 15: The last French soldiers leave Mali.\n", encoding="utf-8")
    assert UNDATED_WARNING in build_document(page).warnings
