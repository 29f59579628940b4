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
