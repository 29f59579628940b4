"""Fuzz: whatever bytes a document holds, nothing a user sees carries a control character.

Hypothesis writes documents of arbitrary bytes, mixed with escape sequences,
C1 controls and bidi overrides, inside a report sentence (so that an event
quotes them) and in the file name; the CLI output of ``ingest``, ``docs`` and
``export --format csv`` and the browser's rendered screen must hold no ESC or
other control character.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from store.storage.db import EventStore
from store.text.visible import BIDI_CONTROLS
from tui.app import make_app
from tui.cli import main

HOSTILE_PIECES = [
    b"\x1b]0;title\x07",
    b"\x1b]52;c;cm0gLXJmIH4K\x1b\\",
    b"\x1b]8;;https://evil.example/\x1b\\",
    b"\x1b[2J",
    b"\x1b[31m",
    b"\x07",
    b"\x08",
    b"\r",
    b"\x7f",
    "\u009b".encode(),
    "\u009d".encode(),
    "\u202e".encode(),
    "\u2066".encode(),
    "\u2028".encode(),
    b"\xff",
    b"\xc3",
]
fragment = st.one_of(
    st.sampled_from(HOSTILE_PIECES),
    st.binary(max_size=12),
    st.text(max_size=12).map(str.encode),
    st.sampled_from([b" troops", b" Gao", b", ", b"\n", b"\n\n", b" 2023"]),
)
noise = st.lists(fragment, max_size=12).map(b"".join)
names = st.sampled_from(["gao.txt", "gao\x1b]0;t\x07.txt", "kidal\x9b2J.txt", "\u202etxt.html", "x\r.htm"])
LEAD = b"BAMAKO, Aug 2 (Reuters) - Egypt's last peacekeepers left Mali on 2 August 2023"
TAIL = b", the United Nations said.\n\nThe contingent of 460 troops had served in Gao since 2013.\n"


def controls(shown: str) -> set[str]:
    return {
        ch
        for ch in shown
        if (ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) < 0xA0 or ord(ch) in BIDI_CONTROLS
    }


def _document(folder: Path, name: str, head: bytes, middle: bytes) -> Path:
    path = folder / name
    path.write_bytes(head + LEAD + middle + TAIL)
    return path


def _run(*args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        main(list(args))
    return out.getvalue() + err.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, head=noise, middle=noise)
def test_cli_output_never_carries_a_control_character(name: str, head: bytes, middle: bytes) -> None:
    with tempfile.TemporaryDirectory(prefix="mali-fuzz-") as tmp:
        folder = Path(tmp)
        path = _document(folder, name, head, middle)
        db = str(folder / "events.json")
        shown = _run("--db", db, "ingest", str(path))
        shown += _run("--db", db, "docs")
        shown += _run("--db", db, "export", "--format", "csv")
        shown += _run("--db", db, "export", "--format", "jsonl")
        assert not controls(shown), repr(shown)


def _screen_text(app: object) -> str:
    console = Console(width=120, height=36, file=io.StringIO(), force_terminal=True, record=True)
    console.print(app.screen._compositor.render_update(full=True))  # type: ignore[attr-defined]
    return console.export_text(styles=False)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names, middle=noise)
def test_the_browser_screen_never_carries_a_control_character(name: str, middle: bytes) -> None:
    with tempfile.TemporaryDirectory(prefix="mali-fuzz-") as tmp:
        folder = Path(tmp)
        path = _document(folder, name, b"", middle)
        db = folder / "events.json"
        _run("--db", str(db), "ingest", str(path))

        async def scenario() -> list[str]:
            app = make_app(EventStore(db), ingest_if_empty=False)
            screens = []
            async with app.run_test(size=(120, 36)) as pilot:
                await pilot.app.workers.wait_for_complete()
                await pilot.pause()
                screens.append(_screen_text(app))
                await pilot.press("enter")
                await pilot.pause()
                screens.append(_screen_text(app))
            return screens

        for screen in asyncio.run(scenario()):
            assert not controls(screen), repr(screen)
