"""Which mali-tui and which extractor produced an export: every export says so."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from store import __version__


def extractor_versions(documents: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """The extractor versions that made the stored events ("1"), else this install's extractor."""
    versions = sorted({str(d["extractor"]) for d in (documents or {}).values() if d.get("extractor")})
    if versions:
        return ", ".join(versions)
    from store.extract import EXTRACTOR_VERSION  # only when the store does not say

    return EXTRACTOR_VERSION


def provenance(documents: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, str]:
    return {"generator": "mali-tui", "version": __version__, "extractor": extractor_versions(documents)}


def provenance_line(documents: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """ "mali-tui 0.2.0, extractor 1": for a comment line or a note."""
    p = provenance(documents)
    return f"mali-tui {p['version']}, extractor {p['extractor']}"


def documents_of(events: Iterable[Mapping[str, Any]], documents: Mapping[str, Any] | None) -> dict[str, Any]:
    """The documents the events come from (for their publishers and extractor versions)."""
    if not documents:
        return {}
    names = {e.get("doc") for e in events}
    return {n: documents[n] for n in names if n in documents}
