"""A plan someone said, dated only by its report ("the ministry said the crews would be home by the end of
September"), is not another report's act of that day ("the planes flew their last mission yesterday, the
ministry said"), though both are one country's statements of one day. An announcement of that plan, or a
statement pointing back at one, is not refused. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.linking.profiles import Profile
from store.linking.said_plans import said_plan_beside_act
from tests.linking_helpers import event_of, ingest, write_reports

# (the plan said, its fragment, the act told the next morning, its fragment), across languages.
PAIRS = {
    "en-fr": (
        "OTTAWA, Aug 1 (Wire) - The defence ministry said the crews and about 200 staff would be back in "
        "Canada by the end of September.\n",
        "would be back",
        "Les avions canadiens ont mené hier leur ultime vol au Mali, a indiqué le ministère de la Défense.\n",
        "ultime vol",
    ),
    "fr-vi": (
        "Le ministère a précisé que les équipages et quelque 200 personnels seraient rentrés au Canada d'ici "
        "fin septembre.\n",
        "seraient rentrés",
        "Bộ Quốc phòng Canada cho biết các máy bay của nước này đã thực hiện chuyến bay cuối cùng tại Mali "
        "hôm qua.\n",
        "chuyến bay cuối cùng",
    ),
    "de-es": (
        "Das Ministerium erklärte, die Besatzungen und rund 200 Soldaten würden bis Ende September nach "
        "Kanada zurückkehren.\n",
        "zurückkehren",
        "Los aviones canadienses realizaron ayer su último vuelo en Malí, informó el Ministerio.\n",
        "último vuelo",
    ),
}


@pytest.mark.parametrize("languages", sorted(PAIRS))
def test_a_plan_said_is_not_the_act_another_report_dates_that_day(tmp_path: Path, languages: str) -> None:
    plan_text, plan_part, act_text, act_part = PAIRS[languages]
    paths = write_reports(
        tmp_path / "d", {"plan.txt": ("2019-08-01", plan_text), "act.txt": ("2019-08-02", act_text)}
    )
    events = ingest(tmp_path / "e.json", paths)
    plan, act = event_of(events, plan_part), event_of(events, act_part)
    assert plan["type"] == act["type"] == "statement"
    assert plan["date"] == act["date"] == "2019-08-01"
    assert plan["target_date"] and not act["target_date"]
    assert plan["cluster"] != act["cluster"]


def _profile(kind: str, **fields: object) -> Profile:
    base = dict(id=kind, doc=kind, date="2023-09-24", precision="day", inferred=False, type=kind)
    base |= dict(countries=frozenset({"FR", "NE"}), places=frozenset(), towns=frozenset(), figures=())
    return Profile(**(base | {"sentence_events": 1} | fields))  # type: ignore[arg-type]


def test_a_plan_said_stays_with_its_announcement_and_with_a_statement_pointing_back_at_it() -> None:
    plan = _profile("statement", deadline_only=True, target="2023")
    announced = _profile("withdrawal_announced")  # "Paris announced on Sunday the pull-out": one decision
    told = _profile("statement", told="Frankreich zieht ab. Das kündigte Macron am Sonntag an.")
    act = _profile("withdrawal_completed")
    assert not said_plan_beside_act(plan, announced) and not said_plan_beside_act(told, plan)
    assert said_plan_beside_act(act, plan)
