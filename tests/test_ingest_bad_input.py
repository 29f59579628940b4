"""Bad input to ``ingest``: one clear line per problem, the run goes on, nothing stored before is lost."""

from __future__ import annotations

import os
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from store.document.reading import MAX_BYTES
from store.ingest import ingest_paths
from store.storage.db import EventStore
from tui.cli import main

SEEDS = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
KEPT, GOOD = SEEDS[1], SEEDS[3]  # stored before the run / a good file in the same run

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
FRENCH = (
    "Bamako, le 15 août 2022 (AFP) - Les derniers soldats français de l'opération Barkhane ont quitté "
    "le Mali lundi, a annoncé l'état-major des armées à Paris. Le retrait, décidé en février, "
    "s'achève après neuf années de présence militaire française au Sahel.\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    assert main(["--db", str(path), "ingest", str(KEPT)]) == 0
    return path


def _ingest(db: Path, capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, list[str]]:
    capsys.readouterr()
    code = main(["--db", str(db), "ingest", *map(str, args)])
    return code, capsys.readouterr().err.strip().splitlines()


def _docs(db: Path) -> dict[str, dict]:
    return EventStore(db).load().documents


def _fails_alone(db: Path, capsys: pytest.CaptureFixture[str], bad: Path, problem: str) -> str:
    """Ingest ``bad`` with a good file: exit 1, one line naming ``bad``, the good and the old file kept."""
    code, lines = _ingest(db, capsys, bad, GOOD)
    assert code == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"mali-tui: {bad}: ")
    assert problem in lines[0]
    assert {KEPT.name, GOOD.name} <= set(_docs(db))
    assert bad.name not in _docs(db)
    return lines[0]


