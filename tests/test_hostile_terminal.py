"""Text from documents never drives the terminal: every output shows control characters as symbols.

A news page is untrusted. An escape sequence in its text, its file name or its
publisher (OSC 0 window title, OSC 52 clipboard write, OSC 8 link, CSI 2J clear
screen, the one-byte C1 CSI U+009B) and a bidi override (which reorders what a
reader sees) must reach no terminal raw: not through the CLI, not through the
browser. The stored text stays exact.
"""

from __future__ import annotations

import asyncio
import io
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from store.export import render
from store.model import EVENT_FIELDS
from store.storage.db import EventStore
from store.text.visible import BIDI_CONTROLS
from tui.app import make_app
from tui.cli import main

OSC_TITLE = "\x1b]0;pwned\x07"
OSC_CLIPBOARD = "\x1b]52;c;cm0gLXJmIH4K\x1b\\"
OSC_LINK = "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\"
CLEAR = "\x1b[2J\x1b[H"
C1_CSI = "\x9b31m"
RLO = "\u202e"
HOSTILE_NAME = f"gao{OSC_TITLE}.txt"
REPORT = (
    f"BAMAKO, Aug 2 (Reuters) - Egypt's last peacekeepers left Mali{OSC_CLIPBOARD} on Wednesday, "
    f"the United Nations said{CLEAR}, completing a withdrawal announced in June.\n\n"
    f"The contingent of 460 troops{C1_CSI} had served in Gao {RLO}since 2013{OSC_LINK}, a spokesman said.\n"
)


def controls(shown: str) -> set[str]:
    """The characters of ``shown`` that a terminal would act on (a newline is only a newline)."""
    return {
        ch
        for ch in shown
        if (ord(ch) < 0x20 and ch != "\n") or 0x7F <= ord(ch) < 0xA0 or ord(ch) in BIDI_CONTROLS
    }


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, Path]:
    """A store holding one report with escape sequences in its text, file name and publisher."""
    folder = tmp_path / "in"
    folder.mkdir()
    report = folder / HOSTILE_NAME
    report.write_text(REPORT, encoding="utf-8")
    sidecar = folder / f"{HOSTILE_NAME}.meta.json"
    sidecar.write_text(json.dumps({"publisher": f"Reuters{OSC_CLIPBOARD}", "published": "2023-08-03"}))
    db = tmp_path / "events.json"
    assert main(["--db", str(db), "ingest", str(report)]) == 0
    return db, report


def test_ingest_docs_export_and_corrections_print_no_control_character(
    hostile: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, report = hostile
    empty = tmp_path / f"empty{CLEAR}.txt"
    empty.write_bytes(b"")
    capsys.readouterr()
    main(["--db", str(db), "ingest", str(report), str(empty)])  # a warning-free re-run and an error line
    main(["--db", str(db), "docs"])
    main(["--db", str(db), "export", "--format", "csv"])
    main(["--db", str(db), "export", "--format", "jsonl"])
    event_id = EventStore(db).load().events[0]["id"]
    main(["--db", str(db), "corrections", "set", event_id, "--type", "statement"])
    main(["--db", str(db), "corrections"])
    captured = capsys.readouterr()
    outputs = [captured.out, captured.err]
    assert "\u241b]0;pwned\u2407" in captured.out  # the file name, its escape made visible
    assert "Reuters\u241b]52" in captured.out  # the publisher, in docs and exports
    assert "empty\u241b[2J" in captured.err  # the error line of the empty file
    assert not controls("".join(outputs))
    stored = EventStore(db).load()
    assert stored.documents[HOSTILE_NAME]["text"] == REPORT  # sanitised when shown, never when stored


def test_json_export_escapes_c1_controls_and_bidi_overrides_and_reads_back_exactly() -> None:
    sentence = f"The contingent of 460 troops{C1_CSI} left Gao {RLO}in August\u2066 2023\u2069.\x7f"
    event = dict.fromkeys(EVENT_FIELDS) | {"sentence": sentence, "title": f"Egypt{OSC_TITLE}"}
    line = render([event], "jsonl")
    assert not controls(line)
    assert "\\u009b31m" in line and "\\u202e" in line
    assert json.loads(line)["sentence"] == sentence
    assert json.loads(line)["title"] == f"Egypt{OSC_TITLE}"


def _screen_text(app: Any) -> str:
    """What the terminal would show, as plain text: the screen rendered as ``export_screenshot`` does."""
    console = Console(
        width=app.size.width,
        height=app.size.height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
    )
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text(styles=False)  # leaves out the compositor's own cursor moves


def test_the_browser_shows_escape_sequences_as_symbols_everywhere(hostile: tuple[Path, Path]) -> None:
    db, _ = hostile

    async def scenario() -> list[str]:
        app = make_app(EventStore(db), ingest_if_empty=False)
        screens: list[str] = []
        async with app.run_test(size=(200, 40)) as pilot:
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            screens.append(_screen_text(app))  # timeline: title, publisher
            await pilot.press("enter")  # the viewer: source header, text, details
            await pilot.pause()
            screens.append(_screen_text(app))
            await pilot.press("y")  # the citation copied, and its toast
            await pilot.pause()
            screens.append(app.clipboard)
            screens.append(_screen_text(app))
            await pilot.press("E")  # the correction dialog quotes the sentence
            await pilot.pause()
            screens.append(_screen_text(app))
        return screens

    screens = asyncio.run(scenario())
    assert "Reuters\u241b]52" in screens[0]
    assert "\u241b]0;pwned\u2407" in screens[1]  # the file name in the source header
    for shown in screens:
        assert not controls(shown), shown
