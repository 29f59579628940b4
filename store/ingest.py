"""Ingest: files and folders in, documents and events into the store.

Each file is read, described and extracted on its own; a file that fails is
reported in one line and the run goes on. All the good ones are written in a
single atomic store write at the end, so a crash mid-run loses nothing that
was stored before.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.dates.partial import PartialDate
from store.document.boilerplate import classify_blocks
from store.document.html_meta import HtmlMeta, keep_headline, meta_from_html, modified_warning
from store.document.language import detect_language
from store.document.metadata import meta_from_text, read_sidecar
from store.document.reading import read_source
from store.errors import InputError, MaliTuiError
from store.extract import EXTRACTOR_VERSION, extract_events
from store.finding_files import collect_files
from store.linking.camp_towns import with_camp_town
from store.linking.corroborate import reresolve_lists
from store.linking.decisions import ingest_relinker
from store.linking.harm_places import with_harm_place
from store.linking.operation_context import with_operation_context
from store.linking.place_context import with_place_context
from store.model import Document, content_hash
from store.processes import cap_jobs, end_with_parent
from store.storage.db import EventStore

Progress = Callable[[int, int, str], None]
MIN_YEAR, MAX_YEAR = 1900, 2100
UNDATED_WARNING = (
    "undated: no publication date in a sidecar, the page markup or its text; relative dates are left out "
    "and list years inferred (set one with --published)"
)
_ISO_PARTIAL = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(slots=True)
class IngestSummary:
    """What a run did, for the one-paragraph report the CLI prints."""

    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    sentences: int = 0
    events: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


@dataclass(slots=True)
class Built:
    document: dict[str, Any]
    events: list[dict[str, Any]]
    sentences: int
    warnings: list[str]


def parse_published(value: str | None) -> str | None:
    """Validate ``--published``: YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date."""
    if value is None:
        return None
    text = value.strip()
    problem = f"--published: not a date: {value!r} (use YYYY-MM-DD, YYYY-MM or YYYY)"
    if not _ISO_PARTIAL.fullmatch(text):
        raise MaliTuiError(problem)
    try:
        date = PartialDate.from_iso(text)
    except (ValueError, TypeError):
        raise MaliTuiError(problem) from None
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        raise MaliTuiError(f"--published: year {date.year} is out of range ({MIN_YEAR}-{MAX_YEAR})")
    return date.iso()


def build_document(
    path: Path, published: str | None = None, kept_published: str | None = None, today: dt.date | None = None
) -> Built:
    """Read, describe and extract one file (raises InputError for an unusable file)."""
    source = read_source(path)
    sidecar = read_sidecar(path)
    language = sidecar.language or detect_language(source.text)
    blocks = classify_blocks(source.text, language)
    from_text = meta_from_text(source.text, language, blocks)
    page = meta_from_html(source.markup) if source.markup else HtmlMeta()
    blocks = keep_headline(source.text, blocks, page.headline)
    warnings = [*source.warnings, *sidecar.warnings]
    if published:
        when, origin = published, "cli"
    elif kept_published:
        when, origin = kept_published, "cli"
    elif sidecar.published:
        when, origin = sidecar.published, "sidecar"
    elif page.published:
        when, origin = page.published, "html"
    elif from_text.published:
        when, origin = from_text.published, "text"
    else:
        when, origin = None, None
    doc = Document(
        name=path.name,
        text=source.text,
        sha256=content_hash(source.text),
        path=str(path.resolve()),
        published=when,
        published_source=origin,
        publisher=sidecar.publisher or page.publisher or from_text.publisher,
        url=sidecar.url or from_text.url,
        language=language,
        title=sidecar.title or page.title or from_text.title,
        encoding=source.encoding,
        warnings=warnings,
        modified=page.modified,
    )
    if note := modified_warning(when, page.modified):
        warnings.append(note)
    extraction = extract_events(doc, today=today, blocks=blocks)
    if when is None and extraction.sentences:
        warnings.append(UNDATED_WARNING)  # its relative dates are lost: the user may know the date
    record = doc.as_dict()
    record["extractor"] = EXTRACTOR_VERSION
    record["events"] = len(extraction.events)
    events = [e.as_dict() for e in extraction.events]
    with_place_context(events)  # the one town the report names, for its placeless events (linking)
    with_camp_town(events)  # the one town the report names, for its unlisted camps (linking)
    with_harm_place(events)  # the towns of the act placeless harm is told right after (linking)
    with_operation_context(events, source.text)  # the named operation it is about (linking)
    return Built(record, events, extraction.sentences, warnings)


def _build_safely(args: tuple[Path, str | None, str | None, dt.date | None]) -> Built | str:
    """``build_document``, with every problem turned into the one line the CLI prints."""
    path, published, kept, today = args
    try:
        if path.stat().st_size == 0:
            return f"{path}: empty file (0 bytes); nothing to ingest"
        built = build_document(path, published, kept, today)
    except MaliTuiError as exc:
        return str(exc)
    except (OSError, UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        return f"{path}: could not be processed ({type(exc).__name__}: {exc})"
    except Exception as exc:  # a bug on one odd file must not cost the user the rest of the run
        return (
            f"{path}: could not be processed (internal error {type(exc).__name__}: {exc}); please report it"
        )
    if not built.document["text"].strip():
        built.warnings.append("only whitespace: stored with no events")
    return built


def _file_warnings(path: Path, warnings: Iterable[str]) -> list[str]:
    """Prefix each warning with its file unless it already names one (sidecar warnings do)."""
    folder = str(path.parent)
    return [w if w.startswith(folder) else f"{path}: {w}" for w in warnings]


def ingest_paths(
    store: EventStore,
    paths: Sequence[Path],
    *,
    published: str | None = None,
    progress: Progress | None = None,
    jobs: int = 1,
    today: dt.date | None = None,
    follow_links: bool = False,
    mapper: Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]] | None = None,
) -> IngestSummary:
    """Ingest ``paths`` into ``store``; per-file problems are collected, not raised.

    ``mapper`` runs the extraction elsewhere (``store.ingest_dask``): it maps
    the build function over the tasks and returns the results in their order.
    """
    published = parse_published(published)
    jobs = cap_jobs(jobs)[0]
    with store.read_once():  # one writer for the whole run (a second waits, then gives up), one read
        return _ingest_locked(store, paths, published, progress, jobs, today, follow_links, mapper)


def _ingest_locked(
    store: EventStore,
    paths: Sequence[Path],
    published: str | None,
    progress: Progress | None,
    jobs: int,
    today: dt.date | None,
    follow_links: bool = False,
    mapper: Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    files, problems, summary.skipped = collect_files(paths, follow_links=follow_links)
    summary.failed.extend(problems)
    pool = _start_pool(jobs) if mapper is None and jobs > 1 and len(files) > 1 else None
    try:
        snapshot = store.load()
    except BaseException:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        raise
    existing = snapshot.documents
    files = _one_file_per_name(files, existing, summary)
    tasks = [(f, published, _kept_override(existing.get(f.name)), today) for f in files]
    built: list[Built] = []
    results: Iterable[Built | str]
    if mapper is not None:
        results = mapper(_build_safely, tasks)
    elif pool is not None and len(tasks) > 1:  # small chunks: no worker idles while the other ends a long one
        results = pool.map(_build_safely, tasks, chunksize=max(1, len(tasks) // (jobs * 32)))
    else:
        results = map(_build_safely, tasks)
    try:
        for done, (task, result) in enumerate(zip(tasks, results, strict=True), start=1):
            if isinstance(result, str):
                summary.failed.append(result)
            else:
                built.append(result)
                summary.sentences += result.sentences
                summary.events += len(result.events)
                summary.warnings.extend(_file_warnings(task[0], result.warnings))
            if progress is not None:
                progress(done, len(tasks), task[0].name)
    finally:
        if pool is not None:
            pool.shutdown()
    summary.documents = len(built)
    if built:
        # Undated lists get their years checked against every dated report, new and stored.
        items = reresolve_lists([(b.document, b.events) for b in built], existing, snapshot.events, today)
        written = store.write_documents(
            items, relink=ingest_relinker(snapshot.occurrence_decisions, snapshot.corrections)
        )
        summary.added, summary.replaced, summary.unchanged = (
            len(written.added),
            len(written.replaced),
            len(written.unchanged),
        )
    return summary


def _start_pool(jobs: int) -> ProcessPoolExecutor:
    """``jobs`` workers, forked now, before the store is read: they copy none of it.

    The parent's objects are frozen out of the collector while it forks, so that a worker's garbage
    collections never walk (and copy, page by page) what it inherited.
    """
    frozen_before = gc.get_freeze_count()  # what someone else froze (a loaded store) stays frozen
    gc.freeze()
    try:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=end_with_parent, initargs=(os.getpid(),))
        pool.submit(int)  # the first task starts every worker (a forking pool starts them all at once)
    finally:
        if not frozen_before:
            gc.unfreeze()
    return pool


def _one_file_per_name(
    files: list[Path], existing: dict[str, dict[str, Any]], summary: IngestSummary
) -> list[Path]:
    """Documents are stored by file name: two files of one name in a run would silently replace each other."""
    first: dict[str, Path] = {}
    kept: list[Path] = []
    for f in files:
        if f.name in first:
            summary.failed.append(f"{f}: same file name as {first[f.name]} in this run; rename one of them")
            continue
        first[f.name] = f
        kept.append(f)
        old = existing.get(f.name)
        old_path = old.get("path") if old else None
        if old_path and old_path != str(f.resolve()):
            summary.warnings.append(
                f"{f}: replaces {f.name} ingested earlier from {old_path} if the text differs"
            )
    return kept


def _kept_override(doc: dict[str, Any] | None) -> str | None:
    """A reference date the user set earlier with --published survives a plain re-ingest."""
    if doc and doc.get("published_source") == "cli":
        return doc.get("published")
    return None


__all__ = [
    "IngestSummary",
    "InputError",
    "build_document",
    "collect_files",
    "ingest_paths",
    "parse_published",
]
