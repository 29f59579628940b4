"""A mission completing its mandate ends, and "ten years after its deployment" only says when: the
deployment qualifies the time and is no act of that day.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

ENDINGS = [
    ("en", "The U.N. mission in Chad completes its mandate today, eight years after its deployment."),
    ("fr", "La mission de l'ONU au Tchad achève aujourd'hui son mandat, huit ans après son déploiement."),
    ("de", "Die UN-Mission hat heute ihr Mandat abgeschlossen, acht Jahre nach ihrer Stationierung."),
    ("es", "La misión de la ONU en Chad termina hoy su mandato, ocho años después de su despliegue."),
    ("vi", "Phái bộ Liên Hợp Quốc tại Chad hôm nay hoàn thành nhiệm vụ, tám năm sau khi triển khai."),
]


@pytest.mark.parametrize(("language", "text"), ENDINGS)
def test_a_mission_completing_its_mandate_after_its_deployment_ends(language: str, text: str) -> None:
    events = events_of(f"Headline\n\n{text}\n", language, "2024-03-12")
    assert [(e.date, e.type) for e in events] == [("2024-03-12", "mission_ended")]
