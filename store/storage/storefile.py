"""The store's file format: one JSON record per line, document texts last.

Schema 2 kept the whole store as one JSON object. Parsing that in one call
holds the raw bytes, the parser's own tree and the Python objects at once:
about 560 MB at the peak for a 100,000-event store whose objects take 310 MB.
Read line by line, only one record is ever in flight.

Layout (every line ends with ``\\n``)::

    {"app": "mali-tui", "format": "lines", "records": R, "texts": T, "events": E, "size": S, "order": ...}
    ["meta", "1", {...}]                                    R records, each [table, id, row]
    ["corrections", "3", {...}]
    ["documents", "1", {... without "text" ...}]
    ["text_index", "1", {"a.txt": [offset, length], ...}]   where each text line is
    ["events", "17", {...}]                                 in store.query.sort_key order
    ["texts", "1", {"name": ..., "sha256": ..., "text": ...}]   T lines, one per document

``size`` (the bytes after the header) and ``records`` catch a file cut short
(a partial copy): it is refused instead of read as a smaller store whose next
write would lose the rest. Texts come last, so the browser stops reading
before them and reads one later from its offset (``read_text``, offsets count
from the end of the header), checking that the line still holds the text its
events point into. Events are written in display order so that the browser
need not sort 100,000 of them, and can show the first screen of them before
it has read the rest (``read``'s ``preview``); ``order`` names that order.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from store.errors import StoreError
from store.query import SORT_ORDER, sort_key
from store.storage import event_index
from store.storage.interning import event_interner
from store.storage.store_path import refuse_special

FORMAT = "lines"
APP_MARK = "mali-tui"
DOCUMENTS, EVENTS, TEXTS, TEXT_INDEX = "documents", "events", "texts", "text_index"
NOT_AN_OBJECT = "not a mali-tui store (top level is not an object); pass another --db"
_TABLE_ORDER = ("meta", "corrections", DOCUMENTS, EVENTS)
PREVIEW_EVENTS = 2000  # a few screens of the timeline: written right after their own documents
_TEXT_PREFIX = b'["texts",'
_EVENT_INDEX_PREFIX = b'["event_index",'

Tables = dict[str, dict[str, dict[str, Any]]]
"""TinyDB's shape: table name -> document id (a string) -> row."""

Preview = Callable[[Tables, int, dict[str, "TextRef"]], None]
"""Called with the tables read so far, the number of events the file holds and where the texts are."""


@dataclass(frozen=True, slots=True)
class TextRef:
    """Where a document's text line is in the file, and what it must say to be trusted."""

    offset: int
    length: int
    sha256: str | None


@dataclass(slots=True)
class Loaded:
    """A parsed store file: its tables, where the skipped texts are, and whether events are in order."""

    tables: Tables
    texts: dict[str, TextRef] = field(default_factory=dict)  # by document name; empty when texts were read
    events_sorted: bool = False


def encode(tables: Tables, *, preview_events: int = PREVIEW_EVENTS) -> tuple[bytes, dict[str, TextRef]]:
    """The file's bytes for ``tables`` (documents holding their text), and where each text landed.

    The first ``preview_events`` events come right after the documents they
    cite, before every other document: a reader can show them having parsed
    only those (the header's ``preview`` says how many events that is).
    """
    dumps = orjson.dumps
    documents = tables.get(DOCUMENTS) or {}
    text_lines: list[bytes] = []
    index: dict[str, list[int]] = {}
    at = 0  # from the start of the texts: the body's length is added once it is known
    for key, row in documents.items():
        payload = {"name": row.get("name"), "sha256": row.get("sha256"), "text": row.get("text") or ""}
        line = dumps([TEXTS, key, payload]) + b"\n"
        index[str(row.get("name"))] = [at, len(line)]
        text_lines.append(line)
        at += len(line)
    before = [  # meta and corrections, then the two indexes
        dumps([name, key, row]) + b"\n"
        for name in _TABLE_ORDER[:2]
        for key, row in (tables.get(name) or {}).items()
    ]
    events = sorted((tables.get(EVENTS) or {}).items(), key=lambda item: sort_key(item[1]))
    first = events[:preview_events]
    cited = {row.get("doc") for _, row in first}
    bare = [(key, {k: v for k, v in row.items() if k != "text"}) for key, row in documents.items()]
    after: list[bytes] = []  # cited documents, first events, other documents, other events, other tables
    where_events: list[tuple[str, int]] = []  # (event id, line offset from the start of ``after``)
    at = 0

    def put(name: str, items: Any) -> None:
        nonlocal at
        for key, row in items:
            line = dumps([name, key, row]) + b"\n"
            if name == EVENTS:
                where_events.append((str(row.get("id")), at))
            after.append(line)
            at += len(line)

    put(DOCUMENTS, [item for item in bare if item[1].get("name") in cited])
    put(EVENTS, first)
    put(DOCUMENTS, [item for item in bare if item[1].get("name") not in cited])
    put(EVENTS, events[len(first) :])
    for name in sorted(set(tables).difference(_TABLE_ORDER)):
        put(name, (tables.get(name) or {}).items())
    events_index_size = event_index.line_length(where_events) if where_events else 0
    # Offsets count from the end of the header, so they include the index lines' own lengths.
    size_before = sum(map(len, before)) + sum(map(len, after)) + events_index_size
    index_line = b""
    while True:  # a longer line moves the texts further: grow it until it stops growing
        start = size_before + len(index_line)
        index_line = (
            dumps([TEXT_INDEX, "1", {n: [start + a, size] for n, (a, size) in index.items()}]) + b"\n"
        )
        if size_before + len(index_line) == start:
            break
    records = [*before, index_line]
    head_fields: dict[str, Any] = {"app": APP_MARK, "format": FORMAT}
    if where_events:
        events_at = sum(map(len, records)) + events_index_size
        events_line = event_index.index_line([(i, events_at + at) for i, at in where_events])
        head_fields[event_index.EVENT_INDEX] = [sum(map(len, records)), len(events_line)]
        records.append(events_line)
    records.extend(after)
    body = b"".join(records)
    texts = b"".join(text_lines)
    counts = {
        "records": len(records),
        "texts": len(text_lines),
        "events": len(events),
        "documents": len(documents),
        "preview": len(first),
    }
    head_fields.update(counts)
    head = dumps({**head_fields, "size": len(body) + len(texts), "order": SORT_ORDER}) + b"\n"
    sha = {str(row.get("name")): row.get("sha256") for row in documents.values()}
    refs = {name: TextRef(len(head) + len(body) + a, size, sha[name]) for name, (a, size) in index.items()}
    return head + body + texts, refs


