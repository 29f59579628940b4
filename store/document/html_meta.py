"""What a web page's markup says about it: publication date, site name, headline.

Real pages carry their date in markup the reader never sees: ``<meta property="article:published_time">``,
JSON-LD ``datePublished``, ``<time datetime>``. It is the publisher's own statement, so it ranks after a
sidecar (the user's) and before anything guessed from the page text. The date is kept as the publisher
wrote it, in its own time zone: "2023-12-29T23:30:00+01:00" is 29 December, not the 29th at 22:30 UTC.

A modified time (``article:modified_time``, ``og:updated_time``, JSON-LD ``dateModified``) is not when the
text was written: "on Friday" in a story of 30 January updated on 10 March is still 24 January's Friday.
The published time stays the reference; the modified one is recorded as such (``Document.modified``),
named in the ingest summary when it is another day, and, on a page with no publication date at all,
only bounds the years inferred for its lists (nothing it reports happened after it was last changed).

The page's ``<h1>`` is also the headline the text shows: it stays a sentence that can report an event.
Markup is untrusted: it is only matched with bounded patterns and ``json.loads``, never executed.
"""

from __future__ import annotations

import datetime as dt
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

# Meta names that carry the last modification, best first: never taken for the publication date.
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dcterms.modified",
)


@dataclass(slots=True)
class HtmlMeta:
    """What the markup gives; every field optional."""

    published: str | None = None  # YYYY-MM-DD as the publisher wrote it
    published_text: str | None = None
    publisher: str | None = None  # og:site_name
    title: str | None = None  # og:title, else the <h1>
    headline: str | None = None  # the <h1> text, as the reader sees it
    modified: str | None = None  # YYYY-MM-DD of the last modification, as the publisher wrote it
    modified_text: str | None = None
    notes: list[str] = field(default_factory=list)


def _iso_day(value: str) -> str | None:
    m = _ISO.match(value)
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups())
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:  # "2023-02-31": no such day
        return None


def _metas(markup: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in _TAG.finditer(markup):
        attrs = {k.lower(): html.unescape(a or b or c) for k, a, b, c in _ATTR.findall(tag.group())}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            found.setdefault(key, attrs["content"].strip())
    return found


def _json_ld_dates(markup: str, key: str = "datePublished") -> list[str]:
    out: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            value = node.get(key)
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
    changed = [(key, metas[key]) for key in _MODIFIED_KEYS if key in metas]
    changed += [("JSON-LD dateModified", v) for v in _json_ld_dates(markup, "dateModified")]
    for source, value in changed:
        day = _iso_day(value)
        if day:
            meta.modified, meta.modified_text = day, value
            meta.notes.append(f"modification date from {source}")
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


def modified_warning(published: str | None, modified: str | None) -> str | None:
    """What the ingest summary says of a page modified on another day than the one its dates are read
    against (``published``: the reference the document got, whatever its source), or None."""
    if not modified or (published and modified.startswith(published[:10])):
        return None
    if published is None:
        return (
            f"only a modification date in the markup ({modified}): not taken for the publication date; "
            "years inferred for its lists are kept on or before it"
        )
    return (
        f"modified {modified}, publication date {published}: its dates are read against the publication date"
    )
