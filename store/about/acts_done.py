"""A withdrawal named by its noun and told as having happened: "the withdrawal from Kidal, in late October,
had been the most delicate", « le départ a eu lieu dimanche », "việc rút quân diễn ra an toàn". No verb of
leaving, completing, starting or announcing types it, yet it tells a withdrawal done. The words are each
language's (``WITHDRAWAL_DONE`` in ``store/languages/<lang>/acts_done.py``); read only when nothing else
typed the withdrawal (``store.about.withdrawals.withdrawal_kind``)."""

from __future__ import annotations

import re
from functools import cache

from store.languages import table


@cache
def _done(language: str) -> re.Pattern[str] | None:
    rx = table(language, "acts_done", "WITHDRAWAL_DONE", None)
    return re.compile(str(rx), re.IGNORECASE) if rx else None


def withdrawal_told_done(text: str, language: str) -> bool:
    """Whether ``text`` tells a withdrawal, named by its noun, as having happened."""
    pattern = _done(language)
    return pattern is not None and pattern.search(text) is not None
