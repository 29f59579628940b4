"""The layers stay apart: the store never loads Textual/Rich, the browser never loads dateparser.

Checked in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import importlib.util
import json
import os
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
        "store.storage.correction_writes",  # an analyst's edit: the writes and TinyDB
        "tui.help_screen",
        "tui.correction_screen",
        "tui.jump",
        "tui.commands",
        "tui.documents_screen",
        "tui.serve",
        "store.correcting",
        "store.removing",
        "tui.occurrence_corrections",  # the writer of splits and merges: on the first split or merge
    }
    assert not loaded & later
    assert all(importlib.util.find_spec(name) for name in later)  # each name is a real module


HEAVY = {"numpy", "dateparser", "babel", "pytz", "tinydb", "py3langid", "inscriptis", "charset_normalizer"}
"""Libraries the first rows never need: numerical grouping, date parsing, CLDR, extraction's readers."""
LATER = {
    "store.linking",
    "store.dates",
    "store.ingest",
    "store.export",
    "store.occurrence_view",
    "store.about.event_types",
    "store.languages",
}
"""The linker (occurrences are grouped in a worker after the first frame), dates and ingest, exports,
and extraction's cue tables of every language (the browser needs only a type's label)."""


def test_the_command_line_loads_neither_textual_nor_anything_heavy() -> None:
    loaded = _top_level(_modules_after("import tui.cli")["modules"])
    assert not loaded & ({"textual", "rich"} | HEAVY)  # `mali-tui export` pays for none of them
    assert "argparse" not in loaded  # a plain `mali-tui` builds no parser (subcommands import it)


_FIRST_ROWS = """
import asyncio, json, shutil, sys
from pathlib import Path
from textual.screen import Screen
from store.storage.db import EventStore
from tui.app import make_app

seen = {}
drawn = Screen._compositor_refresh
def first_frame(self):
    if not seen and getattr(self, "timeline", None) is not None and self.timeline.rows:
        seen["modules"] = sorted(sys.modules)
        seen["rows"] = len(self.timeline.rows)
        seen["workers"] = [worker.name for worker in self.app.workers]
    drawn(self)
Screen._compositor_refresh = first_frame

async def main():
    db = Path(sys.argv[1])
    async with make_app(EventStore(db), ingest_if_empty=False).run_test(size=(120, 36)) as pilot:
        await pilot.pause()
asyncio.run(main())
print(json.dumps(seen))
"""


def test_the_first_frame_loads_no_linker_dates_numpy_or_cldr_and_runs_no_worker(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    db.write_bytes((PROJECT / "tests" / "fixtures" / "seed_store.json").read_bytes())
    env = {**os.environ, "MALI_TUI_CACHE": str(tmp_path / "cache")}
    for _ in range(2):  # the first run fills the country-names cache a user's first launch fills
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_ROWS, str(db)],
            capture_output=True,
            text=True,
            check=True,
            cwd=PROJECT,
            env=env,
        )
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["rows"] > 10  # the rows really were there
    assert seen["workers"] == []  # nothing shares the GIL with the first frame (workers start after it)
    modules = set(seen["modules"])
    assert not _top_level(seen["modules"]) & HEAVY
    assert not {name for name in modules if name.startswith(tuple(LATER))}
    assert all(importlib.util.find_spec(name) for name in HEAVY | LATER)  # each name is a real module
