"""What a web page's markup says about it: publication date, site name, headline.

Real pages carry their date in markup the reader never sees: ``<meta property="article:published_time">``,
JSON-LD ``datePublished``, ``<time datetime>``. It is the publisher's own statement, so it ranks after a
sidecar (the user's) and before anything guessed from the page text. The date is kept as the publisher
wrote it, in its own time zone: "2023-12-29T23:30:00+01:00" is 29 December, not the 29th at 22:30 UTC.

The page's ``<h1>`` is also the headline the text shows: it stays a sentence that can report an event.
Markup is untrusted: it is only matched with bounded patterns and ``json.loads``, never executed.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field, replace

from store.document.boilerplate import Block

_MAX_MARKUP = 2_000_000  # the head and the article top: enough, and bounded on a huge page
_TAG = re.compile(r"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_JSON_LD = re.compile(
    r"<script\b[^>]{0,300}application/ld\+json[^>]{0,300}>(.{0,200000}?)</script>", re.IGNORECASE | re.DOTALL
)
_TIME = re.compile(r"<time\b[^>]{0,500}\bdatetime\s*=\s*[\"']([^\"']{4,40})[\"']", re.IGNORECASE)
_H1 = re.compile(r"<h1\b[^>]{0,500}>(.{1,2000}?)</h1>", re.IGNORECASE | re.DOTALL)
_ISO = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
# Meta names that carry the publication date, best first.
_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
)


@dataclass(slots=True)
class HtmlMeta:
    """What the markup gives; every field optional."""

    published: str | None = None  # YYYY-MM-DD as the publisher wrote it
    published_text: str | None = None
    publisher: str | None = None  # og:site_name
    title: str | None = None  # og:title, else the <h1>
    headline: str | None = None  # the <h1> text, as the reader sees it
    notes: list[str] = field(default_factory=list)


def _iso_day(value: str) -> str | None:
    m = _ISO.match(value)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not (1900 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _metas(markup: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _TAG.finditer(markup):
        attrs = {k.lower(): html.unescape(a or b or c) for k, a, b, c in _ATTR.findall(tag.group())}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            found.setdefault(key, attrs["content"].strip())
    return found


def _json_ld_dates(markup: str) -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                out.append(value)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for block in _JSON_LD.finditer(markup):
        try:
            walk(json.loads(block.group(1)))
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block says nothing
    return out


def _text(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]{0,500}>", " ", fragment)).split())


def meta_from_html(markup: str) -> HtmlMeta:
    """Publication date, site name and headline from ``markup`` (the decoded HTML of a page)."""
    markup = markup[:_MAX_MARKUP]
    metas = _metas(markup)
    meta = HtmlMeta()
    candidates = [(key, metas[key]) for key in _DATE_KEYS if key in metas]
    candidates += [("JSON-LD datePublished", v) for v in _json_ld_dates(markup)]
    candidates += [("<time datetime>", m.group(1)) for m in _TIME.finditer(markup)][:1]
    for source, value in candidates:
        day = _iso_day(value)
        if day:
            meta.published, meta.published_text = day, value
            meta.notes.append(f"publication date from {source}")
            break
    meta.publisher = metas.get("og:site_name") or None
    h1 = _H1.search(markup)
    meta.headline = _text(h1.group(1)) if h1 else None
    meta.title = metas.get("og:title") or meta.headline
    return meta


def keep_headline(text: str, blocks: list[Block], headline: str | None) -> list[Block]:
    """``blocks`` with the page's ``<h1>`` as body: a headline reports an event as much as a sentence.

    Only the block whose text is the headline changes; offsets are untouched (the headline is in the text).
    """
    if not headline:
        return blocks
    wanted = " ".join(headline.split())
    out = list(blocks)
    for i, block in enumerate(out):
        if block.kind != "body" and " ".join(text[block.start : block.end].split()) == wanted:
            out[i] = replace(block, kind="body", reason="headline kept as a sentence")
            break
    return out
