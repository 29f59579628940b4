"""The ``mali-tui`` command: a thin shell over ``store`` and the browser.

Every foreseeable problem is printed as one line naming the file; no user
ever sees a traceback for bad input. The options are ``tui.cli_parser``'s;
the commands are in ``tui.cli_commands`` and ``tui.cli_corrections``, each
imported when it runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.errors import MaliTuiError
from tui.cli_output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, err
from tui.cli_parser import build_parser, db_path, plain_browse

if TYPE_CHECKING:
    import argparse


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = plain_browse(argv) or build_parser().parse_args(argv)
    try:
        if args.command == "corrections":
            from tui.cli_corrections import corrections_command

            return corrections_command(args)
        if args.command not in (None, "browse"):
            from tui.cli_commands import COMMANDS

            return COMMANDS[args.command](args)
        return _browse(args)
    except MaliTuiError as exc:
        err(str(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        err("interrupted; the store is unchanged by the unfinished step")
        return 130


def _browse(args: argparse.Namespace) -> int:
    from store.storage.db import EventStore
    from store.storage.schema import SCHEMA_VERSION
    from store.storage.store_check import check_store_header
    from tui.app import make_app

    store = EventStore(db_path(args))
    # A foreign, newer or cut-short store is reported in one line before the screen opens; the store
    # itself is read by the app (its first screens before the first frame, the rest in a worker; damage
    # further in is shown there).
    check_store_header(store.path, SCHEMA_VERSION)
    served = bool(os.environ.get("TEXTUAL_DRIVER"))  # mali-tui serve: a web page is the terminal
    if not sys.stdout.isatty() and not os.environ.get("MALI_TUI_FORCE") and not served:
        err("the browser needs a terminal; use 'mali-tui export' or 'mali-tui docs' in scripts")
        return EXIT_USAGE
    from tui.settings import default_settings_path

    make_app(store, settings_path=default_settings_path(), rules_check=True).run()
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
