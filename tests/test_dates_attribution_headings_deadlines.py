"""Three error classes of dates8: a trailing "officials said" gives no tense to what was said; the date that
heads a chronology's entry is its main verb's, not that of a future in a clause it governs; a date named
"as the deadline" is a deadline, as "by" before it would make it.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "A farewell ceremony is planned for March 3, officials said.", "ceremony"),
        ("fr", "Une cérémonie d'adieu est prévue le 3 mars, ont indiqué des responsables.", "cérémonie"),
        ("de", "Eine Abschiedszeremonie ist für den 3. März geplant, sagten Beamte.", "Abschiedszeremonie"),
        (
            "es",
            "Una ceremonia de despedida está prevista para el 3 de marzo, dijeron fuentes oficiales.",
            "ceremonia",
        ),
    ],
)
def test_a_trailing_attribution_does_not_put_a_plan_in_the_past(
    language: str, text: str, fragment: str
) -> None:
    event = event_for(f"Headline\n\n{text}\n", language, "2025-02-20", fragment)
    assert (event.date, event.target_date) == ("2025-02-20", "2025-03-03")


def test_a_trailing_attribution_leaves_a_past_act_in_the_past() -> None:
    event = event_for(
        "Headline\n\nThe convoy left the camp on Feb. 3, officials said.\n", "en", "2025-02-20", "convoy"
    )
    assert (event.date, event.target_date) == ("2025-02-03", None)


@pytest.mark.parametrize(
    ("language", "entry", "fragment"),
    [
        ("en", "April 9 - The ministry confirms that the last unit will leave the base.", "ministry"),
        ("fr", "9 avril : le ministère confirme que la dernière unité quittera la base.", "ministère"),
        (
            "de",
            "9. April: Das Ministerium bestätigt, dass die letzte Einheit den Stützpunkt verlassen wird.",
            "Ministerium",
        ),
        ("es", "9 de abril: el ministerio confirma que la última unidad abandonará la base.", "ministerio"),
    ],
)
def test_the_date_heading_an_entry_is_its_main_verbs(language: str, entry: str, fragment: str) -> None:
    text = f"Headline\n\nKey dates:\n\n{entry}\n"
    event = event_for(text, language, "2025-05-02", fragment)
    assert (event.date, event.target_date) == ("2025-04-09", None)


@pytest.mark.parametrize(
    ("language", "entry", "fragment"),
    [
        ("en", "May 20: Paris and Niamey set September 30 as the deadline for the pullout.", "deadline"),
        ("fr", "20 mai : Paris et Niamey retiennent le 30 septembre comme date butoir du retrait.", "butoir"),
        ("de", "20. Mai: Paris und Niamey setzen den 30. September als Frist für den Abzug.", "Frist"),
        (
            "es",
            "20 de mayo: París y Niamey fijan el 30 de septiembre como fecha límite de la retirada.",
            "límite",
        ),
        ("vi", "20/5: Pháp và Niger lấy ngày 30/9 làm hạn chót cho việc rút quân.", "hạn chót"),
    ],
)
def test_a_date_named_as_the_deadline_lies_ahead_of_its_entry(
    language: str, entry: str, fragment: str
) -> None:
    found = [e for e in events_of(f"Headline\n\n{entry}\n", language, "2024-06-03") if fragment in e.sentence]
    assert [(e.date, e.target_date) for e in found] == [("2024-05-20", "2024-09-30")]
