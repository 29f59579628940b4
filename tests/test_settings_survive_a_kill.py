"""The view is saved when it changes, not only on quit: a killed terminal does not lose it.

The real ``mali-tui`` runs in a pseudo-terminal, as a user runs it; keys hide the
sidebar and flip the sort, then the process is killed with SIGKILL (no quit, no
clean-up of any kind). The next run opens with the sidebar hidden, newest first.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import pty
import shutil
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from datetime import date
from pathlib import Path

from store.storage.db import EventStore
from tui.app import make_app
from tui.settings import Settings, SettingsWriter, load_settings

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "seed_store.json"


class Terminal:
    """``mali-tui`` in a pseudo-terminal of 100x30, its output drained so it never blocks."""

    def __init__(self, db: Path, settings: Path) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "MALI_TUI_SETTINGS": str(settings)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui.cli", "--db", str(db)],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        os.close(slave)
        self.master = master
        self.output = bytearray()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def wait_for(self, text: bytes, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while text not in self.output:
            assert self.process.poll() is None, bytes(self.output[-2000:])
            assert time.monotonic() < deadline, f"{text!r} never shown"
            time.sleep(0.05)

    def press(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        os.close(self.master)


def _until(check: object, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the settings were never written"
        time.sleep(0.05)


def _next_run(db: Path, settings: Path) -> tuple[bool, bool]:
    async def scenario() -> tuple[bool, bool]:
        app = make_app(EventStore(db), ingest_if_empty=False, today=date(2025, 1, 15), settings_path=settings)
        async with app.run_test(size=(120, 36)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            return app.browser.sidebar_hidden, app.timeline.descending

    return asyncio.run(scenario())


def test_a_view_changed_then_killed_without_quitting_comes_back_on_the_next_run(tmp_path: Path) -> None:
    db, settings = tmp_path / "events.json", tmp_path / "config" / "settings.json"
    shutil.copyfile(FIXTURE, db)
    terminal = Terminal(db, settings)
    try:
        terminal.wait_for(b"Timeline")
        terminal.wait_for(b"events")  # the count line: the store is loaded
        terminal.press("b")
        terminal.press("s")
        _until(lambda: load_settings(settings).sidebar_hidden and load_settings(settings).descending)
    finally:
        terminal.kill()
    assert not list(settings.parent.glob(".settings-*"))  # no temporary file left behind
    assert _next_run(db, settings) == (True, True)


def test_an_older_save_finishing_late_never_overwrites_a_newer_one(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    writer = SettingsWriter(path)
    older, newer = writer.ticket(), writer.ticket()
    assert writer.write(Settings(text="withdrawal"), newer)
    assert not writer.write(Settings(text="with"), older)
    assert load_settings(path).text == "withdrawal"
