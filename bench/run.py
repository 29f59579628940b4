"""The benchmark of issue 4: ingest, store and browser figures at 100,000 events.

    python bench/run.py [--events N[,N...]] [--docs D] [--repeat R] [--json]

Everything is built in a temporary folder from ``bench.corpus`` (deterministic
from ``--seed``). Each timing is the median of ``--repeat`` runs. The browser
figures come from fresh processes (``--probe``, below) so that start-up is
measured whole: interpreter, imports, first frame. Progress and diagnostics go
to stderr; stdout gets the table, or one JSON object with ``--json``.

This module imports only the standard library at the top: the probe processes
must pay for nothing but what they measure.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a script: make ``bench`` importable
    sys.path.insert(0, str(ROOT))

# What the browser measures (one run of the app per size of store), in the order they are printed.
UI_KEYS = (
    "first_frame_s",
    "data_shown_s",
    "minimal_app_first_frame_s",
    "filter_ms_median",
    "filter_ms_p95",
    "move_ms_median",
    "rss_mb",
    "launch_rows_s",
    "launch_bare_s",
    "launch_ratio",
    "seeds_launch_rows_s",
    "seeds_launch_bare_s",
    "seeds_launch_ratio",
    "correction_shown_ms",
)
KEYS: tuple[str, ...] = (
    "events",
    "docs",
    "ingest_sentences_per_s",
    "naive_sentences_per_s",
    "ingest_jobs_sentences_per_s",
    "cluster_extract_s",
    "cluster_update_s",
    "store_open_s",
    "orjson_floor_s",
    *UI_KEYS[:-1],
    "correction_ms",
    "correction_ratio",
    "corrections_set_s",
    "export_country_s",
    "corrections_set_ratio",
    UI_KEYS[-1],
    "growth",
)
TERMINAL_SIZE = (120, 36)
# What an analyst might type: English, French, Vietnamese without its accents, a place.
FILTER_WORDS = ("troops", "retrait", "binh si", "kidal", "egypt")
MOVES = 40
PROBE_TIMEOUT_S = 600.0
KEY_TIMEOUT_S = 5.0
CORRECTION_TIMEOUT_S = 60.0  # settling a correction in a large store took seconds before it was local


def note(message: str) -> None:
    """Progress and diagnostics: stderr, so that ``--json`` output stays one clean line."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile: with few samples it reports a value that was measured."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


# --- ingest ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class IngestFigures:
    pipeline: list[float] = field(default_factory=list)  # sentences per second, one per run
    naive: list[float] = field(default_factory=list)
    jobs: list[float] = field(default_factory=list)
    sentences: int = 0
    events: int = 0


def _body_sentences(paths: list[Path]) -> list[tuple[str, str]]:
    """The sentences the pipeline extracts from, with their document's language (not timed)."""
    from store.document.boilerplate import classify_blocks
    from store.document.sentences import split_sentences
    from store.ingest import build_document

    out: list[tuple[str, str]] = []
    for path in paths:
        record = build_document(path).document
        text, language = record["text"], record["language"]
        for block in classify_blocks(text, language):
            if block.kind == "body":
                out.extend(
                    (text[s:e], language) for s, e in split_sentences(text, block.start, block.end, language)
                )
    return out


