"""Another act told as of the same occasion as the one before it ("In einer zweiten Abstimmung ...",
"Deputies separately renewed ...") is of that act's day, with a type of its own
(store/extraction/same_occasion.py)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

from store.about.event_types import classify_event

REPORTS = [
    (
        "de",
        "Der Bundestag hat am Freitag das Mandat der Bundeswehr für die UN-Mission in Südsudan um ein Jahr "
        "verlängert.\n\nIn einer zweiten Abstimmung beendeten die Abgeordneten die deutsche Beteiligung an "
        "der Ausbildungsmission in Niger.\n",
        "zweiten Abstimmung",
        "2025-06-06",
    ),
    (
        "en",
        "MADRID, June 6 (Reuters) - Spain's parliament on Thursday approved ending the country's role in the "
        "EU training mission in Niger.\n\nDeputies separately renewed for another year the air detachment "
        "based in Dakar, Senegal.\n",
        "separately renewed",
        "2025-06-05",
    ),
    (
        "fr",
        "BRUXELLES, 6 juin 2025 (AFP) - Le Parlement belge a approuvé jeudi la fin de la participation du "
        "pays à la mission européenne au Niger.\n\nLors d'un second vote, les députés ont prolongé d'un an "
        "la présence des instructeurs belges au Bénin.\n",
        "second vote",
        "2025-06-05",
    ),
    (
        "es",
        "Madrid, 6 jun (EFE).- El Congreso aprobó este jueves poner fin a la participación española en la "
        "misión europea en Níger.\n\nEn una segunda votación, la Cámara prorrogó por un año el despliegue "
        "del destacamento aéreo en Dakar (Senegal).\n",
        "segunda votación",
        "2025-06-05",
    ),
    (
        "vi",
        "Hôm thứ Năm, Quốc hội Tây Ban Nha đã thông qua việc chấm dứt sự tham gia vào phái bộ huấn luyện "
        "của EU tại Niger.\n\nTrong một cuộc bỏ phiếu khác, các nghị sĩ đã gia hạn thêm một năm việc "
        "triển khai phân đội không quân tại Dakar, Senegal.\n",
        "bỏ phiếu khác",
        "2025-06-05",
    ),
]


@pytest.mark.parametrize(("language", "text", "cue", "day"), REPORTS)
def test_another_act_of_the_occasion_is_of_its_day(language: str, text: str, cue: str, day: str) -> None:
    events = events_of(text, language, "2025-06-06")
    first = [e for e in events if cue not in e.sentence]
    second = [e for e in events if cue in e.sentence]
    assert [(e.date, e.date_precision, e.date_inferred) for e in second] == [(day, "day", True)]
    assert first and second[0].type != first[0].type  # an act of its own, not the first one again


def test_another_vote_still_to_come_takes_no_day() -> None:
    text = (
        "MADRID, June 6 (Reuters) - Spain's parliament on Thursday approved ending the country's role in the "
        "EU training mission in Niger.\n\nDeputies will separately vote on the air detachment in Dakar next "
        "month.\n"
    )
    later = [e for e in events_of(text, "en", "2025-06-06") if "separately" in e.sentence]
    assert all(e.date != "2025-06-05" for e in later)


def test_a_force_detachment_renewed_is_a_deployment() -> None:
    sentence = "Deputies renewed for another year the Marfil air detachment based in Dakar, Senegal."
    assert classify_event(sentence, "en") == "deployment"
    assert classify_event("The Security Council extended the mandate of the mission by a year.", "en") != (
        "deployment"
    )
