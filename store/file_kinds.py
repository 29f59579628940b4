"""What a path is, in words: a store or a document must be a regular file.

Opening a FIFO blocks until someone writes to it, a device such as ``/dev/zero``
never ends, and replacing ``/dev/null`` with a file (as root) breaks the system.
Such paths are named for what they are and refused before anything opens them.
"""

from __future__ import annotations

import stat

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def special_kind(mode: int) -> str | None:
    """``"a FIFO (named pipe)"``, ``"a character device"``...; None for a regular file."""
    for test, words in _KINDS:
        if test(mode):
            return words
    return None if stat.S_ISREG(mode) else "not a regular file"
