"""The browser command opens at once: the CLI reads a store's header, the app reads the rest.

A foreign, newer or cut-short store is still refused in one line before the
screen opens; damage further in is left to the app, which shows what it could
read. Country names come from a cache that always agrees with their one
definition.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orjson
import pytest

from store.about.countries import country_name
from store.about.country_names import CACHE_ENV, cached_country_name, country_names
from store.errors import StoreError
from store.storage.schema import SCHEMA_VERSION
from store.storage.store_check import check_store_header, events_in_header

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "seed_store.json"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.json"
    shutil.copy(FIXTURE, path)
    return path


def test_a_sound_store_and_an_absent_one_pass_the_header_check(db: Path, tmp_path: Path) -> None:
    check_store_header(db, SCHEMA_VERSION)
    check_store_header(tmp_path / "nothing-yet.json", SCHEMA_VERSION)


def test_the_header_says_how_many_events_without_reading_them(db: Path) -> None:
    events = sum(1 for line in db.read_bytes().splitlines()[1:] if line.startswith(b'["events",'))
    assert events_in_header(db) == events > 0


def test_another_programs_json_is_refused_in_one_line(tmp_path: Path) -> None:
    other = tmp_path / "settings.json"
    other.write_text('{"theme": "dark", "font": 12}\n', encoding="utf-8")
    with pytest.raises(StoreError, match="not a mali-tui store"):
        check_store_header(other, SCHEMA_VERSION)


def test_a_store_cut_short_by_a_copy_is_refused_before_the_screen_opens(db: Path) -> None:
    raw = db.read_bytes()
    db.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(StoreError, match="cut short"):
        check_store_header(db, SCHEMA_VERSION)


def test_a_newer_schema_is_refused_from_its_meta_line(db: Path) -> None:
    lines = db.read_bytes().splitlines(keepends=True)
    table, key, meta = orjson.loads(lines[1])
    assert table == "meta"
    newer = orjson.dumps([table, key, {**meta, "schema": SCHEMA_VERSION + 1}]) + b"\n"
    head = orjson.loads(lines[0])
    head["size"] += len(newer) - len(lines[1])
    db.write_bytes(orjson.dumps(head) + b"\n" + newer + b"".join(lines[2:]))
    with pytest.raises(StoreError, match="newer than this mali-tui understands"):
        check_store_header(db, SCHEMA_VERSION)


def test_damage_past_the_header_is_left_to_the_browser_s_own_read(db: Path) -> None:
    raw = bytearray(db.read_bytes())
    at = raw.index(b'["events",', len(raw) // 2)
    raw[at : at + 10] = b"#garbage#!"  # same size: the header still matches
    db.write_bytes(bytes(raw))
    check_store_header(db, SCHEMA_VERSION)  # the CLI does not read so far: the app reports it on screen


def test_cached_country_names_are_the_cldr_names_and_survive_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    country_names.cache_clear()
    for code in ("CI", "FR", "ML", "TD", "EU", "XX", "us"):
        assert cached_country_name(code) == country_name(code)
    (written,) = (tmp_path / "cache").glob("country-names-en-*.json")
    country_names.cache_clear()  # a new process: names come from the file
    assert cached_country_name("CI") == "Côte d'Ivoire"
    country_names.cache_clear()
    assert sorted((tmp_path / "cache").glob("country-names-*")) == [written]


def test_two_installs_sharing_a_cache_folder_keep_a_file_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.about import country_names as module

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    names = []
    for install in ("venv-a", "venv-b"):  # the id the folder each install's module was loaded from gives
        country_names.cache_clear()
        monkeypatch.setattr(module, "_install_id", lambda install=install: install)
        assert cached_country_name("ML") == "Mali"
        names.append({p.name for p in tmp_path.glob("country-names-*")})
    country_names.cache_clear()
    assert len(names[0]) == 1 and len(names[1]) == 2  # the second install did not replace the first's


def test_the_first_events_are_written_after_their_own_documents_only(db: Path) -> None:
    from store.storage import storefile
    from store.storage.db import EventStore

    tables = storefile.read(db).tables
    db.write_bytes(storefile.encode(tables, preview_events=5)[0])
    previews = []
    full = EventStore(db).load(texts=False, preview=previews.append, preview_events=5)
    (preview,) = previews
    cited = {event["doc"] for event in preview.events}
    assert len(preview.events) == 5 and set(preview.documents) == cited < set(full.documents)
    assert preview.events == full.events[:5]
    name = preview.events[0]["doc"]
    assert preview.text(name) == storefile.read(db).tables["documents"][_key(tables, name)]["text"]
    assert EventStore(db).load().documents.keys() == full.documents.keys()


def _key(tables: dict, name: str) -> str:
    return next(key for key, row in tables["documents"].items() if row["name"] == name)


def test_cldr_territory_names_come_from_the_cache_without_importing_babel(tmp_path: Path) -> None:
    import subprocess
    import sys

    from babel import Locale

    code = (
        "import json, sys\n"
        "from store.about.country_names import cldr_territories\n"
        "names = cldr_territories('fr')\n"
        "print(json.dumps({'CI': names['CI'], 'count': len(names), 'babel': 'babel' in sys.modules}))\n"
    )
    env = {**os.environ, CACHE_ENV: str(tmp_path)}
    runs = [
        orjson.loads(
            subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True).stdout
        )
        for _ in range(2)
    ]
    expected = Locale.parse("fr").territories
    assert runs[0] == {"CI": expected["CI"], "count": len(expected), "babel": True}  # computed, then kept
    assert runs[1] == {**runs[0], "babel": False}  # read back: no Babel at all
