"""The ``mali-tui`` command: a thin shell over ``store`` and the browser.

Every foreseeable problem is printed as one line naming the file; no user
ever sees a traceback for bad input.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, TextIO, cast

from store import __version__
from store.errors import MaliTuiError
from store.storage.paths import DB_ENV, default_db_path
from store.text.visible import visible

if TYPE_CHECKING:
    import argparse  # imported by _parser: the plain launch does without it (and gettext), about 2.5 ms

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="mali-tui",
        description="Browse a timeline of events extracted from news reports on the withdrawal of MINUSMA "
        "and foreign forces from Mali. Without a command, opens the browser (ingesting the bundled "
        "seed documents into an empty store first).",
    )
    parser.add_argument("--version", action="version", version=f"mali-tui {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"the event store file (default: ${DB_ENV} or {default_db_path()})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = sub.add_parser(
        "ingest",
        help="add documents (files or folders: .txt, .html, .htm)",
        description="Add documents to the store. The same content twice stores nothing "
        "new; a changed file replaces that document's events.",
    )
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="set the reference (publication) date of these documents; dates are resolved again",
    )
    ingest.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="parallel extraction processes (at most the CPUs)"
    )
    ingest.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symlinks inside the folders given that lead out of them (not followed by default)",
    )
    ingest.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for a "
        "local cluster (--jobs workers, default one per core); needs pip install 'mali-tui[dask]'",
    )
    ingest.add_argument(
        "--wait",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="how long to wait for another ingest writing the same store before giving up (default: 5)",
    )

    export = sub.add_parser(
        "export",
        help="write events (all, or filtered) as JSON lines or CSV",
        description="Export events with the documented field names.",
    )
    export.add_argument("--format", choices=("jsonl", "csv", "acled", "timelinejs"), default="jsonl")
    export.add_argument("--output", "-o", default="-", metavar="FILE", help="file to write (default: stdout)")
    export.add_argument(
        "--country",
        action="append",
        metavar="CC",
        help="ISO 3166 alpha-2 code, e.g. FR (repeatable: any of them)",
    )
    export.add_argument("--type", action="append", metavar="T", help="event type (repeatable)")
    export.add_argument("--since", metavar="D", help="YYYY, YYYY-MM or YYYY-MM-DD")
    export.add_argument("--until", metavar="D", help="YYYY, YYYY-MM or YYYY-MM-DD")
    export.add_argument("--text", metavar="WORDS", help="free text (case- and accent-insensitive)")
    export.add_argument("--force", metavar="KEY", help="a force of the board, e.g. EG@ML (mali-tui board)")
    export.add_argument(
        "--by", choices=("event", "cluster"), default="event", help="one row per event or per occurrence"
    )

    board = sub.add_parser(
        "board",
        help="who left when: one row per force in a host country",
        description="Forces and their withdrawals (the browser's w screen), corrections applied.",
    )
    board.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sub.add_parser("docs", help="list stored documents", description="List stored documents.")
    remove = sub.add_parser(
        "remove",
        help="remove documents and their events",
        description="Remove documents (by the names 'mali-tui docs' lists) with their events. Your "
        "corrections of those events are kept and listed as orphaned.",
    )
    remove.add_argument("names", nargs="+", metavar="NAME")
    _corrections_parser(sub)
    sub.add_parser("browse", help="open the browser (the default)", description="Open the browser.")
    serve = sub.add_parser(
        "serve",
        help="serve the browser to a web browser (needs mali-tui[serve])",
        description="Serve the same browser to a web browser with textual-serve. It has no login: keep "
        "the default local address, or reach it through an SSH tunnel.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    return parser


def _corrections_parser(sub: argparse._SubParsersAction) -> None:
    corrections = sub.add_parser(
        "corrections",
        help="list, make or undo corrections of events",
        description="Without an action, list the corrections (orphaned ones, whose sentence is no longer "
        "in the store, are marked and kept). Corrections survive re-ingesting and new extraction rules; "
        "export applies them.",
    )
    corrections.add_argument("--orphaned", action="store_true", help="list only orphaned corrections")
    actions = corrections.add_subparsers(dest="action", metavar="ACTION")
    correct = actions.add_parser(
        "set", help="correct one event", description="Correct one event; unnamed values stay as they are."
    )
    correct.add_argument("event_id", metavar="EVENT_ID", help="the event's id (see 'mali-tui export')")
    correct.add_argument("--date", metavar="D", help="YYYY, YYYY-MM or YYYY-MM-DD (sets the precision too)")
    correct.add_argument("--precision", choices=("day", "month", "year"), help="date precision")
    correct.add_argument("--countries", metavar="CC,CC", help="2-letter codes, comma-separated ('' for none)")
    correct.add_argument("--type", metavar="T", help="event type")
    correct.add_argument(
        "--target", metavar="D", help="planned or deadline date, YYYY[-MM[-DD]] ('' for none)"
    )
    reject = correct.add_mutually_exclusive_group()
    reject.add_argument("--reject", dest="rejected", action="store_const", const=True, help="not an event")
    reject.add_argument(
        "--unreject", dest="rejected", action="store_const", const=False, help="an event after all"
    )
    for name, text in (
        ("undo", "undo the last change to one event's correction"),
        ("clear", "drop a correction"),
    ):
        action = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        action.add_argument("event_id", metavar="EVENT_ID")
    for name, text in (
        ("same", "say two events report the same occurrence (merges their clusters)"),
        ("different", "say two events report different occurrences (splits them apart)"),
        ("undecided", "forget what you said about two events: the evidence decides again"),
    ):
        action = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        action.add_argument("event_ids", metavar="EVENT_ID", nargs=2)


def _db_path(args: argparse.Namespace) -> Path:
    return args.db.expanduser() if args.db else default_db_path()


def _say(text: str, *, file: TextIO | None = None) -> None:
    """Print one message: everything the CLI prints goes through here, made safe for a terminal.

    Messages quote file names, publishers and sentences from documents: their
    control characters and bidi overrides are shown as symbols (␛), never sent.
    """
    print(visible(text), file=file or sys.stdout)


def _err(message: str) -> None:
    _say(f"mali-tui: {message}", file=sys.stderr)


def _plain_browse(argv: Sequence[str]) -> argparse.Namespace | None:
    """``mali-tui`` or ``mali-tui --db FILE`` (the launch a user waits for) without building every
    subcommand's parser (15 ms); anything else, help and mistakes included, goes to the full parser."""
    args = list(argv)
    if args[-1:] == ["browse"]:
        args.pop()
    if args[:1] == ["--db"] and len(args) == 2 and args[1] and not args[1].startswith("-"):
        args = [f"--db={args[1]}"]
    if not args:
        return _namespace(command=None, db=None)
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return _namespace(command=None, db=Path(args[0].removeprefix("--db=")))
    return None


