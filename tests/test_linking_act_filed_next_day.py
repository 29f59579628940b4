"""One act told on its day and in a wire's lead filed the next day, dated only by its dateline or its
report, with no name of a person in common: a regional organisation both name in their own words says it
is one act (store/linking/act_evidence.py ``told_next_day``, ``same_object``; store/about/organisations.py).
Two organisations, or two reports each giving its own day, stay two acts. The host both name is common,
as it is in a store of thirty or more reports about it: it identifies nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.organisations import organisations_in
from store.linking.clusters import cluster_events

HOST = frozenset({"NE"})  # what the store's statistics make of the host in a corpus about it


def _same(events: list[dict], a: dict, b: dict) -> bool:
    clusters = cluster_events(events, common=HOST)
    return clusters[a["id"]].cluster == clusters[b["id"]].cluster


DAY_FR = (
    "2025-02-10",
    "Le Niger expulse l'envoyé de la Cédéao\n\nNIAMEY, 10 février 2025 (AFP) - Les autorités nigériennes ont "
    "déclaré lundi persona non grata Moussa Keita Diallo, représentant de la Communauté économique des États "
    "de l'Afrique de l'Ouest (Cédéao), qui dispose de 48 heures pour partir.\n",
)
DAY_DE = (
    "2025-02-10",
    "Niger weist Ecowas-Gesandten aus\n\nNiamey (dpa) - Die Militärregierung Nigers hat am Montag den "
    "Gesandten der Westafrikanischen Wirtschaftsgemeinschaft Ecowas ausgewiesen.\n",
)
DAY_VI = (
    "2025-02-11",
    "Niger trục xuất đặc phái viên ECOWAS\n\nTheo phóng viên TTXVN tại châu Phi, hôm thứ Hai, chính quyền "
    "quân sự Niger đã trục xuất đặc phái viên của Cộng đồng Kinh tế các quốc gia Tây Phi (ECOWAS).\n",
)
NEXT_EN = (
    "2025-02-11",
    "Niger orders regional bloc's envoy out\n\nDAKAR, Feb 11 (Reuters) - Niger's military government has "
    "told the special representative of the Economic Community of West African States to leave within "
    "two days, accusing him of meddling.\n",
)
NEXT_ES = (
    "2025-02-11",
    "Níger expulsa al enviado de la Cedeao\n\nDakar, 11 feb (EFE).- La junta militar de Níger ha "
    "expulsado al representante de la Comunidad Económica de los Estados de África Occidental.\n",
)


@pytest.mark.parametrize(
    ("day", "next_day", "day_words", "next_words"),
    [
        (DAY_FR, NEXT_EN, "persona non grata", "told the special"),
        (DAY_DE, NEXT_ES, "ausgewiesen", "ha expulsado"),
        (DAY_VI, NEXT_EN, "trục xuất đặc phái viên", "told the special"),
        (DAY_FR, NEXT_ES, "persona non grata", "ha expulsado"),
    ],
)
def test_an_act_and_the_next_days_lead_naming_one_organisation_are_one(
    tmp_path: Path, day: tuple[str, str], next_day: tuple[str, str], day_words: str, next_words: str
) -> None:
    paths = write_reports(tmp_path / "docs", {"day.txt": day, "next.txt": next_day})
    events = ingest(tmp_path / "s.json", paths)
    told, filed = event_of(events, day_words), event_of(events, next_words)
    assert told["type"] == filed["type"] == "expulsion"
    assert (told["date"], filed["date"]) == ("2025-02-10", "2025-02-11")
    assert _same(events, told, filed)


def test_the_next_days_lead_naming_another_organisation_is_another_act(tmp_path: Path) -> None:
    other = (
        "2025-02-11",
        "DAKAR, Feb 11 (Reuters) - Niger's military government has told the special representative of the "
        "African Union to leave within two days, accusing him of meddling.\n",
    )
    paths = write_reports(tmp_path / "docs", {"day.txt": DAY_FR, "next.txt": other})
    events = ingest(tmp_path / "s.json", paths)
    told, filed = event_of(events, "persona non grata"), event_of(events, "told the special")
    assert told["type"] == filed["type"] == "expulsion"
    assert not _same(events, told, filed)


def test_two_reports_each_giving_its_own_day_are_two_acts(tmp_path: Path) -> None:
    tuesday = (
        "2025-02-11",
        "Niamey (dpa) - Die Militärregierung Nigers hat am Dienstag einen weiteren Gesandten der Ecowas "
        "ausgewiesen.\n",
    )
    paths = write_reports(tmp_path / "docs", {"day.txt": DAY_FR, "tuesday.txt": tuesday})
    events = ingest(tmp_path / "s.json", paths)
    monday, second = event_of(events, "persona non grata"), event_of(events, "am Dienstag")
    assert (monday["date"], second["date"]) == ("2025-02-10", "2025-02-11")
    assert not _same(events, monday, second)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("the envoy of the Economic Community of West African States left", "en"),
        ("l'envoyé de la Communauté économique des États de l'Afrique de l'Ouest est parti", "fr"),
        ("der Gesandte der Westafrikanischen Wirtschaftsgemeinschaft reiste ab", "de"),
        ("el enviado de la Comunidad Económica de Estados de África Occidental salió", "es"),
        ("đặc phái viên của Cộng đồng Kinh tế Tây Phi đã rời đi", "vi"),
        ("le représentant de la CEDEAO est parti", "fr"),
    ],
)
def test_one_organisation_is_one_key_in_every_language(sentence: str, language: str) -> None:
    assert organisations_in(sentence, language) == {"ECOWAS"}


def test_a_lowercase_word_is_no_acronym() -> None:
    assert organisations_in("Il est allé au marché avec les aes du village", "fr") == frozenset()


def test_two_reports_of_one_days_act_naming_one_organisation_are_one(tmp_path: Path) -> None:
    paths = write_reports(tmp_path / "docs", {"fr.txt": DAY_FR, "de.txt": DAY_DE})
    events = ingest(tmp_path / "s.json", paths)
    assert _same(events, event_of(events, "persona non grata"), event_of(events, "ausgewiesen"))
