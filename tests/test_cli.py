"""The ``mali-tui`` command end to end, as a user runs it: one line per problem, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from store.model import EVENT_FIELDS
from store.storage.db import EventStore

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", "--db", str(db), *args], capture_output=True, text=True, cwd=ROOT
    )


def test_ingest_correct_and_export_as_a_user_would(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    ingest = _run(db, "ingest", str(SEEDS[1]), str(tmp_path / "missing.txt"))
    assert ingest.returncode == 1
    assert ingest.stderr.splitlines() == [f"mali-tui: {tmp_path / 'missing.txt'}: no such file or folder"]
    assert ingest.stdout.startswith("1 documents (1 new, 0 replaced, 0 unchanged)")

    first = orjson.loads(_run(db, "export").stdout.splitlines()[0])
    corrected = _run(db, "corrections", "set", first["id"], "--type", "statement", "--date", "2023")
    assert corrected.returncode == 0, corrected.stderr
    rows = [orjson.loads(line) for line in _run(db, "export").stdout.splitlines()]
    row = next(r for r in rows if r["id"] == first["id"])
    assert (row["type"], row["date"], row["date_precision"]) == ("statement", "2023", "year")
    assert all(tuple(r) == EVENT_FIELDS for r in rows)

    csv = _run(db, "export", "--format", "csv", "--type", "statement")
    assert csv.stdout.splitlines()[0] == ",".join(EVENT_FIELDS)
    assert first["id"] in csv.stdout

    rejected = _run(db, "corrections", "set", first["id"], "--reject")
    assert rejected.returncode == 0
    assert first["id"] not in _run(db, "export").stdout
    listing = _run(db, "corrections")
    assert "rejected: not an event" in listing.stdout
    assert listing.stdout.splitlines()[-1] == "1 corrections, 0 orphaned"


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    db.write_text("{ not json", encoding="utf-8")
    for args in (("docs",), ("export",), ("corrections",), ("ingest", str(SEEDS[1])), ("browse",)):
        result = _run(db, *args)
        assert result.returncode == 1, args
        assert "Traceback" not in result.stderr
        assert result.stderr.splitlines() == [
            f"mali-tui: {db}: not a valid mali-tui store (broken JSON); restore a backup or pass another --db"
        ]
    assert db.read_text(encoding="utf-8") == "{ not json"


def test_unknown_event_id_and_bad_values_are_one_line_errors(tmp_path: Path) -> None:
    db = tmp_path / "events.json"
    assert _run(db, "ingest", str(SEEDS[1])).returncode == 0
    unknown = _run(db, "corrections", "set", "0000000000000000", "--type", "attack")
    assert (unknown.returncode, unknown.stderr.strip()) == (
        1,
        f"mali-tui: {db}: no event with id '0000000000000000' in this store",
    )
    first = EventStore(db).load().events[0]["id"]
    bad = _run(db, "corrections", "set", first, "--countries", "France")
    assert bad.stderr.strip() == "mali-tui: countries: 'France' is not a 2-letter country code (e.g. FR, ML)"
    not_iso = _run(db, "corrections", "set", first, "--countries", "QQ,ML")
    assert (not_iso.returncode, not_iso.stderr.strip()) == (
        1,
        "mali-tui: countries: QQ is not an ISO 3166 country code (e.g. FR, ML)",
    )
    assert not EventStore(db).load().corrections  # nothing written
    nothing = _run(db, "corrections", "undo", first)
    assert nothing.stderr.strip() == f"mali-tui: {db}: event '{first}' has no correction to undo"


def test_ingest_wait_option_is_documented_in_help(tmp_path: Path) -> None:
    result = _run(tmp_path / "events.json", "ingest", "--help")
    assert "--wait SECONDS" in result.stdout
    assert "corrections" in _run(tmp_path / "events.json", "--help").stdout


@pytest.mark.parametrize(
    "argv",
    [[], ["browse"], ["--db", "x.json"], ["--db=x.json"], ["--db", "x.json", "browse"], ["--db", "-"]],
)
def test_the_plain_launch_is_read_as_the_full_parser_reads_it(argv: list[str]) -> None:
    from tui.cli_parser import build_parser, plain_browse

    quick = plain_browse(argv)
    if quick is None:
        return  # left to the full parser
    full = build_parser().parse_args(argv)
    assert (quick.db, quick.command or "browse") == (full.db, full.command or "browse")


def test_anything_but_the_plain_launch_goes_to_the_full_parser() -> None:
    from tui.cli_parser import plain_browse

    for argv in (["--help"], ["--db"], ["--db", "x", "docs"], ["docs"], ["--db="], ["--version"], ["-h"]):
        assert plain_browse(argv) is None