def read(
    path: Path, *, texts: bool = True, preview: Preview | None = None, preview_after: int = 0
) -> Loaded | None:
    """The parsed store (``None`` when absent or empty); without ``texts`` they are left on disk.

    ``preview`` is called once with the tables read so far when
    ``preview_after`` events of more have been read: the browser shows them
    while the rest is read. Reads the one-object files of schemas 1
    and 2 as well, texts included.
    """
    refuse_special(path)  # a FIFO would block this open forever, a device never ends
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the store ({exc.strerror or exc})", path) from exc
    with handle:
        try:
            first = handle.readline()
            while first and not first.strip():
                first = handle.readline()
            if not first:
                return None
            head = _first_line(first)
            if head is None:  # schemas 1 and 2: the whole store is one JSON object
                whole = _loads(first + handle.read(), path, 1)
                if not isinstance(whole, dict):
                    raise StoreError(NOT_AN_OBJECT, path)
                return Loaded(tables=whole)
            _check_header(head, handle.tell(), os.fstat(handle.fileno()).st_size, path)
            return _read_lines(handle, head, handle.tell(), path, texts, preview, preview_after)
        except OSError as exc:
            raise StoreError(f"cannot read the store ({exc.strerror or exc})", path) from exc


def _check_header(head: dict[str, Any], head_size: int, file_size: int, path: Path) -> None:
    if head.get("app") != APP_MARK:
        raise StoreError("not a mali-tui store; pass another --db or move this file away", path)
    if head.get("format") != FORMAT:
        newer = f"store format {head.get('format')!r} is newer than this mali-tui understands"
        raise StoreError(f"{newer}; upgrade mali-tui", path)
    size = head.get("size")
    if (
        not isinstance(size, int)
        or not isinstance(head.get("records"), int)
        or not isinstance(head.get("texts"), int)
    ):
        raise StoreError("store is damaged (its header is incomplete); restore a backup", path)
    if file_size - head_size < size:
        raise StoreError(
            f"store is cut short ({file_size - head_size} of {size} bytes); restore a backup", path
        )
    if file_size - head_size > size:
        raise StoreError(
            f"store is damaged ({file_size - head_size - size} bytes too many); restore a backup", path
        )


