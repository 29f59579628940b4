"""link13's linking classes (from holdout11's errors), on reports written for them: two statements a day
apart are two speakers when each names a country the other does not and no place ties them, even when
they share the countries they speak about ("Togo broke with Gabon on Tuesday, in solidarity with Benin" /
"on Wednesday Norway said it would phase out its aid to Benin")."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

from store.linking.candidates import CandidateIndex
from store.linking.compatibility import compatible, profile

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


ENVOY = {
    "e_fr.txt": (
        "2025-02-17",
        "NIAMEY, 17 février 2025 (AFP) - Les autorités nigériennes ont déclaré lundi persona non grata Kofi "
        "Mensah, représentant de l'Union africaine.",
    ),
    "e_vi.txt": (
        "2025-02-18",
        "Hôm thứ Hai, chính quyền Niger đã yêu cầu ông Kofi Mensah, đại diện của Liên minh châu Phi, "
        "rời khỏi lãnh thổ trong vòng 72 giờ.",
    ),
    "e_de.txt": (
        "2025-02-19",
        "Die Regierung in Niger hat am Montag den Gesandten der Afrikanischen Union, Kofi Mensah, "
        "aufgefordert, das Land binnen 72 Stunden zu verlassen.",
    ),
}


def test_a_deadline_to_leave_is_an_expulsion_even_when_asked(tmp_path: Path) -> None:
    """Asked or told, a person given hours or a few days to leave is expelled, in every language."""
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", ENVOY))
    assert event_of(events, "yêu cầu ông Kofi")["type"] == "expulsion"
    assert event_of(events, "binnen 72 Stunden")["type"] == "expulsion"


def test_one_expulsion_of_a_named_person_on_one_day_links_without_a_specific_country(tmp_path: Path) -> None:
    """Each report names only the host, a country every report of a large store names, and the same
    person that day: the name says it is one expulsion; two people expelled that day stay two."""
    reports = dict(ENVOY)
    reports["x_en.txt"] = (
        "2025-02-17",
        "NIAMEY, Feb 17 (Reuters) - Niger on Monday declared Ibrahim Sow, a U.N. official, "
        "persona non grata.",
    )
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", reports))
    fr, vi, de, sow = (
        event_of(events, t) for t in ("déclaré lundi persona", "yêu cầu ông Kofi", "binnen 72", "Ibrahim Sow")
    )
    assert fr["date"] == vi["date"] == de["date"] == sow["date"] == "2025-02-17"
    sentence = Counter((e["doc"], e["start"]) for e in events)
    fr_p, vi_p, de_p, sow_p = (profile(e, sentence[(e["doc"], e["start"])]) for e in (fr, vi, de, sow))
    host = frozenset({"NE"})
    assert fr_p.countries == vi_p.countries == de_p.countries == sow_p.countries == host
    assert compatible(fr_p, vi_p, host) is not None
    assert compatible(vi_p, de_p, host) is not None
    assert compatible(fr_p, sow_p, host) is None
    # they meet as candidates (the same act and countries), and only the names keep them apart
    assert set(CandidateIndex(host).keys(fr_p)) & set(CandidateIndex(host).keys(sow_p))


def test_told_to_leave_within_days_is_an_expulsion_but_troops_given_weeks_are_not() -> None:
    from store.about.acts import act_type

    told = "The junta has told the special envoy of the African Union to leave within three days."
    assert act_type(told, "en") == "expulsion"
    assert act_type("The opposition demanded that French troops leave within 30 days.", "en") is None
