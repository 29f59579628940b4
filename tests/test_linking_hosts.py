"""One force leaving two host countries on one day: two occurrences, however much else they share."""

from __future__ import annotations

from pathlib import Path

from store.linking.hosts import different_hosts
from tests.linking_helpers import event_of, ingest, write_reports

GABON = (
    "2025-03-04",
    "LIBREVILLE, March 4 (Reuters) - France will pull its soldiers out of Gabon by the summer, "
    "the defence ministry said on Tuesday.\n",
)
IVORY_COAST = (
    "2025-03-04",
    "La France va retirer ses militaires de Côte d'Ivoire d'ici l'été, a annoncé mardi 4 mars "
    "le ministère des Armées.\n",
)
GABON_VI = (
    "2025-03-05",
    "Hôm thứ Ba (4/3), Bộ Quốc phòng Pháp thông báo sẽ rút binh sĩ khỏi Gabon trước mùa hè.\n",
)


def test_one_force_announcing_its_exit_from_two_hosts_the_same_day_is_two_occurrences(
    tmp_path: Path,
) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(
            tmp_path / "docs", {"gabon.txt": GABON, "civ.txt": IVORY_COAST, "gabon_vi.txt": GABON_VI}
        ),
    )
    gabon, civ, gabon_vi = (
        event_of(events, "Gabon by"),
        event_of(events, "Côte d'Ivoire"),
        event_of(events, "khỏi Gabon"),
    )
    assert gabon["date"] == civ["date"] == gabon_vi["date"] == "2025-03-04"
    assert gabon["cluster"] == gabon_vi["cluster"]  # the same exit, told in two languages
    assert civ["cluster"] != gabon["cluster"]


def test_hosts_named_without_a_preposition_still_tell_two_exits_apart() -> None:
    chad = "Chad's foreign ministry said on Thursday it was ending its military accord with France."
    senegal = "Senegal's prime minister said on Thursday that French soldiers could not stay much longer."
    assert different_hosts(chad, frozenset({"TD", "FR"}), senegal, frozenset({"SN", "FR"}))


def test_a_force_named_by_one_report_and_a_host_by_the_other_are_not_two_hosts() -> None:
    left = "The last French soldiers left Chad on Thursday."
    said = "France's army staff said on Thursday its last soldiers had gone home."
    assert not different_hosts(left, frozenset({"FR", "TD"}), said, frozenset({"FR"}))
    left_mali = "The last French soldiers left Mali on Monday."
    crossed = "The last French convoy crossed into Niger on Monday after leaving Mali."
    assert not different_hosts(left_mali, frozenset({"FR", "ML"}), crossed, frozenset({"FR", "ML", "NE"}))


GABON_SAID = (
    "2025-05-13",
    "Gabon's transitional government said on Monday it was ending its defence accord with France.\n",
)
TOGO_SAID = (
    "2025-05-13",
    "Togo's prime minister said on Monday that French troops would leave the country soon.\n",
)


def test_statements_about_one_force_in_two_hosts_the_same_day_are_two_occurrences(tmp_path: Path) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"gabon.txt": GABON_SAID, "togo.txt": TOGO_SAID}),
    )
    gabon, togo = event_of(events, "Gabon's"), event_of(events, "Togo's")
    assert gabon["date"] == togo["date"] == "2025-05-12"
    assert "FR" in gabon["countries"] and "FR" in togo["countries"]
    assert gabon["cluster"] != togo["cluster"]


def test_a_capital_speaking_for_its_country_is_the_host_it_names() -> None:
    niamey = "Niamey announced on Monday the end of its military cooperation with France."
    lome = (
        "Le Premier ministre togolais a déclaré lundi que les soldats français partiraient bientôt du Togo."
    )
    places = (frozenset({"Niamey"}), frozenset())
    assert different_hosts(niamey, frozenset({"NE", "FR"}), lome, frozenset({"TG", "FR"}), places)
