"""Exports other tools read: ACLED's columns and codes, TimelineJS's documented JSON structure."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest

from store import __version__
from store.exports.acled import COLUMNS, acled_csv, acled_rows
from store.exports.timelinejs import timeline_json
from store.storage.correction_writes import set_correction
from store.storage.db import EventStore
from tui.cli import main

SEED_STORE = Path(__file__).parent / "fixtures" / "seed_store.json"


def ev(
    i: int, sentence: str, kind: str, countries: list[str], date: str | None, precision: str | None, **kw: Any
):
    return {
        "id": f"id{i}",
        "doc": "report.txt",
        "sentence": sentence,
        "title": kw.pop("title", "Egypt: withdrawal completed"),
        "type": kind,
        "countries": countries,
        "places": kw.pop("places", []),
        "figures": kw.pop("figures", []),
        "date": date,
        "date_precision": precision,
        "date_inferred": kw.pop("inferred", False),
        "language": "en",
        **kw,
    }


DOCS = {"report.txt": {"publisher": "Example Wire", "published": "2023-08-03", "extractor": "1"}}
EGYPT_LEFT = ev(
    1,
    "The last Egyptian peacekeepers left Mali on 2 August.",
    "withdrawal_completed",
    ["EG", "ML"],
    "2023-08-02",
    "day",
    places=["Kidal region", "Tessalit"],
)
EGYPT_MONTH = ev(
    2,
    "Egypt began withdrawing its troops from Mali in July.",
    "withdrawal_started",
    ["EG", "ML"],
    "2023-07",
    "month",
)
YEAR_ONLY = ev(3, "France deployed a force to Mali in 2013.", "deployment", ["FR", "ML"], "2013", "year")
UNDATED = ev(4, "Peacekeepers were killed in the north.", "casualties", ["ML"], None, None)
AMBUSH = ev(
    5,
    "Gunmen killed 12 soldiers near Ménaka.",
    "attack",
    ["ML"],
    "2022-03-05",
    "day",
    figures=[{"value": 12, "unit": "killed", "text": "killed 12 soldiers"}],
)


# --- ACLED ------------------------------------------------------------------------------------------------


def test_acled_maps_a_withdrawal_to_a_strategic_development_with_its_actor_and_place() -> None:
    rows, _ = acled_rows([EGYPT_LEFT], DOCS)
    (row,) = rows
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Strategic developments",
        "Strategic developments",
        "Change to group/activity",
    )
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2023-08-02", 2023, 1)
    assert (row["actor1"], row["inter1"], row["country"]) == ("Military Forces of Egypt", 8, "Mali")
    assert (row["admin1"], row["location"], row["source"]) == ("Kidal", "Tessalit", "Example Wire")
    assert row["notes"] == EGYPT_LEFT["sentence"]


def test_acled_codes_a_month_as_precision_3_and_leaves_out_years_and_undated_events() -> None:
    rows, left_out = acled_rows([EGYPT_MONTH, YEAR_ONLY, UNDATED], DOCS)
    assert [(r["event_date"], r["time_precision"]) for r in rows] == [("2023-07-15", 3)]
    assert left_out == 2


def test_acled_puts_early_and_late_months_on_their_first_and_last_day() -> None:
    early = {**EGYPT_MONTH, "id": "e-early", "date": "2024-02", "date_mod": "early"}
    late = {**EGYPT_MONTH, "id": "e-late", "date": "2024-02", "date_mod": "late"}
    mid = {**EGYPT_MONTH, "id": "e-mid", "date": "2024-02", "date_mod": "mid"}
    rows, _ = acled_rows([early, late, mid], DOCS)
    assert [(r["event_date"], r["time_precision"]) for r in rows] == [
        ("2024-02-01", 3),
        ("2024-02-29", 3),
        ("2024-02-15", 3),
    ]


def test_acled_attacks_are_political_violence_with_their_fatalities() -> None:
    (row,) = acled_rows([AMBUSH], DOCS)[0]
    assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == (
        "Political violence",
        "Battles",
        "Armed clash",
    )
    assert row["fatalities"] == 12


def test_acled_has_one_row_per_event_and_country() -> None:
    statement = ev(
        6, "Germany and Mali signed a memorandum in Bamako.", "agreement", ["DE", "ML"], "2021-05-10", "day"
    )
    rows, _ = acled_rows([statement], DOCS)
    assert sorted(r["country"] for r in rows) == ["Germany", "Mali"]
    assert len({r["event_id_cnty"] for r in rows}) == 2


def test_acled_csv_has_the_columns_says_who_made_it_and_disarms_formulas() -> None:
    hostile = ev(
        7,
        '=HYPERLINK("http://x") said the French troops left Mali.',
        "withdrawal_completed",
        ["FR", "ML"],
        "2022-08-15",
        "day",
    )
    made = acled_csv([hostile, YEAR_ONLY], DOCS)
    rows = list(csv.reader(io.StringIO(made.text)))
    assert tuple(rows[0]) == COLUMNS
    record = dict(zip(COLUMNS, rows[1], strict=True))
    assert record["notes"].startswith("'=HYPERLINK")
    assert record["generator"] == f"mali-tui {__version__}, extractor 1"
    assert (made.rows, made.left_out) == (1, 1)


def _store_copy(tmp_path: Path) -> Path:
    db = tmp_path / "events.json"
    shutil.copy(SEED_STORE, db)
    return db


def test_acled_export_honours_filters_and_corrections_and_counts_what_it_leaves_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store_copy(tmp_path)
    store = EventStore(db)
    egypt = next(
        e for e in store.load().events if e["type"] == "withdrawal_completed" and "EG" in e["countries"]
    )
    set_correction(store, egypt["id"], date="2023-09-01")
    assert main(["--db", str(db), "export", "--format", "acled", "--text", "Égypte"]) == 0
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows and all(r["actor1"] == "Military Forces of Egypt" for r in rows)
    assert "2023-09-01" in {r["event_date"] for r in rows}
    assert main(["--db", str(db), "export", "--format", "acled"]) == 0
    out, err = capsys.readouterr()
    assert "events left out of the acled export" in err and "year" in err


# --- TimelineJS ---------------------------------------------------------------------------------------------

# The structure documented at timeline.knightlab.com/docs/json-format.html, written as a JSON Schema.
_DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": ["integer", "string"]},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer"},
        "minute": {"type": "integer"},
        "second": {"type": "integer"},
        "millisecond": {"type": "integer"},
        "display_date": {"type": "string"},
    },
    "additionalProperties": False,
}
_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
_SLIDE_PROPERTIES = {
    "start_date": _DATE,
    "end_date": _DATE,
    "text": _TEXT,
    "media": {"type": "object", "required": ["url"]},
    "group": {"type": "string"},
    "display_date": {"type": "string"},
    "background": {"type": "object"},
    "autolink": {"type": "boolean"},
    "unique_id": {"type": "string"},
}
TIMELINEJS_SCHEMA = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date"],
                "properties": _SLIDE_PROPERTIES,
                "additionalProperties": False,
            },
        },
        "title": {"type": "object", "properties": _SLIDE_PROPERTIES, "additionalProperties": False},
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}


def test_timelinejs_file_validates_against_the_documented_structure() -> None:
    made = timeline_json([EGYPT_LEFT, EGYPT_MONTH, YEAR_ONLY, AMBUSH, UNDATED], DOCS)
    body = orjson.loads(made.text)
    jsonschema.validate(body, TIMELINEJS_SCHEMA)
    assert (made.slides, made.left_out) == (4, 1)


def test_timelinejs_dates_are_as_precise_as_reported() -> None:
    inferred = {**EGYPT_LEFT, "date_inferred": True}
    body = orjson.loads(timeline_json([inferred, EGYPT_MONTH, YEAR_ONLY], DOCS).text)
    dates = [s["start_date"] for s in body["events"]]
    assert dates[0] == {"year": 2023, "month": 8, "day": 2, "display_date": "~2023-08-02, inferred"}
    assert dates[1] == {"year": 2023, "month": 7, "display_date": "2023-07"}
    assert dates[2] == {"year": 2013, "display_date": "2013"}


def test_timelinejs_slides_carry_title_sentence_source_and_force() -> None:
    body = orjson.loads(timeline_json([EGYPT_LEFT, AMBUSH], DOCS).text)
    egypt, ambush = body["events"]
    assert egypt["text"]["headline"] == "Egypt: withdrawal completed"
    assert "The last Egyptian peacekeepers left Mali" in egypt["text"]["text"]
    assert "Example Wire" in egypt["text"]["text"]
    assert egypt["group"] == "Egypt in Mali"
    assert ambush["group"] == "attack"
    assert f"mali-tui {__version__}, extractor 1" in body["title"]["text"]["text"]


def test_timelinejs_escapes_document_html() -> None:
    hostile = {**EGYPT_LEFT, "sentence": "Egypt left <script>alert(1)</script> Mali.", "title": "<b>x</b>"}
    body = orjson.loads(timeline_json([hostile], DOCS).text)
    slide = body["events"][0]
    assert "<script>" not in slide["text"]["text"] and "&lt;script&gt;" in slide["text"]["text"]
    assert slide["text"]["headline"] == "&lt;b&gt;x&lt;/b&gt;"


def test_timelinejs_export_from_the_command_line_honours_filters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store_copy(tmp_path)
    out_file = tmp_path / "timeline.json"
    argv = ["--db", str(db), "export", "--format", "timelinejs", "--text", "Đức", "--output", str(out_file)]
    assert main(argv) == 0
    body = orjson.loads(out_file.read_bytes())
    jsonschema.validate(body, TIMELINEJS_SCHEMA)
    assert body["events"] and all("Germany" in s["text"]["headline"] for s in body["events"])


def test_an_export_of_one_force_has_the_events_of_its_board_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _store_copy(tmp_path)
    assert main(["--db", str(db), "board", "--format", "json"]) == 0
    rows = orjson.loads(capsys.readouterr().out)["rows"]
    egypt = next(r for r in rows if r["key"] == "EG@ML")
    assert main(["--db", str(db), "export", "--force", "EG@ML"]) == 0
    exported = [orjson.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert sorted(exported) == sorted(egypt["events"])


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_jsonl_or_csv_file_says_which_mali_tui_and_extractor_made_it_beside_it(
    tmp_path: Path, fmt: str
) -> None:
    db = _store_copy(tmp_path)
    out = tmp_path / f"events.{fmt}"
    assert main(["--db", str(db), "export", "--format", fmt, "--output", str(out)]) == 0
    made = orjson.loads((tmp_path / f"events.{fmt}.provenance.json").read_bytes())
    extractors = {str(d.get("extractor")) for d in EventStore(db).load().documents.values()}
    assert made["generator"] == "mali-tui" and made["version"] == __version__
    assert set(made["extractor"].split(", ")) == extractors
    first = out.read_text(encoding="utf-8").splitlines()[0]
    assert "mali-tui" not in first  # the rows themselves keep exactly the documented fields
