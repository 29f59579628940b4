"""The ``mali-tui`` commands that read or change the store: ingest, reread, export, board, docs, remove,
serve.

Each is a thin shell: it turns the parsed options into one call of ``store``
(or ``tui.serve``) and prints what came back through ``tui.cli_output``.
"""

from __future__ import annotations

import contextlib
import sys
from typing import TYPE_CHECKING

from store.errors import MaliTuiError
from tui.cli_output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, err, say
from tui.cli_parser import db_path

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from store.ingest import IngestSummary
    from store.storage.db import EventStore


def ingest_command(args: argparse.Namespace) -> int:
    from store.ingest import ingest_paths, parse_published
    from store.processes import cap_jobs
    from store.storage.db import EventStore
    from tui.progress import ingest_progress

    try:
        parse_published(args.published)  # a bad date stops the run before any work
    except MaliTuiError as exc:
        err(str(exc))
        return EXIT_USAGE
    store = EventStore(db_path(args), lock_timeout=max(0.0, args.wait))
    jobs, capped = cap_jobs(args.jobs)
    if capped:
        err(capped)
    with contextlib.ExitStack() as stack:
        mapper = None
        if args.dask:
            from store.ingest_dask import dask_mapper

            workers = jobs if jobs > 1 else None
            mapper = stack.enter_context(dask_mapper(args.dask, local_workers=workers))
        progress = stack.enter_context(ingest_progress())
        summary = ingest_paths(
            store,
            args.paths,
            published=args.published,
            progress=progress,
            jobs=jobs,
            follow_links=args.follow_links,
            mapper=mapper,
        )
    return _said(summary, store)


def _said(summary: IngestSummary, store: EventStore, missing: Sequence[str] = ()) -> int:
    """Print an ingest's problems, one line each, and its one-line summary; the exit code."""
    for line in summary.warnings:
        err(f"warning: {line}")
    for line in (*missing, *summary.failed):
        err(line)
    say(
        f"{summary.documents} documents ({summary.added} new, {summary.replaced} replaced, "
        f"{summary.unchanged} unchanged), {summary.sentences} sentences, {summary.events} events, "
        f"{summary.skipped} skipped, {len(summary.failed) + len(missing)} failed -> {store.path}"
    )
    return EXIT_OK if summary.ok and not missing else EXIT_FAILED


def reread_command(args: argparse.Namespace) -> int:
    from store.processes import cap_jobs
    from store.rereading import reread_stale
    from store.storage.db import EventStore
    from tui.progress import ingest_progress

    store = EventStore(db_path(args), lock_timeout=max(0.0, args.wait))
    jobs, capped = cap_jobs(args.jobs)
    if capped:
        err(capped)
    with ingest_progress() as progress:
        summary, missing = reread_stale(store, progress=progress, jobs=jobs)
    if not summary.documents and not missing:
        say(f"every document was read by this mali-tui's rules: nothing to re-read -> {store.path}")
        return EXIT_OK
    return _said(summary, store, missing)


def export_command(args: argparse.Namespace) -> int:
    from store.export import export_events, export_rows
    from store.export_options import export_filter, grouping_problem
    from store.storage.db import EventStore

    flt = export_filter(
        text=args.text,
        countries=args.country,
        types=args.type,
        since=args.since,
        until=args.until,
        force=args.force,
    )
    problem = grouping_problem(args.format, args.by)
    if problem:
        err(problem)
        return EXIT_USAGE
    snapshot = EventStore(db_path(args)).load()
    rows = export_rows(snapshot, flt, args.by)
    count = export_events(
        rows, args.output, args.format, args.by, dict(snapshot.documents), store=db_path(args)
    )
    if args.output != "-":
        what = "occurrences" if args.by == "cluster" else "events"
        say(f"{count} {what} -> {args.output}", file=sys.stderr)
    return EXIT_OK


def board_command(args: argparse.Namespace) -> int:
    from store.board.render import board_report
    from store.storage.db import EventStore

    sys.stdout.write(board_report(EventStore(db_path(args)).load(), args.format))
    return EXIT_OK


def docs_command(args: argparse.Namespace) -> int:
    from store.rules_version import older_rules_note
    from store.storage.db import EventStore

    snapshot = EventStore(db_path(args)).load()
    if snapshot.is_empty:
        say("no documents (add some with: mali-tui ingest PATH)")
        return EXIT_OK
    from store.event_view import documents_by_name

    rows = [("file", "publisher", "published", "lang", "events")]
    for doc in documents_by_name(snapshot.documents):
        published = doc.published or "undated"
        if doc.published_source in ("cli", "sidecar", "html"):
            published += f" ({doc.published_source})"
        if doc.modified_apart:
            published += f", modified {doc.modified_apart}"
        rows.append((doc.name, doc.publisher or "-", published, doc.language or "und", str(doc.events)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    if note := older_rules_note(snapshot.documents):
        err(note)
    return EXIT_OK


def serve_command(args: argparse.Namespace) -> int:
    from tui.serve import exposure_warning, serve

    warning = exposure_warning(args.host)
    if warning:
        err(warning)
    serve(db_path(args).resolve(), host=args.host, port=args.port)
    return EXIT_OK


def remove_command(args: argparse.Namespace) -> int:
    from store.removing import remove_documents
    from store.storage.db import EventStore

    result = remove_documents(EventStore(db_path(args)), args.names)
    for name in result.unknown:
        err(f"{name}: no such document in the store (see: mali-tui docs)")
    if result.removed:
        print(result.summary())
    return EXIT_FAILED if result.unknown else EXIT_OK


COMMANDS = {
    "ingest": ingest_command,
    "reread": reread_command,
    "export": export_command,
    "board": board_command,
    "docs": docs_command,
    "remove": remove_command,
    "serve": serve_command,
}
"""Each subcommand of this module, by the name it is typed with."""