def _namespace(**values: object) -> argparse.Namespace:
    """What the full parser would return for a plain launch, without importing argparse."""
    return cast("argparse.Namespace", SimpleNamespace(**values))


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _plain_browse(argv) or _parser().parse_args(argv)
    try:
        if args.command == "ingest":
            return _ingest(args)
        if args.command == "export":
            return _export(args)
        if args.command == "docs":
            return _docs(args)
        if args.command == "board":
            return _board(args)
        if args.command == "remove":
            return _remove(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "corrections":
            return _corrections(args)
        return _browse(args)
    except MaliTuiError as exc:
        _err(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        _err("interrupted; the store is unchanged by the unfinished step")
        return 130


def _ingest(args: argparse.Namespace) -> int:
    from store.ingest import ingest_paths, parse_published
    from store.processes import cap_jobs
    from store.storage.db import EventStore
    from tui.progress import ingest_progress

    try:
        parse_published(args.published)  # a bad date stops the run before any work
    except MaliTuiError as exc:
        _err(str(exc))
        return EXIT_USAGE
    store = EventStore(_db_path(args), lock_timeout=max(0.0, args.wait))
    jobs, capped = cap_jobs(args.jobs)
    if capped:
        _err(capped)
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
    for line in summary.warnings:
        _err(f"warning: {line}")
    for line in summary.failed:
        _err(line)
    _say(
        f"{summary.documents} documents ({summary.added} new, {summary.replaced} replaced, "
        f"{summary.unchanged} unchanged), {summary.sentences} sentences, {summary.events} events, "
        f"{summary.skipped} skipped, {len(summary.failed)} failed -> {store.path}"
    )
    return EXIT_OK if summary.ok else EXIT_FAILED


def _export(args: argparse.Namespace) -> int:
    from store.export import export_events, export_rows
    from store.query import EventFilter, parse_range
    from store.storage.db import EventStore

    since = parse_range(args.since)[0] if args.since else None
    until = parse_range(args.until)[1] if args.until else None
    flt = EventFilter(
        text=args.text or "",
        countries=frozenset(c.upper() for c in args.country) if args.country else None,
        types=frozenset(args.type) if args.type else None,
        since=since,
        until=until,
        force=args.force,
    )
    if args.by == "cluster" and args.format in ("acled", "timelinejs"):
        _err(f"--by cluster works with jsonl and csv; {args.format} has one row per event")
        return EXIT_USAGE
    snapshot = EventStore(_db_path(args)).load()
    rows = export_rows(snapshot, flt, args.by)
    count = export_events(
        rows, args.output, args.format, args.by, dict(snapshot.documents), store=_db_path(args)
    )
    if args.output != "-":
        what = "occurrences" if args.by == "cluster" else "events"
        _say(f"{count} {what} -> {args.output}", file=sys.stderr)
    return EXIT_OK


def _board(args: argparse.Namespace) -> int:
    from store.board.render import board_report
    from store.storage.db import EventStore

    sys.stdout.write(board_report(EventStore(_db_path(args)).load(), args.format))
    return EXIT_OK


def _docs(args: argparse.Namespace) -> int:
    from store.storage.db import EventStore

    snapshot = EventStore(_db_path(args)).load()
    if snapshot.is_empty:
        _say("no documents (add some with: mali-tui ingest PATH)")
        return EXIT_OK
    from store.event_view import documents_by_name

    rows = [("file", "publisher", "published", "lang", "events")]
    for doc in documents_by_name(snapshot.documents):
        published = doc.published or "undated"
        if doc.published_source in ("cli", "sidecar", "html"):
            published += f" ({doc.published_source})"
        if doc.modified and not doc.modified.startswith(published[:10]):
            published += f", modified {doc.modified}"
        rows.append((doc.name, doc.publisher or "-", published, doc.language or "und", str(doc.events)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        _say("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from tui.serve import exposure_warning, serve

    warning = exposure_warning(args.host)
    if warning:
        _err(warning)
    serve(_db_path(args).resolve(), host=args.host, port=args.port)
    return EXIT_OK


def _remove(args: argparse.Namespace) -> int:
    from store.removing import remove_documents
    from store.storage.db import EventStore

    result = remove_documents(EventStore(_db_path(args)), args.names)
    for name in result.unknown:
        _err(f"{name}: no such document in the store (see: mali-tui docs)")
    if result.removed:
        print(result.summary())
    return EXIT_FAILED if result.unknown else EXIT_OK


def _corrections(args: argparse.Namespace) -> int:
    from store.storage import corrections, occurrence_decisions
    from store.storage.db import EventStore

    store = EventStore(_db_path(args))
    if args.action in ("same", "different", "undecided"):
        from store.linking import decisions

        decide = {
            "same": decisions.same_occurrence,
            "different": decisions.different_occurrence,
            "undecided": decisions.clear_occurrence,
        }[args.action]
        first, second = args.event_ids
        decide(store, first, second)
        _say(f"{first} {second}: {args.action}" + (" occurrence" if args.action != "undecided" else ""))
        return EXIT_OK
    if args.action == "set":
        countries = None
        if args.countries is not None:
            countries = [c for c in args.countries.replace(";", ",").split(",") if c.strip()]
        from store.correcting import correct_event

        corrected = correct_event(
            store,
            args.event_id,
            date=args.date,
            date_precision=args.precision,
            countries=countries,
            type=args.type,
            rejected=args.rejected,
            target_date=args.target,
        )
        _say(f"{args.event_id}: {corrections.describe(corrected.record)}")
        if corrected.moved:
            _say(f"{corrected.moved} other items of its undated list moved with it (still marked inferred)")
        return EXIT_OK
    if args.action in ("undo", "clear"):
        from store.correcting import clear_event, undo_event

        done = (undo_event if args.action == "undo" else clear_event)(store, args.event_id)
        said = corrections.describe(done.record) if done.record else "no correction (as extracted)"
        if args.action == "clear":
            said = "correction cleared (undo brings it back)"
        _say(f"{args.event_id}: {said}")
        if done.moved:
            _say(f"{done.moved} other items of its undated list moved with it (still marked inferred)")
        return EXIT_OK
    snapshot = store.load()
    statuses = corrections.correction_statuses(snapshot)
    orphans = sum(s.orphaned for s in statuses)
    if args.orphaned:
        statuses = [s for s in statuses if s.orphaned]
    for row in [] if args.orphaned else occurrence_decisions.occurrence_decisions(snapshot):
        _say(f"{row.get('a')} {row.get('b')}  {row.get('decision')} occurrence")
    if not statuses:
        _say("no orphaned corrections" if args.orphaned else "no corrections")
        return EXIT_OK
    from store.correction_lines import correction_lines

    for line in correction_lines(statuses):
        mark = {"attached": "", "reattached": f"  [re-attached to {line.applies_to}]"}.get(
            line.status, "  [ORPHANED: sentence no longer in the store; kept]"
        )
        _say(f"{line.made_on}  {line.doc or '-'}  {line.change}{mark}")
        sentence = line.sentence
        _say(f"    {sentence[:117] + '...' if len(sentence) > 120 else sentence}")
    _say(f"{len(statuses)} corrections, {orphans} orphaned")
    return EXIT_OK


def _browse(args: argparse.Namespace) -> int:
    from store.storage.db import EventStore
    from store.storage.schema import SCHEMA_VERSION
    from store.storage.store_check import check_store_header
    from tui.app import make_app

    store = EventStore(_db_path(args))
    # A foreign, newer or cut-short store is reported in one line before the screen opens; the store
    # itself is read by the app (its first screens before the first frame, the rest in a worker; damage
    # further in is shown there).
    check_store_header(store.path, SCHEMA_VERSION)
    served = bool(os.environ.get("TEXTUAL_DRIVER"))  # mali-tui serve: a web page is the terminal
    if not sys.stdout.isatty() and not os.environ.get("MALI_TUI_FORCE") and not served:
        _err("the browser needs a terminal; use 'mali-tui export' or 'mali-tui docs' in scripts")
        return EXIT_USAGE
    from tui.settings import default_settings_path

    make_app(store, settings_path=default_settings_path()).run()
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
