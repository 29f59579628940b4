"""A sentence listing several countries' acts, each on its own day of a month ("Sweden on the 3rd, Benin on
the 9th and Egypt on the 20th"), is none of them: the country it shares with one country's report of that
month says nothing. A joint act of several countries told of the month (no days listed) still links.
Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import event_of, ingest, write_reports

# (the list, its fragment, one listed country's own report, its fragment), each in its language.
LISTS = {
    "en": (
        "In November, three contributors announced their exit from the mission in Mali: Sweden on the 3rd, "
        "Benin on the 9th and Egypt on the 20th.\n",
        "three contributors",
        "Benin announced on Wednesday that it would withdraw its troops from the UN mission in Mali.\n",
        "Benin announced",
    ),
    "fr": (
        "En novembre, trois pays ont annoncé leur départ de la mission au Mali : la Suède le 3, le Bénin "
        "le 9 et l'Égypte le 20.\n",
        "trois pays",
        "Le Bénin a annoncé mercredi qu'il retirerait ses soldats de la mission de l'ONU au Mali.\n",
        "Le Bénin",
    ),
    "es": (
        "En noviembre, tres países anunciaron su salida de la misión en Malí: Suecia el día 3, Benín el 9 y "
        "Egipto el 20.\n",
        "tres países",
        "Benín anunció el miércoles que retirará a sus soldados de la misión de la ONU en Malí.\n",
        "Benín anunció",
    ),
    "vi": (
        "Trong tháng 11, ba nước đã thông báo rút quân khỏi phái bộ tại Mali: Thụy Điển ngày 3, Benin ngày 9 "
        "và Ai Cập ngày 20.\n",
        "ba nước",
        "Benin hôm thứ Tư thông báo sẽ rút binh sĩ khỏi phái bộ Liên hợp quốc tại Mali.\n",
        "Benin hôm",
    ),
}


@pytest.mark.parametrize("language", sorted(LISTS))
def test_a_list_of_acts_each_on_its_day_joins_only_that_countrys_report(
    tmp_path: Path, language: str
) -> None:
    # Each listed day is its own event with the one country named before it (``listed_actors``): the
    # Benin day is Benin's announcement, Sweden's and Egypt's days are not.
    listing, list_part, own, own_part = LISTS[language]
    paths = write_reports(
        tmp_path / "d", {"review.txt": ("2022-12-30", listing), "wire.txt": ("2022-11-10", own)}
    )
    events = ingest(tmp_path / "e.json", paths)
    days = {e["date"]: e for e in events if list_part in e["sentence"]}
    benin = event_of(events, own_part)
    assert sorted(days) == ["2022-11-03", "2022-11-09", "2022-11-20"]
    assert benin["date"] == "2022-11-09" and benin["type"] == "withdrawal_announced"
    assert days["2022-11-09"]["cluster"] == benin["cluster"]
    assert days["2022-11-03"]["cluster"] != benin["cluster"] != days["2022-11-20"]["cluster"]


def test_a_joint_act_of_the_month_still_links_with_one_members_report(tmp_path: Path) -> None:
    joint = "In January, Mali, Burkina Faso and Niger announced that they were leaving ECOWAS.\n"
    own = "Niger announced on Sunday that it was leaving the bloc ECOWAS with Mali and Burkina Faso.\n"
    paths = write_reports(
        tmp_path / "d", {"review.txt": ("2024-02-10", joint), "wire.txt": ("2024-01-29", own)}
    )
    events = ingest(tmp_path / "e.json", paths)
    a, b = event_of(events, "In January"), event_of(events, "on Sunday")
    assert a["cluster"] == b["cluster"]


def test_counts_and_times_are_no_listed_days() -> None:
    from store.linking.listed_days import days_named

    assert days_named("at 13:20, 3/11, 2.5 km, 1,500 troops, in 2023") == frozenset()
    assert days_named("Sweden on the 3rd, Benin on the 9th and Egypt on the 20th") == {3, 9, 20}
    assert days_named("Schweden am 3., Benin am 9. und Ägypten am 20.") == {3, 9, 20}
