"""A statement whose own sentence dates the act it tells a few days earlier ("handed over the base on
March 9, the army said on Monday") is that act, dated the act's day: it links with other reports of
the act, whatever the order of ingest, and only with those (store.linking.profiles.echoed_days)."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import ingest, write_reports

from store.linking.compatibility import compatible, profile
from store.linking.profiles import echoed_days

REPORTS = {
    "a_en.txt": (
        "2024-03-11",
        "French troops handed over the Ati base in central Chad to the Chadian army on March 9, "
        "the army said on Monday.",
    ),
    "b_fr.txt": (
        "2024-03-10",
        "Les militaires français ont remis samedi 9 mars la base d'Ati à l'armée tchadienne.",
    ),
    "c_de.txt": (
        "2024-03-12",
        "Die französischen Soldaten haben am 9. März den Stützpunkt Ati an die tschadische Armee übergeben, "
        "teilte das Militär am Montag mit.",
    ),
    "d_es.txt": (
        "2024-03-12",
        "Las tropas francesas entregaron la base de Mongo al ejército chadiano el 9 de marzo, "
        "informó el lunes el ejército.",
    ),
}


def _clusters(tmp_path: Path, names: list[str]) -> dict[tuple[str, str], str]:
    paths = write_reports(tmp_path / "reports", {n: REPORTS[n] for n in names})
    events = ingest(tmp_path / "store.json", paths)
    return {(e["doc"][-8:], e["type"]): e["cluster"] for e in events}


def test_a_statement_two_days_after_the_handover_its_sentence_dates_is_that_handover(tmp_path: Path) -> None:
    got = _clusters(tmp_path, ["a_en.txt", "b_fr.txt", "c_de.txt"])
    assert got[("a_en.txt", "statement")] == got[("b_fr.txt", "handover")] == got[("a_en.txt", "handover")]
    assert got[("c_de.txt", "statement")] == got[("b_fr.txt", "handover")]


def test_an_echoing_statement_links_whatever_the_order_of_ingest(tmp_path: Path) -> None:
    forward = _clusters(tmp_path / "f", ["a_en.txt", "b_fr.txt", "c_de.txt"])
    backward = _clusters(tmp_path / "b", ["c_de.txt", "b_fr.txt", "a_en.txt"])
    assert len(set(forward.values())) == len(set(backward.values())) == 1


def test_a_statement_echoing_a_handover_at_another_camp_stays_apart(tmp_path: Path) -> None:
    got = _clusters(tmp_path, ["a_en.txt", "d_es.txt"])
    assert got[("d_es.txt", "statement")] == got[("d_es.txt", "handover")]
    assert got[("d_es.txt", "statement")] != got[("a_en.txt", "handover")]


def _event(i: str, date: str, kind: str, start: int = 0) -> dict:
    return {
        "id": i,
        "doc": "r.txt",
        "start": start,
        "date": date,
        "date_precision": "day",
        "type": kind,
        "countries": ["FR", "TD"],
        "places": ["Ati"],
        "sentence": REPORTS["a_en.txt"][1],
        "language": "en",
    }


def test_only_acts_a_few_days_before_the_statement_are_echoed() -> None:
    said = _event("s", "2024-03-11", "statement")
    siblings = [
        _event("h", "2024-03-09", "handover"),
        _event("o", "2024-03-01", "handover"),  # ten days before: another act
        _event("x", "2024-03-09", "other"),  # untyped: nothing to echo
        said,
    ]
    assert echoed_days(said, siblings) == frozenset({"2024-03-09"})
    assert echoed_days(_event("h", "2024-03-09", "handover"), [said]) == frozenset()


def test_a_statement_days_after_an_act_its_sentence_does_not_date_is_another_occurrence() -> None:
    act = profile(_event("h", "2024-03-09", "handover", start=50))
    said = profile(_event("s", "2024-03-11", "statement"))
    assert compatible(act, said, frozenset({"ML"})) is None
    echoing = profile(_event("s", "2024-03-11", "statement"), 2, "", frozenset({"2024-03-09"}))
    evidence = compatible(act, echoing, frozenset({"ML"}))
    assert evidence is not None and "said 2024-03-11 of 2024-03-09" in evidence.reason
