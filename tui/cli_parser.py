"""The ``mali-tui`` command line: its options and subcommands, and the plain launch read without them.

Kept apart from what the commands do (``tui.cli_commands``,
``tui.cli_corrections``) because ``--help`` is read here, and because the plain
launch a user waits for must not build every subcommand's parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from store import __version__
from store.storage.paths import DB_ENV, default_db_path

if TYPE_CHECKING:
    import argparse  # imported by build_parser: the plain launch does without it (and gettext), about 2.5 ms


def build_parser() -> argparse.ArgumentParser:
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

    reread = sub.add_parser(
        "reread",
        help="read again, from their files, the documents older rules read",
        description="Read again, from their files, the stored documents that another mali-tui's rules "
        "read (after an upgrade). A document whose file is gone is named and its events kept; "
        "corrections survive as after any re-ingest.",
    )
    reread.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="parallel extraction processes (at most the CPUs)"
    )
    reread.add_argument(
        "--wait", type=float, default=5.0, metavar="SECONDS", help="how long to wait for another writer"
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


def plain_browse(argv: Sequence[str]) -> argparse.Namespace | None:
    """``mali-tui`` or ``mali-tui --db FILE`` (the launch a user waits for) without building every
    subcommand's parser (15 ms); anything else, help and mistakes included, goes to the full parser."""
    args = list(argv)
    if args[-1:] == ["browse"]:
        args.pop()
    if args[:1] == ["--db"] and len(args) == 2 and args[1] and not args[1].startswith("-"):
        args = [f"--db={args[1]}"]
    if not args:
        return namespace(command=None, db=None)
    if len(args) == 1 and args[0].startswith("--db=") and len(args[0]) > len("--db="):
        return namespace(command=None, db=Path(args[0].removeprefix("--db=")))
    return None


def namespace(**values: object) -> argparse.Namespace:
    """What the full parser would return for a plain launch, without importing argparse."""
    return cast("argparse.Namespace", SimpleNamespace(**values))


def db_path(args: argparse.Namespace) -> Path:
    """The store a command works on: ``--db``, else the default (``$MALI_TUI_DB`` or the data folder)."""
    return args.db.expanduser() if args.db else default_db_path()
