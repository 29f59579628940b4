"""What the browser remembers between runs: theme, sort, sidebar and the last filters.

A small JSON file in the user config folder (platformdirs:
``~/.config/mali-tui/settings.json`` on Linux), written whole through a
temporary file and a rename. A missing, unreadable or foreign file gives the
defaults: settings are a convenience, never a reason not to start.
Nothing here imports Textual.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "mali-tui"
SETTINGS_ENV = "MALI_TUI_SETTINGS"


@dataclass
class Settings:
    """The view as the user left it; the defaults are a first run's view."""

    theme: str | None = None
    descending: bool = False
    sidebar_hidden: bool = False
    text: str = ""
    dates: str = ""
    type: str | None = None
    countries: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: Any) -> Settings:
        """The known keys of ``data`` that have the right type; anything else is ignored."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        values: dict[str, Any] = {}
        for f in fields(cls):
            value = data.get(f.name, getattr(defaults, f.name))
            if f.name == "countries":
                value = [str(c) for c in value if isinstance(c, str)] if isinstance(value, list) else []
            elif f.name in ("theme", "type"):
                value = value if isinstance(value, str) and value else None
            elif f.name in ("descending", "sidebar_hidden"):
                value = bool(value) if isinstance(value, bool) else getattr(defaults, f.name)
            else:
                value = value if isinstance(value, str) else ""
            values[f.name] = value
        return cls(**values)


def default_settings_path() -> Path:
    """``$MALI_TUI_SETTINGS``, else ``settings.json`` in the user config folder."""
    env = os.environ.get(SETTINGS_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.json"


def load_settings(path: Path | None) -> Settings:
    """The saved settings, or the defaults when there are none (or none readable)."""
    if path is None:
        return Settings()
    try:
        return Settings.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return Settings()


def save_settings(path: Path | None, settings: Settings) -> None:
    """Write ``settings`` whole (temporary file, then rename); a failure loses only the settings."""
    if path is None:
        return
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(asdict(settings), out, ensure_ascii=False, indent=1)
                out.flush()
                os.fsync(out.fileno())  # the rename must never reveal an empty file after a crash
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class SettingsWriter:
    """Saves settings from any thread, the newest view winning.

    The browser saves while it runs (``tui.remembering``), in a worker thread so
    that a slow disk never holds the UI; a save is numbered when it is asked for
    (``ticket``, on the UI thread), and one that arrives after a newer one was
    written is dropped, so two writes in flight never leave the older view.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._issued = 0
        self._written = 0

    def ticket(self) -> int:
        with self._lock:
            self._issued += 1
            return self._issued

    def write(self, settings: Settings, ticket: int) -> bool:
        """Save ``settings`` unless a newer ticket was saved already; whether it was written."""
        with self._lock:
            if ticket < self._written:
                return False
            save_settings(self.path, settings)
            self._written = ticket
            return True


def reset_settings(path: Path | None) -> None:
    """Forget the saved settings: the next run starts with the defaults."""
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()
