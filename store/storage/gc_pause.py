"""Loading a large store creates hundreds of thousands of containers at once.

CPython's cyclic collector would walk them again and again while they are
being built (about 40% of a 100,000-event load) although none is garbage yet.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector for the block, then move what survived out of its way."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        gc.freeze()  # long-lived data: later collections need not scan it
