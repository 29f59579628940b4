"""A wire story's lead telling an act with no day of its own ("BAMAKO (Reuters) - Mali has expelled ...")
is of the report's day (store/extraction/wire_lead.py)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

LEADS = [
    (
        "en",
        "NIAMEY (Reuters) - Niger has expelled the special representative of the Economic Community of West "
        "African States, the foreign ministry said.\n",
    ),
    (
        "fr",
        "NIAMEY (AFP) - Le Niger a expulsé le représentant spécial de la Cédéao, a annoncé le ministère des "
        "Affaires étrangères.\n",
    ),
    (
        "de",
        "Niamey (dpa) - Niger hat den Sondergesandten der Ecowas ausgewiesen, teilte das "
        "Außenministerium mit.\n",
    ),
    (
        "es",
        "Niamey (EFE).- Níger ha expulsado al representante especial de la Cedeao, informó el Ministerio de "
        "Exteriores.\n",
    ),
    ("vi", "Theo phóng viên TTXVN tại Niamey, Niger đã trục xuất đặc phái viên của ECOWAS.\n"),
]


@pytest.mark.parametrize(("language", "text"), LEADS)
def test_a_wire_lead_act_is_of_the_report_day(language: str, text: str) -> None:
    events = events_of(text, language, "2025-06-05")
    assert [(e.date, e.date_precision, e.type, e.date_inferred) for e in events] == [
        ("2025-06-05", "day", "expulsion", False)
    ]


def test_a_lead_telling_a_background_act_takes_no_day() -> None:
    text = "NIAMEY (Reuters) - Niger had already expelled the ECOWAS envoy, the foreign ministry said.\n"
    assert all(e.date != "2025-06-05" for e in events_of(text, "en", "2025-06-05"))


def test_an_act_further_down_a_wire_story_takes_no_day() -> None:
    text = (
        "NIAMEY (Reuters) - Niger's junta said it would review its ties with regional bodies.\n\n"
        "Niger has expelled the ECOWAS envoy, the foreign ministry said.\n"
    )
    assert all(
        e.date != "2025-06-05" for e in events_of(text, "en", "2025-06-05") if "expelled" in e.sentence
    )


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        (
            "de",
            "Niamey (dpa) - Die Militärregierung in Niger hat den belgischen Botschafter zur unerwünschten "
            "Person erklärt. Er wurde am Montag ins Außenministerium einbestellt.\n",
            "am Montag",
        ),
        (
            "en",
            "NIAMEY (Reuters) - Niger has expelled Belgium's ambassador. He was summoned to the foreign "
            "ministry on Monday and given 48 hours to leave.\n",
            "on Monday",
        ),
    ],
)
def test_a_wire_lead_whose_day_comes_next_takes_that_day(language: str, text: str, day: str) -> None:
    events = events_of(text, language, "2025-06-05")
    assert [(e.date, e.type) for e in events] == [("2025-06-02", "expulsion")]
    assert day in events[0].sentence
