"""The records mali-tui stores: documents and the events extracted from them.

Events are plain dicts in the store (TinyDB documents) and in exports; this
module names their fields once so that every layer agrees on them.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal

EVENT_TYPES: tuple[str, ...] = (
    "withdrawal_announced",
    "withdrawal_started",
    "withdrawal_completed",
    "deployment",
    "attack",
    "casualties",
    "handover",
    "mission_ended",
    "coup",
    "agreement",
    "demand",
    "arrest",
    "release",
    "expulsion",
    "suspension",
    "media_ban",
    "ties_cut",
    "activity_ban",
    "accord_ended",
    "sanctions",
    "sanctions_lifted",
    "vote",
    "statement",
    "other",
)

SHORT_TYPE_LABELS: dict[str, str] = {
    "withdrawal_announced": "announced",
    "withdrawal_started": "leaving",
    "withdrawal_completed": "left",
    "deployment": "deployed",
    "attack": "attack",
    "casualties": "casualties",
    "handover": "handover",
    "mission_ended": "mission end",
    "coup": "coup",
    "agreement": "agreement",
    "demand": "demand",
    "arrest": "arrest",
    "release": "release",
    "expulsion": "expulsion",
    "suspension": "suspension",
    "media_ban": "media ban",
    "ties_cut": "ties cut",
    "activity_ban": "banned orgs",
    "accord_ended": "accord end",
    "sanctions": "sanctions",
    "sanctions_lifted": "sanct. lift",
    "vote": "vote",
    "statement": "statement",
    "other": "other",
}
"""The timeline column's label of each type: 11 cells at most, never "withdrawal…" for three types."""

Precision = Literal["day", "month", "year"]

# The exported field names, in export order (issue 2: "exactly these field names").
EVENT_FIELDS: tuple[str, ...] = (
    "id",
    "doc",
    "start",
    "end",
    "sentence",
    "date",
    "date_precision",
    "date_text",
    "date_mod",
    "date_inferred",
    "date_reason",
    "target_date",
    "countries",
    "places",
    "type",
    "figures",
    "language",
    "title",
    "cluster",
    "cluster_size",
)


@dataclass(frozen=True, slots=True)
class Figure:
    """A number that matters, with what it counts ("460 troops")."""

    value: int
    unit: str
    text: str  # as written, e.g. "460 binh sĩ"

    def as_dict(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "text": self.text}


@dataclass(slots=True)
class Event:
    """One dated (or datable) happening reported by one sentence of a document."""

    id: str
    doc: str
    start: int
    end: int
    sentence: str
    date: str | None = None
    date_precision: Precision | None = None
    date_text: str | None = None
    date_mod: str | None = None
    date_inferred: bool = False
    date_reason: str | None = None
    target_date: str | None = None
    countries: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    type: str = "other"
    figures: list[dict[str, Any]] = field(default_factory=list)
    language: str = "und"
    title: str = ""
    cluster: str = ""  # the occurrence it reports: set at ingest by ``store.linking.clusters``
    cluster_size: int = 1

    def as_dict(self) -> dict[str, Any]:
        # What ``dataclasses.asdict`` gives, without its generic deep copy: ingest builds one per event.
        return {name: _plain(getattr(self, name)) for name in _EVENT_FIELD_NAMES}


def _plain(value: Any) -> Any:
    """A copy of the lists and dicts in ``value`` (what ``asdict`` copies); other values as they are."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


_EVENT_FIELD_NAMES = tuple(f.name for f in fields(Event))


@dataclass(slots=True)
class Document:
    """A source text exactly as stored: every event offset indexes ``text``."""

    name: str
    text: str
    sha256: str
    path: str | None = None
    published: str | None = None  # ISO date at its precision, or None
    published_source: str | None = None  # "sidecar", "text", "cli"
    publisher: str | None = None
    url: str | None = None
    language: str = "und"
    title: str | None = None
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    modified: str | None = None  # the page markup's last change (YYYY-MM-DD): recorded, never the reference

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def content_hash(text: str) -> str:
    """Identify a document by what it says, so re-ingesting it is a no-op."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def event_id(doc: str, sentence: str, occurrence: int, index: int) -> str:
    """A stable id: same document name and sentence text give the same id.

    Keyed on the sentence text rather than its offsets so that a correction
    survives edits elsewhere in the document (issue 5); ``occurrence`` tells
    apart identical sentences in one document and ``index`` the events of one
    sentence that reports two dates.
    """
    key = f"{doc}\x1f{' '.join(sentence.split())}\x1f{occurrence}\x1f{index}"
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
