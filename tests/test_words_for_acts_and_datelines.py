"""Words for acts the types missed, found on holdout12 and written here in sentences of their own: a camp
given back ("trao trả"), diplomats ordered out or the participle of their expulsion before them, troops
brought home ("heimzuholen"); "the Wagner group" with a lower-case noun is still Russia's; and a dateline
without a date ("BRUSSELS —", "Niamey (dpa) -") names where a story was filed, not a country of the act."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.extraction.undated_datelines import undated_lead


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Hôm thứ Bảy, MINUSMA đã trao trả căn cứ Ansongo cho quân đội Mali.", "vi", "handover"),
        ("Phái bộ cho biết doanh trại ở Ménaka đã được trao trả cho chính quyền.", "vi", "handover"),
        ("The junta ordered two Beninese diplomats out of the country on Friday.", "en", "expulsion"),
        ("Die beiden am Freitag ausgewiesenen beninischen Diplomaten reisten ab.", "de", "expulsion"),
        (
            "Oslo kündigte an, die 70 Soldaten bis zum Sommer aus Gao heimzuholen.",
            "de",
            "withdrawal_announced",
        ),
    ],
)
def test_words_for_acts(sentence: str, language: str, kind: str) -> None:
    assert classify_event(sentence, language) == kind


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Hai bên đã trao trả tù binh hôm thứ Bảy.", "vi", "other"),  # prisoners handed back: no camp
        ("The junta ordered French troops out of the country in 2022.", "en", "other"),  # troops: no envoy
        ("Das sind ausgewiesene Experten für die Region.", "de", "other"),  # "ausgewiesen": proven
    ],
)
def test_words_that_look_alike_tell_no_such_act(sentence: str, language: str, kind: str) -> None:
    assert (
        classify_event(sentence, language)
        != {"vi": "handover", "en": "expulsion", "de": "expulsion"}[language]
    )


def test_the_wagner_group_written_with_a_small_g_is_russian() -> None:
    assert event_countries("The Wagner group said on Friday its fighters were going home.", "en") == ["RU"]
    assert event_countries("Le groupe Wagner a annoncé vendredi son départ.", "fr") == ["RU"]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("BRUSSELS — The European Union's mission ended.", "BRUSSELS — "),
        ("ABUJA, Nigeria -- Nigeria's army said on Monday.", "ABUJA, Nigeria -- "),
        ("Niamey (dpa) - Die Soldaten sind abgezogen.", "Niamey (dpa) - "),
        ("Berlin/Bamako - Die Mission ist beendet.", "Berlin/Bamako - "),
        ("Mali - the junta said on Monday.", ""),
        ("France — and Germany — said on Monday.", ""),
        ("BARKHANE — The French operation ended.", ""),
    ],
)
def test_an_undated_dateline_is_found_at_the_start_only(sentence: str, lead: str) -> None:
    assert sentence[: undated_lead(sentence, "en")] == lead


def test_an_undated_dateline_names_no_country_of_the_act(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2024-05-19",
                "EU mission ends\n\nBRUSSELS — The European Union's training mission in Niger ended on "
                "Saturday when its mandate expired.\n",
            ),
            "de.txt": (
                "2024-05-19",
                "Berlin/Niamey - Die EU-Ausbildungsmission in Niger ist am Samstag ausgelaufen.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    en, de = event_of(events, "BRUSSELS"), event_of(events, "ausgelaufen")
    assert en["countries"] == de["countries"] == ["NE"]
    assert en["type"] == de["type"] == "mission_ended"
    assert en["cluster"] == de["cluster"]


def test_a_shorter_name_is_a_whole_word() -> None:
    assert "GN" not in event_countries("Officials in Guinea-bissau said on Monday.", "en")


def test_an_undated_datelines_country_stays_when_the_headline_names_it(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2023-08-04",
                "Niger : la junte rompt avec Paris\n\nNIAMEY - Le régime militaire a annoncé jeudi soir la "
                "fin des accords de défense conclus avec la France.\n",
            ),
            "en.txt": (
                "2024-05-19",
                "EU mission in Mali ends\n\nBRUSSELS — The European Union's training mission in Mali ended "
                "on Saturday.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert "NE" in event_of(events, "Le régime militaire")["countries"]
    assert "BE" not in event_of(events, "BRUSSELS")["countries"]
