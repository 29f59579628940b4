"""What a filter lets through in the browser: ``Selector`` runs ``store.query``'s rules over a ``Corpus``.

Kept apart from the corpus it reads (``store.browse``): the corpus is built once
per store, a selector once per corpus and asked again at each keystroke.
Nothing here imports Textual or Rich.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from store.query import EventFilter, filter_words, in_date_range, search_terms

if TYPE_CHECKING:
    from store.browse import Corpus


@dataclass(frozen=True, slots=True)
class Selection:
    """What a filter lets through: event indices in display order, and the country counts.

    ``country_counts`` ignore the country filter itself so that the sidebar can
    show how many events each country would add.
    """

    rows: list[int]
    country_counts: dict[str, int]


RECENT_ROWS = 8  # the recent bases kept hold at most this many times the corpus's rows (ints shared)


@dataclass(slots=True)
class _Base:
    """A remembered base (ascending) and, once a caller asked, its country counts."""

    rows: list[int]
    country_counts: dict[str, int] | None = None


class Selector:
    """Applies filters to one corpus, reusing the last result while the user types.

    Typing more letters only narrows the text filter, so the next result is a
    subset of the last one and only that subset is scanned again; erasing a
    letter goes back to a filter seen a moment ago, whose result is kept.
    """

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self._last: tuple[tuple[Any, ...], tuple[str, ...], list[int]] | None = None
        self._every: list[int] | None = None  # every index, once: cached bases share its int objects
        # Recent bases by filter (text words, types, dates, force): erasing a letter goes back to one.
        self._recent: OrderedDict[tuple[Any, ...], _Base] = OrderedDict()
        self._recent_size = 0

    def select(self, flt: EventFilter, *, descending: bool = False, counts: bool = True) -> Selection:
        """The same events as ``flt.apply`` would keep, in display order.

        ``counts=False`` leaves ``country_counts`` empty: a caller that counts occurrences
        instead (``tui.occurrence_rows``) saves a pass over every row at each keystroke.
        """
        corpus = self.corpus
        fixed = (flt.types, flt.since, flt.until, flt.force)
        key = (*fixed, tuple(flt.text.split()), flt.word_host)
        found = self._recent.get(key)
        if found is None:
            found = _Base(self._base(flt, fixed))
            self._remember(key, found)
        else:
            self._recent.move_to_end(key)
        base, sets = found.rows, corpus.country_sets
        if counts and found.country_counts is None:
            # Count each distinct country combination once, then expand: a few dozen sets, not 100k.
            per_country: Counter[str] = Counter()
            for combo, n in Counter(map(sets.__getitem__, base)).items():
                for code in combo:
                    per_country[code] += n
            found.country_counts = dict(per_country)
        if flt.countries is not None:
            wanted = flt.countries
            rows = [i for i in base if not wanted.isdisjoint(sets[i])]  # ``has_any_country``, inlined
        else:
            rows = list(base)  # a list of its own: the remembered one stays as it is
        country_counts = dict(found.country_counts or {}) if counts else {}
        return Selection(rows=corpus.display_order(rows, descending), country_counts=country_counts)

    def _base(self, flt: EventFilter, fixed: tuple[Any, ...]) -> list[int]:
        """The events ``flt`` lets through but for its countries, ascending."""
        corpus = self.corpus
        needles = filter_words(flt.text)
        terms = search_terms(flt.text, flt.word_host or corpus.host) if needles else ()
        plain = all(t.is_plain for t in terms)  # a name also finds events without its letters: no narrowing
        base = self._narrowed(fixed, needles) if plain else None
        if base is None:
            base = self._fixed_matches(flt)
        if terms:  # the keys are built lazily: a filter without text never waits for them
            keys, sets = corpus.keys, corpus.country_sets
            for term in terms:
                if term.is_plain:
                    needle = term.needle
                    base = [i for i in base if needle in keys[i]]
                else:
                    base = term.select(base, keys, sets)
        self._last = (fixed, needles if plain else ("\0",), base)
        return base

    def _remember(self, key: tuple[Any, ...], found: _Base) -> None:
        """Keep ``found`` among the recent bases, the oldest dropped past ``RECENT_ROWS`` corpora's worth."""
        self._recent[key] = found
        self._recent_size += len(found.rows)
        budget = RECENT_ROWS * max(1, len(self.corpus))
        while self._recent_size > budget and len(self._recent) > 1:
            _, dropped = self._recent.popitem(last=False)
            self._recent_size -= len(dropped.rows)

    def _narrowed(self, fixed: tuple[Any, ...], needles: tuple[str, ...]) -> list[int] | None:
        """The last base when the new filter can only keep fewer events."""
        if self._last is None:
            return None
        last_fixed, last_needles, last_base = self._last
        if last_fixed != fixed:
            return None
        if all(any(old in new for new in needles) for old in last_needles):
            return last_base
        return None

    def _fixed_matches(self, flt: EventFilter) -> list[int]:
        corpus = self.corpus
        if self._every is None:
            self._every = list(range(len(corpus)))
        base = self._every
        if flt.types is not None:
            types, wanted = corpus.types, flt.types
            base = [i for i in base if types[i] in wanted]
        if flt.force:
            forces, force = corpus.forces, flt.force
            base = [i for i in base if force in forces[i]]
        if flt.since or flt.until:
            bounds, since, until = corpus.bounds, flt.since, flt.until
            base = [i for i in base if in_date_range(bounds[i], since, until)]
        return base