def _read_lines(
    handle: BinaryIO,
    head: dict[str, Any],
    head_size: int,
    path: Path,
    texts: bool,
    preview: Preview | None,
    preview_after: int,
) -> Loaded:
    expected: int = head["records"]
    if head.get("order") != SORT_ORDER:
        preview = None  # the first events read are not the first of the timeline
    if isinstance(head.get("preview"), int):  # only so many events are written after all their documents
        preview_after = min(preview_after, head["preview"])
    tables: Tables = {}
    text_index: dict[str, Any] = {}  # resolved against the documents once they are read
    events_read = 0
    count = 0
    intern_event = event_interner()  # one object per repeated value (``store.storage.interning``)
    for count, line in enumerate(itertools.islice(handle, expected), start=1):
        if line.startswith(_EVENT_INDEX_PREFIX):  # for lookups by id (``event_index``): not parsed here
            continue
        record = _loads(line, path, count + 1)
        try:
            table, key, row = record
            if table == TEXT_INDEX:
                text_index = row
                continue
            tables.setdefault(table, {})[key] = row
        except (ValueError, TypeError) as exc:
            raise StoreError(
                f"store is damaged (line {count + 1} is not a record); restore a backup", path
            ) from exc
        if table == EVENTS:
            intern_event(row)
            events_read += 1
            if events_read == preview_after and preview is not None and head.get("events", 0) > events_read:
                documents = tables.get(DOCUMENTS) or {}
                shown = {row.get("name") for row in documents.values()}
                cited = {name: at for name, at in text_index.items() if name in shown}
                preview(tables, head.get("events") or 0, _text_refs(cited, documents, head_size, path))
                preview = None
    if count < expected:
        raise StoreError(f"store is cut short ({count} of {expected} records); restore a backup", path)
    refs = _text_refs(text_index, tables.get(DOCUMENTS) or {}, head_size, path)
    if texts:
        _read_texts(handle, head["texts"], tables.get(DOCUMENTS) or {}, path, expected + 1)
        refs = {}
    return Loaded(tables=tables, texts=refs, events_sorted=head.get("order") == SORT_ORDER)


def _text_refs(
    index: dict[str, Any], documents: dict[str, dict[str, Any]], head_size: int, path: Path
) -> dict[str, TextRef]:
    sha = {row.get("name"): row.get("sha256") for row in documents.values()}
    try:
        return {name: TextRef(head_size + at, size, sha.get(name)) for name, (at, size) in index.items()}
    except (ValueError, TypeError, AttributeError) as exc:
        raise StoreError("store is damaged (its text index is malformed); restore a backup", path) from exc


def _read_texts(
    handle: BinaryIO, expected: int, documents: dict[str, dict[str, Any]], path: Path, first: int
) -> None:
    count = 0
    for count, line in enumerate(itertools.islice(handle, expected), start=1):
        try:
            table, key, row = _loads(line, path, first + count)
            if table != TEXTS:
                raise ValueError(table)
            documents[key]["text"] = row["text"]
        except (ValueError, TypeError, KeyError) as exc:
            damaged = f"store is damaged (line {first + count} is not a document's text)"
            raise StoreError(f"{damaged}; restore a backup", path) from exc
    if count < expected:
        raise StoreError(f"store is cut short ({count} of {expected} texts); restore a backup", path)


def _first_line(line: bytes) -> dict[str, Any] | None:
    """The header of a line-format store, ``None`` for anything else."""
    try:
        head = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    return head if isinstance(head, dict) and "format" in head else None


def _loads(raw: bytes, path: Path, line: int) -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        where = "" if line == 1 else f" at line {line}"
        raise StoreError(
            f"not a valid mali-tui store (broken JSON{where}); restore a backup or pass another --db", path
        ) from exc


def read_text(path: Path, name: str, ref: TextRef) -> str | None:
    """Document ``name``'s text from its line, ``None`` if the file no longer has it there."""
    try:
        with path.open("rb") as handle:
            handle.seek(ref.offset)
            line = handle.read(ref.length)
    except OSError:
        return None
    if not line.startswith(_TEXT_PREFIX):
        return None
    try:
        _, _, row = orjson.loads(line)
    except (orjson.JSONDecodeError, ValueError, TypeError):
        return None
    if not isinstance(row, dict) or row.get("name") != name or row.get("sha256") != ref.sha256:
        return None
    text = row.get("text")
    return text if isinstance(text, str) else None


def index_texts(path: Path) -> dict[str, TextRef]:
    """Where every text is now (after another process rewrote the store): events are skipped unparsed."""
    try:
        with path.open("rb") as handle:
            head = _first_line(handle.readline())
            if head is None:
                return {}
            head_size = handle.tell()
            wanted = head.get("documents")  # absent in older files: every document precedes the index
            documents: dict[str, dict[str, Any]] = {}
            text_index: dict[str, Any] | None = None
            for line in itertools.islice(handle, head.get("records") or 0):
                if line.startswith(b'["events",'):
                    continue
                table, key, row = orjson.loads(line)
                if table == DOCUMENTS:
                    documents[key] = row
                elif table == TEXT_INDEX:
                    text_index = row
                if text_index is not None and (not isinstance(wanted, int) or len(documents) >= wanted):
                    return _text_refs(text_index, documents, head_size, path)
    except (OSError, StoreError, orjson.JSONDecodeError, ValueError, TypeError, AttributeError):
        return {}  # a damaged file is reported by the next full read, not here
    return {}


# For ``store.storage.store_check``, which reads a header without reading the store.
first_line = _first_line
check_header = _check_header
loads_line = _loads
