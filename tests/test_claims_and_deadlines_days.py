"""Whose day a sentence's day is, for linking: a claim or a reaction is the act it names (the gold's
convention, issue 10: "a statement made on Sunday about a departure on Saturday is the departure"), and a
day written on the act's noun ("claimed Sunday's attack") dates that act, not the claim; a plan's own day
that is a deadline ("Today is the deadline for the end of the withdrawal") is its target, not the day of an
act, so it stays apart from that day's completions. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import event_of, ingest, write_reports

Reports = dict[str, tuple[str, str]]

# (case, reports, the act's fragment, the telling's fragment)
TOLD: list[tuple[str, Reports, str, str]] = [
    (
        "claim_next_day_fr",
        {
            "a.txt": (
                "2023-10-04",
                "Des hommes armés ont attaqué mercredi un convoi de la Minusma près de Tessalit.",
            ),
            "b.txt": (
                "2023-10-05",
                "Le JNIM a revendiqué jeudi l'attaque contre le convoi de la Minusma près de Tessalit.",
            ),
        },
        "hommes armés",
        "revendiqué",
    ),
    (
        "condemn_next_day_fr",
        {
            "a.txt": ("2023-01-31", "La junte malienne a expulsé lundi l'ambassadeur de France à Bamako."),
            "b.txt": ("2023-02-01", "Paris a condamné mardi l'expulsion de son ambassadeur à Bamako."),
        },
        "expulsé lundi",
        "condamné",
    ),
    (
        "welcome_same_day_en",
        {
            "a.txt": ("2022-08-15", "The last French soldiers left Mali on Monday, the French army said."),
            "b.txt": (
                "2022-08-15",
                "The Malian government welcomed on Monday the departure of the last French soldiers.",
            ),
        },
        "left Mali on Monday",
        "welcomed",
    ),
    (
        "condemn_same_day_es",
        {
            "a.txt": (
                "2023-07-26",
                "Militares nigerinos derrocaron el miércoles al presidente Mohamed Bazoum.",
            ),
            "b.txt": ("2023-07-26", "La Unión Europea condenó el miércoles el golpe de Estado en Níger."),
        },
        "derrocaron",
        "condenó",
    ),
]

# A claim told days later, the attack's day written on its noun: the claim takes the attack's day.
CLAIMED: list[tuple[str, Reports, str, str]] = [
    (
        "claimed_sundays_attack_en",
        {
            "a.txt": (
                "2023-10-01",
                "Militants attacked an army post near Ménaka on Sunday, killing four soldiers.",
            ),
            "b.txt": (
                "2023-10-03",
                "An al-Qaeda affiliate on Tuesday claimed Sunday's attack on the army post near Ménaka.",
            ),
        },
        "Militants",
        "claimed",
    ),
    (
        "revendique_l_attaque_de_dimanche_fr",
        {
            "a.txt": (
                "2023-10-01",
                "Des jihadistes ont attaqué dimanche un poste de l'armée près de Ménaka.",
            ),
            "b.txt": (
                "2023-10-03",
                "Le JNIM a revendiqué mardi l'attaque de dimanche contre le poste de l'armée près de Ménaka.",
            ),
        },
        "jihadistes",
        "revendiqué",
    ),
    (
        "reivindico_el_ataque_del_domingo_es",
        {
            "a.txt": ("2023-10-01", "Yihadistas atacaron el domingo un puesto del ejército cerca de Ménaka."),
            "b.txt": (
                "2023-10-03",
                "El JNIM reivindicó el martes el ataque del domingo contra el puesto del ejército "
                "cerca de Ménaka.",
            ),
        },
        "Yihadistas",
        "reivindicó",
    ),
    (
        "bekannte_sich_zum_angriff_vom_sonntag_de",
        {
            "a.txt": (
                "2023-10-01",
                "Dschihadisten haben am Sonntag einen Armeeposten bei Ménaka angegriffen.",
            ),
            "b.txt": (
                "2023-10-03",
                "Die JNIM hat sich am Dienstag zu dem Angriff vom Sonntag auf den Armeeposten "
                "bei Ménaka bekannt.",
            ),
        },
        "Dschihadisten",
        "bekannt",
    ),
    (
        "nhan_trach_nhiem_vu_tan_cong_hom_chu_nhat_vi",
        {
            "a.txt": ("2023-10-01", "Hôm Chủ nhật, các tay súng đã tấn công một đồn quân đội gần Ménaka."),
            "b.txt": (
                "2023-10-03",
                "Hôm thứ Ba, nhóm JNIM đã nhận trách nhiệm về vụ tấn công hôm Chủ nhật "
                "vào đồn quân đội gần Ménaka.",
            ),
        },
        "tay súng",
        "nhận trách nhiệm",
    ),
]

# A plan whose own day is its deadline, and a completion told that day: two occurrences.
DEADLINES: list[tuple[str, Reports, str, str]] = [
    (
        "today_is_the_deadline_en",
        {
            "a.txt": (
                "2023-12-22",
                "Today is the deadline agreed for the end of the withdrawal of French troops from Niger.",
            ),
            "b.txt": ("2023-12-22", "The last French soldiers left Niger on Friday, the army said."),
        },
        "Today is the deadline",
        "left Niger",
    ),
    (
        "c_est_aujourd_hui_la_date_butoir_fr",
        {
            "a.txt": (
                "2023-12-22",
                "C'est aujourd'hui la date butoir fixée pour la fin du retrait des soldats "
                "français du Niger.",
            ),
            "b.txt": ("2023-12-22", "Les derniers soldats français ont quitté le Niger vendredi."),
        },
        "date butoir",
        "ont quitté",
    ),
    (
        "hoy_vence_el_plazo_es",
        {
            "a.txt": (
                "2023-12-22",
                "Hoy vence el plazo para el fin de la retirada de las tropas francesas de Níger.",
            ),
            "b.txt": ("2023-12-22", "Los últimos soldados franceses salieron de Níger el viernes."),
        },
        "vence el plazo",
        "salieron",
    ),
    (
        "heute_laeuft_die_frist_ab_de",
        {
            "a.txt": (
                "2023-12-22",
                "Heute läuft die Frist für das Ende des Abzugs der französischen Truppen aus Niger ab.",
            ),
            "b.txt": ("2023-12-22", "Die letzten französischen Soldaten haben Niger am Freitag verlassen."),
        },
        "Frist",
        "verlassen",
    ),
    (
        "hom_nay_la_han_chot_vi",
        {
            "a.txt": ("2023-12-22", "Hôm nay là hạn chót để hoàn tất việc rút quân Pháp khỏi Niger."),
            "b.txt": ("2023-12-22", "Hôm thứ Sáu, những binh sĩ Pháp cuối cùng đã rời Niger."),
        },
        "hạn chót",
        "đã rời",
    ),
]


def _ids(cases: list[tuple[str, Reports, str, str]]) -> list[object]:
    return [pytest.param(*case, id=case[0]) for case in cases]


@pytest.mark.parametrize(("case", "reports", "act", "told"), _ids(TOLD))
def test_a_claim_or_reaction_links_to_the_act_it_names(
    tmp_path: Path, case: str, reports: Reports, act: str, told: str
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    done = event_of(events, act)
    telling = [e for e in events if told in e["sentence"]]
    assert telling and all(e["cluster"] == done["cluster"] for e in telling), (case, telling)


@pytest.mark.parametrize(("case", "reports", "act", "told"), _ids(CLAIMED))
def test_a_claim_takes_the_day_its_act_noun_carries(
    tmp_path: Path, case: str, reports: Reports, act: str, told: str
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    attack = event_of(events, act)
    claim = event_of(events, told)  # one event: the claim's own day makes no second attack
    assert claim["date"] == attack["date"], case
    assert claim["cluster"] == attack["cluster"], case


@pytest.mark.parametrize(("case", "reports", "plan", "done"), _ids(DEADLINES))
def test_a_plans_deadline_day_is_its_target_not_an_acts_day(
    tmp_path: Path, case: str, reports: Reports, plan: str, done: str
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    deadline = event_of(events, plan)
    left = event_of(events, done)
    assert deadline["type"] == "withdrawal_announced", case
    assert deadline["target_date"] == "2023-12-22", case
    assert deadline["cluster"] != left["cluster"], (case, deadline.get("cluster_link"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The resolution passed on Friday gives the mission a deadline until December 31 "
            "to complete its pullout.",
        ),
        (
            "fr",
            "La résolution adoptée vendredi donne à la mission un délai jusqu'au 31 décembre "
            "pour achever son retrait.",
        ),
        (
            "es",
            "La resolución aprobada el viernes da a la misión un plazo hasta el 31 de diciembre "
            "para completar su retirada.",
        ),
    ],
)
def test_a_deadline_given_its_own_date_leaves_the_decisions_day(
    tmp_path: Path, language: str, text: str
) -> None:
    events = ingest(
        tmp_path / "events.json", write_reports(tmp_path / "docs", {f"{language}.txt": ("2023-06-30", text)})
    )
    (plan,) = [e for e in events if e["type"] == "withdrawal_announced"]
    assert (plan["date"], plan["target_date"]) == ("2023-06-30", "2023-12-31"), language
