"""A withdrawal announced with a span of time still to come ("announced the complete withdrawal of its troops
within four to six months", "tuyên bố rút toàn bộ lực lượng ... trong vòng ba tháng", "kündigte an, seine
Soldaten innerhalb von drei Monaten vollständig abzuziehen") is a plan: "complete",
"total" or "toàn bộ" tell its scope, not that it is done. A withdrawal completed within a period, or one the
announcing word only follows ("completed the withdrawal within three months, the army announced"), is done."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.event_types import classify_event

PLANS = [
    (
        "en",
        "Brussels on Thursday announced the complete withdrawal of Belgian troops from Niger "
        "within three months.",
    ),
    ("fr", "La Belgique a annoncé jeudi le retrait total de ses soldats du Niger d'ici trois mois."),
    ("es", "Bélgica anunció el jueves la retirada total de sus soldados de Níger en un plazo de tres meses."),
    ("vi", "Hôm thứ Năm, Thủ tướng Bỉ tuyên bố rút toàn bộ binh sĩ khỏi Niger trong vòng ba tháng."),
    (
        "de",
        "Belgien kündigte am Donnerstag an, seine Soldaten innerhalb von drei Monaten vollständig aus Niger "
        "abzuziehen.",
    ),
]

DONE = [
    (
        "en",
        "Belgium completed the withdrawal of all its troops from Niger within three months, "
        "the army announced.",
    ),
    (
        "es",
        "Bélgica completó la retirada total de sus tropas en un plazo de tres meses, anunció el ejército.",
    ),
    ("vi", "Bỉ đã rút toàn bộ binh sĩ khỏi Niger trong vòng ba tháng."),
    (
        "de",
        "Belgien hat seine Soldaten innerhalb von drei Monaten vollständig aus Niger abgezogen, wie das "
        "Ministerium am Donnerstag ankündigte.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), PLANS)
def test_a_complete_withdrawal_announced_within_a_period_is_a_plan(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"


@pytest.mark.parametrize(("language", "sentence"), DONE)
def test_a_withdrawal_completed_within_a_period_is_done(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_completed"


def test_the_announcement_told_with_its_period_links_with_other_reports_of_it(tmp_path: Path) -> None:
    reports = {
        "en.txt": (
            "2024-05-16",
            "BRUSSELS, May 16 (Sahel Wire) - Belgium announced on Thursday that it would withdraw its "
            "soldiers from Niger.\n",
        ),
        "vi.txt": (
            "2024-05-17",
            "Thủ tướng Bỉ hôm qua tuyên bố rút toàn bộ binh sĩ khỏi Niger trong vòng ba tháng.\n",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", reports))
    en, vi = event_of(events, "Belgium announced"), event_of(events, "tuyên bố")
    assert vi["type"] == "withdrawal_announced"
    assert en["cluster"] == vi["cluster"]
