"""A stage of a withdrawal dated only by its report's day (a plan told as the report's news: "Die Bundeswehr
soll ihren Einsatz in Niger bis Mai 2024 beenden") is the same commitment as another report's stage told
with its day, when both give the same deadline ("decided on Tuesday to withdraw its soldiers by May 2024").
With another deadline, or none, a stage dated by its report's day tells nothing done that day."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

EN = (
    "2024-03-06",
    "BERLIN, March 6 (Sahel Wire) - Germany's government said on Tuesday it would withdraw its soldiers "
    "from Niger by the end of May 2024.\n",
)


def _clusters(tmp_path: Path, de: str, es: str) -> tuple[dict, dict, dict]:
    reports = {
        "en.txt": EN,
        "de.txt": ("2024-03-05", f"Berlin (Nordwest Presse) - {de}\n"),
        "es.txt": ("2024-03-06", f"BERLÍN, 6 mar (Agencia Iberosahel) - {es}\n"),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", reports))
    return event_of(events, "Germany's"), event_of(events, "soll ihren"), event_of(events, "alemán")


def test_a_plan_told_as_the_reports_news_is_the_stage_told_with_its_day(tmp_path: Path) -> None:
    en, de, es = _clusters(
        tmp_path,
        "Die Bundeswehr soll ihren Einsatz in Niger bis Ende Mai 2024 beenden.",
        "El Gobierno alemán aprobó el martes poner fin a la misión de la Bundeswehr en Níger antes de "
        "mayo de 2024.",
    )
    # "soll ... beenden" is a plan to end, as "would withdraw" is; the government's approval ("aprobó
    # poner fin") reads as the end decided
    assert de["type"] == en["type"] == "withdrawal_announced" and es["type"] == "mission_ended"
    assert de["target_date"] == en["target_date"] == es["target_date"] == "2024-05"
    assert en["cluster"] == de["cluster"] == es["cluster"]


def test_a_plan_with_another_deadline_stays_apart(tmp_path: Path) -> None:
    en, de, _ = _clusters(
        tmp_path,
        "Die Bundeswehr soll ihren Einsatz in Niger bis Ende August 2024 beenden.",
        "El Gobierno alemán aprobó el martes poner fin a la misión de la Bundeswehr en Níger.",
    )
    assert de["target_date"] == "2024-08"
    assert en["cluster"] != de["cluster"]
