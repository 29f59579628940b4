"""Processes and odd inputs of ``ingest``: workers die with their parent, --jobs is capped,
special files are named for what they are, and links out of an ingested folder are not followed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import store.ingest
from store.processes import cap_jobs, usable_cpus
from store.storage.db import EventStore
from tui.cli import main

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
MALI_TUI = Path(sys.executable).with_name("mali-tui")
REPORT = (
    "BAMAKO, Aug 2 (Reuters) - Egypt's last peacekeepers left Mali on Wednesday, the United Nations "
    "said, completing a withdrawal announced in June. The contingent of {n} troops had served in Gao "
    "since 2013, a spokesman said. Residents of Timbuktu said the road to Goundam stayed open.\n\n"
)


def _children(pid: int) -> set[int]:
    """Pids whose parent is ``pid`` (Linux /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for its new parent to reap it counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.skipif(usable_cpus() < 2, reason="--jobs 2 is capped at 1 on one CPU: no worker to watch")
def test_ingest_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for i in range(60):  # enough work to be killed in the middle of it
        (folder / f"report_{i:02d}.txt").write_text(REPORT.format(n=100 + i) * 120, encoding="utf-8")
    parent = subprocess.Popen(
        [str(MALI_TUI), "--db", str(tmp_path / "events.json"), "ingest", "--jobs", "2", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            workers = _children(parent.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the workers never started"
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(_alive(w) for w in workers), "workers outlived their killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        for worker in workers:  # the workers this test started, should they still run
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)


def test_jobs_over_the_cpu_count_are_capped_and_the_user_is_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[int] = []
    real_pool = store.ingest.ProcessPoolExecutor

    def counting_pool(max_workers: int, **kwargs: object) -> object:
        started.append(max_workers)
        return real_pool(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(store.ingest, "ProcessPoolExecutor", counting_pool)
    db = tmp_path / "events.json"
    assert main(["--db", str(db), "ingest", "--jobs", "500", str(SEEDS[1]), str(SEEDS[3])]) == 0
    cpus = usable_cpus()
    err = capsys.readouterr().err
    assert f"mali-tui: --jobs 500 capped at {cpus}, the number of CPUs" in err
    assert all(n <= cpus for n in started)
    assert cap_jobs(0) == (1, None)


def test_a_fifo_given_as_input_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    assert main(["--db", str(tmp_path / "events.json"), "ingest", str(fifo), str(SEEDS[1])]) == 1
    assert f"mali-tui: {fifo}: a FIFO (named pipe), not a file; not read" in capsys.readouterr().err


def test_dev_zero_given_as_input_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "events.json"), "ingest", "/dev/zero"]) == 1
    assert "mali-tui: /dev/zero: a character device, not a file; not read" in capsys.readouterr().err


def test_a_link_out_of_an_ingested_folder_is_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "gao.txt").write_text(REPORT.format(n=460), encoding="utf-8")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    outside = tmp_path / "private" / "notes.txt"
    outside.parent.mkdir()
    outside.write_text(REPORT.format(n=12), encoding="utf-8")
    (folder / "notes.txt").symlink_to(outside)
    (folder / "same.txt").symlink_to(folder / "gao.txt")  # inside the folder: harmless
    db = tmp_path / "events.json"
    assert main(["--db", str(db), "ingest", str(folder)]) == 1
    err = capsys.readouterr().err
    assert f"{folder / 'passwd.txt'}: a symlink to /etc/passwd, outside {folder}: not followed" in err
    assert f"{folder / 'notes.txt'}: a symlink to {outside}" in err
    assert set(EventStore(db).load().documents) == {"gao.txt"}


def test_follow_links_ingests_what_the_links_lead_to(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    outside = tmp_path / "shared"
    outside.mkdir()
    (outside / "kidal.txt").write_text(REPORT.format(n=300), encoding="utf-8")
    (folder / "kidal.txt").symlink_to(outside / "kidal.txt")
    (folder / "more").symlink_to(outside, target_is_directory=True)
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # walked once, not forever
    db = tmp_path / "events.json"
    assert main(["--db", str(db), "ingest", "--follow-links", str(folder)]) == 0
    assert set(EventStore(db).load().documents) == {"kidal.txt"}
