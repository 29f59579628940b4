"""Counting the sources behind a cluster: copies of one wire story are one source.

The same Reuters or AFP text republished on several sites is one report, not
several confirmations. Two events from different documents whose sentences are
near-identical (the same words, give or take a few) are taken as one source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

COPY_OVERLAP = 0.8
"""Share of words two sentences must have in common (Jaccard) to be copies of one story."""

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=65536)
def _words(sentence: str) -> frozenset[str]:
    return frozenset(_WORD.findall(sentence.casefold()))


def forget_sentence_words() -> None:
    """Drop the cached word sets (a cache only: no answer changes).

    Ingest compares the same sentences across many clusters; a reader that dates
    each occurrence once (the browser) would otherwise keep 65,536 of them, about
    80 MB at 100,000 events.
    """
    _words.cache_clear()


def same_story(a: str, b: str) -> bool:
    """Whether two sentences are copies of one text (wire copies, light edits)."""
    if a == b:
        return True
    if min(len(a), len(b)) < COPY_OVERLAP * max(len(a), len(b)):
        return False  # too different in length to share that many words
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= COPY_OVERLAP


def source_groups(members: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """Members grouped by source: one group per document, documents that copy one story merged."""
    by_doc: dict[str, list[Mapping[str, Any]]] = {}
    for e in members:
        by_doc.setdefault(str(e.get("doc")), []).append(e)
    docs = sorted(by_doc)
    parent = {d: d for d in docs}

    def find(d: str) -> str:
        while parent[d] != d:
            d = parent[d]
        return d

    for i, a in enumerate(docs):
        for b in docs[i + 1 :]:
            if find(a) == find(b):
                continue
            if any(
                same_story(str(x.get("sentence") or ""), str(y.get("sentence") or ""))
                for x in by_doc[a]
                for y in by_doc[b]
            ):
                parent[find(b)] = find(a)
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for d in docs:
        groups.setdefault(find(d), []).extend(by_doc[d])
    return list(groups.values())


def count_sources(members: Sequence[Mapping[str, Any]]) -> int:
    """How many independent reports tell this occurrence."""
    if len(members) <= 1:
        return len(members)
    return len(source_groups(members))
