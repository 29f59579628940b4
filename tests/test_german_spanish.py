"""German and Spanish as supported languages: dates, countries, event types, figures, sentences."""

from __future__ import annotations

import pytest

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.about.figures import find_figures
from store.dates.mentions import find_mentions
from store.document.language import detect_language
from store.document.sentences import split_sentences
from tests.extract_helpers import events_of


def spans(sentence: str, language: str) -> list[tuple[str, str, int | None, int | None, str | None]]:
    return [(m.text, m.kind, m.month, m.day, m.mod) for m in find_mentions(sentence, language)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Truppe zog vor zwei Wochen ab.", ("vor zwei Wochen", "relative", None, None, None)),
        ("Die Soldaten landeten am Dienstag in Gao.", ("am Dienstag", "weekday", None, None, None)),
        ("Anfang Dezember wurde das Lager geräumt.", ("Anfang Dezember", "absolute", 12, None, "early")),
        ("Das Camp wurde am 15. Dezember übergeben.", ("15. Dezember", "absolute", 12, 15, None)),
        ("Gestern erreichte der Konvoi Niamey.", ("Gestern", "relative", None, None, None)),
    ],
)
def test_german_date_shapes(sentence: str, expected: tuple) -> None:
    assert spans(sentence, "de") == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("El Gobierno lo anunció este lunes.", ("este lunes", "weekday", None, None, None)),
        ("Las tropas llegaron en marzo.", ("marzo", "absolute", 3, None, None)),
        ("Se retirarán a mediados de septiembre.", ("mediados de septiembre", "absolute", 9, None, "mid")),
        ("El convoy partió hace dos semanas.", ("hace dos semanas", "relative", None, None, None)),
        ("La base se entregó el 19 de abril.", ("19 de abril", "absolute", 4, 19, None)),
    ],
)
def test_spanish_date_shapes(sentence: str, expected: tuple) -> None:
    assert spans(sentence, "es") == [expected]


def test_am_morgen_is_a_time_of_day_not_tomorrow() -> None:
    # the morning of the day told (a narrative anchor, store/languages/de/dates.py), never tomorrow
    found = find_mentions("Die Soldaten brachen am Morgen auf.", "de")
    assert [(m.kind, m.offset) for m in found] == [("narrative", 0)]


def test_por_la_manana_is_not_tomorrow() -> None:
    found = find_mentions("Los soldados salieron por la mañana.", "es")
    assert [(m.kind, m.offset) for m in found] == [("narrative", 0)]


def test_a_german_report_gets_its_dates_resolved() -> None:
    text = (
        "Die letzten Soldaten haben am Freitag das Lager in Gao verlassen. Vor zwei Wochen war der Konvoi da."
    )
    dates = [e.date for e in events_of(text, "de", "2023-12-16")]
    assert dates[0] == "2023-12-15" and "2023-12" in dates


@pytest.mark.parametrize(
    ("sentence", "language", "codes"),
    [
        ("Die malische Armee übernahm das Lager der Bundeswehr.", "de", ["DE", "ML"]),  # the army names DE
        ("Frankreich und der Tschad beenden ihre Zusammenarbeit.", "de", ["FR", "TD"]),
        ("Die USA ziehen ihre Truppen aus dem Niger ab.", "de", ["NE", "US"]),
        ("Las tropas estadounidenses abandonaron Níger.", "es", ["NE", "US"]),
        ("El Gobierno maliense pidió la salida de los cascos azules.", "es", ["ML"]),
        ("Los soldados franceses dejaron Chad.", "es", ["FR", "TD"]),
    ],
)
def test_countries_and_demonyms(sentence: str, language: str, codes: list[str]) -> None:
    assert event_countries(sentence, language) == codes


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Die letzten Soldaten haben Mali endgültig verlassen.", "de", "withdrawal_completed"),
        ("Die Bundeswehr hat mit dem Abzug aus Gao begonnen.", "de", "withdrawal_started"),
        ("Bei einem Anschlag wurden drei Soldaten getötet.", "de", "attack"),
        ("Los últimos soldados franceses abandonaron Malí.", "es", "withdrawal_completed"),
        ("Los militares derrocaron al presidente en un golpe de Estado.", "es", "coup"),
        ("La base será entregada al ejército en agosto.", "es", "handover"),
    ],
)
def test_event_types(sentence: str, language: str, kind: str) -> None:
    assert classify_event(sentence, language) == kind


@pytest.mark.parametrize(
    ("sentence", "language", "value", "unit"),
    [
        ("Rund 1.000 Soldaten sind noch im Land.", "de", 1000, "troops"),
        ("Bei dem Angriff starben zwei Blauhelme.", "de", 2, "peacekeepers"),
        ("Unos 1.000 soldados estadounidenses siguen en Níger.", "es", 1000, "troops"),
        ("El ataque dejó seis muertos.", "es", 6, "killed"),
    ],
)
def test_figures(sentence: str, language: str, value: int, unit: str) -> None:
    (f,) = find_figures(sentence, language)
    assert (f.value, f.unit) == (value, unit)


def test_german_ordinal_day_does_not_end_a_sentence() -> None:
    text = "Am 15. Dezember verließen die Soldaten Gao. Dann kam der Winter."
    assert len(split_sentences(text, 0, len(text), "de")) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Die letzten Soldaten der Bundeswehr haben am Freitag das Lager in Gao verlassen, teilte das "
            "Ministerium mit. Der Einsatz war im Jahr 2013 begonnen worden und wurde nun beendet. Die "
            "Regierung in Berlin hatte den Abzug im Mai beschlossen.",
            "de",
        ),
        (
            "Los cascos azules abandonaron el lunes su campamento de Kidal, según la misión de la ONU. El "
            "Gobierno había pedido la retirada de la misión en junio y el Consejo de Seguridad puso fin al "
            "mandato a finales de ese mes.",
            "es",
        ),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "Veröffentlicht am 12.03.2024\n\nDie Regierung hat am Montag den Abzug angekündigt.\n",
            "de",
            "2024-03-12",
        ),
        ("Publicado el 3 de mayo de 2024\n\nEl Gobierno anunció el lunes la retirada.\n", "es", "2024-05-03"),
    ],
)
def test_header_publication_dates(text: str, language: str, published: str) -> None:
    from store.document.metadata import meta_from_text

    assert meta_from_text(text, language).published == published
