"""Words holdout10 showed missing, on reports written for them: a contingent's "retour" announced is
its withdrawal announced (not an ambassador's return), German "Stationierung" is a deployment (so a
condemnation of one links with the other languages' reports of it), and "as of Aug. 15" after "will" is
when a plan takes effect, not a past day of its own (read as "from": store/languages/en/dates.py)."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

from store.about.event_types import classify_event


def test_a_contingent_s_return_announced_is_its_withdrawal_announced(tmp_path: Path) -> None:
    reports = {
        "r_fr.txt": (
            "2022-08-18",
            "La Suède a annoncé jeudi le retour de son contingent de 250 soldats déployé au Mali.",
        ),
        "r_es.txt": (
            "2022-08-19",
            "El Gobierno sueco anunció el jueves que repatriará a los 250 militares que tiene en Mali.",
        ),
    }
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", reports))
    fr, es = event_of(events, "Suède"), event_of(events, "sueco")
    assert fr["type"] == es["type"] == "withdrawal_announced"
    assert fr["cluster"] == es["cluster"]


def test_an_ambassador_s_return_is_no_withdrawal() -> None:
    assert classify_event("Paris a annoncé mardi le retour de son ambassadeur à Niamey.", "fr") not in (
        "withdrawal_announced",
        "withdrawal_completed",
        "withdrawal_started",
    )


def test_a_stationing_condemned_in_german_links_with_the_other_reports(tmp_path: Path) -> None:
    reports = {
        "w_en.txt": (
            "2022-02-03",
            "PARIS, Feb 3 (Reuters) - Twelve European countries on Thursday condemned the deployment of "
            "Russian mercenaries in Burkina Faso.",
        ),
        "w_de.txt": (
            "2022-02-05",
            "Zwölf europäische Staaten haben am Donnerstag die Stationierung russischer Söldner in Burkina "
            "Faso verurteilt.",
        ),
    }
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", reports))
    en, de = event_of(events, "Twelve"), event_of(events, "Zwölf")
    assert de["type"] == en["type"] == "deployment"
    assert de["cluster"] == en["cluster"]


def test_as_of_a_day_after_will_is_no_past_day_of_its_own(tmp_path: Path) -> None:
    reports = {
        "p_en.txt": (
            "2022-07-15",
            "BAMAKO, July 15 (Reuters) - Dhaka will stop its engineers in the U.N. mission from working "
            "as of Aug. 20, a spokesperson said on Friday, citing repeated attacks on their convoys.",
        ),
    }
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", reports))
    assert [e["date"] for e in events] == ["2022-07-15"]  # not also "2021-08-20", a year before
