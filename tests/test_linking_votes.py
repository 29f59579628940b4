"""Reports of one vote are one occurrence; two votes of one body on one day, on two missions, are two."""

from __future__ import annotations

from pathlib import Path

from store.about.votes import vote_body
from store.linking.occurrences import occurrences_of
from tests.linking_helpers import event_of, ingest, write_reports

COUNCIL_EN = (
    "2024-12-13",
    "The Security Council on Thursday renewed the mandate of MINUSCA for another year, with 13 votes "
    "in favour and two abstentions.\n",
)
COUNCIL_FR = (
    "2024-12-13",
    "Le Conseil de sécurité a reconduit jeudi 12 décembre pour un an le mandat de la MINUSCA, "
    "par 13 voix pour et deux abstentions.\n",
)
COUNCIL_OTHER_MISSION = (
    "2024-12-13",
    "The Security Council on Thursday also approved a six-month extension for the MINURCAT mission, "
    "diplomats said.\n",
)
FOLKETING = (
    "2024-12-13",
    "Danish lawmakers on Thursday approved sending 40 more staff officers to MINUSCA, the defence "
    "ministry said.\n",
)
STORTING = (
    "2024-12-13",
    "Norwegian lawmakers on Thursday approved sending a transport plane to MINUSCA.\n",
)


def _events(tmp_path: Path, reports: dict[str, tuple[str, str]]) -> list[dict]:
    return ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))


def test_a_vote_and_its_body_are_read_in_each_language() -> None:
    assert (
        vote_body("Der Bundestag hat am Donnerstag den Einsatz in Niger verlängert.", "de") == "parliament:DE"
    )
    assert vote_body("El Consejo de Seguridad aprobó el jueves la resolución.", "es") == "UNSC"
    assert vote_body("Les députés ont voté mardi la prolongation de l'opération.", "fr") == "parliament"
    assert vote_body("Hội đồng Bảo an đã thông qua nghị quyết hôm thứ Năm.", "vi") == "UNSC"
    assert vote_body("The minister said the troops would stay until June.", "en") is None


def test_one_council_vote_told_in_two_languages_is_one_occurrence_with_its_reason(tmp_path: Path) -> None:
    events = _events(tmp_path, {"en.txt": COUNCIL_EN, "fr.txt": COUNCIL_FR})
    en, fr = event_of(events, "renewed the mandate"), event_of(events, "a reconduit")
    assert en["date"] == fr["date"] == "2024-12-12"
    assert en["cluster"] == fr["cluster"]
    (occ,) = occurrences_of([en, fr])
    assert any("the same vote (UNSC)" in link.reason for link in occ.links)


def test_two_votes_of_one_body_on_one_day_on_two_missions_are_two_occurrences(tmp_path: Path) -> None:
    events = _events(
        tmp_path, {"en.txt": COUNCIL_EN, "fr.txt": COUNCIL_FR, "other.txt": COUNCIL_OTHER_MISSION}
    )
    en, other = event_of(events, "renewed the mandate"), event_of(events, "MINURCAT")
    assert other["date"] == "2024-12-12"
    assert en["cluster"] != other["cluster"]


def test_two_parliaments_voting_on_one_mission_the_same_day_are_two_votes(tmp_path: Path) -> None:
    events = _events(tmp_path, {"dk.txt": FOLKETING, "no.txt": STORTING})
    dk, no = event_of(events, "Danish"), event_of(events, "Norwegian")
    assert dk["date"] == no["date"] == "2024-12-12"
    assert dk["cluster"] != no["cluster"]


DEPUTIES_TAKUBA = (
    "2024-04-05",
    "Les députés ont voté jeudi la fin de la participation au groupement Takuba, par 310 voix contre 12.\n",
)
DUTCH_TAKUBA = (
    "2024-04-05",
    "Dutch lawmakers on Thursday voted to end the country's part in the Takuba task force.\n",
)
DEPUTIES_OTHER = (
    "2024-04-05",
    "Les députés ont aussi voté jeudi un crédit pour la reconstruction des écoles du nord.\n",
)


def test_a_parliament_of_no_stated_country_is_another_one_only_on_the_same_mission(tmp_path: Path) -> None:
    events = _events(
        tmp_path, {"fr.txt": DEPUTIES_TAKUBA, "nl.txt": DUTCH_TAKUBA, "other.txt": DEPUTIES_OTHER}
    )
    fr, nl, other = (
        event_of(events, "groupement Takuba"),
        event_of(events, "Dutch"),
        event_of(events, "crédit"),
    )
    assert fr["date"] == nl["date"] == other["date"] == "2024-04-04"
    assert fr["cluster"] == nl["cluster"]
    assert other["cluster"] != fr["cluster"]


BELGIAN_ES = (
    "2024-05-10",
    "Los diputados belgas aprobaron el jueves la salida de EUTM, la misión que entrena al ejército "
    "maliense.\n",
)
BELGIUM_EN = (
    "2024-05-10",
    "Belgium's parliament on Thursday voted to end the country's part in EUTM.\n",
)


def test_lawmakers_belong_to_the_country_named_nearest_to_them(tmp_path: Path) -> None:
    events = _events(tmp_path, {"es.txt": BELGIAN_ES, "en.txt": BELGIUM_EN})
    es, en = event_of(events, "belgas"), event_of(events, "Belgium's")
    assert es["date"] == en["date"] == "2024-05-09"
    assert es["cluster"] == en["cluster"]
