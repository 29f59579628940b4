"""A report typed a statement or left untyped because its words for the act are not among the type cues,
told of the act's day and naming exactly what identifies it, is that act
(store/linking/silent_reports.py); another country, another kind told, or only its report's day keep it
apart."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

from store.linking.compatibility import compatible, profile

EXPULSION = (
    "2025-03-15",
    "Le Niger expulse deux diplomates\n\nNIAMEY, 15 mars 2025 (AFP) - Le Niger a expulsé vendredi deux "
    "diplomates béninois accusés d'espionnage.\n",
)


def test_statements_of_an_expulsion_in_words_the_types_do_not_know_join_it(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": EXPULSION,
            "en.txt": (
                "2025-03-15",
                "COTONOU, March 15 (Sahel Wire) - Benin's government said on Saturday that Niger had shown "
                "two of its diplomats the door on Friday.\n",
            ),
            "vi.txt": (
                "2025-03-16",
                "Niger và Benin căng thẳng\n\nBộ Ngoại giao Benin cho biết hôm thứ Sáu Niger đã buộc hai nhà "
                "ngoại giao của nước này về nước.\n",
            ),
            "de.txt": (
                "2025-03-16",
                "Niger hat am Freitag zwei beninische Diplomaten vor die Tür gesetzt, teilte das "
                "Außenministerium in Cotonou mit.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    act = event_of(events, "a expulsé vendredi")
    assert act["type"] == "expulsion"
    for fragment in ("shown two of its diplomats the door", "buộc hai nhà ngoại giao", "vor die Tür gesetzt"):
        told = [e for e in events if fragment in e["sentence"] and e["date"] == "2025-03-14"]
        assert told and told[0]["type"] == "statement", fragment
        assert told[0]["cluster"] == act["cluster"], fragment


def test_a_statement_of_that_day_at_the_camp_handed_over_joins_the_handover(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2023-11-07",
                "BAMAKO, 7 novembre 2023 (AFP) - La Minusma a rétrocédé mardi son camp d'Ansongo aux Forces "
                "armées maliennes.\n",
            ),
            "en.txt": (
                "2023-11-08",
                "GAO, Nov 8 (Sahel Wire) - The U.N. mission said its camp in Ansongo was in Malian hands on "
                "Tuesday.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    act = event_of(events, "a rétrocédé mardi")
    said = event_of(events, "was in Malian hands")
    assert act["type"] == "handover" and said["type"] == "statement"
    assert said["cluster"] == act["cluster"]


def test_a_statement_naming_another_government_stays_apart(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": EXPULSION,
            "en.txt": (
                "2025-03-15",
                "LOME, March 15 (Sahel Wire) - Togo's government said on Friday that Niger and Benin should "
                "talk.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert event_of(events, "should talk")["cluster"] != event_of(events, "a expulsé vendredi")["cluster"]


def test_a_statement_telling_another_kind_stays_apart(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": EXPULSION,
            "en.txt": (
                "2025-03-15",
                "COTONOU, March 15 (Sahel Wire) - Benin said on Friday that gunmen from Niger had attacked a "
                "border post, killing two soldiers.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    other = event_of(events, "border post")
    assert other["date"] == "2025-03-14"
    assert other["cluster"] != event_of(events, "a expulsé vendredi")["cluster"]


def _record(
    event_id: str, kind: str, sentence: str, language: str, date_text: str | None
) -> dict[str, object]:
    return {
        "id": event_id,
        "doc": f"{event_id}.txt",
        "start": 0,
        "date": "2025-03-15",
        "date_precision": "day",
        "date_text": date_text,
        "type": kind,
        "countries": ["BJ", "NE"],
        "places": [],
        "sentence": sentence,
        "language": language,
    }


def test_an_act_dated_only_by_its_publication_is_not_told_of_that_day() -> None:
    said = profile(
        _record(
            "b",
            "statement",
            "Benin's government said on Saturday that Niger had shown two of its diplomats the door.",
            "en",
            "on Saturday",
        )
    )
    told = profile(
        _record("a", "expulsion", "Le Niger a expulsé samedi deux diplomates béninois.", "fr", "samedi")
    )
    undated = profile(_record("a", "expulsion", "Le Niger a expulsé deux diplomates béninois.", "fr", None))
    assert compatible(said, told, frozenset()) is not None
    assert compatible(said, undated, frozenset()) is None
