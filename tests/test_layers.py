"""The folders of ``store/`` are layers, read from each module's source (imports inside functions too).

``sys.modules`` never shows a lazy import, so every module's imports are read
with ``ast``: a rule broken only inside a function still fails here.
"""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import pytest

from store.event_view import DocumentView, EventView
from store.model import EVENT_FIELDS, Document

PROJECT = Path(__file__).resolve().parents[1]
STORE = PROJECT / "store"

# group -> groups of store/ it must never import
FORBIDDEN: dict[str, set[str]] = {
    "storage": {"document", "dates", "about", "linking"},
    "document": {"storage", "linking"},
    "dates": {"storage", "linking"},
    "about": {"storage", "linking"},
    "text": {"storage", "linking", "document", "dates", "about"},
    "languages": {"storage", "linking", "document", "dates", "about", "text"},  # data only
    "board": {"storage", "document", "dates", "linking"},
    "exports": {"storage", "document", "dates", "linking"},
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PROJECT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every module named by an import statement anywhere in the file, relative ones made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else _module_name(path)
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _store_modules() -> list[Path]:
    return sorted(STORE.rglob("*.py"))


def _group(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else None


def test_every_store_module_is_checked() -> None:
    modules = _store_modules()
    groups = {_group(_module_name(path)) for path in modules}
    assert len(modules) > 30
    assert set(FORBIDDEN) <= groups  # each rule below names folders that exist


@pytest.mark.parametrize("path", _store_modules(), ids=lambda p: str(p.relative_to(PROJECT)))
def test_store_module_imports_no_textual_rich_or_tui(path: Path) -> None:
    tops = {name.split(".")[0] for name in _imports(path)}
    assert not tops & {"textual", "rich", "tui"}


@pytest.mark.parametrize("path", _store_modules(), ids=lambda p: str(p.relative_to(PROJECT)))
def test_store_module_respects_its_layer(path: Path) -> None:
    group = _group(_module_name(path))
    forbidden = FORBIDDEN.get(group or "", set())
    crossing = {
        name for name in _imports(path) if name.startswith("store.") and _group(name + ".x") in forbidden
    }
    assert not crossing, f"{path.name} ({group}/) imports {sorted(crossing)}"


def test_the_layer_reader_sees_imports_inside_functions() -> None:
    found = _imports(STORE / "storage" / "db.py")
    assert "filelock" in found  # imported only inside a function in storage/db.py
    assert "store.storage.storefile" in found or "store.storage" in found


MAX_LINES = 460
"""About 400 lines: past this a module does more than one thing and is split by concern."""

BEING_SPLIT: dict[str, str] = {  # module -> why it may pass the limit for now
    "store/document/boilerplate.py": "split on main into boilerplate_lines.py and boilerplate_cues.py",
}
"""Modules over the limit that another branch is splitting now; each entry goes when it lands."""


def test_no_module_of_store_or_tui_is_longer_than_about_400_lines() -> None:
    too_long = {}
    for folder in ("store", "tui"):
        for path in sorted((PROJECT / folder).rglob("*.py")):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            name = path.relative_to(PROJECT).as_posix()
            if lines > MAX_LINES and name not in BEING_SPLIT:
                too_long[name] = lines
    assert not too_long, f"split these by concern (at most {MAX_LINES} lines): {too_long}"


def test_modules_listed_as_being_split_are_still_long_or_the_entry_goes() -> None:
    for name in BEING_SPLIT:
        path = PROJECT / name
        assert path.exists() and len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES, (
            f"{name} is split now: remove it from BEING_SPLIT"
        )


# -- the tui reads events and documents as typed views (``store.event_view``), never by string keys --

ROW_KEYS: frozenset[str] = frozenset(
    (
        *EVENT_FIELDS,
        *(f.name for f in fields(Document)),
        *("rejected", "corrected", "corrected_fields", "cluster_link", "text_missing"),
    )
)
"""The keys of the store's event and document rows, and of what corrections and linking add to them."""


def _row_key_reads(source: str) -> list[str]:
    """Each ``x["date"]``, ``x.get("date")``, ``itemgetter("date")`` of a row key in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        keys: list[ast.expr] = []
        if isinstance(node, ast.Subscript):
            keys = [node.slice]
        elif isinstance(node, ast.Call):
            func = node.func
            name = getattr(func, "attr", None) or getattr(func, "id", "")
            if name in ("get", "pop", "setdefault"):
                keys = node.args[:1]
            elif name == "itemgetter":
                keys = node.args
            elif name == "methodcaller":
                keys = node.args[1:2]
        found += [
            ast.unparse(node)
            for key in keys
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value in ROW_KEYS
        ]
    return found


def test_the_row_key_reader_finds_the_ways_a_row_is_read_by_key() -> None:
    source = """
when = event["date"]
who = doc.get("publisher") or "-"
ids = map(itemgetter("id"), rows)
kinds = map(methodcaller("get", "type"), rows)
"""
    assert _row_key_reads(source) == [
        "event['date']",
        "doc.get('publisher')",
        "itemgetter('id')",
        "methodcaller('get', 'type')",
    ]
    assert not _row_key_reads('theme = settings["theme"]\nwhen = event.date\nlabel = labels.get(kind, kind)')


def test_the_tui_reads_no_event_or_document_field_by_string_key() -> None:
    """Events and documents reach ``tui/`` as ``store.event_view`` views: attributes with types."""
    reads = {}
    for path in sorted((PROJECT / "tui").rglob("*.py")):
        found = _row_key_reads(path.read_text(encoding="utf-8"))
        if found:
            reads[path.relative_to(PROJECT).as_posix()] = found
    assert not reads, f"read these through store.event_view's EventView / DocumentView: {reads}"


def test_the_views_have_every_field_the_store_keeps() -> None:
    assert set(EVENT_FIELDS) <= {f.name for f in fields(EventView)}
    shown = {"name", "text", "published", "published_source", "publisher", "url", "language", "title"}
    assert shown <= {f.name for f in fields(DocumentView)} & {f.name for f in fields(Document)}
