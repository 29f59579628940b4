"""An undated chronology entry that names an operation takes a year within the operation's run when the
list allows it, not the latest year the months reported after its end would allow.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of


def _years(text: str, language: str) -> list[tuple[str, bool]]:
    return [(e.date[:4], e.date_inferred) for e in events_of(text, language) if e.date]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Chronik: Takuba\n\n12. Januar: Estnische Spezialkräfte stoßen zur Task Force Takuba.\n\n"
            "3. März: Die Task Force Takuba meldet schwere Gefechte bei Ménaka.\n",
        ),
        (
            "fr",
            "Chronologie : Takuba\n\n12 janvier : des forces spéciales estoniennes rejoignent la task force "
            "Takuba.\n\n3 mars : la task force Takuba signale de violents combats près de Ménaka.\n",
        ),
        (
            "en",
            "Timeline: Takuba\n\nJan. 12: Estonian special forces join Task Force Takuba.\n\n"
            "March 3: Task Force Takuba reports heavy fighting near Ménaka.\n",
        ),
    ],
)
def test_an_entry_naming_an_operation_falls_within_its_run(language: str, text: str) -> None:
    # Takuba ended on 30 June 2022 (operations.csv): March 2023 is allowed only as a late report
    assert _years(text, language) == [("2022", True), ("2022", True)]


def test_the_run_gives_way_to_an_office_holder_who_came_later() -> None:
    # Boris Pistorius became defence minister in January 2023, after Takuba ended: the entry that names
    # both keeps the late-report year, the one above it stays within the run
    text = (
        "Chronik\n\n12. Januar: Estnische Soldaten stoßen zur Task Force Takuba.\n\n"
        "8. März: Verteidigungsminister Boris Pistorius trifft frühere Soldaten der Task Force Takuba.\n"
    )
    assert _years(text, "de") == [("2022", True), ("2023", True)]
