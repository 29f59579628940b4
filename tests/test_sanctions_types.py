"""Sanctions imposed on a country and sanctions lifted are two kinds of act (store/about/sanctions.py,
store/languages/<code>/sanctions.py): reports of one lifting link across languages, apart from the imposing
months before; a lifting only asked for is no lifting; every consumer of the type list knows both."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.event_types import classify_event
from store.exports.acled import TYPE_MAP
from store.linking.kinds import FAMILY
from store.model import EVENT_TYPES, SHORT_TYPE_LABELS
from store.storage.correction_values import validate_type
from tui.chart_drawing import FAMILY_OF

LIFTED = [
    (
        "en",
        "Regional leaders on Friday lifted the economic sanctions they had imposed on Chad after the coup.",
    ),
    ("fr", "Les dirigeants régionaux ont levé vendredi les sanctions économiques imposées au Tchad."),
    ("es", "Los líderes regionales levantaron el viernes todas las sanciones económicas contra Chad."),
    ("de", "Die Regionalorganisation hob am Freitag die Wirtschaftssanktionen gegen den Tschad auf."),
    ("vi", "Các nhà lãnh đạo khu vực hôm thứ Sáu đã dỡ bỏ các lệnh trừng phạt kinh tế đối với Chad."),
]
IMPOSED = [
    ("en", "The regional bloc imposed economic and financial sanctions on Chad on Monday."),
    ("fr", "Le bloc régional a imposé lundi des sanctions économiques et financières au Tchad."),
    ("es", "El bloque regional impuso el lunes sanciones económicas y financieras a Chad."),
    ("de", "Der Regionalblock verhängte am Montag Wirtschaftssanktionen gegen den Tschad."),
    ("vi", "Khối khu vực hôm thứ Hai đã áp đặt lệnh trừng phạt kinh tế và tài chính đối với Chad."),
]


@pytest.mark.parametrize(("language", "text"), LIFTED)
def test_sanctions_lifted_are_their_own_act_not_the_coup_they_answered(language: str, text: str) -> None:
    assert classify_event(text, language) == "sanctions_lifted"


@pytest.mark.parametrize(("language", "text"), IMPOSED)
def test_sanctions_imposed_are_their_own_act(language: str, text: str) -> None:
    assert classify_event(text, language) == "sanctions"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The government had asked for the sanctions to be lifted."),
        ("fr", "Le gouvernement a demandé la levée des sanctions."),
    ],
)
def test_a_lifting_only_asked_for_is_no_lifting(language: str, text: str) -> None:
    assert classify_event(text, language) not in ("sanctions_lifted", "sanctions")


def test_every_consumer_of_the_type_list_knows_the_sanction_types() -> None:
    for kind in ("sanctions", "sanctions_lifted"):
        assert kind in EVENT_TYPES
        assert 0 < len(SHORT_TYPE_LABELS[kind]) <= 11
        assert FAMILY[kind] == kind
        assert TYPE_MAP[kind][0] == "Strategic developments"
        assert FAMILY_OF[kind] == "politics"
        assert validate_type(kind) == kind


def test_reports_of_one_lifting_link_apart_from_the_imposing(tmp_path: Path) -> None:
    reports = {
        "a_en.txt": (
            "2024-05-11",
            "ABUJA (Reuters) - West African leaders on Friday lifted most of the sanctions on Chad, "
            "citing the hardship of its people.",
        ),
        "b_fr.txt": (
            "2024-05-11",
            "Les dirigeants ouest-africains ont levé vendredi 10 mai l'essentiel des sanctions au Tchad.",
        ),
        "c_es.txt": (
            "2024-05-11",
            "Los líderes de África Occidental levantaron el viernes la mayoría de las sanciones contra Chad.",
        ),
        "d_en.txt": (
            "2023-11-21",
            "ABUJA (Reuters) - West African leaders on Monday imposed economic sanctions on Chad.",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "reports", reports))
    en, fr, es = (event_of(events, f) for f in ("lifted most", "ont levé", "levantaron"))
    assert en["type"] == fr["type"] == es["type"] == "sanctions_lifted"
    assert en["cluster"] == fr["cluster"] == es["cluster"]
    imposed = event_of(events, "imposed economic")
    assert imposed["type"] == "sanctions" and imposed["cluster"] != en["cluster"]
