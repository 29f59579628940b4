"""The layers stay apart: the store never loads Textual/Rich, the browser never loads dateparser.

Checked in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def _modules_after(statement: str) -> dict[str, object]:
    code = (
        "import json, sys\n"
        f"{statement}\n"
        "import store, tui\n"
        "print(json.dumps({'modules': sorted(sys.modules), 'store': store.__file__, 'tui': tui.__file__}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT
    )
    return json.loads(done.stdout)


def _top_level(modules: object) -> set[str]:
    assert isinstance(modules, list)
    return {name.split(".")[0] for name in modules}


def test_store_loads_no_textual_and_no_rich() -> None:
    loaded = _top_level(_modules_after("import store.storage.db, store.query")["modules"])
    assert not loaded & {"textual", "rich"}


def test_browser_start_up_loads_no_dateparser() -> None:
    loaded = _top_level(_modules_after("import tui.app")["modules"])
    assert "dateparser" not in loaded
    assert "textual" in loaded  # the check above means something only if the app really was imported


def test_tui_and_store_are_this_projects_packages_not_namesakes_from_pypi() -> None:
    found = _modules_after("pass")
    assert Path(str(found["store"])).resolve().is_relative_to(PROJECT)
    assert Path(str(found["tui"])).resolve().is_relative_to(PROJECT)


def test_browser_start_up_leaves_what_the_first_frame_does_not_show_for_later() -> None:
    loaded = set(_modules_after("import tui.app")["modules"])
    later = {
        "store.browse",
        "store.storage.corrections",
        "tui.help_screen",
        "tui.correction_screen",
        "tui.jump",
        "tui.commands",
        "tui.documents_screen",
        "tui.serve",
        "store.correcting",
        "store.removing",
    }
    assert not loaded & later
    assert all(importlib.util.find_spec(name) for name in later)  # each name is a real module
