"""A sentence that opens with "By", "Par", "Por" or "Von" and a lowercase word ("Por la mañana, ...", "Par la
suite, ...", "Von der Leyen sagte ...", "By the end of the day, ...") is body; "By John Smith", "Par Jean
Dupont" and "Por Juan Pérez" stay bylines.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from store.document.boilerplate import classify_blocks
from tests.docs_fixtures import blocks_with

LEAD = {
    "en": "The last Italian trainers left Niger on Tuesday, the defence ministry in Rome said.",
    "fr": "Les derniers formateurs italiens ont quitté le Niger mardi, a indiqué le ministère à Rome.",
    "es": "Los últimos instructores italianos salieron de Níger el martes, informó el ministerio en Roma.",
    "de": "Die letzten italienischen Ausbilder haben Niger am Dienstag verlassen, teilte Rom mit.",
}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "By the end of the day, the army had moved into the base."),
        ("fr", "Par la suite, l'armée nigérienne a pris possession de la base."),
        ("es", "Por la mañana habían entregado la base de Niamey al ejército nigerino."),
        ("de", "Von der Leyen sagte, die Europäische Union bleibe in der Region."),
    ],
)
def test_a_sentence_opening_with_a_preposition_of_authorship_is_body(language: str, sentence: str) -> None:
    text = f"{LEAD[language]}\n\n{sentence}\n"
    assert blocks_with(text, classify_blocks(text, language), sentence[:20])[0].kind == "body"


@pytest.mark.parametrize(
    ("language", "byline"),
    [("en", "By John Smith"), ("fr", "Par Jean Dupont"), ("es", "Por Juan Pérez"), ("de", "Von Hans Müller")],
)
def test_a_name_after_the_preposition_is_a_byline(language: str, byline: str) -> None:
    text = f"Italy leaves Niger\n\n{byline}\n\n{LEAD[language]}\n\n{LEAD[language].replace('Rom', 'Roma')}\n"
    assert blocks_with(text, classify_blocks(text, language), byline)[0].reason == "byline"
