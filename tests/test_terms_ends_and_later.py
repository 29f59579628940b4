"""Terms that end on a date told in the present, obligations, "the end of the year", irregular futures,
"N years later" inside a clause, idioms that look like a past, and German weekday compounds.

Sentences written for these tests (none from the seeds or the quality corpus).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of


def _one(text: str, language: str, published: str | None, fragment: str) -> tuple:
    e = event_for(f"Headline\n\n{text}\n", language, published, fragment)
    return e.date, e.date_precision, e.target_date


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The mandate of the training mission expires on May 31.", "mandate"),
        ("fr", "Le mandat de la mission de formation expire le 31 mai.", "mandat"),
        ("de", "Das Mandat der Ausbildungsmission läuft am 31. Mai aus.", "Mandat"),
        ("de", "Der Einsatz der Ausbildungsmission endet am 31. Mai.", "Einsatz"),
    ],
)
def test_a_term_that_ends_on_a_date_told_in_the_present_ends_ahead(
    language: str, text: str, fragment: str
) -> None:
    assert _one(text, language, "2024-02-12", fragment) == ("2024-02-12", "day", "2024-05-31")


def test_a_term_that_ended_is_still_read_in_the_past() -> None:
    text = "Das Mandat der Ausbildungsmission war am 31. Mai ausgelaufen."
    assert _one(text, "de", "2024-02-12", "Mandat")[:2] == ("2023-05-31", "day")


def test_a_vietnamese_obligation_sets_a_deadline_ahead_but_a_met_one_stays_past() -> None:
    ahead = "Theo thỏa thuận, lực lượng Pháp phải hoàn tất việc rút quân trước ngày 30/4."
    assert _one(ahead, "vi", "2024-02-12", "phải") == ("2024-02-12", "day", "2024-04-30")
    met = "Lực lượng Pháp đã phải rút khỏi căn cứ hôm 2/2."
    assert _one(met, "vi", "2024-02-12", "rút")[:2] == ("2024-02-02", "day")


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("fr", "Le retrait sera achevé d'ici la fin de l'année, a précisé lundi le ministre.", "retrait"),
        ("es", "La retirada estará terminada antes de fin de año, dijo el lunes el ministro.", "retirada"),
        (
            "en",
            "The withdrawal will be over by the end of the year, the minister said on Monday.",
            "withdrawal",
        ),
    ],
)
def test_the_end_of_the_year_is_the_target_of_a_statement_dated_by_its_day(
    language: str, text: str, fragment: str
) -> None:
    assert _one(text, language, "2024-02-14", fragment) == ("2024-02-12", "day", "2024")


def test_the_end_of_last_year_is_not_this_year() -> None:
    text = "Les soldats ont quitté le pays à la fin de l'année dernière."
    assert _one(text, "fr", "2024-02-14", "soldats")[:2] == ("2023", "year")


def test_an_irregular_spanish_future_makes_this_month_a_target() -> None:
    text = "Los primeros soldados saldrán del cuartel de Gao este mes."
    assert _one(text, "es", "2024-02-14", "saldrán") == ("2024-02-14", "day", "2024-02")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("L'accord de Lomé de 2019 est désormais caduc, selon les diplomates.", "Lomé"),
        ("Le traité de 2019 est désormais lettre morte, estiment les diplomates.", "traité"),
    ],
)
def test_a_year_that_says_which_text_is_not_dated_by_an_idiom_or_a_town_that_looks_past(
    text: str, fragment: str
) -> None:
    # "lettre morte" is a dead letter, "Lomé" a town: neither tells that 2019 is when this happened
    assert _one(text, "fr", "2024-02-14", fragment)[:2] == ("2024-02-14", "day")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Germany joined the mission in 2013 and two years later sent troops to Gao."),
        ("vi", "Đức tham gia phái bộ từ năm 2013 và hai năm sau đã đưa binh sĩ tới Gao."),
    ],
)
def test_years_later_inside_a_sentence_count_from_its_year(language: str, text: str) -> None:
    # the joining keeps 2013; the sending, "two years later", is 2015 (not 2013, not a year from today)
    dates = {e.date for e in events_of(f"Headline\n\n{text}\n", language, "2024-02-14")}
    assert dates == {"2013", "2015"}


def test_later_than_planned_is_no_count_of_years() -> None:
    text = "The convoy left Gao two days later than planned in 2023."
    dates = {e.date for e in events_of(f"Headline\n\n{text}\n", "en", "2024-02-14")}
    assert dates == {"2023"}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Die letzten Soldaten haben am Montagabend Mali verlassen.", "2024-03-11"),
        ("Am Dienstagmorgen zogen die letzten Soldaten aus Mali ab.", "2024-03-12"),
        ("Ein Konvoi mit 200 Soldaten verließ Gao am Samstagnachmittag.", "2024-03-09"),
    ],
)
def test_a_german_weekday_with_a_part_of_the_day_is_that_day(text: str, day: str) -> None:
    assert _one(text, "de", "2024-03-13", "Soldaten")[:2] == (day, "day")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Niger hat das Abkommen über die militärische Zusammenarbeit mit den USA aufgekündigt.",
        ),
        ("en", "Niger on Wednesday tore up its military cooperation accord with the United States."),
    ],
)
def test_ending_a_defence_pact_is_a_statement_that_announces_a_withdrawal(language: str, text: str) -> None:
    from store.about.event_types import classify_event, reported_kinds

    # German puts the verb after the pact; either way the end of the pact tells the troops will go
    assert classify_event(text, language) == "statement"
    assert "withdrawal_announced" in reported_kinds(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Die Bundeswehr wird ihre Hubschrauber in den nächsten Wochen aus Gao abziehen, sagte er.",
        ),
        (
            "fr",
            "L'armée retirera ses hélicoptères de Gao dans les prochaines semaines, a-t-il dit.",
        ),
    ],
)
def test_a_withdrawal_to_come_whose_verb_closes_the_clause_is_announced_that_day(
    language: str, text: str
) -> None:
    e = event_for(f"Headline\n\n{text}\n", language, "2024-02-14", "Gao")
    assert (e.type, e.date, e.target_date) == ("withdrawal_announced", "2024-02-14", None)


def test_a_must_far_from_its_verb_in_a_spanish_clause_stays_a_statement() -> None:
    text = "Faye afirmó el jueves que Francia deberá cerrar sus bases en el país y retirar a sus soldados."
    assert event_for(f"Headline\n\n{text}\n", "es", "2024-02-16", "Francia").type != "withdrawal_announced"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les quelque 300 soldats seront redéployés au Tchad voisin, a indiqué l'état-major."),
        ("en", "The 300 soldiers will be redeployed to neighbouring Chad, the general staff said."),
    ],
)
def test_a_deployment_to_come_told_with_no_date_is_announced_as_of_the_report(
    language: str, text: str
) -> None:
    e = event_for(f"Headline\n\n{text}\n", language, "2024-02-14", "300")
    assert (e.type, e.date, e.date_inferred) == ("deployment", "2024-02-14", False)
    assert "deployment still to come" in (e.date_reason or "")


def test_a_german_mission_that_ends_at_year_end_is_a_target_of_the_report() -> None:
    text = "Die Ausbildungsmission endet offiziell zum Jahresende."
    assert _one(text, "de", "2024-02-14", "Ausbildungsmission") == ("2024-02-14", "day", "2024")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Die letzten belgischen Soldaten verließen Niger 2023.", "2023"),
        ("Belgien hatte die Ausbildungsmission New Nation 2018 gestartet.", "2018"),
    ],
)
def test_a_german_year_after_a_noun_is_a_date_not_a_name(text: str, year: str) -> None:
    # German capitalises every noun: "Niger 2023" is Niger in 2023, not a thing called that
    assert _one(text, "de", "2024-02-14", "20")[:2] == (year, "year")


def test_a_german_acronym_before_a_year_still_names_it() -> None:
    text = "Die Blauhelme verließen Mali lange nach der WM 2014, am Freitag."
    assert _one(text, "de", "2024-02-16", "WM")[:2] == ("2024-02-16", "day")


def test_german_start_of_the_week_is_read_as_this_week() -> None:
    text = "Anfang der Woche hatten Soldaten das Lager in Gao in Mali geräumt."
    # as "earlier this week": this week, shown at the month's precision
    assert _one(text, "de", "2024-03-14", "Lager")[:2] == ("2024-03", "month")
