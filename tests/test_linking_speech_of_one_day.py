"""Reports of one day that extraction typed differently: an untyped sentence and statements of its day
naming the same countries, and an act naming only its host beside a statement naming the force, are one
occurrence; another government's words that day, or a statement at another place, are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import event_of, ingest, write_reports

# Chad's last French soldiers leave a base; the same day the Ivorian president speaks of French troops in
# his country: the untyped French sentence and two statements (en, vi) tell what he said.
SPOKEN = {
    "fr.txt": (
        "2025-02-19",
        "ABIDJAN, 19 février 2025 (AOA) - Le Tchad a célébré mardi le départ des derniers soldats "
        "français de la base d'Abéché.\n\nLe même jour, le président ivoirien Alassane Ouattara a qualifié "
        "de dépassée la présence de soldats français dans son pays.\n",
    ),
    "en.txt": (
        "2025-02-19",
        "On Tuesday, Ivorian President Alassane Ouattara told a French newspaper that France's soldiers in "
        "his country belonged to another era.\n",
    ),
    "vi.txt": (
        "2025-02-19",
        "Hôm thứ Ba, Tổng thống Bờ Biển Ngà Alassane Ouattara nói với báo chí Pháp rằng sự hiện diện của "
        "binh sĩ Pháp tại nước ông đã lỗi thời.\n",
    ),
}


def test_an_untyped_sentence_and_statements_of_its_day_naming_its_countries_are_one_thing_said(
    tmp_path: Path,
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", SPOKEN))
    untyped = event_of(events, "qualifié de dépassée")
    said_en, said_vi = event_of(events, "another era"), event_of(events, "lỗi thời")
    chad = event_of(events, "base d'Abéché")
    assert untyped["type"] == "other" and said_en["type"] == said_vi["type"] == "statement"
    assert untyped["date"] == said_en["date"] == said_vi["date"] == chad["date"]
    assert untyped["cluster"] == said_en["cluster"] == said_vi["cluster"]
    assert "no act told in either" in str(untyped["cluster_link"] or said_vi["cluster_link"])
    assert chad["cluster"] != untyped["cluster"]  # Chad's base that day: another country, another act


def test_an_untyped_sentence_and_another_governments_statement_of_its_day_stay_apart(tmp_path: Path) -> None:
    reports = {
        "fr.txt": SPOKEN["fr.txt"],
        "es.txt": (
            "2025-02-19",
            "Dakar, 19 feb (AA).- El presidente de Senegal dijo el martes a la prensa francesa que los "
            "soldados franceses en su país pertenecían a otra época.\n",
        ),
    }
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    untyped, senegal = event_of(events, "qualifié de dépassée"), event_of(events, "otra época")
    assert untyped["date"] == senegal["date"]
    assert untyped["cluster"] != senegal["cluster"]  # Senegal and France, not Côte d'Ivoire and France


def test_an_untyped_sentence_does_not_join_a_statement_of_its_day_telling_an_act(tmp_path: Path) -> None:
    reports = {
        "fr.txt": SPOKEN["fr.txt"],
        "en.txt": (
            "2025-02-19",
            "On Tuesday, the Ivorian government said it would end its defence agreement with France, a "
            "spokesman told reporters.\n",
        ),
    }
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    untyped, pact = event_of(events, "qualifié de dépassée"), event_of(events, "defence agreement")
    assert pact["type"] == "statement" and pact["countries"] == untyped["countries"]
    assert untyped["date"] == pact["date"]
    assert untyped["cluster"] != pact["cluster"]  # the pact ended that day is an act: its type decides


# The last soldiers of an air base land at home: the act names only the base's town (its host, Chad);
# statements of that day name the force (France) and the town, or are told in the act's own report.
LANDED = {
    "fr.txt": (
        "2025-01-31",
        "ISTRES, 31 janvier 2025 (AOA) - Les derniers militaires de la base aérienne de N'Djamena ont "
        "atterri jeudi soir à Istres.\n",
    ),
    "en.txt": (
        "2025-01-31",
        '"Today a long chapter closes," a French army spokesman said on Thursday in N\'Djamena, where the '
        "last of France's troops in Chad boarded their plane.\n",
    ),
}


def test_a_statement_naming_the_force_joins_an_act_of_its_day_naming_only_its_host_town(
    tmp_path: Path,
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", LANDED))
    act, said = event_of(events, "ont atterri"), event_of(events, "long chapter")
    assert act["countries"] == ["TD"] and said["type"] == "statement" and "FR" in said["countries"]
    assert act["date"] == said["date"]
    assert act["cluster"] == said["cluster"]
    assert "naming only its host TD" in str(act["cluster_link"] or said["cluster_link"])


def test_a_placeless_statement_of_the_acts_own_report_naming_the_force_joins_it(tmp_path: Path) -> None:
    text = (
        LANDED["fr.txt"][1] + "\n« Une page se tourne », a déclaré jeudi un porte-parole de l'état-major des "
        "forces françaises au Tchad.\n"
    )
    events = ingest(
        tmp_path / "events.json", write_reports(tmp_path / "docs", {"fr.txt": ("2025-01-31", text)})
    )
    act, said = event_of(events, "ont atterri"), event_of(events, "page se tourne")
    assert said["type"] == "statement" and not said["places"] and act["date"] == said["date"]
    assert act["cluster"] == said["cluster"]


ELSEWHERE = {
    # said in Paris: which base of Chad, nothing tells
    "vi.txt": (
        "2025-01-31",
        "Hôm thứ Năm tại Paris, một phát ngôn viên quân đội Pháp nói rằng một chương dài với Tchad "
        "đã khép lại.\n",
        "chương dài",
    ),
    # another report naming no place at all: nor here
    "de.txt": (
        "2025-01-31",
        "Ein Sprecher der französischen Armee sagte am Donnerstag, ein langes Kapitel mit dem Tschad "
        "sei zu Ende.\n",
        "langes Kapitel",
    ),
}


@pytest.mark.parametrize("name", sorted(ELSEWHERE))
def test_a_statement_of_that_day_told_elsewhere_does_not_join_an_act_naming_only_its_host(
    tmp_path: Path, name: str
) -> None:
    published, text, fragment = ELSEWHERE[name]
    reports = {"fr.txt": LANDED["fr.txt"], name: (published, text)}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    act, said = event_of(events, "ont atterri"), event_of(events, fragment)
    assert said["type"] == "statement" and set(said["countries"]) == {"FR", "TD"}
    assert act["date"] == said["date"]
    assert act["cluster"] != said["cluster"]
