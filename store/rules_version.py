"""Which rules read a stored document, and which stored documents newer rules would read differently.

A document records the extractor that read it; ingest leaves a document alone when its text, reference
date and extractor are unchanged. A hand-kept number ("2") stayed the same across many rule changes, so
after an upgrade a re-ingest said "unchanged" and the store kept what older rules had found (and lacked
fields later rules add, such as a report's place context). The version is therefore the hand-kept
generation plus a fingerprint of the rule sources: any change to extraction, dating, typing, languages or
linking makes a new version, with no one to remember to bump it. The fingerprint reads only files, so
the browser can tell which documents are stale without importing the extractor.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

__all__ = [
    "GENERATION",
    "Reread",
    "extractor_version",
    "older_rules_note",
    "read_by_other_rules",
    "rereadable",
    "rules_fingerprint",
]

GENERATION = "2"  # 2: titles name who acts (store.about.actors)
STORE_ROOT = Path(__file__).resolve().parent
# What decides a document's events and their links: modules and folders of store/ (not storage,
# exports or the browser's views, which change how events are kept or shown, not which they are).
RULE_SOURCES = (
    "extract.py", "ingest.py", "model.py", "extraction", "dates", "about", "document", "languages",
    "text", "linking",
)  # fmt: skip
RULE_SUFFIXES = frozenset({".py", ".csv", ".json"})


def rules_fingerprint(root: Path = STORE_ROOT, sources: tuple[str, ...] = RULE_SOURCES) -> str:
    """Ten hex digits that change whenever a rule source under ``root`` changes (name or content)."""
    digest = hashlib.sha256()
    for name in sources:
        path = root / name
        files = [path] if path.is_file() else sorted(_rule_files(path))
        for file in files:
            digest.update(file.relative_to(root).as_posix().encode() + b"\0")
            digest.update(file.read_bytes() + b"\0")
    return digest.hexdigest()[:10]


def _rule_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [f for f in folder.rglob("*") if f.suffix in RULE_SUFFIXES and "__pycache__" not in f.parts]


@cache
def extractor_version() -> str:
    """This install's extractor: "2+3f9a1c2d07" (generation + rules fingerprint)."""
    return f"{GENERATION}+{rules_fingerprint()}"


def _rules_of(doc: Mapping[str, Any]) -> str:
    """The rules a stored document was read by (an undated list's year hint after "/" left out)."""
    return str(doc.get("extractor") or "").split("/")[0]


def read_by_other_rules(documents: Mapping[str, Mapping[str, Any]], current: str | None = None) -> list[str]:
    """Names of the stored documents that rules other than ``current`` (this install's) read.

    A record no mali-tui rules wrote (a benchmark's synthetic "bench" documents) is not counted.
    """
    current = current or extractor_version()
    return sorted(
        name
        for name, doc in documents.items()
        if _rules_of(doc)[:1].isdigit() and _rules_of(doc) != current  # "bench": no rules made it
    )


def older_rules_note(documents: Mapping[str, Mapping[str, Any]], current: str | None = None) -> str | None:
    """One line for the user when older rules read some stored documents, else None."""
    stale = read_by_other_rules(documents, current)
    if not stale:
        return None
    which = "1 document was" if len(stale) == 1 else f"{len(stale)} documents were"
    return f"{which} read by older rules than this mali-tui's: 'mali-tui reread' reads them again"


@dataclass(slots=True)
class Reread:
    """The files to read again, and one line for each stored document whose file is gone."""

    paths: list[Path] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


def rereadable(documents: Mapping[str, Mapping[str, Any]], current: str | None = None) -> Reread:
    """The files of the documents read by other rules than ``current`` (this install's).

    A document whose file has moved or gone is named, not dropped: its stored events stay as they are.
    """
    found = Reread()
    for name in read_by_other_rules(documents, current):
        stored = documents[name].get("path")
        path = Path(stored) if stored else None
        if path is not None and path.is_file():
            found.paths.append(path)
        else:
            where = f"its file {stored} is gone" if stored else "the store does not say where its file is"
            found.missing.append(f"{name}: {where}; the events stored from it are kept")
    return found
