"""The launch a user feels: the installed ``mali-tui`` command in a real pseudo-terminal.

The in-process figures (``bench/run.py``'s probes) time ``make_app`` under
Textual's headless driver. Here the command a user types is started in a
pseudo-terminal of 120x36, exactly as a terminal emulator would start it, and
the bytes it writes are read as they come: the clock runs from just before the
process is spawned until event rows are on the screen. A bare Textual app
(Header, Footer, one line) is started the same way, interleaved with it, so
that the ratio of the two medians says what mali-tui adds to any Textual
start-up on this machine, whatever the machine.

"Event rows on the screen" is the frame that writes the timeline's counter
("N of M events" with N > 0): the app paints it in the same refresh as the
rows it counts (``MaliTuiApp.apply_filters``). The bare app's mark is its one
line of text.

Standard library only at import: ``bench/run.py`` imports it, and ``python bench/launch.py --bare``
is the bare app's own command. ``--seeds`` (the bundled reports ingested into a fresh store) and
``--db STORE`` print the same figures on their own, without the rest of ``bench/run.py``.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from dataclasses import dataclass, field
from pathlib import Path

SIZE = (120, 36)  # columns, lines
TIMEOUT_S = 120.0
BARE_LINE = "A bare Textual app: header, footer and this line"
ROWS_SHOWN = re.compile(r"\b[1-9][0-9]* of [0-9]+ events\b")
BARE_SHOWN = re.compile(re.escape(BARE_LINE))
# CSI, OSC (ended by BEL or ST), and two-byte escapes: what is left is the text on screen.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]|[\x00-\x08\x0e-\x1f]"
)


@dataclass(slots=True)
class LaunchFigures:
    """Seconds from spawn to the mark, one per run; errors say why a run has none."""

    rows: list[float] = field(default_factory=list)
    bare: list[float] = field(default_factory=list)
    rows_cpu: list[float] = field(default_factory=list)  # CPU seconds the process had used at the mark
    bare_cpu: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def rows_s(self) -> float | None:
        return statistics.median(self.rows) if self.rows else None

    @property
    def bare_s(self) -> float | None:
        return statistics.median(self.bare) if self.bare else None

    @property
    def ratio(self) -> float | None:
        rows, bare = self.rows_s, self.bare_s
        return None if rows is None or not bare else rows / bare


def mali_tui_command() -> str:
    """The installed console script beside this interpreter (a venv's ``bin``), else the one on PATH."""
    beside = Path(sys.executable).with_name("mali-tui")
    if beside.exists():
        return str(beside)
    found = shutil.which("mali-tui")
    if found is None:
        raise FileNotFoundError("the mali-tui command is not installed (pip install -e .)")
    return found


def _terminal_env() -> dict[str, str]:
    env = {**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    for name in ("TEXTUAL", "MALI_TUI_FORCE", "TEXTUAL_DRIVER", "TEXTUAL_HEADLESS"):
        env.pop(name, None)  # no devtools, no test switches: what a user's shell would have
    env["COLUMNS"], env["LINES"] = str(SIZE[0]), str(SIZE[1])
    # A fresh user's view: no remembered filter or sort (the user's own settings file would make the
    # figure depend on whatever was last typed in this account's browser).
    settings = Path(tempfile.gettempdir()) / f"mali-tui-bench-{os.getpid()}-settings.json"
    env["MALI_TUI_SETTINGS"] = str(settings)
    return env


def _make_controlling_terminal() -> None:
    """In the child, after ``setsid``: the pty becomes its terminal, as in a terminal emulator."""
    with contextlib.suppress(OSError):
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _cpu_seconds(pid: int) -> float | None:
    """User + system time of ``pid`` so far (Linux ``/proc``): less swayed by other load than wall time."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_to_mark(
    command: list[str],
    mark: re.Pattern[str],
    *,
    cwd: Path,
    timeout: float = TIMEOUT_S,
    cpu: list[float] | None = None,
) -> float:
    """Seconds from spawning ``command`` in a 120x36 pty until ``mark`` is in the text it has drawn.

    The process (and its group) is killed once the mark is seen; its CPU time
    then is appended to ``cpu``. Raises ``RuntimeError`` with the screen's last
    text when it exits or times out first.
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", SIZE[1], SIZE[0], 0, 0))
    raw = bytearray()
    start = time.perf_counter()
    process = subprocess.Popen(
        command,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        cwd=cwd,
        env=_terminal_env(),
        start_new_session=True,
        preexec_fn=_make_controlling_terminal,  # the child only makes the pty its terminal
        close_fds=True,
    )
    os.close(slave)
    try:
        while True:
            left = timeout - (time.perf_counter() - start)
            if left <= 0:
                raise RuntimeError(f"no mark after {timeout:g} s: {_tail(raw)}")
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:  # EIO: the child closed the terminal
                chunk = b""
            if not chunk:
                raise RuntimeError(f"exited ({process.poll()}) before the mark: {_tail(raw)}")
            raw += chunk
            if mark.search(_ESCAPES.sub("", raw.decode("utf-8", "replace"))):
                took = time.perf_counter() - start
                used = _cpu_seconds(process.pid)
                if cpu is not None and used is not None:
                    cpu.append(used)
                return took
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


def _tail(raw: bytes) -> str:
    text = " ".join(_ESCAPES.sub("", raw.decode("utf-8", "replace")).split())
    return repr(text[-160:]) if text else "nothing on screen"


def compile_installed() -> None:
    """Byte-compile the ``store`` and ``tui`` packages, as ``pip install`` does for a user.

    An editable install run with ``PYTHONDONTWRITEBYTECODE`` set (as on this
    project's machines) would otherwise compile every module from source at
    each launch, about 0.15 s that no installed mali-tui pays; Textual, which
    the bare app uses, was compiled when it was installed.
    """
    import compileall
    import importlib.util

    for name in ("store", "tui"):
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            compileall.compile_dir(str(Path(spec.origin).parent), quiet=1)


def measure_launch(db: Path, repeat: int, *, cwd: Path) -> LaunchFigures:
    """``mali-tui --db DB`` until its rows show, beside the bare app, interleaved, ``repeat`` times each."""
    compile_installed()
    figures = LaunchFigures()
    rows_command = [mali_tui_command(), "--db", str(db)]
    bare_command = [sys.executable, str(Path(__file__).resolve()), "--bare"]
    for _ in range(repeat):
        for command, mark, into, cpu in (
            (bare_command, BARE_SHOWN, figures.bare, figures.bare_cpu),
            (rows_command, ROWS_SHOWN, figures.rows, figures.rows_cpu),
        ):
            try:
                into.append(time_to_mark(command, mark, cwd=cwd, cpu=cpu))
            except (RuntimeError, OSError) as exc:
                figures.errors.append(f"{Path(command[0]).name}: {exc}")
    return figures


def run_bare_app() -> None:
    """Header, Footer and one line: the floor of a Textual start-up in a terminal."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Static

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Header(show_clock=False)
            yield Static(BARE_LINE)
            yield Footer()

    Bare().run()


def seeds_store(work: Path) -> Path:
    """The bundled seed reports ingested into a fresh store in ``work``, as ``bench/run.py`` builds it."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from store.ingest import ingest_paths
    from store.storage.db import EventStore
    from store.storage.paths import seeds_dir

    db = work / "seeds.json"
    ingest_paths(EventStore(db), sorted(seeds_dir().glob("*.txt")))
    return db


def print_launch(db: Path, repeat: int, *, cwd: Path) -> None:
    """One untimed launch of each (warm caches), then ``repeat`` interleaved, as ``bench/run.py`` does."""
    measure_launch(db, 1, cwd=cwd)
    figures = measure_launch(db, repeat, cwd=cwd)
    for error in dict.fromkeys(figures.errors):
        print(f"launch: {error}", file=sys.stderr)
    rows_each, bare_each = [round(t, 3) for t in figures.rows], [round(t, 3) for t in figures.bare]
    print(f"mali-tui {rows_each} s, bare app {bare_each} s")
    print(f"CPU time at the mark: mali-tui {figures.rows_cpu} s, bare app {figures.bare_cpu} s")
    rows, bare, ratio = figures.rows_s, figures.bare_s, figures.ratio
    if rows is not None and bare is not None and ratio is not None:
        print(f"launch_rows_s {rows:.3f}  launch_bare_s {bare:.3f}  ratio {ratio:.2f}  ({db.name})")


USAGE = """usage: python bench/launch.py --seeds [--repeat N]     the seeds' store (seeds_launch_*)
       python bench/launch.py --db STORE [--repeat N]  any store, e.g. one of 100,000 events
       python bench/launch.py --bare                   the bare app itself (what is timed beside)"""


if __name__ == "__main__":
    arguments = sys.argv[1:]
    repeat = 5
    if "--repeat" in arguments[:-1]:
        at = arguments.index("--repeat")
        repeat = int(arguments[at + 1])
        del arguments[at : at + 2]
    if arguments == ["--bare"]:
        run_bare_app()
    elif arguments == ["--seeds"]:
        with tempfile.TemporaryDirectory(prefix="mali-tui-launch-") as folder:
            print_launch(seeds_store(Path(folder)), repeat, cwd=Path(folder))
    elif len(arguments) == 2 and arguments[0] == "--db":
        print_launch(Path(arguments[1]).resolve(), repeat, cwd=Path.cwd())
    else:
        print(USAGE, file=sys.stderr)
        sys.exit(2)
