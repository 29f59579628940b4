"""A cluster holds reports that nothing contradicts, each unlinked pair tied through a report linked to
both; a pair that contradicts (a day apart, two places, two kinds, an analyst's "different") or a chain
of weak links keeps groups apart."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from store.linking.cohesion import contradicts, may_join, may_stand_with
from store.linking.compatibility import Evidence, Profile, profile
from tests.linking_helpers import event_of, ingest, write_reports

# Reports of one departure from the Niamey air base: a day-dated one that names the act, a statement
# that only says the ministry told it, and a month-dated explainer (no link with the statement: a
# statement dated to a month says too little on its own).
NIAMEY = {
    "en_statement.txt": (
        "2026-03-09",
        "NIAMEY, March 9 - The last Russian instructors at the Niamey air base left on Sunday, "
        "the defence ministry said.\n",
    ),
    "fr_act.txt": (
        "2026-03-09",
        "Les derniers instructeurs russes ont quitté la base aérienne de Niamey dimanche 8 mars.\n",
    ),
    "vi_month.txt": (
        "2026-03-28",
        "Các huấn luyện viên quân sự Nga đã rời căn cứ không quân ở Niamey vào đầu tháng 3/2026.\n",
    ),
}
AGADEZ = (
    "2026-04-02",
    "Russian instructors also left the Agadez base in March 2026, a local official said.\n",
)


def test_a_month_dated_report_joins_the_day_dated_reports_of_its_occurrence(tmp_path: Path) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", NIAMEY))
    statement, act = event_of(events, "defence ministry"), event_of(events, "dimanche 8 mars")
    month = event_of(events, "tháng 3/2026")
    assert month["date"] == "2026-03" and statement["date"] == act["date"] == "2026-03-08"
    assert statement["cluster"] == act["cluster"] == month["cluster"]
    assert month["cluster_size"] == 3


def test_a_month_dated_report_of_another_base_stays_apart(tmp_path: Path) -> None:
    reports = {**NIAMEY, "en_agadez.txt": AGADEZ}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    agadez = event_of(events, "Agadez base")
    assert agadez["cluster_size"] == 1  # linked to the explainer, but the Niamey base is another base
    assert event_of(events, "tháng 3/2026")["cluster"] == event_of(events, "dimanche 8 mars")["cluster"]


def test_an_announcement_and_a_completion_weeks_later_stay_apart(tmp_path: Path) -> None:
    reports = {
        "en_announce.txt": (
            "2026-03-04",
            "Hungary announced on Tuesday it would withdraw its soldiers from Chad.\n",
        ),
        "fr_done.txt": (
            "2026-03-29",
            "Les derniers soldats hongrois ont quitté le Tchad samedi 28 mars.\n",
        ),
        "es_month.txt": (
            "2026-04-10",
            "Los soldados húngaros completaron su retirada de Chad en marzo de 2026.\n",
        ),
    }
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    announced = event_of(events, "announced on Tuesday")
    assert announced["type"] == "withdrawal_announced"
    assert announced["cluster_size"] == 1
    assert event_of(events, "samedi 28 mars")["cluster"] == event_of(events, "marzo de 2026")["cluster"]


def test_a_month_dated_announcement_joins_the_declaration_told_as_a_departure_the_same_day(
    tmp_path: Path,
) -> None:
    # The day-dated announcement and the departure the company declared that day are one act; the
    # month-dated explainer is linked to the announcement only (an announcement is not a departure),
    # and joins them. A completion told of the month stays its own occurrence.
    reports = {
        "en_start.txt": (
            "2026-05-09",
            "BAMAKO, May 9 - Turkey's SADAT contractors said on Friday they were withdrawing their "
            "instructors from Mali, the company said in a statement.\n",
        ),
        "fr_announce.txt": (
            "2026-05-09",
            "La société turque SADAT a annoncé vendredi 8 mai le retrait de ses instructeurs du Mali.\n",
        ),
        "vi_month.txt": (
            "2026-05-30",
            "Khi SADAT của Thổ Nhĩ Kỳ tuyên bố rút các huấn luyện viên khỏi Mali hồi đầu tháng 5/2026, "
            "ít ai ở Bamako bất ngờ.\n",
        ),
        "es_done.txt": (
            "2026-06-02",
            "Los instructores de SADAT completaron su salida de Malí en mayo de 2026.\n",
        ),
    }
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    start, announced = event_of(events, "said on Friday"), event_of(events, "vendredi 8 mai")
    month, done = event_of(events, "tháng 5/2026"), event_of(events, "mayo de 2026")
    assert (start["type"], announced["type"], month["type"]) == (
        "withdrawal_started",
        "withdrawal_announced",
        "withdrawal_announced",
    )
    assert start["cluster"] == announced["cluster"] == month["cluster"]
    assert done["cluster_size"] == 1


# The rule itself, on hand-made links between reports (the sentences say what each report tells).


def _event(
    i: str, date: str, kind: str, places: list[str], sentence: str, lang: str = "en"
) -> dict[str, Any]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "end": len(sentence),
        "date": date,
        "date_text": date,
        "type": kind,
        "countries": ["NE", "RU"],
        "places": places,
        "sentence": sentence,
        "language": lang,
    }


EVENTS = {
    e["id"]: e
    for e in (
        _event(
            "act",
            "2026-03-08",
            "withdrawal_completed",
            ["Niamey"],
            "The last instructors left Niamey on Sunday.",
        ),
        _event("said", "2026-03-08", "statement", ["Niamey"], "They left on Sunday, the ministry said."),
        _event(
            "month", "2026-03", "withdrawal_completed", ["Niamey"], "Les instructeurs sont partis en mars."
        ),
        _event(
            "next", "2026-03-09", "withdrawal_completed", [], "Các huấn luyện viên đã rời đi hôm thứ Hai."
        ),
        _event("gao", "2026-03", "withdrawal_completed", ["Gao"], "The instructors left Gao in March."),
        _event("plan", "2026-03", "withdrawal_announced", [], "Moscow said in March it would pull them out."),
        _event(
            "condemned", "2026-03-08", "statement", ["Niamey"], "Le ministre a condamné la junte dimanche."
        ),
        _event("start", "2026-03-08", "withdrawal_started", [], "Moscou a dit dimanche qu'il les retirait."),
        _event(
            "told", "2026-03-08", "withdrawal_announced", [], "Moscow announced on Sunday it was leaving."
        ),
    )
}


class _Links:
    """Links and refusals written by hand, as ``compatibility.judge`` would give them."""

    def __init__(self, links: set[frozenset[str]], refusals: Mapping[frozenset[str], str]) -> None:
        self.links, self.refusals = links, refusals
        self.common: frozenset[str] = frozenset()
        self.profiles = {i: profile(e) for i, e in EVENTS.items()}

    def edge(self, a: str, b: str) -> Evidence | None:
        return Evidence(5, "hand-made link") if frozenset((a, b)) in self.links else None

    def refusal(self, a: str, b: str) -> str:
        return "" if frozenset((a, b)) in self.links else self.refusals.get(frozenset((a, b)), "evidence")

    def profile(self, i: str) -> Profile:
        return self.profiles[i]


def _links(*pairs: tuple[str, str], **refusals: str) -> _Links:
    refused = {frozenset(k.split("__")): v for k, v in refusals.items()}
    return _Links({frozenset(p) for p in pairs}, refused)


def _never(_: str) -> bool:
    return False


def test_a_pair_nothing_links_joins_through_a_report_linked_to_both() -> None:
    links = _links(("act", "said"), ("act", "month"))
    assert may_join(["act", "said"], ["month"], links, _never)


def test_a_chain_of_links_does_not_join_its_ends() -> None:
    # said - act - month - plan: "said" and "plan" share no report both are linked to
    links = _links(("act", "said"), ("act", "month"), ("month", "plan"))
    assert not may_join(["act", "said"], ["month", "plan"], links, _never)


def test_two_days_nothing_links_are_two_occurrences() -> None:
    links = _links(("act", "said"), ("said", "next"))
    assert not contradicts(links, "said", "month")
    assert contradicts(links, "act", "next")  # Sunday and Monday, at the day
    assert not may_join(["act", "said"], ["next"], links, _never)


def test_two_places_nothing_links_are_two_occurrences() -> None:
    links = _links(("act", "month"), ("month", "gao"))
    assert contradicts(links, "act", "gao")
    assert not may_join(["act", "month"], ["gao"], links, _never)
    assert not may_stand_with(["act", "month"], "gao", links, _never)


def test_a_refusal_for_what_differs_is_a_contradiction_even_through_a_shared_link() -> None:
    for word in ("country", "town", "host", "actor", "vote", "analyst", "date"):
        links = _links(("act", "said"), ("act", "month"), said__month=word)
        assert not may_join(["act", "said"], ["month"], links, _never), word


def test_an_announcement_and_a_departure_tied_on_their_day_let_a_month_dated_announcement_in() -> None:
    # "told" (announced Sunday) and "start" (withdrawing, said Sunday) are linked as one declaration:
    # the month-dated announcement linked to "told" may stand with "start" too.
    links = _links(("told", "start"), ("told", "plan"), plan__start="type")
    assert may_join(["told", "start"], ["plan"], links, _never)


def test_an_announcement_and_a_completion_no_report_ties_stay_apart() -> None:
    links = _links(("act", "said"), ("said", "plan"), act__plan="type")
    assert contradicts(links, "act", "plan", ["act", "said", "plan"])
    assert not may_join(["act", "said"], ["plan"], links, _never)
    assert may_stand_with(["act", "said"], "plan", links, _never)  # a group tying them might let it in


def test_an_echo_is_left_out_of_the_test() -> None:
    links = _links(("act", "month"), act__next="evidence")
    # "next" repeats a report's act a day later in its own sentence: it is not compared with the others
    assert may_join(["act", "next"], ["month"], links, lambda i: i == "next")


def test_a_statement_naming_nothing_of_the_act_is_something_else_said_that_day() -> None:
    # linked to the statement that tells the departure (two statements of one day), not to the departure
    links = _links(("act", "said"), ("said", "condemned"))
    assert contradicts(links, "act", "condemned", ["act", "said", "condemned"])
    assert not contradicts(links, "month", "said")  # a statement telling the departure
    assert not may_join(["act", "said"], ["condemned"], links, _never)


def test_reports_each_naming_a_country_the_other_lacks_are_two_occurrences() -> None:
    # "Burkina Faso et le Niger ont quitté le G5 Sahel" beside "French troops left Niger": both name
    # Niger, each another country; a report naming only Niger ties to both.
    links = _links(("act", "month"), ("month", "plan"))
    links.profiles["act"] = profile({**EVENTS["act"], "countries": ["BF", "NE"]})
    links.profiles["plan"] = profile(
        {**EVENTS["plan"], "countries": ["FR", "NE"], "type": "withdrawal_completed"}
    )
    links.profiles["month"] = profile({**EVENTS["month"], "countries": ["NE"]})
    assert contradicts(links, "act", "plan")
    assert not may_join(["act", "month"], ["plan"], links, _never)
    links.common = frozenset({"BF"})  # a country every report names tells nothing apart
    assert not contradicts(links, "act", "plan")


def test_a_statement_linked_to_a_departure_stands_with_another_report_of_that_departure() -> None:
    # "Le ministre a condamné la junte dimanche" names no departure; linked (say, by its report) to the
    # departure told of that day, it is read as told of it, and a month-dated report of the departure
    # linked to that one joins both.
    links = _links(("act", "condemned"), ("act", "month"))
    assert not contradicts(links, "month", "condemned", ["act", "month", "condemned"])
    assert may_join(["act", "condemned"], ["month"], links, _never)
    assert not may_join(
        ["said", "condemned"], ["month"], _links(("said", "condemned"), ("said", "month")), _never
    )
