"""A report naming a route or a vessel's name beside where the attack happened still links."""

from __future__ import annotations

from pathlib import Path

from tests.linking_helpers import event_of, ingest, write_reports

FERRY_FR = (
    "2024-06-14",
    "Le ferry « Kayes », qui assure la liaison entre Ségou et Mopti, a été mitraillé jeudi 13 juin "
    "près de Diafarabé, faisant une vingtaine de morts selon les autorités.\n",
)
FERRY_EN = (
    "2024-06-14",
    "Gunmen opened fire on a river ferry near Diafarabé on Thursday, killing about 20 people, "
    "officials said.\n",
)
OTHER_ATTACK = (
    "2024-06-14",
    "Gunmen attacked an army post near Tenenkou on Thursday, killing four soldiers, officials said.\n",
)


def test_an_attack_told_with_its_vessel_and_route_is_the_attack_near_the_town(tmp_path: Path) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"fr.txt": FERRY_FR, "en.txt": FERRY_EN, "post.txt": OTHER_ATTACK}),
    )
    fr, en = event_of(events, "mitraillé"), event_of(events, "river ferry")
    post = event_of(events, "army post")
    assert fr["date"] == en["date"] == post["date"] == "2024-06-13"
    assert fr["cluster"] == en["cluster"]
    assert post["cluster"] != en["cluster"]  # another town the same day
