"""Where things live: the default store and the bundled seed documents."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "mali-tui"
DB_ENV = "MALI_TUI_DB"


def default_db_path() -> Path:
    """The store the user gets without ``--db``: $MALI_TUI_DB, else the data folder."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "events.json"


def seeds_dir() -> Path:
    """The bundled corpus: inside the installed package, or beside it in a checkout."""
    here = Path(__file__).resolve().parents[1]  # the store package
    for candidate in (here / "bundled_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled seeds are missing from this installation")
