"""Worker processes for ``ingest --jobs N``: never more than the CPUs, never outliving their parent.

A pool worker waits on a pipe for its next file. If the parent is killed
(``kill -9``, an OOM kill, a closed terminal), nothing closes that pipe's other
end in a way the worker notices, and it would wait forever. Each worker asks
the kernel for a signal when its parent dies (Linux ``prctl(PR_SET_PDEATHSIG)``)
or, elsewhere, watches the parent's pid from a thread.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
WATCH_INTERVAL_S = 0.5


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        with contextlib.suppress(OSError):
            return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def cap_jobs(requested: int) -> tuple[int, str | None]:
    """(processes to start, a note when ``requested`` was lowered): at least 1, at most the CPUs.

    More processes than CPUs only add start-up time and memory: extraction is CPU-bound.
    """
    cpus = usable_cpus()
    if requested > cpus:
        return cpus, f"--jobs {requested} capped at {cpus}, the number of CPUs"
    return max(1, requested), None


def end_with_parent(parent_pid: int) -> None:
    """Pool initializer: end this worker when the process ``parent_pid`` dies (runs in the worker).

    A worker forked by the ingest process asks the kernel for SIGTERM at its
    parent's death; one started otherwise (a fork server's child, another
    system) watches ``parent_pid`` from a thread.
    """
    if os.getppid() == parent_pid and sys.platform.startswith("linux") and _set_parent_death_signal():
        if os.getppid() == parent_pid:  # still its child once the signal is armed: nothing was missed
            return
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent_pid,), name="parent-watch", daemon=True).start()


def _set_parent_death_signal() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(parent_pid: int) -> None:
    while _exists(parent_pid):
        time.sleep(WATCH_INTERVAL_S)
    os._exit(1)


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
