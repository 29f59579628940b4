"""One government leaving one organisation on one day, told as announced or as begun, is one occurrence: the
organisation both reports name says which withdrawal it is when no place or foreign country does."""

from __future__ import annotations

from pathlib import Path

from store.linking.compatibility import compatible, profile
from tests.linking_helpers import event_of, ingest, write_reports

EXIT = {
    "en.txt": (
        "2025-02-10",
        "OUAGADOUGOU, Feb 10 (TCP) - Burkina Faso said on Sunday it was leaving the Economic Community of "
        "West African States.\n",
    ),
    "fr.txt": (
        "2025-02-09",
        "OUAGADOUGOU, 9 février 2025 (AOA) - Le Burkina Faso a annoncé ce dimanche son retrait de la "
        "Communauté économique des États de l'Afrique de l'Ouest (Cédéao), dans une lettre à sa "
        "commission.\n",
    ),
    "vi.txt": (
        "2025-02-10",
        "Chính phủ Burkina Faso hôm Chủ nhật tuyên bố rút khỏi Cộng đồng Kinh tế các quốc gia Tây Phi "
        "(ECOWAS).\n",
    ),
}


def test_one_government_leaving_one_organisation_that_day_is_one_occurrence(tmp_path: Path) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", EXIT))
    en, fr, vi = (
        event_of(events, "was leaving"),
        event_of(events, "son retrait"),
        event_of(events, "rút khỏi"),
    )
    assert en["date"] == fr["date"] == vi["date"] == "2025-02-09"
    assert en["cluster"] == fr["cluster"] == vi["cluster"]


def test_another_government_leaving_the_same_organisation_that_day_stays_apart(tmp_path: Path) -> None:
    niger = (
        "2025-02-10",
        "NIAMEY, Feb 10 (TCP) - Niger said on Sunday it was leaving the Economic Community of West African "
        "States.\n",
    )
    reports = {"fr.txt": EXIT["fr.txt"], "ne.txt": niger}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    assert event_of(events, "Niger said")["cluster"] != event_of(events, "son retrait")["cluster"]


def test_the_organisation_links_the_exit_when_its_country_is_in_every_report(tmp_path: Path) -> None:
    # In a corpus about Burkina Faso, naming it identifies nothing: the organisation left still does.
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", EXIT))
    en, fr, vi = (
        profile(event_of(events, fragment)) for fragment in ("was leaving", "son retrait", "rút khỏi")
    )
    assert en.type != fr.type  # "was leaving" begun, "a annoncé son retrait" announced: no rare kind a day
    for a, b in ((en, fr), (fr, vi), (en, vi)):
        assert compatible(a, b, frozenset({"BF"})) is not None
