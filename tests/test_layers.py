"""The folders of ``store/`` are layers, read from each module's source (imports inside functions too).

``sys.modules`` never shows a lazy import, so every module's imports are read
with ``ast``: a rule broken only inside a function still fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

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
