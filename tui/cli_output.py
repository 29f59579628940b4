"""What the ``mali-tui`` commands print, and their exit codes.

Everything a command prints goes through ``say``: messages quote file names,
publishers and sentences from documents, which must never drive the terminal.
"""

from __future__ import annotations

import sys
from typing import TextIO

from store.text.visible import visible

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def say(text: str, *, file: TextIO | None = None) -> None:
    """Print one message: everything the CLI prints goes through here, made safe for a terminal.

    Messages quote file names, publishers and sentences from documents: their
    control characters and bidi overrides are shown as symbols (␛), never sent.
    """
    print(visible(text), file=file or sys.stdout)


def err(message: str) -> None:
    say(f"mali-tui: {message}", file=sys.stderr)
