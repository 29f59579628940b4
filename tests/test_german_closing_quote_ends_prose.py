"""A paragraph that ends with a quotation closed after its stop is prose whatever the closing mark: German
closes „…“ and ‚…‘ with the marks English opens with ("sagte am Freitag: „Unser Einsatz ist beendet.“"),
as English ends on ”, French on ».

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.document.boilerplate import classify_blocks
from tests.extract_helpers import event_for

PUBLISHED = "2024-08-31"  # a Saturday


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        (
            "de",
            "Der Kommandeur sagte am Freitag in Wunstorf: „Unser Einsatz in Niger ist beendet.“",
            "Kommandeur",
        ),
        (
            "de",
            "Der Kommandeur sagte am Freitag in Wunstorf: ‚Unser Einsatz in Niger ist beendet.‘",
            "Kommandeur",
        ),
        ("en", "The commander said on Friday in Wunstorf: “Our mission in Niger is over.”", "commander"),
        (
            "fr",
            "Le commandant a déclaré vendredi à Wunstorf : « Notre mission au Niger est terminée. »",
            "commandant",
        ),
    ],
)
def test_a_quote_closed_after_its_stop_is_body(language: str, text: str, fragment: str) -> None:
    report = f"Headline\n\n{text}\n"
    kinds = [b.kind for b in classify_blocks(report, language) if fragment in report[b.start : b.end]]
    assert kinds == ["body"]
    assert event_for(report, language, PUBLISHED, fragment).date == "2024-08-30"
