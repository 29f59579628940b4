"""The browser remembers theme, sort, sidebar and the last filters between runs, and forgets on ctrl+r."""

from __future__ import annotations

import asyncio
import json
from datetime import date
from pathlib import Path
from typing import Any

from store.storage.db import EventStore
from tui.app import make_app
from tui.settings import Settings, default_settings_path, load_settings

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


def _session(settings: Path, *keys: str) -> dict[str, Any]:
    """Open the browser, press ``keys``, quit with q; what the screen showed before quitting."""

    async def scenario() -> dict[str, Any]:
        app = make_app(
            EventStore(STORE), ingest_if_empty=False, today=date(2025, 1, 15), settings_path=settings
        )
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            await pilot.press(*keys)
            await pilot.pause()
            seen = {
                "rows": app.timeline.row_count,
                "descending": app.timeline.descending,
                "type": app.browser.type_filter,
                "countries": app.sidebar.checked,
                "text": app.filter_bar.text,
                "sidebar_hidden": app.browser.sidebar_hidden,
                "theme": app.theme,
            }
            await pilot.press("q")
            await pilot.pause()
        return seen

    return asyncio.run(scenario())


def test_the_view_comes_back_as_it_was_left(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "settings.json"
    first = _session(settings, "s", "t", "c", "space", "escape", "slash", *"withdraw", "escape", "b")
    assert first["descending"] and first["type"] and first["countries"] and first["sidebar_hidden"]
    again = _session(settings)
    assert again == first
    assert json.loads(settings.read_text(encoding="utf-8"))["text"] == "withdraw"


def test_ctrl_r_forgets_the_saved_view(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    everything = _session(settings)["rows"]
    _session(settings, "s", "t", "slash", *"mali", "escape")
    reset = _session(settings, "ctrl+r")
    assert reset["rows"] == everything
    assert not reset["descending"] and reset["type"] is None and reset["text"] == ""
    assert load_settings(settings) == Settings(theme=reset["theme"])


def test_a_broken_or_foreign_settings_file_gives_the_defaults(tmp_path: Path) -> None:
    broken = tmp_path / "settings.json"
    broken.write_text("{ not json", encoding="utf-8")
    assert load_settings(broken) == Settings()
    broken.write_text(
        '{"descending": "yes", "countries": "ML", "text": 3, "theme": "nord"}', encoding="utf-8"
    )
    assert load_settings(broken) == Settings(theme="nord")
    assert load_settings(tmp_path / "missing.json") == Settings()


def test_settings_live_in_the_user_config_folder(monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.delenv("MALI_TUI_SETTINGS", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_settings_path() == tmp_path / "mali-tui" / "settings.json"
