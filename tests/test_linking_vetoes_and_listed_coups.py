"""A veto of a U.N. text is a vote of the Security Council, named or not (``VOTE_BODIES`` in each
store/languages/<code>/cues.py): its reports link as one vote. A sentence listing several countries' coups
is no evidence for one country's coup (store/linking/listed_countries.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.votes import vote_body


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("China on Tuesday vetoed a U.N. resolution renewing sanctions on South Sudan.", "en"),
        ("La Chine a opposé mardi son veto à une résolution de l'ONU sur les sanctions.", "fr"),
        ("China vetó el martes la resolución que prorrogaba las sanciones.", "es"),
        ("China legte am Dienstag ihr Veto gegen die UN-Resolution ein.", "de"),
        ("Hôm thứ Ba, Trung Quốc phủ quyết nghị quyết của Liên hợp quốc về trừng phạt Nam Sudan.", "vi"),
    ],
)
def test_a_veto_of_a_un_text_is_a_security_council_vote(sentence: str, language: str) -> None:
    assert vote_body(sentence, language) == "UNSC"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The president vetoed the budget bill on Tuesday.", "en"),
        ("Le président a opposé son veto à la loi de finances.", "fr"),
    ],
)
def test_a_veto_of_a_law_is_no_council_vote(sentence: str, language: str) -> None:
    assert vote_body(sentence, language) is None


def test_reports_of_one_veto_link_whatever_names_the_council(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2025-10-15",
                "NEW YORK, 15 octobre 2025 (AFP) - La Chine a opposé mardi son veto au renouvellement des "
                "sanctions onusiennes contre le Soudan du Sud.\n",
            ),
            "vi.txt": (
                "2025-10-16",
                "Hôm thứ Ba (14/10), Trung Quốc phủ quyết nghị quyết gia hạn chế độ trừng phạt của Liên hợp "
                "quốc đối với Nam Sudan.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    fr, vi = event_of(events, "son veto"), event_of(events, "phủ quyết")
    assert fr["date"] == vi["date"] == "2025-10-14"
    assert fr["cluster"] == vi["cluster"]


def test_vetoes_on_two_days_are_two_votes(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "fr.txt": (
                "2025-10-15",
                "NEW YORK, 15 octobre 2025 (AFP) - La Chine a opposé mardi son veto au renouvellement des "
                "sanctions onusiennes contre le Soudan du Sud.\n",
            ),
            "vi.txt": (
                "2025-10-18",
                "Hôm thứ Sáu (17/10), Trung Quốc phủ quyết nghị quyết gia hạn chế độ trừng phạt của Liên hợp "
                "quốc đối với Nam Sudan.\n",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert event_of(events, "son veto")["cluster"] != event_of(events, "phủ quyết")["cluster"]


def test_a_sentence_listing_several_coups_is_no_evidence_for_one(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2025-03-20",
                "Why the juntas left\n\nBackground: the bloc suspended Guinea after the 2021 coup, Burkina "
                "Faso after its 2022 coups and Niger after the July 2023 coup.\n",
            ),
            "fr.txt": ("2025-03-19", "Le Niger avait été suspendu après le coup d'État de juillet 2023.\n"),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    niger = event_of(events, "coup d'État de juillet 2023")
    listed = [e for e in events if "Background" in e["sentence"] and e["date"] == "2023-07"]
    assert niger["type"] == "coup" and listed and listed[0]["type"] == "coup"
    assert listed[0]["cluster"] != niger["cluster"]


def test_two_reports_of_one_countrys_coup_still_link(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": ("2025-03-20", "The bloc suspended Niger after the July 2023 coup.\n"),
            "fr.txt": ("2025-03-19", "Le Niger avait été suspendu après le coup d'État de juillet 2023.\n"),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    assert event_of(events, "July 2023 coup")["cluster"] == event_of(events, "juillet 2023")["cluster"]
