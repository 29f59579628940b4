"""Loading a large store creates hundreds of thousands of containers at once.

CPython's cyclic collector would walk them again and again while they are
being built (about 40% of a 100,000-event load) although none is garbage yet.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc(*, freeze: bool = True) -> Iterator[None]:
    """Disable the cyclic collector for the block, then (``freeze``) move what survived out of its way.

    A block that builds short-lived work beside a large store (a relink) passes ``freeze=False``.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
        if freeze:
            gc.freeze()  # long-lived data: later collections need not scan it
