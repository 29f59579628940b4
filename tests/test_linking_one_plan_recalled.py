"""One commitment recalled in two reports a day apart, each sentence dating only the deadline (the reports'
days stand in): the same deadline, a count both give and a country both name that not every report names
say it is one plan (store/linking/act_evidence.py ``same_plan``). Another count, or another deadline, keeps
two plans apart, as two plans dated by their reports always were.

Sentences written for these tests (none from the seeds or the corpora)."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import ingest, write_reports

from store.linking.clusters import cluster_events

HOST = frozenset({"TD"})  # the host of a corpus about Chad: common, it says nothing

PLANS = {
    "en": (
        "2025-05-06",
        "Britain has pledged to bring home its 850 soldiers from Chad by the end of the year.\n",
    ),
    "fr": (
        "2025-05-07",
        "Londres s'est engagé à retirer ses quelque 850 soldats du Tchad d'ici la fin de l'année.\n",
    ),
    "de": (
        "2025-05-07",
        "London hat zugesagt, seine rund 850 Soldaten bis Ende des Jahres aus dem Tschad abzuziehen.\n",
    ),
    "es": ("2025-05-07", "Londres se comprometió a retirar sus 850 soldados de Chad antes de fin de año.\n"),
    "vi": ("2025-05-07", "Anh cam kết rút toàn bộ khoảng 850 binh sĩ khỏi Chad trước cuối năm nay.\n"),
}


def _plans(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> tuple[list[dict], dict, dict]:
    paths = write_reports(tmp_path / "docs", {"a.txt": first, "b.txt": second})
    events = ingest(tmp_path / "s.json", paths)
    a, b = (e for e in events if e["doc"] in ("a.txt", "b.txt") and e["type"] == "withdrawal_announced")
    return events, a, b


@pytest.mark.parametrize("language", ["fr", "de", "es", "vi"])
def test_one_commitment_recalled_a_day_apart_is_one_plan(tmp_path: Path, language: str) -> None:
    events, a, b = _plans(tmp_path, PLANS["en"], PLANS[language])
    assert a["target_date"] == b["target_date"] == "2025"
    assert (a["date"], b["date"]) == ("2025-05-06", "2025-05-07")
    clusters = cluster_events(events, common=HOST)
    assert clusters[a["id"]].cluster == clusters[b["id"]].cluster


def test_another_count_is_another_plan(tmp_path: Path) -> None:
    other = (
        "2025-05-07",
        "Londres s'est engagé à retirer ses quelque 300 soldats du Tchad d'ici la fin de l'année.\n",
    )
    events, a, b = _plans(tmp_path, PLANS["en"], other)
    clusters = cluster_events(events, common=HOST)
    assert clusters[a["id"]].cluster != clusters[b["id"]].cluster


def test_another_deadline_is_another_plan(tmp_path: Path) -> None:
    other = (
        "2025-05-07",
        "Londres s'est engagé à retirer ses quelque 850 soldats du Tchad d'ici la fin du mois.\n",
    )
    events, a, b = _plans(tmp_path, PLANS["en"], other)
    assert a["target_date"] != b["target_date"]
    clusters = cluster_events(events, common=HOST)
    assert clusters[a["id"]].cluster != clusters[b["id"]].cluster


MADE = {
    "en": (
        "2025-05-14",
        "Britain agreed last month to bring home its 850 soldiers from Chad by the end of the year.\n",
    ),
    "fr": (
        "2025-05-14",
        "Londres a promis le mois dernier de retirer ses 850 soldats du Tchad d'ici la fin de l'année.\n",
    ),
    "de": (
        "2025-05-14",
        "London hatte im April zugesagt, seine 850 Soldaten bis Ende des Jahres aus dem Tschad abzuziehen.\n",
    ),
    "es": (
        "2025-05-14",
        "Londres se comprometió en abril a retirar sus 850 soldados de Chad antes de fin de año.\n",
    ),
    "vi": ("2025-05-14", "Hồi tháng 4, Anh cam kết rút 850 binh sĩ khỏi Chad trước cuối năm nay.\n"),
}


@pytest.mark.parametrize(
    ("made", "recalled"), [("en", "fr"), ("fr", "vi"), ("de", "es"), ("es", "de"), ("vi", "en")]
)
def test_a_plan_recalled_by_its_deadline_joins_the_plan_made_the_month_before(
    tmp_path: Path, made: str, recalled: str
) -> None:
    events, a, b = _plans(tmp_path, MADE[made], PLANS[recalled])
    assert (a["date"], a["date_precision"]) == ("2025-04", "month")
    assert b["date"] == PLANS[recalled][0] and b["target_date"] == a["target_date"] == "2025"
    clusters = cluster_events(events, common=HOST)
    assert clusters[a["id"]].cluster == clusters[b["id"]].cluster


def test_a_plan_made_two_months_before_is_another(tmp_path: Path) -> None:
    made = (
        "2025-05-14",
        "Britain agreed in February to bring home its 850 soldiers from Chad by the end of the year.\n",
    )
    events, a, b = _plans(tmp_path, made, PLANS["fr"])
    assert a["date"] == "2025-02"
    clusters = cluster_events(events, common=HOST)
    assert clusters[a["id"]].cluster != clusters[b["id"]].cluster


def test_a_plan_of_another_count_made_the_month_before_is_another(tmp_path: Path) -> None:
    events, a, b = _plans(tmp_path, MADE["en"], ("2025-05-07", PLANS["fr"][1].replace("850", "300")))
    clusters = cluster_events(events, common=HOST)
    assert clusters[a["id"]].cluster != clusters[b["id"]].cluster
