"""Running async Pilot scenarios as plain tests (no async pytest plugin needed)."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any


def pilot_test(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async Pilot scenario as a plain test."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


async def settle_until(app: Any, pilot: Any, done: Callable[[], bool], *, rounds: int = 50) -> bool:
    """Let workers and messages run until ``done()`` holds: a busy machine may need more than one pause.

    A correction posts a message whose handler can start another worker; one ``pause`` after waiting for
    workers is enough on an idle machine only.
    """
    for _ in range(rounds):
        if done():
            return True
        await app.workers.wait_for_complete()
        await pilot.pause(0.05)
    return done()
