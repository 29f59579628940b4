"""One string object per repeated value of the events read from a store.

``orjson`` builds a new ``str`` for every value it parses: 100,000 events
hold 100,000 copies of "day", of their type, language and document name, of
country codes, of the date a publication gave to every event of one report,
and the cluster id that repeats the event's own id. Each copy is 50 to 200
bytes: about 65 MB at 100,000 events. Passing each value through one dict per
read keeps one object per value; the events compare and serialise exactly as
before.

It runs on each event as it is parsed, not over the events once all are read:
a copy freed at once leaves its memory to the next event's, while copies freed
afterwards leave holes all over the heap that the process keeps (its resident
size does not go down).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SHARED_VALUES = (
    "doc",
    "date",
    "date_precision",
    "date_text",
    "date_reason",
    "target_date",
    "type",
    "language",
    "title",
)
"""Fields whose values repeat across events (per report, per type, per day): strings or null."""
SHARED_ITEMS = ("countries", "places")
"""List fields whose items repeat: country codes and place names."""


def event_interner() -> Callable[[Any], None]:
    """A function that shares the repeated strings of each event dict given to it (changed in place).

    One per read: its pool lives as long as the read. Anything but a string or a
    list is left as it is (a damaged row is the reader's to report).
    """
    pool: dict[str, str] = {}
    share = pool.setdefault

    def intern_event(row: Any) -> None:
        if row.__class__ is not dict:
            return
        for name in SHARED_VALUES:
            value = row.get(name)
            if value.__class__ is str:
                row[name] = share(value, value)
        for name in SHARED_ITEMS:
            items = row.get(name)
            if items and items.__class__ is list:
                row[name] = [share(v, v) if v.__class__ is str else v for v in items]
        cluster = row.get("cluster")
        if cluster is not None and cluster == row.get("id"):
            row["cluster"] = row["id"]
        elif cluster.__class__ is str:  # the id of a linked occurrence, repeated by each of its reports
            row["cluster"] = share(cluster, cluster)

    return intern_event
