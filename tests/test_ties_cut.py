"""link13's new act (from holdout11's errors): diplomatic ties cut ("broke off diplomatic relations with",
"la rupture de ses relations diplomatiques", "rompió con Kiev", "cắt đứt quan hệ ngoại giao", "die
diplomatischen Beziehungen abgebrochen"), its own kind: reports of one government's rupture that day link,
the same act by a neighbour two days later stays apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.acts import act_type


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Guinea severed diplomatic ties with Ghana on Thursday, citing hostile remarks.", "en"),
        ("The junta broke with Accra on Thursday after months of tension.", "en"),
        (
            "Conakry a annoncé jeudi la rupture « sans délai » de ses relations diplomatiques avec le Ghana.",
            "fr",
        ),
        ("Guinea rompió el jueves sus relaciones diplomáticas con Ghana.", "es"),
        ("Guinea hat am Donnerstag die diplomatischen Beziehungen zu Ghana abgebrochen.", "de"),
        ("Ngày 6/3, chính quyền Guinea tuyên bố cắt đứt quan hệ ngoại giao với Ghana.", "vi"),
    ],
)
def test_diplomatic_ties_cut_are_their_own_act(sentence: str, lang: str) -> None:
    assert act_type(sentence, lang) == "ties_cut"


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The new coach broke with tradition and picked three young players.", "en"),
        ("Le ministre veut rompre avec le passé.", "fr"),
        ("El Gobierno rompió con la tradición de consultar al Parlamento.", "es"),
    ],
)
def test_breaking_with_something_not_a_country_is_no_rupture(sentence: str, lang: str) -> None:
    assert act_type(sentence, lang) is None


RUPTURES = {
    "g_en.txt": (
        "2025-03-07",
        "CONAKRY, March 7 (Reuters) - Guinea broke off diplomatic relations with Ghana on Thursday, accusing "
        "Accra of sheltering opponents.",
    ),
    "g_es.txt": (
        "2025-03-07",
        "Conakry, 7 mar (EFE).- Guinea rompió este jueves sus relaciones diplomáticas con Ghana.",
    ),
    "s_fr.txt": (
        "2025-03-09",
        "FREETOWN, 9 mars 2025 (AFP) - La Sierra Leone a annoncé samedi la rupture de ses relations "
        "diplomatiques avec le Ghana, par solidarité avec la Guinée.",
    ),
}


def test_one_rupture_links_across_languages_and_a_neighbour_s_days_later_does_not(tmp_path: Path) -> None:
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", RUPTURES))
    en, es, fr = (event_of(events, t) for t in ("broke off", "rompió este", "Sierra Leone"))
    assert en["type"] == es["type"] == fr["type"] == "ties_cut"
    assert en["date"] == es["date"] == "2025-03-06"
    assert en["cluster"] == es["cluster"] != fr["cluster"]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Niger's junta on Friday barred every non-governmental organisation funded by Denmark.", "en"),
        (
            "Le gouvernement a interdit vendredi, « avec effet immédiat », les activités des ONG danoises.",
            "fr",
        ),
        ("Die Junta hat am Freitag die Tätigkeit aller von Dänemark finanzierten NGOs verboten.", "de"),
        ("La junta prohibió el viernes las actividades de las ONG financiadas por Dinamarca.", "es"),
        ("Ngày 8/3, Niger cấm mọi hoạt động của các tổ chức phi chính phủ nhận tài trợ từ Đan Mạch.", "vi"),
    ],
)
def test_organisations_banned_are_an_activity_ban_not_a_suspension(sentence: str, lang: str) -> None:
    assert act_type(sentence, lang) == "activity_ban"


def test_aid_suspended_in_the_month_is_not_the_ngo_ban_of_a_day_in_it(tmp_path: Path) -> None:
    """Copenhagen suspending its aid (a month) and the junta banning the NGOs it funds (a day in that
    month) name the same countries: two acts, two kinds."""
    reports = {
        "n_fr.txt": (
            "2025-03-08",
            "NIAMEY, 8 mars 2025 (AFP) - Le gouvernement nigérien a interdit vendredi toutes les activités "
            "des ONG financées par le Danemark.\n\nLa mesure répond à la suspension de l'aide "
            "au développement annoncée par Copenhague ce mois-ci.",
        ),
        "n_en.txt": (
            "2025-03-08",
            "Niger's junta on Friday barred every non-governmental organisation funded by Denmark.",
        ),
    }
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", reports))
    ban_fr, ban_en = event_of(events, "a interdit"), event_of(events, "barred every")
    assert ban_fr["type"] == ban_en["type"] == "activity_ban"
    assert ban_fr["cluster"] == ban_en["cluster"]
    aid = [e for e in events if "suspension de l'aide" in e["sentence"]]
    assert all(e["cluster"] != ban_fr["cluster"] for e in aid)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The junta on Thursday ended the 2019 peace agreement with the rebels of the east.", "en"),
        (
            "La junte a annoncé jeudi la fin « sans délai » de l'accord de paix avec les rebelles de l'Est.",
            "fr",
        ),
        (
            "La junta puso fin este jueves, con efecto inmediato, al acuerdo de paz con los rebeldes.",
            "es",
        ),
        ("Die Junta hat das Friedensabkommen mit den Rebellen im Osten am Donnerstag aufgekündigt.", "de"),
        ("Hôm thứ Năm, chính quyền quân sự tuyên bố chấm dứt hiệp định hòa bình với phiến quân.", "vi"),
    ],
)
def test_a_peace_accord_ended_is_its_own_act_not_an_agreement(sentence: str, lang: str) -> None:
    assert act_type(sentence, lang) == "accord_ended"


def test_a_peace_accord_signed_is_still_an_agreement() -> None:
    from store.about.event_types import classify_event

    signed = "The government and the rebels signed a peace agreement in Algiers on Friday."
    assert classify_event(signed, "en") == "agreement"
