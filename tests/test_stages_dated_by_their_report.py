"""A withdrawal stage dated only by its report's day (no date in its sentence) was not told of that day:
"Die Operation soll das Land bis zum Spätsommer verlassen" in a report of Monday is no stage of the camp
handed over on Monday, in the sentence before or in another report. A stage its sentence dates ("announced
on Monday") still is (tests/test_linking_stages.py).

Every sentence here is written for these tests (de, en, fr, es), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

from tests.linking_helpers import event_of, ingest, write_reports


def test_a_plan_dated_only_by_its_report_is_no_stage_of_that_days_handover(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "de.txt": (
                "2024-06-03",
                "Die belgische Armee hat am Montag ihren Stützpunkt in Tillia an die nigrischen Streitkräfte "
                "übergeben. "
                "Die belgischen Soldaten sollen Niger bis zum Spätsommer vollständig verlassen.",
            ),
            "fr.txt": (
                "2024-06-04",
                "Les soldats belges ont remis lundi le camp de Tillia à l'armée nigérienne.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    plan, handed, other = event_of(events, "sollen"), event_of(events, "übergeben"), event_of(events, "remis")
    assert plan["type"] == "withdrawal_announced"
    assert handed["cluster"] == other["cluster"]
    assert plan["cluster"] not in {handed["cluster"], other["cluster"]}


def test_a_plan_whose_sentence_dates_it_still_links_with_that_days_completion(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": ("2024-06-04", "Belgium said on Monday it would withdraw all its soldiers from Niger."),
            "es.txt": (
                "2024-06-04",
                "Los últimos soldados belgas abandonaron Níger el lunes, según el ministerio.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert event_of(events, "would withdraw")["cluster"] == event_of(events, "abandonaron")["cluster"]
