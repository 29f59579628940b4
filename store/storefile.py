"""The store's file format: one JSON record per line, document texts last.

Schema 2 kept the whole store as one JSON object. Parsing that in one call
holds the raw bytes, the parser's own tree and the Python objects at once:
about 560 MB at the peak for a 100,000-event store whose objects take 310 MB.
Read line by line, only one record is ever in flight.

Layout (every line ends with ``\\n``)::

    {"app": "mali-tui", "format": "lines", "records": N, "order": "..."}   header
    ["meta", "1", {...}]                                                    N records,
    ["corrections", "3", {...}]                                             each [table, id, row]
    ["documents", "1", {... without "text" ...}]
    ["events", "17", {...}]                                                 sorted by store.query.sort_key
    ["texts", "1", {"name": ..., "sha256": ..., "text": ...}]               one per document

The header's record count catches a file cut short (a partial copy): it is
refused instead of read as a smaller store whose next write would lose the
rest. Texts come last and carry their document's name and hash so that the
browser can skip them while loading and read one later from its offset
(``read_text``), checking it is still the text its events point into.
Events are written in display order so the browser need not sort 100,000
of them; ``order`` names that order so a reader can tell whether to trust it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from store.errors import StoreError
from store.query import SORT_ORDER, sort_key

FORMAT = "lines"
APP_MARK = "mali-tui"
DOCUMENTS, EVENTS, TEXTS = "documents", "events", "texts"
_TEXT_PREFIX = b'["texts",'
NOT_AN_OBJECT = "not a mali-tui store (top level is not an object); pass another --db"
_TABLE_ORDER = ("meta", "corrections", DOCUMENTS, EVENTS)

Tables = dict[str, dict[str, dict[str, Any]]]
"""TinyDB's shape: table name -> document id (a string) -> row."""


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


def encode(tables: Tables) -> tuple[bytes, dict[str, TextRef]]:
    """The file's bytes for ``tables`` (documents holding their text), and where each text landed."""
    dumps = orjson.dumps
    records: list[bytes] = []
    for name in (*_TABLE_ORDER, *sorted(set(tables).difference(_TABLE_ORDER))):
        rows = tables.get(name) or {}
        items: Any = rows.items()
        if name == EVENTS:
            items = sorted(items, key=lambda item: sort_key(item[1]))
        elif name == DOCUMENTS:
            items = [(key, {k: v for k, v in row.items() if k != "text"}) for key, row in items]
        records.extend(dumps([name, key, row]) + b"\n" for key, row in items)
    text_lines: list[tuple[str, str | None, bytes]] = []
    for key, row in (tables.get(DOCUMENTS) or {}).items():
        payload = {"name": row.get("name"), "sha256": row.get("sha256"), "text": row.get("text") or ""}
        text_lines.append((row.get("name"), row.get("sha256"), dumps([TEXTS, key, payload]) + b"\n"))
    count = len(records) + len(text_lines)
    head = dumps({"app": APP_MARK, "format": FORMAT, "records": count, "order": SORT_ORDER}) + b"\n"
    body = b"".join(records)
    refs: dict[str, TextRef] = {}
    offset = len(head) + len(body)
    for name, sha, line in text_lines:
        refs[name] = TextRef(offset, len(line), sha)
        offset += len(line)
    return head + body + b"".join(line for _, _, line in text_lines), refs


def read(path: Path, *, texts: bool = True) -> Loaded | None:
    """The parsed store (``None`` when absent or empty); without ``texts`` the text lines are only indexed.

    Reads the one-object files of schemas 1 and 2 as well, texts included.
    """
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
            return _read_lines(handle, head, handle.tell(), path, texts)
        except OSError as exc:
            raise StoreError(f"cannot read the store ({exc.strerror or exc})", path) from exc


def _read_lines(handle: BinaryIO, head: dict[str, Any], offset: int, path: Path, texts: bool) -> Loaded:
    if head.get("app") != APP_MARK:
        raise StoreError("not a mali-tui store; pass another --db or move this file away", path)
    if head.get("format") != FORMAT:
        newer = f"store format {head.get('format')!r} is newer than this mali-tui understands"
        raise StoreError(f"{newer}; upgrade mali-tui", path)
    expected = head.get("records")
    tables: Tables = {}
    refs: dict[str, TextRef] = {}
    names: dict[str, str] = {}  # document id -> name, to file the text lines under
    count = 0
    for count, line in enumerate(handle, start=1):
        size = len(line)
        if not line.endswith(b"\n"):
            raise StoreError(f"store is cut short (line {count + 1} is incomplete); restore a backup", path)
        if not texts and line.startswith(_TEXT_PREFIX):
            doc_id = line[len(_TEXT_PREFIX) : line.index(b",", len(_TEXT_PREFIX))].strip(b' "').decode()
            name = names.get(doc_id)
            if name is not None:
                refs[name] = TextRef(offset, size, tables[DOCUMENTS][doc_id].get("sha256"))
            offset += size
            continue
        offset += size
        record = _loads(line, path, count + 1)
        try:
            table, key, row = record
            if table == TEXTS:
                tables[DOCUMENTS][key]["text"] = row["text"]
                continue
            tables.setdefault(table, {})[key] = row
        except (ValueError, TypeError, KeyError) as exc:
            damaged = f"store is damaged (line {count + 1} is not a record)"
            raise StoreError(f"{damaged}; restore a backup", path) from exc
        if table == DOCUMENTS:
            names[key] = row.get("name")
    if count != expected:
        if isinstance(expected, int) and count < expected:
            raise StoreError(f"store is cut short ({count} of {expected} records); restore a backup", path)
        damaged = f"store is damaged ({count} records, the header says {expected!r})"
        raise StoreError(f"{damaged}; restore a backup", path)
    return Loaded(tables=tables, texts=refs, events_sorted=head.get("order") == SORT_ORDER)


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
    return _text_if_matches(line, name, ref.sha256)


def index_texts(path: Path) -> dict[str, TextRef]:
    """Where every text line of the file is now (after another process rewrote the store)."""
    refs: dict[str, TextRef] = {}
    try:
        with path.open("rb") as handle:
            offset = len(handle.readline())
            for line in handle:
                if line.startswith(_TEXT_PREFIX):
                    try:
                        _, _, row = orjson.loads(line)
                        refs[row["name"]] = TextRef(offset, len(line), row.get("sha256"))
                    except (orjson.JSONDecodeError, ValueError, TypeError, KeyError):
                        pass  # a damaged line is reported by the next full read, not here
                offset += len(line)
    except OSError:
        return {}
    return refs


def _text_if_matches(line: bytes, name: str, sha256: str | None) -> str | None:
    if not line.startswith(_TEXT_PREFIX):
        return None
    try:
        _, _, row = orjson.loads(line)
    except (orjson.JSONDecodeError, ValueError, TypeError):
        return None
    if not isinstance(row, dict) or row.get("name") != name or row.get("sha256") != sha256:
        return None
    text = row.get("text")
    return text if isinstance(text, str) else None
