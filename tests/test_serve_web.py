"""``mali-tui serve`` as a user would try it: start the server, open the page in headless Chromium,
and read the timeline rows off the terminal the page draws.

The page draws on a canvas, so its text is not in the DOM: a script added
before the page loads keeps a reference to the page's xterm.js terminal when
the page creates it, and the test reads the terminal's screen lines through
the Chrome DevTools protocol (over aiohttp, which textual-serve brings).
Skipped, saying why, only where Chromium is not installed (``.ci/run``
installs Debian's ``chromium`` with apt-get when it can).
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tui.serve import exposure_warning

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ROW = re.compile(r"\b2020(?:-\d\d){0,2}\s+\d+!?\s+ML\s+coup\s+Mali\b")  # date, reports, where, type, title
COUNT = re.compile(r"\b(\d+) of \1 occurrences")  # once grouped: every occurrence of the store is listed

KEEP_TERMINAL = """
Object.defineProperty(Object.prototype, "terminal", {
  configurable: true,
  set(value) {
    Object.defineProperty(this, "terminal", {value, writable: true, configurable: true, enumerable: true});
    if (value && value.buffer) { window.__malitui_terminal = value; }
  },
});
"""
SCREEN_LINES = """
(() => {
  const t = window.__malitui_terminal;
  if (!t) { return []; }
  const lines = [];
  for (let y = 0; y < t.rows; y++) {
    const line = t.buffer.active.getLine(y);
    lines.push(line ? line.translateToString(true) : "");
  }
  return lines;
})()
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on port {port} after {seconds:g} s")


async def _screen_of(page_url: str, debug_port: int, seconds: float) -> list[str]:
    """The terminal lines the page shows once the timeline is there (or at the deadline)."""
    import aiohttp

    async with aiohttp.ClientSession() as http:
        targets: list[dict[str, Any]] = []
        opened_by = time.monotonic() + 60  # a cold Chromium on a busy machine takes well over 10 s
        while time.monotonic() < opened_by:
            try:
                async with http.get(f"http://127.0.0.1:{debug_port}/json/list") as response:
                    targets = [t for t in await response.json() if t.get("type") == "page"]
                if targets:
                    break
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
        assert targets, "Chromium opened no page in 60 s"
        async with http.ws_connect(targets[0]["webSocketDebuggerUrl"], max_msg_size=0) as cdp:
            counter = 0

            async def call(method: str, **params: Any) -> dict[str, Any]:
                nonlocal counter
                counter += 1
                await cdp.send_str(json.dumps({"id": counter, "method": method, "params": params}))
                while True:
                    reply = json.loads((await cdp.receive()).data)
                    if reply.get("id") == counter:
                        return reply.get("result", {})

            await call("Page.enable")
            await call("Page.addScriptToEvaluateOnNewDocument", source=KEEP_TERMINAL)
            await call("Page.navigate", url=page_url)
            lines: list[str] = []
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                result = await call("Runtime.evaluate", expression=SCREEN_LINES, returnByValue=True)
                lines = result.get("result", {}).get("value") or []
                shown = "\n".join(lines)
                if "Timeline" in shown and ROW.search(shown) and COUNT.search(shown):
                    return lines
                await asyncio.sleep(0.5)
            return lines


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="Chromium is not installed here and could not be (.ci/run installs Debian's chromium with apt)",
)
def test_the_served_page_shows_the_timeline_rows(tmp_path: Path) -> None:
    pytest.importorskip("textual_serve", reason="the test extra installs textual-serve (mali-tui[serve])")
    db = tmp_path / "events.json"
    shutil.copyfile(STORE, db)
    port, debug_port = _free_port(), _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "tui.cli", "--db", str(db), "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    browser = None
    try:
        _wait_for_port(port, 30)
        browser = subprocess.Popen(
            [
                str(CHROMIUM),
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                f"--user-data-dir={tmp_path / 'chromium'}",
                f"--remote-debugging-port={debug_port}",
                "--window-size=1400,900",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        lines = asyncio.run(_screen_of(f"http://127.0.0.1:{port}/", debug_port, 60))
    finally:
        for process in (browser, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
    screen = "\n".join(lines)
    assert "Timeline" in screen, screen
    assert ROW.search(screen), screen  # a row of the seed store's timeline: "2020-08  3 ML  coup  Mali"
    assert COUNT.search(screen), screen


def test_serve_warns_when_it_listens_beyond_this_machine() -> None:
    assert exposure_warning("127.0.0.1") is None and exposure_warning("localhost") is None
    warning = exposure_warning("0.0.0.0")
    assert warning is not None and "no login" in warning and "0.0.0.0" in warning


def test_serve_without_the_extra_says_which_extra_to_install(tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['textual_serve'] = None; sys.modules['textual_serve.server'] = None;"
        "from tui.cli import main; sys.exit(main(['--db', sys.argv[1], 'serve', '--port', '1']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "events.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "mali-tui: serve needs the optional extra: pip install 'mali-tui[serve]' (textual-serve)"
    )
