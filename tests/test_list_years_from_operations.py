"""A named operation in an undated list entry bounds its year; its own dates fix the year of that day."""

from __future__ import annotations

import datetime as dt

from store.about.operations import milestones, operation_bounds
from store.board.forces import FORCES
from tests.extract_helpers import events_of


def test_every_row_names_a_force_of_the_lexicon_has_a_source_and_a_check_note() -> None:
    ids = {f.id for f in FORCES}
    rows = milestones()
    assert rows and all(m.force in ids and m.label and m.checked.startswith("checked") for m in rows)
    assert all(m.what in ("start", "end", "milestone") for m in rows)
    for force in {m.force for m in rows}:
        starts = [m.date for m in rows if m.force == force and m.what == "start"]
        ends = [m.date for m in rows if m.force == force and m.what == "end"]
        assert not (starts and ends) or min(starts) < max(ends)


def test_the_day_an_operation_began_fixes_the_year_of_an_entry_on_that_day() -> None:
    bounds = operation_bounds("France sends its first soldiers under Operation Serval.", 1, 11)
    assert [(a, b) for a, b, _ in bounds] == [(dt.date(2013, 1, 11), dt.date(2013, 1, 11))]
    assert "Serval" in bounds[0][2]


def test_another_day_gets_the_operations_span_widened_before_and_after() -> None:
    ((first, last, why),) = operation_bounds("Barkhane helicopters strike a convoy near Ménaka.", 3, 2)
    assert first < dt.date(2014, 8, 1) and first.year == 2014
    assert last is not None and last.year == 2023  # reports of its end follow it by months
    assert "Barkhane ran 2014-08-01 to 2022-11-09" in why


def test_a_sentence_naming_no_listed_operation_gets_nothing() -> None:
    assert operation_bounds("Soldiers of Operation Sentinelle patrol the Paris metro.", 1, 11) == []
    assert operation_bounds("The African Union mission opens an office in Mogadishu.", 7, 1) == []


LIST = """A mission in four dates

April 25: The Security Council creates MINUSMA to stabilise northern Mali.

July 1: Blue helmets of MINUSMA take over from the African force.

{third}
"""


def test_an_undated_chronology_is_placed_by_the_mission_dates_it_names() -> None:
    events = events_of(LIST.format(third="March 3: A roadside bomb hits a convoy near Aguelhok."), "en")
    created = next(e for e in events if "creates MINUSMA" in e.sentence)
    handed = next(e for e in events if "take over from the African force" in e.sentence)
    assert created.date == "2013-04-25" and created.date_inferred
    assert "MINUSMA" in (created.date_reason or "") and "operations.csv" in (created.date_reason or "")
    assert handed.date == "2013-07-01" and handed.date_inferred
    bomb = next(e for e in events if "roadside bomb" in e.sentence)
    assert bomb.date_inferred and bomb.date >= "2014-03-03"  # after July: the next year at the earliest


def test_without_the_names_the_same_list_has_only_its_order() -> None:
    text = LIST.format(third="March 3: A roadside bomb hits a convoy near Aguelhok.").replace(
        "MINUSMA", "a peacekeeping mission"
    )
    created = next(e for e in events_of(text, "en") if "creates a peacekeeping" in e.sentence)
    assert created.date_inferred and not created.date.startswith("2013")
    assert "operations.csv" not in (created.date_reason or "")


UN_LIST = """Chronik der Mission

25. April: Der Sicherheitsrat gründet {name}.

1. Juli: Die UN-Mission übernimmt von der afrikanischen Truppe.
"""


def test_the_un_mission_of_an_entry_is_the_one_its_document_names() -> None:
    events = events_of(UN_LIST.format(name="die MINUSMA"), "de")
    takeover = next(e for e in events if "übernimmt von der afrikanischen Truppe" in e.sentence)
    assert takeover.date == "2013-07-01" and takeover.date_inferred
    assert "MINUSMA" in (takeover.date_reason or "")


def test_a_document_naming_no_un_mission_or_two_leaves_the_un_mission_unnamed() -> None:
    from store.about.operations import document_un_mission

    assert document_un_mission("MINUSMA and MINUSCA exchanged troops.") is None
    assert document_un_mission("The UN mission left Gao.") is None
    events = events_of(UN_LIST.format(name="eine neue Mission"), "de")
    takeover = next(e for e in events if "übernimmt von der afrikanischen Truppe" in e.sentence)
    assert "operations.csv" not in (takeover.date_reason or "")


def test_german_and_spanish_name_the_un_too() -> None:
    from store.board.forces import un_named

    assert un_named("Die Blauhelme der Vereinten Nationen verlassen Timbuktu.")
    assert un_named("Los cascos azules de Naciones Unidas dejan Tombuctú.")
    assert not un_named("Los cascos de los obreros quedan en la obra.")
    text = (
        "Cronología\n\n25 de abril: El Consejo crea la Minusma.\n\n"
        "1 de julio: Los cascos azules relevan a la fuerza africana.\n"
    )
    relief = next(e for e in events_of(text, "es") if "relevan a la fuerza africana" in e.sentence)
    assert relief.date == "2013-07-01" and relief.date_inferred
