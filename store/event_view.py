"""Typed, read-only views of the store's rows, for the screens that show them.

The store keeps its events and documents as plain dicts (TinyDB rows, up to
hundreds of thousands, filtered by precomputed arrays: ``store.browse``); a
screen asks for a view of the few it shows (the selected event, the rows on
screen, one document) and reads attributes with types, never string keys. A
view is built in microseconds from its row and never written back: the store
changes rows through its own functions (``store.browse.Corpus.show_correction``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from store.model import Figure
from store.query import date_at_precision


@dataclass(frozen=True, slots=True)
class EventView:
    """An event as the browser shows it: ``store.model.EVENT_FIELDS`` plus what corrections and linking add.

    Missing values take the defaults every screen used to spell out: ``type``
    "other", empty ``title``/``sentence``/``doc``, empty tuples for lists.
    """

    id: str
    doc: str = ""
    start: int = 0
    end: int = 0
    sentence: str = ""
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    date_mod: str | None = None
    date_inferred: bool = False
    date_reason: str | None = None
    target_date: str | None = None
    countries: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    type: str = "other"
    figures: tuple[Figure, ...] = ()
    language: str = ""  # empty when extraction stored none: the document's language applies
    title: str = ""
    cluster: str = ""
    cluster_size: int = 1
    cluster_link: tuple[str, str] | None = None  # (id of the report it was linked to, why)
    rejected: bool = False  # an analyst said it is not an event (kept, marked)
    corrected: bool = False
    corrected_fields: frozenset[str] = field(default_factory=frozenset)  # the fields an analyst changed

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> EventView:
        """The view of one stored (or corrected) event row."""
        get = row.get
        link = get("cluster_link")
        return cls(
            id=str(get("id") or ""),
            doc=get("doc") or "",
            start=get("start") or 0,
            end=get("end") or 0,
            sentence=get("sentence") or "",
            date=get("date") or None,
            date_precision=get("date_precision"),
            date_text=get("date_text"),
            date_mod=get("date_mod"),
            date_inferred=bool(get("date_inferred")),
            date_reason=get("date_reason"),
            target_date=get("target_date") or None,
            countries=tuple(get("countries") or ()),
            places=tuple(get("places") or ()),
            type=get("type") or "other",
            figures=tuple(_figure(f) for f in get("figures") or () if isinstance(f, Mapping)),
            language=get("language") or "",
            title=get("title") or "",
            cluster=get("cluster") or "",
            cluster_size=get("cluster_size") or 1,
            cluster_link=(str(link[0]), str(link[1]))
            if isinstance(link, list | tuple) and len(link) > 1
            else None,
            rejected=bool(get("rejected")),
            corrected=bool(get("corrected")),
            corrected_fields=frozenset(get("corrected_fields") or ()) if get("corrected") else frozenset(),
        )

    @property
    def shown_date(self) -> str:
        """The date cut to its precision (``2023-06``), empty when undated (``store.query.shown_date``)."""
        return date_at_precision(self.date, self.date_precision)

    @property
    def heading(self) -> str:
        """The title, or the sentence when it has none, on one line."""
        return " ".join((self.title or self.sentence).split())


def _figure(raw: Mapping[str, Any]) -> Figure:
    return Figure(value=raw.get("value"), unit=raw.get("unit"), text=raw.get("text") or "")  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document as the browser shows it: ``store.model.Document``'s fields a screen reads.

    ``text`` is empty when the view was asked for without it (labels, citations);
    ``text_missing`` says the store no longer holds the text the events were taken from.
    """

    name: str
    text: str = ""
    published: str | None = None
    published_source: str | None = None
    modified: str | None = None  # the page's own modified time, when its markup gives one
    publisher: str | None = None
    url: str | None = None
    language: str = ""
    title: str | None = None
    events: int = 0  # how many events ingest extracted from it
    text_missing: bool = False

    @property
    def modified_apart(self) -> str | None:
        """The page's modified time when it tells more than the publication date: another day, or no date."""
        if self.modified and not self.modified.startswith(self.published or "undated"):
            return self.modified
        return None

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> DocumentView:
        get = row.get
        return cls(
            name=str(get("name") or ""),
            text=get("text") or "",
            published=get("published") or None,
            published_source=get("published_source"),
            modified=get("modified") or None,
            publisher=get("publisher") or None,
            url=get("url"),
            language=get("language") or "",
            title=get("title") or None,
            events=get("events") or 0,
            text_missing=bool(get("text_missing")),
        )


def documents_by_name(documents: Mapping[str, Mapping[str, Any]]) -> list[DocumentView]:
    """Views of a snapshot's documents (``store.storage.snapshot.Snapshot.documents``), sorted by name."""
    return sorted(map(DocumentView.from_row, documents.values()), key=lambda d: d.name)
