"""Kinds of occurrence news tells in many ways, and how a statement links to what it reports.

Every sentence here is written for these tests (en, fr, vi), none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event, reported_kinds
from store.dates.tense import tense_at
from store.linking.compatibility import compatible, profile
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Security Council voted on Thursday to terminate the UN mission in South Sudan."),
        ("en", "The Council adopted a resolution ending the mandate of the observer mission on Monday."),
        ("fr", "Le Conseil de sécurité a voté jeudi la fin de la mission d'observation au Tchad."),
        ("fr", "Les Quinze ont adopté lundi une résolution qui met fin au mandat de la mission."),
        ("vi", "Ngày 12/3, Hội đồng Bảo an bỏ phiếu chấm dứt sứ mệnh quan sát tại Chad."),
        ("vi", "Hội đồng Bảo an thông qua nghị quyết kết thúc nhiệm vụ của phái bộ vào ngày 12/3."),
    ],
)
def test_a_vote_that_ends_a_mission_is_its_end_not_a_statement(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "mission_ended"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Security Council will vote on Thursday to terminate the mission in Chad."),
        ("en", "The government asked the Council to vote to end the mission, officials said."),
        ("fr", "Niamey a demandé au Conseil de voter la fin de la mission."),
    ],
)
def test_a_vote_still_to_come_or_only_asked_for_ends_nothing(lang: str, text: str) -> None:
    assert classify_event(text, lang) != "mission_ended"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The last Belgian detachment crossed the border into Senegal on Friday, the army said."),
        ("fr", "Le dernier convoi belge a franchi la frontière sénégalaise vendredi, selon l'armée."),
        ("vi", "Ngày 4/2, đoàn xe cuối cùng của Bỉ đã vượt qua biên giới sang Senegal."),
    ],
)
def test_the_last_troops_crossing_the_border_is_a_completed_withdrawal(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "withdrawal_completed"


def test_the_first_troops_crossing_a_border_withdraw_nothing() -> None:
    kind = classify_event("The first Turkish instructors crossed the border on Monday.", "en")
    assert "withdrawal" not in kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The last Swedish soldiers returned home from Timbuktu on Wednesday."),
        ("en", "The final Dutch troops landed back in Eindhoven on Wednesday."),
        ("fr", "Les derniers militaires suédois sont rentrés en Suède mercredi."),
        ("vi", "Ngày 7/6, những binh sĩ Thụy Điển cuối cùng đã về nước."),
    ],
)
def test_troops_coming_home_is_a_withdrawal_not_a_deployment(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "withdrawal_completed"


def test_a_leader_returning_home_withdraws_nothing() -> None:
    assert classify_event("The prime minister returned home from Doha on Sunday.", "en") == "other"
    assert classify_event("Le ministre est rentré au pays dimanche.", "fr") != "withdrawal_completed"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Italy redeployed its helicopters from Niger to Djibouti in March."),
        ("fr", "L'Italie a redéployé ses hélicoptères depuis le Niger vers Djibouti en mars."),
    ],
)
def test_a_redeployment_away_from_a_country_is_a_withdrawal_from_it(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "withdrawal_completed"


def test_a_redeployment_into_a_country_stays_a_deployment() -> None:
    assert classify_event("Italy redeployed 200 soldiers to Niger in March.", "en") == "deployment"


@pytest.mark.parametrize(
    "text",
    [
        "The Chadian battalion left its base in Tessit on Monday.",
        "Ghanaian peacekeepers left Gossi on Monday, the mission said.",
    ],
)
def test_leaving_a_named_place_or_a_camp_is_a_completed_withdrawal(text: str) -> None:
    assert classify_event(text, "en") == "withdrawal_completed"


def test_left_in_a_toll_or_a_result_is_not_a_departure() -> None:
    assert classify_event("The ambush left 14 soldiers dead near Tessit.", "en") == "attack"
    assert classify_event("The blast left 3 peacekeepers wounded in Gao.", "en") == "attack"


def test_a_vietnamese_verb_without_a_tense_marker_in_a_dated_item_is_done() -> None:
    assert classify_event("Ngày 9/4, quân Chad rút khỏi thị trấn Tessit.", "vi") == "withdrawal_completed"
    assert classify_event("Ngày 9/4, quân Chad sẽ rút khỏi thị trấn Tessit.", "vi") == "withdrawal_announced"
    assert classify_event("Ngày 9/4, quân Chad bắt đầu rút khỏi Tessit.", "vi") == "withdrawal_started"


@pytest.mark.parametrize(
    ("lang", "text", "when"),
    [
        ("vi", "Ngày 9/4, quân Chad rút khỏi thị trấn Tessit sớm hơn kế hoạch.", "9/4"),
        ("vi", "Ngày 9/4, quân Chad rời Tessit sớm hơn so với dự kiến.", "9/4"),
        ("fr", "Le camp de Tessit a été rétrocédé le 9 avril, plus tôt que prévu.", "9 avril"),
        ("fr", "Les Tchadiens ont quitté Tessit le 9 avril, comme prévu.", "9 avril"),
    ],
)
def test_a_date_measured_against_a_plan_is_not_a_plan(lang: str, text: str, when: str) -> None:
    at = text.index(when)
    assert tense_at(text, at, at + len(when), lang) != "future"


def test_a_plan_is_still_a_plan() -> None:
    text = "Le camp de Tessit sera rétrocédé le 9 avril, comme prévu."
    at = text.index("9 avril")
    assert tense_at(text, at, at + len("9 avril"), "fr") == "future"
    text = "Ngày 9/4, quân Chad rút khỏi Tessit theo kế hoạch."
    assert tense_at(text, text.index("9/4"), text.index("9/4") + 3, "vi") == "future"


def test_what_a_statement_reports_is_what_it_tells_not_what_it_demands() -> None:
    told = reported_kinds("The army said on Sunday its last soldiers had crossed the border.", "en")
    assert "withdrawal_completed" in told
    demanded = reported_kinds("Niamey on Sunday demanded the immediate departure of the troops.", "en")
    assert not demanded & {"withdrawal_completed", "withdrawal_started", "withdrawal_announced"}
    assert reported_kinds("Le ministre a condamné dimanche les propos de Paris.", "fr") == frozenset()


def _event(i: str, type_: str, sentence: str, language: str = "en") -> dict:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "start": 0,
        "date": "2024-03-18",
        "date_precision": "day",
        "type": type_,
        "countries": ["BE", "ML"],
        "places": [],
        "sentence": sentence,
        "language": language,
    }


def test_a_statement_links_only_to_the_kind_of_occurrence_its_sentence_tells() -> None:
    common = frozenset({"ML"})
    left = _event("a", "withdrawal_completed", "The last Belgian soldiers left Mali on Monday.")
    telling = _event(
        "b", "statement", "Brussels said on Monday that the withdrawal of its soldiers was over.", "en"
    )
    unrelated = _event("c", "statement", "Le ministre belge a condamné lundi les propos de la junte.", "fr")
    evidence = compatible(profile(left), profile(telling), common)
    assert evidence is not None and "same country BE" in evidence.reason
    assert compatible(profile(left), profile(unrelated), common) is None


VOTE_EN = (
    "2024-03-15",
    "UNITED NATIONS, March 14 (AP) - The U.N. Security Council on Thursday voted to terminate the "
    "observer mission in Chad, after N'Djamena demanded its departure.\n",
)
VOTE_FR = (
    "2024-03-15",
    "Le Conseil de sécurité a adopté jeudi 14 mars une résolution mettant fin au mandat de la mission "
    "d'observation au Tchad.\n",
)
VOTE_VI = (
    "2024-03-16",
    "Ngày 14/3, Hội đồng Bảo an đã bỏ phiếu chấm dứt sứ mệnh quan sát tại Chad.\n",
)


def test_one_vote_told_in_three_languages_is_one_occurrence(tmp_path: Path) -> None:
    paths = write_reports(tmp_path / "docs", {"en.txt": VOTE_EN, "fr.txt": VOTE_FR, "vi.txt": VOTE_VI})
    events = ingest(tmp_path / "events.json", paths)
    votes = [event_of(events, "terminate"), event_of(events, "mettant fin"), event_of(events, "bỏ phiếu")]
    assert {e["type"] for e in votes} == {"mission_ended"}
    assert {e["date"] for e in votes} == {"2024-03-14"}
    assert len({e["cluster"] for e in votes}) == 1


def test_a_leader_leaving_the_capital_withdraws_nothing() -> None:
    kind = classify_event("President Tiani left Niamey on Sunday for a summit in Bamako.", "en")
    assert "withdrawal" not in kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Bundeswehr officially ended its ten-year deployment in Mali on Tuesday."),
        ("en", "Sweden ended its military presence in Mali on Friday."),
        ("fr", "La Suède a mis fin jeudi à sa présence militaire au Mali."),
        ("fr", "L'Allemagne a officiellement achevé son déploiement au Mali mardi."),
        ("vi", "Ngày 12/12, Đức chính thức kết thúc đợt triển khai quân kéo dài 10 năm tại Mali."),
    ],
)
def test_the_end_of_a_deployment_is_an_end_not_a_deployment(lang: str, text: str) -> None:
    assert classify_event(text, lang) == "mission_ended"


def test_extending_a_deployment_or_demanding_its_end_ends_nothing() -> None:
    assert classify_event("Berlin extended the deployment of 1,100 soldiers on Friday.", "en") == "deployment"
    kind = classify_event("The junta demanded an end to the French military presence on Monday.", "en")
    assert kind != "mission_ended"
