"""Extraction on a Dask cluster: ``mali-tui ingest --dask SCHEDULER_ADDRESS`` (or ``--dask local``).

What runs where: the machine running ``mali-tui ingest`` lists the files,
reads the store, and at the end writes it once, under its writer lock, exactly
as a one-process ingest does. Only extraction (``ingest.build_document``:
reading a file, its metadata, language, sentences, dates, countries) runs on the
workers, in batches of documents; each batch sends back the document records
(texts included) and their events. Workers open the files at the paths given,
so they must see the same files at the same paths (a shared file system, or
workers on this machine), and have the same mali-tui installed.

Dask is an optional extra (``pip install 'mali-tui[dask]'``), imported only
here, when ``--dask`` is given.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from store.errors import MaliTuiError

MISSING = "--dask needs the dask extra: pip install 'mali-tui[dask]'"
LOCAL = "local"
CONNECT_TIMEOUT_S = 10
BATCH_MAX = 64  # documents per Dask task: few enough to spread, enough that scheduling stays cheap

Mapper = Callable[[Callable[[Any], Any], Sequence[Any]], Iterable[Any]]


def _batch(build: Callable[[Any], Any], tasks: list[Any]) -> list[Any]:
    """One Dask task: several documents built one after the other on a worker."""
    return [build(task) for task in tasks]


def _batches(tasks: Sequence[Any], workers: int) -> list[list[Any]]:
    size = max(1, min(BATCH_MAX, len(tasks) // max(1, workers * 8)))
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


@contextlib.contextmanager
def dask_mapper(
    address: str, *, local_workers: int | None = None, processes: bool = True
) -> Iterator[Mapper]:
    """A ``map`` that runs on the cluster at ``address`` (``"local"``: a ``LocalCluster`` started here).

    A local cluster has ``local_workers`` single-threaded workers (default: one
    per core), each its own process unless ``processes`` is false (threads
    share one interpreter's lock: only for tests).

    Results come back in the order of the tasks, so progress and the summary
    read as in a one-process run. One-line ``MaliTuiError`` when Dask is not
    installed or the scheduler cannot be reached.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MaliTuiError(MISSING) from None
    cluster = None
    try:
        if address == LOCAL:
            workers = local_workers or os.cpu_count() or 1
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None
            )
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise MaliTuiError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc

    def mapper(build: Callable[[Any], Any], tasks: Sequence[Any]) -> Iterator[Any]:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        futures = [client.submit(_batch, build, batch, pure=False) for batch in _batches(tasks, workers)]
        for future in futures:
            yield from future.result()

    try:
        yield mapper
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