def test_empty_file_is_an_error_and_not_stored(db: Path, tmp_path: Path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.touch()
    _fails_alone(db, capsys, empty, "empty file")


def test_whitespace_only_file_is_stored_with_no_events_and_does_not_fail_the_run(
    db: Path, tmp_path: Path, capsys
) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n\t \n", encoding="utf-8")
    code, lines = _ingest(db, capsys, blank, GOOD)
    assert code == 0
    assert lines == [f"mali-tui: warning: {blank}: only whitespace: stored with no events"]
    assert _docs(db)["blank.txt"]["events"] == 0


def test_boilerplate_only_page_is_stored_with_no_events_and_no_error(
    db: Path, tmp_path: Path, capsys
) -> None:
    page = tmp_path / "menu.txt"
    page.write_text(
        "Home | World | Africa | Sport | Business\nSubscribe to our newsletter\n"
        "We use cookies to improve your experience. Accept all cookies\n"
        "Privacy policy | Terms of use | Contact us\n© 2024 Sahel Daily News. All rights reserved.\n",
        encoding="utf-8",
    )
    code, lines = _ingest(db, capsys, page)
    assert (code, lines) == (0, [])
    assert _docs(db)["menu.txt"]["events"] == 0


def test_png_image_is_refused_as_binary_even_named_txt(db: Path, tmp_path: Path, capsys) -> None:
    image = tmp_path / "map.png"
    image.write_bytes(PNG)
    _fails_alone(db, capsys, image, "binary content: a PNG image")
    disguised = tmp_path / "photo.txt"
    disguised.write_bytes(PNG)
    _fails_alone(db, capsys, disguised, "binary content: a PNG image")


def test_zip_archive_is_refused_as_binary(db: Path, tmp_path: Path, capsys) -> None:
    archive = tmp_path / "reports.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("report.txt", FRENCH)
    _fails_alone(db, capsys, archive, "binary content: a ZIP archive")


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoded_french_is_decoded_exactly_and_reported(
    db: Path, tmp_path: Path, capsys, encoding: str
) -> None:
    report = tmp_path / "barkhane.txt"
    report.write_bytes(FRENCH.encode(encoding))
    code, lines = _ingest(db, capsys, report)
    assert code == 0
    assert len(lines) == 1 and lines[0].startswith(f"mali-tui: warning: {report}: decoded as ")
    assert "not valid UTF-8" in lines[0]
    stored = _docs(db)["barkhane.txt"]
    assert stored["text"] == FRENCH
    events = [e for e in EventStore(db).load().events if e["doc"] == "barkhane.txt"]
    assert events and all(
        "soldats français" in e["sentence"] or "Le retrait" in e["sentence"] for e in events
    )


def test_invalid_utf8_bytes_are_replaced_visibly_and_reported(db: Path, tmp_path: Path, capsys) -> None:
    report = tmp_path / "barkhane.txt"
    raw = FRENCH.encode("utf-8").replace(b"le Mali", b"le Ma\xffli")
    report.write_bytes(raw)
    code, lines = _ingest(db, capsys, report)
    assert code == 0
    assert lines == [f"mali-tui: warning: {report}: 1 invalid UTF-8 byte replaced with U+FFFD"]
    text = _docs(db)["barkhane.txt"]["text"]
    assert "quitté le Ma\ufffdli lundi" in text
    assert "l'état-major des armées" in text  # the good UTF-8 around it is intact


def test_a_50_mb_file_is_refused_by_size_before_it_is_read(db: Path, tmp_path: Path) -> None:
    huge = tmp_path / "dump.txt"
    line = b"Bamako, 1 July 2023 - MINUSMA began its withdrawal from Mali on Saturday, officials said.\n"
    with huge.open("wb") as handle:
        for _ in range(50 * 2**20 // len(line) + 1):
            handle.write(line)
    assert huge.stat().st_size > 50 * 2**20 > MAX_BYTES
    store = EventStore(db)
    tracemalloc.start()
    started = time.monotonic()
    summary = ingest_paths(store, [huge, GOOD])
    elapsed = time.monotonic() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert summary.failed == [f"{huge}: file is 50.0 MiB, over the {MAX_BYTES // 2**20} MiB limit; split it"]
    assert peak < 10 * 2**20, f"peak {peak / 2**20:.1f} MiB: the file was read"
    assert elapsed < 20
    assert {KEPT.name, GOOD.name} <= set(store.load().documents)


def test_a_path_that_does_not_exist_is_named(db: Path, tmp_path: Path, capsys) -> None:
    _fails_alone(db, capsys, tmp_path / "missing.txt", "no such file or folder")


def test_a_folder_without_readable_files_is_reported(db: Path, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n")
    (folder / ".hidden.txt").write_text(FRENCH, encoding="utf-8")
    _fails_alone(db, capsys, folder, "no readable .txt, .html or .htm files in this folder")
    empty = tmp_path / "empty"
    empty.mkdir()
    _fails_alone(db, capsys, empty, "no readable .txt, .html or .htm files in this folder")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_an_unreadable_file_is_named_with_permission_denied(db: Path, tmp_path: Path, capsys) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(FRENCH, encoding="utf-8")
    secret.chmod(0)
    try:
        _fails_alone(db, capsys, secret, "permission denied")
    finally:
        secret.chmod(0o600)


def test_a_symlink_loop_is_named_as_such_given_directly_or_found_in_a_folder(
    db: Path, tmp_path: Path, capsys
) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(loop)
    _fails_alone(db, capsys, loop, "a symlink loop")

    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "barkhane.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    code, lines = _ingest(db, capsys, folder)
    assert code == 1
    loop_line = (
        f"mali-tui: {folder / 'self.txt'}: a symlink loop (the link points back to itself); fix or remove it"
    )
    assert lines == [loop_line]
    assert "barkhane.txt" in _docs(db)


def test_a_broken_symlink_is_named_as_such(db: Path, tmp_path: Path, capsys) -> None:
    link = tmp_path / "moved.txt"
    link.symlink_to(tmp_path / "gone.txt")
    _fails_alone(db, capsys, link, "a broken symlink")


def test_malformed_sidecar_is_ignored_with_a_warning_naming_it(db: Path, tmp_path: Path, capsys) -> None:
    report = tmp_path / "barkhane.txt"
    report.write_text(FRENCH, encoding="utf-8")
    sidecar = tmp_path / "barkhane.meta.json"
    sidecar.write_text('{"published": "2022-08-15", "publisher": "Le Monde",', encoding="utf-8")
    code, lines = _ingest(db, capsys, report)
    assert code == 0
    assert lines == [f"mali-tui: warning: {sidecar}: sidecar ignored: malformed JSON at line 1"]
    assert _docs(db)["barkhane.txt"]["publisher"] != "Le Monde"


def test_a_bad_sidecar_field_is_named_and_the_good_fields_kept(db: Path, tmp_path: Path, capsys) -> None:
    report = tmp_path / "barkhane.txt"
    report.write_text(FRENCH, encoding="utf-8")
    sidecar = tmp_path / "barkhane.meta.json"
    sidecar.write_text('{"published": "le 15 août", "publisher": "Le Monde"}', encoding="utf-8")
    code, lines = _ingest(db, capsys, report)
    assert code == 0
    assert len(lines) == 1 and lines[0].startswith(f"mali-tui: warning: {sidecar}: ignored 'published'")
    assert _docs(db)["barkhane.txt"]["publisher"] == "Le Monde"


@pytest.mark.parametrize(
    "value", ["yesterday", "2023-02-30", "2023-13", "15/08/2022", "20223", "1", "2023-06-12x"]
)
def test_published_that_is_not_a_date_stops_before_any_work(db: Path, capsys, value: str) -> None:
    before = db.read_bytes()
    code, lines = _ingest(db, capsys, "--published", value, GOOD)
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith("mali-tui: --published: ")
    assert db.read_bytes() == before


def test_the_same_file_twice_is_stored_once(db: Path, tmp_path: Path, capsys) -> None:
    capsys.readouterr()
    assert main(["--db", str(db), "ingest", str(KEPT), str(KEPT.parent / "." / KEPT.name)]) == 0
    assert "(0 new, 0 replaced, 1 unchanged)" in capsys.readouterr().out
    snapshot = EventStore(db).load()
    assert list(snapshot.documents) == [KEPT.name]
    assert (
        len({e["id"] for e in snapshot.events})
        == len(snapshot.events)
        == snapshot.documents[KEPT.name]["events"]
    )


def test_a_changed_file_replaces_its_document_and_events(tmp_path: Path, capsys) -> None:
    db = tmp_path / "events.json"
    report = tmp_path / "barkhane.txt"
    report.write_text(FRENCH, encoding="utf-8")
    assert main(["--db", str(db), "ingest", str(report)]) == 0
    first_ids = {e["id"] for e in EventStore(db).load().events}
    added = "Le 9 novembre 2022, Emmanuel Macron a officialisé la fin de l'opération Barkhane.\n"
    report.write_text(FRENCH + added, encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(db), "ingest", str(report)]) == 0
    assert "(0 new, 1 replaced, 0 unchanged)" in capsys.readouterr().out
    snapshot = EventStore(db).load()
    assert list(snapshot.documents) == ["barkhane.txt"]
    assert first_ids < {e["id"] for e in snapshot.events}
    assert any(e["sentence"] == added.strip() for e in snapshot.events)
    text = snapshot.documents["barkhane.txt"]["text"]
    assert all(text[e["start"] : e["end"]] == e["sentence"] for e in snapshot.events)


def test_two_files_of_one_name_in_a_run_are_not_allowed_to_overwrite_each_other(
    db: Path, tmp_path: Path, capsys
) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(FRENCH.replace("lundi", f"lundi ({folder})"), "utf-8")
    code, lines = _ingest(db, capsys, tmp_path / "a", tmp_path / "b")
    assert code == 1
    assert lines == [
        f"mali-tui: {tmp_path / 'b' / 'report.txt'}: same file name as {tmp_path / 'a' / 'report.txt'} "
        "in this run; rename one of them"
    ]
    assert "lundi (a)" in _docs(db)["report.txt"]["text"]
