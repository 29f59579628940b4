"""The launch does each piece of Textual's work once: CSS parsed in an earlier launch, widgets styled once.

Speed itself is measured by ``bench/launch.py``; these tests pin the work that
was cut, so that it does not come back unnoticed, and that the cut changes
nothing on screen.
"""

from __future__ import annotations

import asyncio
import shutil
from collections import Counter
from pathlib import Path

import pytest
from textual.css import stylesheet as textual_stylesheet
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen
from textual.widgets import Input

from store.storage.db import EventStore
from tui.app import MaliTuiApp, make_app
from tui.css_cache import ParsedCss, cache_path
from tui.sidebar import CountrySidebar

STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MALI_TUI_CACHE", str(folder))
    return folder


def _app(tmp_path: Path) -> MaliTuiApp:
    db = tmp_path / "events.json"
    if not db.exists():
        shutil.copyfile(STORE, db)
    return make_app(EventStore(db), ingest_if_empty=False, today=None)


def _rules(stylesheet: Stylesheet) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each rule: its selectors and the values it sets."""
    return [
        (
            repr(rule.selector_set),
            sorted((name, repr(value)) for name, value in rule.styles.get_rules().items()),
        )
        for rule in stylesheet.rules
    ]


def _launch(app: MaliTuiApp) -> list[tuple[str, list[tuple[str, str]]]]:
    """Run ``app`` until its rows are shown; the rules it ended with."""

    async def run() -> list[tuple[str, list[tuple[str, str]]]]:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            assert app.timeline.rows
            return _rules(app.stylesheet)

    return asyncio.run(run())


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Where each stylesheet Textual parses comes from, as it parses them."""
    parsed: list[str] = []
    real = textual_stylesheet.parse

    def counting(scope, css, read_from, *args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(str(read_from))
        return real(scope, css, read_from, *args, **kwargs)

    monkeypatch.setattr(textual_stylesheet, "parse", counting)
    return parsed


def test_a_second_launch_reads_the_css_the_first_parsed_and_ends_with_the_same_rules(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = _parses(monkeypatch)
    first = _launch(_app(tmp_path))
    assert any("app.tcss" in where for where in parsed)  # the first launch parsed, and kept it
    assert cache_path().is_file() and cache_path().parent == cache
    parsed.clear()
    second = _launch(_app(tmp_path))
    assert parsed == []  # nothing parsed again
    assert second == first


def test_an_unreadable_css_cache_is_parsed_again_and_written_anew(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.mkdir()
    cache_path().write_bytes(b"\x80\x05 not what was saved")
    parsed = _parses(monkeypatch)
    css = _launch(_app(tmp_path))
    assert any("app.tcss" in where for where in parsed)
    parsed.clear()
    assert _launch(_app(tmp_path)) == css
    assert parsed == []


def test_a_css_cache_others_may_write_is_never_unpickled(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _launch(_app(tmp_path))  # a good cache, written by this user
    for loose in (cache_path(), cache):  # the file, then its folder, made writable by anyone
        loose.chmod(0o666 if loose.is_file() else 0o777)
        parsed = _parses(monkeypatch)
        _launch(_app(tmp_path))
        assert any("app.tcss" in where for where in parsed)  # parsed again, not read
        loose.chmod(0o600 if loose.is_file() else 0o700)


def test_another_theme_is_parsed_with_its_own_colours_not_read_under_the_first_ones(
    tmp_path: Path, cache: Path
) -> None:
    _launch(_app(tmp_path))  # the default theme's rules are saved
    stylesheet = Stylesheet(variables={"panel": "red"})
    cache_of = ParsedCss(stylesheet, cache_path())
    stylesheet._parse_cache = cache_of  # type: ignore[assignment]
    stylesheet.add_source("Static { background: $panel; }", read_from=("test.tcss", ""))
    stylesheet.parse()
    red = _rules(stylesheet)
    stylesheet.set_variables({"panel": "blue"})
    stylesheet.parse()
    blue = _rules(stylesheet)
    assert red != blue and "255, 0, 0" in repr(red) and "0, 0, 255" in repr(blue)


def test_the_first_frame_styles_the_sidebar_and_the_filter_inputs_without_restyling_them(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    styled: Counter[str] = Counter()
    first_rows: dict[str, Counter[str]] = {}
    real_apply = Stylesheet.apply

    def apply(self, node, *args, **kwargs):  # type: ignore[no-untyped-def]
        if not first_rows and node.id:
            styled[f"{type(node).__name__}#{node.id}"] += 1
        return real_apply(self, node, *args, **kwargs)

    drawn = Screen._compositor_refresh

    def frame(self):  # type: ignore[no-untyped-def]
        if not first_rows and getattr(self, "timeline", None) is not None and self.timeline.rows:
            first_rows["styled"] = Counter(styled)
        drawn(self)

    monkeypatch.setattr(Stylesheet, "apply", apply)
    monkeypatch.setattr(Screen, "_compositor_refresh", frame)
    app = _app(tmp_path)

    async def run() -> None:
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            # the look is kept: compact, and the timeline (not the sidebar) has the focus
            assert app.sidebar.compact and app.sidebar.has_class("-textual-compact")
            assert all(field.compact and field.has_class("-textual-compact") for field in app.query(Input))
            assert app.focused is app.timeline

    asyncio.run(run())
    counts = first_rows["styled"]
    assert counts[f"{CountrySidebar.__name__}#sidebar"] == 1  # mounted once, never restyled
    in_the_timeline_pane = {
        "Vertical#centre",
        "FilterBar#filter-bar",
        "TimeChart#chart",
        "OccurrenceTimeline#timeline",
    }
    in_the_timeline_pane |= {name for name in counts if "#filter-" in name}
    # each widget is styled when it is mounted; the timeline's pane once more when the timeline takes
    # the focus (:focus-within), and the timeline itself for its own :focus
    assert {name for name, count in counts.items() if count > 1} <= in_the_timeline_pane
    assert max(count for name, count in counts.items() if name != "OccurrenceTimeline#timeline") <= 2
    assert counts["OccurrenceTimeline#timeline"] <= 3
    assert len(counts) >= 20  # the screen really was counted
