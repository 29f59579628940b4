"""Date expressions: finding them, resolving them, and inferring missing years."""

from store.dates.date_mention import DateMention
from store.dates.mentions import find_mentions
from store.dates.partial import PartialDate
from store.dates.resolve import Reference, ResolvedDate, resolve
from store.dates.tense import tense_at

__all__ = ["DateMention", "PartialDate", "Reference", "ResolvedDate", "find_mentions", "resolve", "tense_at"]
