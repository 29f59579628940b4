"""The classes of date errors news makes easy (issue 12), each pinned on sentences written for it."""

from __future__ import annotations

import pytest

from store.dates.mentions import find_mentions
from tests.extract_helpers import event_for, events_of

# --- 1. Future in the past: a plan told in the past tense stays ahead of the moment it was stated ---------


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "The junta asked the mission to begin closing its bases on July 1.", "begin closing"),
        ("fr", "Le gouvernement a demandé que la mission commence son retrait le 1er juillet.", "commence"),
        ("de", "Die Regierung hatte gefordert, dass der Abzug am 1. Juli beginnt.", "Abzug"),
        ("es", "El Gobierno pidió que la retirada comenzara el 1 de julio.", "retirada"),
    ],
)
def test_a_plan_told_in_the_past_is_the_coming_date(language: str, text: str, fragment: str) -> None:
    e = event_for(text, language, "2023-06-28", fragment)
    assert e.target_date == "2023-07-01"
    assert e.date == "2023-06-28" and not e.date_inferred


def test_a_past_event_told_in_the_past_keeps_its_past_date() -> None:
    e = event_for("The convoy left Gao on July 1, officials said.", "en", "2023-08-20", "convoy")
    assert e.date == "2023-07-01" and e.target_date is None


# --- 2. Deadlines after the reference --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "published", "target"),
    [
        ("en", "The unit had been told to leave the camp by April 30.", "2024-02-28", "2024-04-30"),
        ("en", "The last flights are due after January 1.", "2023-12-29", "2024-01-01"),
        ("fr", "Le contingent devait quitter le camp avant le 30 novembre.", "2023-11-14", "2023-11-30"),
        ("vi", "Phái bộ phải rời căn cứ trước ngày 30/11.", "2023-11-14", "2023-11-30"),
        ("de", "Die Truppe soll das Land bis zum 15. September verlassen.", "2024-04-20", "2024-09-15"),
        ("es", "La misión debía salir de la ciudad antes del 30 de noviembre.", "2023-11-14", "2023-11-30"),
    ],
)
def test_a_deadline_is_the_coming_one(language: str, text: str, published: str, target: str) -> None:
    (e,) = events_of(text, language, published)
    assert e.target_date == target and e.date == published


def test_a_deadline_met_days_ago_stays_in_the_past() -> None:
    (e,) = events_of("The battalion had completed its withdrawal by November 30.", "en", "2023-12-05")
    assert e.date == "2023-11-30" and e.target_date is None


# --- 3. "Today" inside a reported statement belongs to the statement's day ------------------------------


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", '"Today the last soldier is home," the ministry said in a statement on Friday.', "Today"),
        ("fr", "« Aujourd'hui, le dernier convoi est parti », a déclaré le porte-parole vendredi.", "convoi"),
        ("vi", '"Hôm nay, đoàn xe cuối cùng đã rời đi", người phát ngôn cho biết hôm thứ Sáu.', "đoàn xe"),
        ("de", '"Heute ist der letzte Konvoi abgefahren", sagte ein Sprecher am Freitag.', "Konvoi"),
        ("es", '"Hoy salió el último convoy", dijo el portavoz el viernes.', "convoy"),
    ],
)
def test_today_in_a_quote_is_the_statement_day(language: str, text: str, fragment: str) -> None:
    dates = {e.date for e in events_of(text, language, "2023-11-13") if fragment in e.sentence}
    assert dates == {"2023-11-10"}  # the Friday before Monday 13 November, never the publication date


# --- 4. Vague starts are months with a modifier ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "date", "mod"),
    [
        ("en", "The first jets left as early as July.", "2024-07", None),
        ("en", "Patrols have been suspended since last month.", "2024-08", None),
        ("fr", "Les convois partent depuis début août.", "2024-08", "early"),
        ("vi", "Từ đầu tháng 7, các binh sĩ đã rời căn cứ.", "2024-07", "early"),
        ("de", "Anfang Juli hatten die ersten Soldaten das Lager verlassen.", "2024-07", "early"),
        ("es", "Las tropas comenzaron a salir a mediados de julio.", "2024-07", "mid"),
    ],
)
def test_a_vague_start_is_a_month(language: str, text: str, date: str, mod: str | None) -> None:
    (e,) = events_of(text, language, "2024-09-12")
    assert (e.date, e.date_precision, e.date_mod) == (date, "month", mod)


# --- 5. Years that name something -----------------------------------------------------------------------


