"""``mali-tui serve``: the same browser in a web browser, through textual-serve (an optional extra).

textual-serve starts one ``mali-tui`` process per browser tab and relays its
screen over a websocket. It has no login: anyone who can reach the address can
use the browser, and corrections write to the store, so it listens on the
local machine unless told otherwise, and says so when it is.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

from store.errors import MaliTuiError

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
EXTRA_MISSING = "serve needs the optional extra: pip install 'mali-tui[serve]' (textual-serve)"


def exposure_warning(host: str) -> str | None:
    """The warning for a server reachable from other machines (``None`` on the local machine)."""
    if host in LOCAL_HOSTS:
        return None
    return (
        f"warning: serving on {host}: anyone who can reach this address can read the store and correct "
        "events (textual-serve has no login); use --host 127.0.0.1 and an SSH tunnel instead"
    )


def browse_command(db: Path) -> str:
    """The shell command textual-serve runs for each browser tab: this Python, this store."""
    return shlex.join([sys.executable, "-m", "tui.cli", "--db", str(db), "browse"])


def serve(db: Path, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the browser over ``db`` on ``http://host:port`` until interrupted."""
    try:
        from textual_serve.server import Server
    except ImportError:
        raise MaliTuiError(EXTRA_MISSING) from None
    Server(browse_command(db), host=host, port=port, title="mali-tui").serve()
