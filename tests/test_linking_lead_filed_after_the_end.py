"""A wire's lead filed the day after a camp was given up, in the perfect and with no day of its own ("Die
Armee hat ihren Stützpunkt in Kidal geräumt"), is that handover, told of its day by another report: the
same town both name and a day between them make them one end (store/linking/next_day_lead.py). Another
town, a lead giving its own day, or two days apart stay two occurrences."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.linking.clusters import cluster_events

HOST = frozenset({"ML"})  # what the store's statistics make of the host in a corpus about it

DAY_EN = (
    "2024-06-04",
    "KIDAL, June 4 (Sahel Wire) - Belgian soldiers on Tuesday handed over their base in Kidal to the Malian "
    "armed forces, ending six years of Belgian presence in the town.\n",
)
DAY_FR = (
    "2024-06-05",
    "Bamako, 5 juin (L'Essor du Nord) - Les militaires belges ont remis mardi leur camp de Kidal à l'armée "
    "malienne au cours d'une brève cérémonie.\n",
)
LEAD_DE = (
    "2024-06-05",
    "Bamako (Westafrika-Dienst) - Die belgische Armee hat ihren Stützpunkt in der nordmalischen Stadt Kidal "
    "geräumt.\n",
)
LEAD_ES = (
    "2024-06-05",
    "Bamako (Agencia Sahel) - Bélgica ha abandonado su base militar de Kidal, en el norte de Malí.\n",
)
LEAD_EN = (
    "2024-06-05",
    "BAMAKO (Sahel Wire) - Belgium has pulled its last troops out of its base in Kidal, in northern Mali.\n",
)


def _same(events: list[dict], a: dict, b: dict) -> bool:
    clusters = cluster_events(events, common=HOST)
    return clusters[a["id"]].cluster == clusters[b["id"]].cluster


@pytest.mark.parametrize(
    ("day", "lead", "day_words", "lead_words"),
    [
        (DAY_EN, LEAD_DE, "handed over", "geräumt"),
        (DAY_FR, LEAD_ES, "ont remis", "ha abandonado"),
        (DAY_FR, LEAD_EN, "ont remis", "pulled its last"),
    ],
)
def test_the_next_days_lead_of_a_camp_given_up_is_its_handover(
    tmp_path: Path, day: tuple[str, str], lead: tuple[str, str], day_words: str, lead_words: str
) -> None:
    paths = write_reports(tmp_path / "docs", {"day.txt": day, "lead.txt": lead})
    events = ingest(tmp_path / "s.json", paths)
    told, filed = event_of(events, day_words), event_of(events, lead_words)
    assert (told["date"], filed["date"]) == ("2024-06-04", "2024-06-05")
    assert {told["type"], filed["type"]} <= {"handover", "withdrawal_completed"}
    assert _same(events, told, filed)


def test_the_next_days_lead_of_another_town_is_another_end(tmp_path: Path) -> None:
    other = (
        "2024-06-05",
        "Bamako (Westafrika-Dienst) - Die belgische Armee hat ihren Stützpunkt in der Stadt Tessalit "
        "geräumt.\n",
    )
    paths = write_reports(tmp_path / "docs", {"day.txt": DAY_EN, "lead.txt": other})
    events = ingest(tmp_path / "s.json", paths)
    assert not _same(events, event_of(events, "handed over"), event_of(events, "geräumt"))


def test_a_lead_giving_its_own_next_day_is_another_end(tmp_path: Path) -> None:
    own_day = (
        "2024-06-05",
        "BAMAKO (Sahel Wire) - Belgium on Wednesday pulled its last troops out of its base in Kidal.\n",
    )
    paths = write_reports(tmp_path / "docs", {"day.txt": DAY_FR, "lead.txt": own_day})
    events = ingest(tmp_path / "s.json", paths)
    told, filed = event_of(events, "ont remis"), event_of(events, "on Wednesday")
    assert filed["date"] == "2024-06-05"
    assert not _same(events, told, filed)


def test_a_lead_filed_two_days_later_is_not_linked_by_its_day(tmp_path: Path) -> None:
    late = (LEAD_DE[0].replace("06-05", "06-06"), LEAD_DE[1])
    paths = write_reports(tmp_path / "docs", {"day.txt": DAY_EN, "lead.txt": late})
    events = ingest(tmp_path / "s.json", paths)
    told, filed = event_of(events, "handed over"), event_of(events, "geräumt")
    assert filed["date"] == "2024-06-06"
    assert not _same(events, told, filed)


CHAD_DAY = (
    "2024-01-30",
    "N'DJAMENA, Jan 30 (Sahel Wire) - French soldiers of Operation Epervier on Tuesday handed over their "
    "last base in Abeche to the Chadian army.\n",
)


@pytest.mark.parametrize(
    ("lead", "lead_words"),
    [
        (
            "N'Djamena, 31 janvier (Le Sahélien) - C'est désormais officiel : il n'y a plus de soldats de "
            "l'opération Épervier au Tchad.\n",
            "il n'y a plus",
        ),
        (
            "N'Djamena, 31. Januar (Westafrika-Dienst) - Die Soldaten der Operation Epervier haben ihren "
            "letzten Stützpunkt im Tschad geräumt.\n",
            "geräumt",
        ),
    ],
)
def test_a_next_days_lead_naming_no_town_tells_the_end_of_the_operation_both_name(
    tmp_path: Path, lead: str, lead_words: str
) -> None:
    paths = write_reports(tmp_path / "docs", {"day.txt": CHAD_DAY, "lead.txt": ("2024-01-31", lead)})
    events = ingest(tmp_path / "s.json", paths)
    told, filed = event_of(events, "handed over"), event_of(events, lead_words)
    assert (told["date"], filed["date"]) == ("2024-01-30", "2024-01-31")
    clusters = cluster_events(events, common=frozenset({"TD"}))
    assert clusters[told["id"]].cluster == clusters[filed["id"]].cluster


def test_a_next_days_lead_about_another_operation_is_another_end(tmp_path: Path) -> None:
    lead = (
        "2024-01-31",
        "N'Djamena, 31 janvier (Le Sahélien) - C'est désormais officiel : il n'y a plus de soldats de "
        "l'opération Barkhane au Tchad.\n",
    )
    paths = write_reports(tmp_path / "docs", {"day.txt": CHAD_DAY, "lead.txt": lead})
    events = ingest(tmp_path / "s.json", paths)
    told, filed = event_of(events, "handed over"), event_of(events, "il n'y a plus")
    clusters = cluster_events(events, common=frozenset({"TD"}))
    assert clusters[told["id"]].cluster != clusters[filed["id"]].cluster
