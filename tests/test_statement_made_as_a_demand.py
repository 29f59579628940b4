"""A statement whose very next word is a demand ("issued a statement demanding the withdrawal", "ra tuyên bố
đòi ... rút quân") is that demand, made in writing: it links with other reports of the demand, of that day or
told within its month. A statement that only tells of a demand ("confirmed that it wanted the troops gone",
"Tuyên bố ... được đưa ra sau khi ... yêu cầu") stays a statement."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.event_types import classify_event

DEMANDS = [
    ("en", "On Tuesday the junta issued a statement demanding the immediate withdrawal of Belgian troops."),
    ("es", "El martes la junta emitió un comunicado exigiendo la retirada inmediata de los soldados belgas."),
    ("vi", "Hôm thứ Ba, chính quyền quân sự Niger ra tuyên bố yêu cầu Bỉ rút toàn bộ binh sĩ."),
]

STATEMENTS = [
    ("en", "The junta confirmed on Tuesday that it wanted the Belgian troops gone."),
    (
        "vi",
        "Tuyên bố trên được đưa ra sau khi chính quyền quân sự Niger yêu cầu lực lượng Bỉ lập tức rút quân.",
    ),
]


@pytest.mark.parametrize(("language", "sentence"), DEMANDS)
def test_a_statement_made_as_a_demand_is_the_demand(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "demand"


@pytest.mark.parametrize(("language", "sentence"), STATEMENTS)
def test_a_statement_telling_of_a_demand_stays_a_statement(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "statement"


def test_the_written_demand_links_with_the_demand_told_within_its_month(tmp_path: Path) -> None:
    reports = {
        "vi_day.txt": (
            "2023-03-22",
            "Hôm thứ Ba, chính quyền quân sự Niger ra tuyên bố đòi Bỉ rút ngay các huấn luyện viên "
            "quân sự.\n",
        ),
        "fr_day.txt": (
            "2023-03-22",
            "Les autorités nigériennes ont exigé mardi le retrait immédiat des instructeurs belges.\n",
        ),
        "vi_month.txt": (
            "2023-06-02",
            "Quan hệ giữa hai nước xấu đi sau khi chính quyền quân sự Niger đòi Bỉ rút các huấn luyện viên "
            "hồi tháng 3/2023.\n",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", reports))
    day, fr, month = (
        event_of(events, "ra tuyên bố"),
        event_of(events, "ont exigé"),
        event_of(events, "xấu đi"),
    )
    assert day["type"] == fr["type"] == month["type"] == "demand"
    assert day["cluster"] == fr["cluster"] == month["cluster"]
