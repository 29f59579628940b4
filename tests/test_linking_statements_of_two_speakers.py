"""link13's linking classes (from holdout11's errors), on reports written for them: two statements a day
apart are two speakers when each names a country the other does not and no place ties them, even when
they share the countries they speak about ("Togo broke with Gabon on Tuesday, in solidarity with Benin" /
"on Wednesday Norway said it would phase out its aid to Benin")."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

RUPTURE = {
    "a_fr.txt": (
        "2025-03-05",
        "LOMÉ, 5 mars 2025 (AFP) - Le Togo a annoncé mardi la rupture de ses relations diplomatiques avec le "
        "Gabon, par solidarité avec le Bénin.",
    ),
    "b_en.txt": (
        "2025-03-07",
        "On Wednesday, Norway's development minister Kari Berg said Oslo would phase out its bilateral aid "
        "to Benin, arguing that a country cannot back Gabon's war against Togo and still receive aid.",
    ),
    "c_es.txt": (
        "2025-03-06",
        "El Gobierno de Togo anunció el martes la ruptura de relaciones diplomáticas con Gabón.",
    ),
}


def test_statements_a_day_apart_by_two_speakers_are_two_occurrences(tmp_path: Path) -> None:
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", RUPTURE))
    togo_fr = event_of(events, "Le Togo a annoncé")
    togo_es = event_of(events, "Gobierno de Togo")
    norway = event_of(events, "Norway's development minister")
    assert togo_fr["date"] == togo_es["date"] == "2025-03-04"
    assert norway["date"] == "2025-03-05"
    assert togo_fr["cluster"] == togo_es["cluster"]
    assert norway["cluster"] != togo_fr["cluster"]