def forget_texts() -> None:
    """Empty the caches ``store`` keeps per sentence, text or record (``lru_cache``s sized for thousands of
    entries), not those of compiled patterns, language models and CLDR tables (``cache`` or at most 64
    entries, paid once per process): a repeat must not read the same reports from memory, which a user's
    ingest of new reports never does."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("store.") or module is None:
            continue
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if callable(parameters) and (parameters().get("maxsize") or 0) > 64:
                value.cache_clear()


def measure_ingest(folder: Path, work: Path, repeat: int) -> IngestFigures:
    from dateparser.search import search_dates

    from store.document.language import detect_language
    from store.ingest import build_document, ingest_paths
    from store.storage.db import EventStore

    paths = sorted(folder.glob("*.txt"))
    figures = IngestFigures()
    # Imports, compiled patterns, CLDR tables, the language model: paid once per process, not per text.
    first_of_each = {path.stem.rsplit("_", 1)[-1]: path for path in reversed(paths)}
    for path in first_of_each.values():
        build_document(path)
    for path in paths:
        detect_language(path.read_text(encoding="utf-8"))
    sentences = _body_sentences(paths)
    for language in {lang for _, lang in sentences}:
        search_dates("on Monday, 3 March 2023", languages=[language])  # dateparser loads its tables lazily
    jobs = os.cpu_count() or 1
    for run in range(repeat):
        forget_texts()
        gc.collect()
        start = time.perf_counter()
        count = events = 0
        for path in paths:
            built = build_document(path)
            count += built.sentences
            events += len(built.events)
        figures.pipeline.append(count / (time.perf_counter() - start))
        figures.sentences, figures.events = count, events

        gc.collect()
        start = time.perf_counter()
        for sentence, language in sentences:
            search_dates(sentence, languages=[language])
        figures.naive.append(len(sentences) / (time.perf_counter() - start))

        gc.collect()
        store = EventStore(work / f"ingest-{run}.json")
        start = time.perf_counter()
        summary = ingest_paths(store, [folder], jobs=jobs)
        figures.jobs.append(summary.sentences / (time.perf_counter() - start))
        if summary.failed:
            note(f"ingest with --jobs {jobs}: {len(summary.failed)} failed, first: {summary.failed[0]}")
    if len(sentences) != figures.sentences:
        note(f"naive baseline saw {len(sentences)} sentences, the pipeline counted {figures.sentences}")
    return figures


# --- store ----------------------------------------------------------------------------------------------


def measure_store(path: Path, repeat: int) -> dict[str, list[float]]:
    """Times of the browser's ``EventStore.load``, a load with the texts, and orjson over the same bytes.

    ``open`` is what the browser does: every record but the document texts,
    which stay on disk until a document is shown. ``floor`` is ``orjson.loads``
    of every line of the same file with the collector paused: the fastest way
    to get all its objects (a floor the store could beat would make the
    "2 x floor" target meaningless). ``floor_gc_on`` is the same with the
    collector on, ``one_object`` the same tables as one JSON document (the
    schema-2 file, as TinyDB's JSON storage keeps it), and ``with_texts`` a
    load that also parses the texts (what ``mali-tui ingest`` reads).
    """
    import orjson

    from store.storage import storefile
    from store.storage.db import EventStore

    kinds = ("open", "with_texts", "floor", "floor_gc_on", "one_object")
    times: dict[str, list[float]] = {kind: [] for kind in kinds}

    def timed(key: str, work: Callable[[], object], *, paused: bool) -> None:
        gc.collect()
        if paused:
            gc.disable()
        try:
            start = time.perf_counter()
            result = work()
            times[key].append(time.perf_counter() - start)
        finally:
            gc.enable()
        del result

    raw = path.read_bytes()
    one_object = orjson.dumps(storefile.read(path).tables)
    for _ in range(repeat):
        timed("open", lambda: EventStore(path).load(texts=False), paused=False)
        timed("with_texts", lambda: EventStore(path).load(), paused=False)
        timed("floor", lambda: list(map(orjson.loads, raw.splitlines())), paused=True)
        timed("floor_gc_on", lambda: list(map(orjson.loads, raw.splitlines())), paused=False)
        timed("one_object", lambda: orjson.loads(one_object), paused=True)
    return times


# --- the browser, in probe processes --------------------------------------------------------------------


@dataclass(slots=True)
class UiFigures:
    first_frame: list[float] = field(default_factory=list)
    data_shown: list[float] = field(default_factory=list)
    all_shown: list[float] = field(default_factory=list)
    minimal_first_frame: list[float] = field(default_factory=list)
    typed_ms: list[float] = field(default_factory=list)
    erased_ms: list[float] = field(default_factory=list)
    move_ms: list[float] = field(default_factory=list)
    correction_shown_ms: list[float] = field(default_factory=list)
    rss_mb: list[float] = field(default_factory=list)
    rows: int | None = None
    errors: list[str] = field(default_factory=list)


def spawn_probe(kind: str, db: Path | None, interact: bool) -> tuple[float, dict[str, Any]]:
    """Run a probe process; returns the wall time it was started at and what it reported."""
    command = [sys.executable, str(Path(__file__).resolve()), "--probe", kind]
    if db is not None:
        command += ["--db", str(db)]
    if interact:
        command.append("--interact")
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    env.pop("TEXTUAL", None)  # no devtools
    started = time.time()
    done = subprocess.run(
        command, capture_output=True, text=True, timeout=PROBE_TIMEOUT_S, env=env, cwd=ROOT, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return started, {"error": f"{kind} probe exited {done.returncode}: {tail}"}
    return started, json.loads(lines[-1])


def measure_ui(store: Path, repeat: int) -> UiFigures:
    from bench.launch import compile_installed

    # As installed (``pip install`` byte-compiles): without it, a checkout run with
    # PYTHONDONTWRITEBYTECODE compiles each stale module again in every probe before its first frame.
    compile_installed()
    figures = UiFigures()
    for run in range(repeat):
        started, minimal = spawn_probe("minimal", None, interact=False)
        if "ready" in minimal:
            figures.minimal_first_frame.append(minimal["ready"] - started)
        else:
            figures.errors.append(minimal.get("error", "minimal probe: no first frame"))
        # Interacting in every run would only repeat the same keystrokes; two runs give enough samples.
        started, app = spawn_probe("app", store, interact=run < 2)
        if app.get("error"):
            figures.errors.append(app["error"])
        if app.get("ready") is not None:
            figures.first_frame.append(app["ready"] - started)
        if app.get("shown") is not None:
            figures.data_shown.append(app["shown"] - started)
        if app.get("all_shown") is not None:
            figures.all_shown.append(app["all_shown"] - started)
        figures.typed_ms += app.get("typed_ms", [])
        figures.erased_ms += app.get("erased_ms", [])
        figures.move_ms += app.get("move_ms", [])
        figures.correction_shown_ms += app.get("correction_shown_ms", [])
        if app.get("rss_mb") is not None:
            figures.rss_mb.append(app["rss_mb"])
        figures.rows = app.get("rows", figures.rows)
    return figures


def _emit(payload: dict[str, Any]) -> None:
    print(json.dumps(payload), flush=True)


def _rss_mb() -> float:
    """Peak resident memory of this process in MB.

    ``VmHWM`` first: ``ru_maxrss`` survives ``exec`` on Linux, so a probe would
    report the benchmark's own peak whenever that was higher.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def probe_minimal() -> None:
    """A Header/Footer-only app: the floor for a Textual start-up on this machine."""
    from textual import events
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header

    class Minimal(App[None]):
        def compose(self) -> ComposeResult:
            yield Header(show_clock=False)
            yield Footer()

    ready: list[float] = []

    def hook(message: object) -> None:
        if isinstance(message, events.Ready) and not ready:
            ready.append(time.time())

    async def scenario() -> None:
        async with Minimal().run_test(size=TERMINAL_SIZE, message_hook=hook) as pilot:
            await pilot.pause()

    asyncio.run(scenario())
    _emit({"ready": ready[0] if ready else None, "rss_mb": _rss_mb()})


class _Driver:
    """Keys sent the way a terminal would, timed until the screen has been redrawn.

    ``Pilot.press`` sleeps at least 20 ms per key to wait for idleness, which
    would swamp the figures; here a key is posted to the app, the loop runs
    until ``changed()`` holds and no message pump has anything queued, and then
    the screen update that Textual's 60 fps timer would run next is run at once,
    so the time covers the handlers and the repaint but not the frame pacing.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    def busy(self) -> bool:
        app = self.app
        pumps = [app, *app.screen.walk_children(with_self=True)]
        return any(not pump._message_queue.empty() for pump in pumps)

    async def settle(
        self, changed: Callable[[], bool] = lambda: True, timeout: float = KEY_TIMEOUT_S
    ) -> bool:
        """Run the loop until ``changed()`` and no pump has work, then repaint; ``False`` on timeout."""
        deadline = time.perf_counter() + timeout
        while not changed() or self.busy():
            if time.perf_counter() > deadline:
                return False
            await asyncio.sleep(0)
        self.app.screen._on_timer_update()
        return True

    def send(self, key: str) -> None:
        from textual import events
        from textual.keys import _character_to_key

        if len(key) == 1:
            name, char = (key if key.isalnum() else _character_to_key(key)), key
        else:
            name, char = key, None
        self.app.post_message(events.Key(name, char))  # queued now, so `busy()` sees it at once

    async def timed(
        self, key: str, changed: Callable[[], bool], timeout: float = KEY_TIMEOUT_S
    ) -> float | None:
        start = time.perf_counter()
        self.send(key)
        if not await self.settle(changed, timeout):
            return None
        return (time.perf_counter() - start) * 1000


def _timeline(app: Any) -> Any:
    """The widget holding the rows; ``None`` while the UI lacks one."""
    timeline = getattr(app, "timeline", None)
    if timeline is None:
        try:
            timeline = app.query_one("#timeline")
        except Exception:
            return None
    return timeline if hasattr(timeline, "rows") else None


def probe_app(db: Path, interact: bool) -> None:
    """mali-tui on ``db``: first frame, data shown, then keystrokes (``interact``) and peak memory."""
    from textual import events

    try:
        from store.storage.db import EventStore
        from tui.app import make_app
    except ImportError as exc:
        _emit({"error": f"the browser cannot be imported yet ({exc})"})
        return
    report: dict[str, Any] = {"ready": None, "shown": None}
    failures: list[str] = []

    def hook(message: object) -> None:
        if isinstance(message, events.Ready) and report["ready"] is None:
            report["ready"] = time.time()
        elif type(message).__name__ == "LoadFailed":
            failures.append(str(getattr(message, "error", message)))

    async def scenario() -> None:
        app = make_app(EventStore(db), ingest_if_empty=False)
        async with app.run_test(size=TERMINAL_SIZE, message_hook=hook) as pilot:
            driver = _Driver(app)
            deadline = time.perf_counter() + PROBE_TIMEOUT_S / 2
            timeline = _timeline(app)
            if timeline is None:
                report["error"] = "the app has no timeline with rows yet"
                return
            while not timeline.rows and not failures and time.perf_counter() < deadline:
                await asyncio.sleep(0.002)  # coarse: a tight loop would steal the GIL from the load worker
            if not timeline.rows:
                report["error"] = f"no rows shown ({failures[0] if failures else 'timed out'})"
                return
            await driver.settle()
            report["shown"] = time.time()
            # A large store shows its first events while the rest is read: then every event.
            while getattr(app.corpus, "is_partial", False) and time.perf_counter() < deadline:
                await asyncio.sleep(0.002)
            await driver.settle()
            report["all_shown"] = time.time()
            report["rows"] = len(timeline.rows)
            if interact:
                # Steady state: background work started after the first paint (search keys) is done.
                await app.workers.wait_for_complete()
                await _keystrokes(app, driver, timeline, report)
            await pilot.pause()

    asyncio.run(scenario())
    report["rss_mb"] = _rss_mb()
    _emit(report)


def _is_input(widget: Any) -> bool:
    """A text box (Textual's ``Input`` or the filter's subclass of it)."""
    from textual.widgets import Input

    return isinstance(widget, Input)


async def _keystrokes(app: Any, driver: _Driver, timeline: Any, report: dict[str, Any]) -> None:
    """Type and erase each of ``FILTER_WORDS`` in the filter, then move the cursor down ``MOVES`` rows.

    A key whose effect never shows stops its phase with an error instead of
    waiting ``KEY_TIMEOUT_S`` for every remaining key.
    """
    typed: list[float] = []
    erased: list[float] = []
    moves: list[float] = []
    report.update(typed_ms=typed, erased_ms=erased, move_ms=moves)
    driver.send("slash")
    await driver.settle(lambda: _is_input(app.focused))
    field = app.focused
    if not _is_input(field):
        report["error"] = f"'/' focused {type(field).__name__}, not the filter input"
        return

    def rows_replaced(before: list[int], value: str) -> Callable[[], bool]:
        # The rows are replaced, or the same list is kept (in a clustered store a filter that every
        # occurrence passes gives the cached order back): the filter took the key and, once no
        # handler has work left (``settle``), the rows were worked out for it.
        return lambda: timeline.rows is not before or field.value != value

    for word in FILTER_WORDS:
        for key in [*word, *["backspace"] * len(word)]:
            sample = await driver.timed(key, rows_replaced(timeline.rows, field.value))
            if sample is None:
                report["error"] = f"the timeline did not change after {key!r} in the filter"
                return
            (erased if key == "backspace" else typed).append(sample)
    if field.value:
        report["error"] = f"the filter still holds {field.value!r} after erasing"
        return
    driver.send("escape")
    if not await driver.settle(lambda: app.focused is timeline):
        report["error"] = f"escape left the focus on {type(app.focused).__name__}, not the timeline"
        return
    driver.send("home")
    await driver.settle(lambda: timeline.cursor == 0)
    for _ in range(min(MOVES, len(timeline.rows) - 1)):
        before = timeline.cursor
        sample = await driver.timed("j", lambda before=before: timeline.cursor != before)
        if sample is None:
            report["error"] = f"'j' did not move the cursor from row {before}"
            return
        moves.append(sample)
    await _corrections(app, driver, timeline, report)


async def _corrections(app: Any, driver: _Driver, timeline: Any, report: dict[str, Any]) -> None:
    """``r`` four times on the selected event (rejected, restored, ...): from the key to the row redrawn.

    The write happens in a worker; what the user waits for is the row shown as
    it now is, after the app has put the corrected event in place and grouped the
    reports into occurrences again (the rejected report leaves its occurrence:
    its cluster is settled, ``store.linking.settling``).
    """
    shown: list[float] = []
    report["correction_shown_ms"] = shown
    index = timeline.selected_index
    if index is None:
        return
    event_id = app.corpus.events[index]["id"]
    for rejected in (True, False, True, False):

        def done(rejected: bool = rejected) -> bool:
            at = app.corpus.index_of.get(event_id)
            if at is None or bool(app.corpus.events[at].get("rejected")) is not rejected:
                return False
            return not getattr(timeline, "by_occurrence", False) or timeline.occurrences is not None

        sample = await driver.timed("r", done, CORRECTION_TIMEOUT_S)
        if sample is None:
            report["error"] = (
                f"'r' did not reject or restore the selected event and group its occurrences within "
                f"{CORRECTION_TIMEOUT_S:g} s"
            )
            return
        shown.append(sample)


# --- the run --------------------------------------------------------------------------------------------


def measure_launches(store: Path, work: Path, repeat: int) -> dict[str, float | None]:
    """The installed command in a pty until its rows show, beside a bare app: on this store and the seeds'."""
    from bench.launch import measure_launch
    from store.ingest import ingest_paths
    from store.storage.db import EventStore
    from store.storage.paths import seeds_dir

    seeds_store = work / "seeds.json"
    ingest_paths(EventStore(seeds_store), sorted(seeds_dir().glob("*.txt")))
    out: dict[str, float | None] = {}
    for prefix, db in (("", store), ("seeds_", seeds_store)):
        measure_launch(db, 1, cwd=work)  # untimed: the file cache and the country-name cache are warm
        launch = measure_launch(db, repeat, cwd=work)
        for error in dict.fromkeys(launch.errors):
            note(f"launch: {error}")
        note(
            f"launch ({db.name}): mali-tui {[round(t, 3) for t in launch.rows]} s, "
            f"bare app {[round(t, 3) for t in launch.bare]} s; CPU time at the mark: mali-tui "
            f"{launch.rows_cpu} s, bare app {launch.bare_cpu} s"
        )
        out[f"{prefix}launch_rows_s"] = _round(launch.rows_s, 3)
        out[f"{prefix}launch_bare_s"] = _round(launch.bare_s, 3)
        out[f"{prefix}launch_ratio"] = _round(launch.ratio, 2)
    return out


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _note_load(when: str) -> None:
    """Other processes skew every figure, the parallel one most: say how busy the machine was."""
    try:
        load = os.getloadavg()[0]
    except OSError:
        return
    cores = os.cpu_count() or 1
    busy = "; the machine was busy in the last minute, figures may be low" if load > 0.5 else ""
    note(f"load average at the {when}: {load:.2f} on {cores} cores{busy}")


def run(args: argparse.Namespace) -> dict[str, Any]:
    from bench.corpus import clustered_write, make_documents, make_store

    _note_load("start")
    result: dict[str, Any] = dict.fromkeys(KEYS)
    result["events"], result["docs"] = args.events, args.docs
    repeat = args.repeat
    with tempfile.TemporaryDirectory(prefix="mali-tui-bench-") as tmp:
        work = Path(tmp)
        if args.docs:
            note(f"writing {args.docs} synthetic reports")
            make_documents(args.docs, args.seed, work / "docs")
            note(f"ingest: {repeat} runs of the pipeline, dateparser and --jobs {os.cpu_count()}")
            ingest = measure_ingest(work / "docs", work, repeat)
            result["ingest_sentences_per_s"] = _round(median(ingest.pipeline), 1)
            result["naive_sentences_per_s"] = _round(median(ingest.naive), 1)
            result["ingest_jobs_sentences_per_s"] = _round(median(ingest.jobs), 1)
            note(f"ingest: {ingest.sentences} sentences, {ingest.events} events per run")
            # issue 10: linking 100 new reports into 12,000 events, beside extracting them (smaller: scaled)
            from bench.cluster_update import measure as measure_linking

            small = args.events < 12_000
            linking = measure_linking(min(args.events, 12_000), args.docs if small else 100, 1, args.seed)
            result["cluster_extract_s"], result["cluster_update_s"] = (
                linking["cluster_extract_s"],
                linking["cluster_update_s"],
            )
            note(
                f"linking: {linking['new_docs']} reports ({linking['new_events']} events) into "
                f"{linking['events']} events; clustering the whole store: {linking['cluster_full_s']} s, "
                f"checking undated lists {linking['corroborate_s']} s"
            )

        store = work / "store.json"
        note(f"writing a store of {args.events} events, clustered as ingest leaves them")
        start = time.perf_counter()
        docs, events = make_store(store, args.events, args.seed, write=clustered_write)
        note(
            f"store: {docs} documents, {events} events, {store.stat().st_size / 1e6:.1f} MB, "
            f"generated, clustered and written in {time.perf_counter() - start:.1f} s"
        )
        store_times = measure_store(store, repeat)
        floor, floor_gc_on = store_times["floor"], store_times["floor_gc_on"]
        result["store_open_s"] = _round(median(store_times["open"]), 4)
        result["orjson_floor_s"] = _round(median(floor), 4)
        note(f"store: orjson.loads of every line with the collector on takes {median(floor_gc_on):.3f} s")
        note(
            f"store: a load with the document texts takes {median(store_times['with_texts']):.3f} s; "
            f"orjson.loads of the same tables as one JSON object {median(store_times['one_object']):.3f} s"
        )

        from bench.corrections_bench import measure_corrections

        fixes = measure_corrections(store, work, repeat)
        note(f"corrections: the first in a process took {fixes.pop('correction_first_ms')} ms")
        result.update(fixes)
        if result["store_open_s"]:
            result["correction_ratio"] = round(fixes["correction_ms"] / 1000 / result["store_open_s"], 3)

        if args.skip_ui:
            note("browser figures skipped (--skip-ui)")
        else:
            note(f"browser: {repeat} probe processes each for mali-tui and a minimal Textual app")
            ui = measure_ui(store, repeat)
            for error in dict.fromkeys(ui.errors):
                note(f"browser: {error}")
            typed_and_erased = ui.typed_ms + ui.erased_ms
            result.update(
                first_frame_s=_round(median(ui.first_frame), 3),
                data_shown_s=_round(median(ui.data_shown), 3),
                minimal_app_first_frame_s=_round(median(ui.minimal_first_frame), 3),
                filter_ms_median=_round(median(typed_and_erased), 1),
                filter_ms_p95=_round(percentile(typed_and_erased, 95), 1),
                move_ms_median=_round(median(ui.move_ms), 1),
                correction_shown_ms=_round(median(ui.correction_shown_ms), 1),
                rss_mb=_round(max(ui.rss_mb) if ui.rss_mb else None, 1),
            )
            if ui.typed_ms:
                note(
                    f"filter: typing {median(ui.typed_ms):.1f} ms median / "
                    f"{percentile(ui.typed_ms, 95):.1f} ms p95 over {len(ui.typed_ms)} keys; backspace "
                    f"{median(ui.erased_ms or [0]):.1f} / {percentile(ui.erased_ms or [0], 95):.1f} ms "
                    f"over {len(ui.erased_ms)} keys; max {max(typed_and_erased):.1f} ms"
                )
            if ui.correction_shown_ms:
                note(
                    f"corrections in the browser: {[round(x) for x in ui.correction_shown_ms]} ms from the "
                    "key to the row redrawn (each probe's first pays for importing the writer)"
                )
            if ui.all_shown:
                note(f"browser: every event in the timeline after {median(ui.all_shown):.3f} s (all_shown_s)")
            if ui.rows is not None and ui.rows != args.events:
                note(f"browser showed {ui.rows} rows for {args.events} events")
            result.update(measure_launches(store, work, repeat))
        from bench.growth import ingest_one_s, measure_size, row_from_result

        rows = []
        for size in args.sizes[:-1]:
            note(f"growth: the slope's figures at {size} events")
            rows.append(measure_size(size, args.seed, work, repeat))
        store_mb = round(store.stat().st_size / 1e6, 1)
        rows.append(row_from_result(result, store_mb, ingest_one_s(store, work)))
        result["growth"] = sorted(rows, key=lambda row: row["events"])
    _note_load("end")
    for key in UI_KEYS:
        if result[key] is None and not args.skip_ui:
            note(f"{key}: not measured (see above)")
    return result


TARGETS: dict[str, tuple[str, Callable[[dict[str, Any]], float | None], str]] = {
    "filter_ms_median": ("<=", lambda r: 50.0, "50"),
    "filter_ms_p95": ("<=", lambda r: 100.0, "100"),
    "move_ms_median": ("<=", lambda r: 16.0, "16"),
    "first_frame_s": (
        "<=",
        lambda r: None if r["minimal_app_first_frame_s"] is None else 1.5 * r["minimal_app_first_frame_s"],
        "1.5 x minimal",
    ),
    "data_shown_s": ("<=", lambda r: 1.0, "1.0"),
    "store_open_s": (
        "<=",
        lambda r: None if r["orjson_floor_s"] is None else 2 * r["orjson_floor_s"],
        "2 x orjson",
    ),
    "ingest_sentences_per_s": (
        ">=",
        lambda r: None if r["naive_sentences_per_s"] is None else 2 * r["naive_sentences_per_s"],
        "2 x naive",
    ),
    "ingest_jobs_sentences_per_s": (
        ">=",
        lambda r: None if r["ingest_sentences_per_s"] is None else 1.6 * r["ingest_sentences_per_s"],
        "1.6 x one process",
    ),
    "rss_mb": ("<=", lambda r: 400.0, "400"),
    "cluster_update_s": ("<=", lambda r: r["cluster_extract_s"], "extracting them"),
    "launch_ratio": ("<=", lambda r: 2.5, "2.5 (rows / bare)"),
    "correction_ratio": ("<=", lambda r: 0.1, "0.1 (correction / store open)"),
    "corrections_set_ratio": ("<=", lambda r: 0.6, "0.6 (set / export --country)"),
    "seeds_launch_ratio": ("<=", lambda r: 1.5, "1.5 (rows / bare)"),
}


def verdicts(result: dict[str, Any]) -> dict[str, bool | None]:
    """Whether each target of issue 4 is met (``None`` when a figure is missing)."""
    out: dict[str, bool | None] = {}
    for key, (op, bound, _) in TARGETS.items():
        value, limit = result.get(key), bound(result)
        if value is None or limit is None:
            out[key] = None
        else:
            out[key] = value <= limit if op == "<=" else value >= limit
    return out


def table(result: dict[str, Any]) -> str:
    met = verdicts(result)
    rows = [("figure", "value", "target", "")]
    for key in KEYS:
        if key == "growth":
            continue  # its own table
        value = result[key]
        target = TARGETS.get(key)
        verdict = {True: "ok", False: "MISSED", None: "-" if target else ""}[met.get(key)]
        rows.append(
            (
                key,
                "null" if value is None else str(value),
                f"{target[0]} {target[2]}" if target else "",
                verdict,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _watchdog(limit_s: float) -> None:
    """End this probe if the benchmark that started it is gone or ``limit_s`` has passed.

    A test run or a user may kill the benchmark; its probes must not linger.
    """
    import threading

    parent, deadline = os.getppid(), time.monotonic() + limit_s

    def watch() -> None:
        while os.getppid() == parent and time.monotonic() < deadline:
            time.sleep(0.5)
        print("bench probe: the benchmark is gone or the time is up; stopping", file=sys.stderr, flush=True)
        os._exit(3)

    threading.Thread(target=watch, name="bench-watchdog", daemon=True).start()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bench/run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--events",
        default="100000",
        help="events in the store (default 100000); a list (10000,100000) adds a growth table, the full "
        "figures being those of the last size",
    )
    parser.add_argument("--docs", type=int, default=80, help="synthetic reports to ingest (default 80)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing, median kept (default 5)")
    parser.add_argument("--seed", type=int, default=2024, help="corpus seed (default 2024)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    parser.add_argument("--skip-ui", action="store_true", help="leave out the browser figures (null)")
    parser.add_argument("--probe", choices=("app", "minimal"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--interact", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.probe:
        _watchdog(PROBE_TIMEOUT_S)
    if args.probe == "minimal":
        probe_minimal()
        return 0
    if args.probe == "app":
        probe_app(args.db, args.interact)
        return 0
    from bench.growth import growth_table, parse_sizes

    try:
        args.sizes = parse_sizes(args.events)
    except ValueError as exc:
        _parser().error(str(exc))
    args.events = args.sizes[-1]
    if args.docs < 0 or args.repeat < 1:
        _parser().error("--repeat must be at least 1, --docs at least 0")
    result = run(args)
    if args.json:
        print(json.dumps(result), flush=True)
    else:
        print(table(result), flush=True)
        print("\ngrowth\n" + growth_table(result["growth"] or []), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
