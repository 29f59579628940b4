"""The footer shows whole keys only, at every size: the ones that do not fit are left out, never cut.

Textual's footer cut its row at the edge ("R Pe" at 80 columns, a stray "t" at
120). These tests read what the status line draws at the snapshot sizes, with
the timeline, the sidebar and the source viewer focused in turn.
"""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from textual.widgets._footer import FooterKey

from store.storage.db import EventStore
from tui.app import MaliTuiApp, make_app
from tui.fitting_footer import FittingFooter, key_cells

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"
SIZES = [(120, 36), (100, 30), (80, 24), (60, 15)]


def _app() -> MaliTuiApp:
    return make_app(EventStore(STORE), ingest_if_empty=False, today=date(2025, 1, 15))


def _drawn(app: MaliTuiApp, region: Any) -> str:
    """The text the screen draws in ``region``'s first line."""
    line = app.screen._compositor.render_strips()[region.y].text  # what is on screen
    return line[region.x : region.right]


def _shown(app: MaliTuiApp) -> list[FooterKey]:
    return [k for k in app.screen.query_one(FittingFooter).query(FooterKey) if k.display]


def _label(key: FooterKey) -> str:
    return f"{key.key_display} {key.description}"


async def _look(size: tuple[int, int], keys: tuple[str, ...]) -> tuple[list[str], str, str]:
    """(the labels the footer shows, what the footer draws, the whole status line) after ``keys``."""
    app = _app()
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        footer = app.screen.query_one(FittingFooter)
        shown = _shown(app)
        for key in shown:  # laid out whole, inside the footer
            assert key.region.width == key_cells(key, compact=True) - 1
            assert footer.region.contains_region(key.region), _label(key)
        status = app.screen.query_one("#status").region
        return [_label(k) for k in shown], _drawn(app, footer.region), _drawn(app, status)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("keys", [(), ("c",), ("enter",)], ids=["timeline", "sidebar", "viewer"])
def test_the_footer_draws_whole_key_labels_only(size: tuple[int, int], keys: tuple[str, ...]) -> None:
    shown, drawn, status = asyncio.run(_look(size, keys))
    assert shown, "at least one key of the focused pane"
    assert drawn.split() == " ".join(shown).split()  # nothing but the whole labels: no "R Pe", no stray "t"
    assert status.rstrip().endswith("? Help q Quit ^p Commands")


def test_at_80_columns_the_timeline_keeps_source_filter_and_type() -> None:
    shown, line, _ = asyncio.run(_look((80, 24), ()))
    assert shown[:3] == ["⏎ Source", "/ Filter", "t Type"]
    assert "R Pe" not in line


def test_the_focused_panes_own_keys_come_first() -> None:
    shown, _, _ = asyncio.run(_look((80, 24), ("c",)))
    assert shown[0] == "space Toggle"
    shown, _, _ = asyncio.run(_look((80, 24), ("enter",)))
    assert shown[:3] == ["n Next", "p Previous", "esc Timeline"]


def test_a_wide_terminal_shows_the_analysts_keys_too() -> None:
    shown, _, _ = asyncio.run(_look((120, 36), ()))
    assert {"s Sort", "E Correct", "/ Filter", "t Type"} <= set(shown)