def test_a_year_in_a_name_never_dates_the_event() -> None:
    text = "Beijing unveiled the mascots for the 2008 Olympic Games on Friday."
    (e,) = events_of(text, "en", "2005-11-12")
    assert e.date == "2005-11-11"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The 2015 peace agreement between the rebels and the state remains in force, envoys said."),
        ("fr", "L'accord de paix de 2015 n'est plus appliqué, selon des diplomates."),
        ("de", "Das Abkommen aus dem Jahr 2015 bleibt nach Angaben von Diplomaten in Kraft."),
        ("es", "El acuerdo de paz de 2015 sigue vigente, según varios diplomáticos."),
    ],
)
def test_the_year_of_an_agreement_still_in_force_is_not_the_event_date(language: str, text: str) -> None:
    for e in events_of(text, language, "2022-08-16"):
        assert e.date != "2015"


def test_a_named_year_told_in_the_past_dates_that_occurrence() -> None:
    (e,) = events_of("The 2012 uprising drove the army out of the north.", "en", "2023-08-16")
    assert e.date == "2012"


def test_a_world_cup_year_is_part_of_the_name() -> None:
    (m,) = find_mentions("La Coupe du monde 2014 a été suivie dans tout le pays.", "fr")
    assert m.named == "name"


# --- 6. Numbers with separators are read whole ----------------------------------------------------------


@pytest.mark.parametrize("written", ["about 1,500 years ago", "some 2, 300 years ago", "il y a 1 500 ans"])
def test_a_grouped_number_of_years_ago_is_read_whole(written: str) -> None:
    language = "fr" if written.startswith("il") else "en"
    (m,) = find_mentions(f"Caravans crossed the desert {written}.", language)
    assert m.offset in (-1500, -2300) and m.approximate


def test_centuries_ago_before_year_one_give_no_date() -> None:
    events = events_of("Some 2, 300 years ago the region was green, geologists say.", "en", "2005-03-01")
    assert all(e.date is None or e.date_precision == "year" for e in events)


def test_fifteen_thousand_soldiers_stay_one_number() -> None:
    assert find_mentions("La mission compte 15 000 soldats.", "fr") == []


# --- no corpus-specific constants: a capitalised "-ed" word inside a sentence is a name ------------------


def test_a_unit_name_ending_in_ed_is_not_a_past_tense() -> None:
    from store.dates.tense import tense_at

    sentence = "Soldiers of the 2nd Mechanised Company patrol Gao every Friday."
    at = sentence.index("Friday")
    assert tense_at(sentence, at, at + len("Friday"), "en") is None


def test_a_year_before_a_place_name_is_a_date() -> None:
    (m,) = find_mentions("Since 2013 Mali has hosted the mission.", "en")
    assert m.year == 2013 and m.named is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ministry said on Friday that the last convoy had left Gao today."),
        ("fr", "Le ministère a indiqué vendredi que le dernier convoi avait quitté Gao aujourd'hui."),
        ("de", "Das Ministerium erklärte am Freitag, dass der letzte Konvoi heute Gao verlassen habe."),
        ("es", "El ministerio dijo el viernes que el último convoy salió hoy de Gao."),
    ],
)
def test_today_in_a_reported_statement_is_the_statement_day(language: str, text: str) -> None:
    assert {e.date for e in events_of(text, language, "2023-11-13")} == {"2023-11-10"}


@pytest.mark.parametrize(
    ("language", "text", "fragment"),
    [
        ("en", "In a speech on March 3, the president announced the end of the mission.", "speech"),
        ("fr", "Le ministre a annoncé que le convoi est parti le 3 mars.", "convoi"),
    ],
)
def test_a_past_event_without_a_plan_stays_in_the_past(language: str, text: str, fragment: str) -> None:
    e = event_for(text, language, "2024-02-20", fragment)
    assert e.date == "2023-03-03" and e.target_date is None


@pytest.mark.parametrize(
    ("language", "text", "published", "target"),
    [
        ("fr", "Le contrat expire le 30 juin et doit être renouvelé d'ici là.", "2023-06-17", "2023-06-30"),
        ("fr", "Le transfert doit être achevé au plus tard le 15 septembre.", "2024-07-08", "2024-09-15"),
        ("fr", "Le camp sera remis aux autorités locales début août.", "2024-07-08", "2024-08"),
        (
            "es",
            "El campamento será entregado a las autoridades a principios de agosto.",
            "2024-07-08",
            "2024-08",
        ),
    ],
)
def test_passive_infinitives_and_nouns_in_te_are_not_the_past(
    language: str, text: str, published: str, target: str
) -> None:
    (e,) = events_of(text, language, published)
    assert e.target_date == target and e.date == published


def test_a_year_after_a_german_verb_is_a_date() -> None:
    (e,) = events_of("Der Einsatz war 2013 begonnen worden.", "de", "2023-12-29")
    assert e.date == "2013"
