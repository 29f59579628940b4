"""Extraction on a Dask cluster stores exactly what a one-process ingest stores; Dask stays optional."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from store.errors import MaliTuiError
from store.ingest import ingest_paths
from store.ingest_dask import MISSING, dask_mapper
from store.storage.db import EventStore
from tui.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

pytest.importorskip("distributed", reason="the dask extra is part of the test extra")


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """The seeds plus two more reports: a batch of a few documents per worker."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for seed in SEEDS:
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "gao.txt").write_text(
        "GAO, Dec 12 (Reuters) - \n\nThe last MINUSMA peacekeepers left the Gao camp on 11 December 2023, "
        "handing it over to the Malian army, a UN spokesman said on Tuesday.\n",
        encoding="utf-8",
    )
    (folder / "tessalit.txt").write_text(
        "BAMAKO, 24 octobre 2023 (AFP) - \n\nLa Minusma a quitté son camp de Tessalit le 21 octobre 2023, "
        "a annoncé la mission dimanche.\n",
        encoding="utf-8",
    )
    return folder


def test_a_local_cluster_of_two_workers_stores_what_one_process_stores(reports: Path, tmp_path: Path) -> None:
    alone = EventStore(tmp_path / "alone.json")
    assert ingest_paths(alone, [reports]).ok
    spread = EventStore(tmp_path / "spread.json")
    with dask_mapper("local", local_workers=2, processes=False) as mapper:
        summary = ingest_paths(spread, [reports], mapper=mapper)
    assert summary.ok and summary.documents == len(SEEDS) + 2
    assert spread.path.read_bytes() == alone.path.read_bytes()


def test_the_command_sends_extraction_to_a_scheduler_address(
    reports: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from distributed import LocalCluster

    alone = tmp_path / "alone.json"
    assert main(["--db", str(alone), "ingest", str(reports)]) == 0
    spread = tmp_path / "spread.json"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        code = main(["--db", str(spread), "ingest", "--dask", cluster.scheduler_address, str(reports)])
    assert code == 0, capsys.readouterr().err
    assert EventStore(spread).load().events == EventStore(alone).load().events


def test_without_dask_installed_the_command_says_which_extra_to_install(
    reports: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an install without the extra gives
    with pytest.raises(MaliTuiError, match="pip install 'mali-tui\\[dask\\]'"), dask_mapper("local"):
        pass
    db = tmp_path / "events.json"
    assert main(["--db", str(db), "ingest", "--dask", "local", str(reports)]) == 1
    assert capsys.readouterr().err.splitlines() == [f"mali-tui: {MISSING}"]
    assert not db.exists()


def test_the_base_commands_never_import_dask() -> None:
    code = "import json, sys, tui.cli, tui.app, store.ingest; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    loaded = {name.split(".")[0] for name in json.loads(done.stdout)}
    assert not loaded & {"dask", "distributed"}
