"""Keys typed faster than the browser filters are applied in the order they were typed."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input

from store.storage.db import EventStore
from tests.pilot_helpers import pilot_test
from tui.app import make_app

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


def _burst(app: object, keys: list[str]) -> None:
    """Queue every key at once, as a terminal delivers keys typed while the app is still busy."""
    for key in keys:
        character = key if len(key) == 1 else None
        app.post_message(events.Key(key, character))  # type: ignore[attr-defined]


@pilot_test
async def test_backspaces_typed_before_more_letters_erase_before_those_letters_arrive() -> None:
    app = make_app(EventStore(STORE), ingest_if_empty=False)
    async with app.run_test(size=(120, 36)) as pilot:
        for _ in range(500):
            if app.corpus is not None:
                break
            await pilot.pause(0.01)
        await pilot.press("slash")
        field = app.focused
        assert isinstance(field, Input)
        _burst(app, [*"troops", "backspace", "backspace", "backspace", "backspace", *"kidal"])
        await pilot.pause(0.3)
        assert field.value == "trkidal"
        _burst(app, ["left", "left", "backspace", "x", "end", "backspace", "backspace"])
        await pilot.pause(0.3)
        assert field.value == "trkix"
