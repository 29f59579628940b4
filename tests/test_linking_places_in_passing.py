"""A report naming a route or a vessel's name beside where the attack happened still links."""

from __future__ import annotations

from pathlib import Path

from store.about.places_in_passing import places_in_passing
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


BUS_ON_ROUTE = (
    "2024-06-21",
    "Gunmen fired on a bus travelling from Ségou to Mopti near Macina on Thursday, killing six "
    "passengers, officials said.\n",
)
CAMP_IN_MOPTI = (
    "2024-06-21",
    "Jihadists attacked the army camp in Mopti on Thursday, killing three soldiers, officials said.\n",
)


def test_the_ends_of_a_route_and_a_name_in_quotes_are_places_in_passing() -> None:
    assert places_in_passing(
        "Le ferry « Kayes », qui relie Ségou à Mopti, a été touché près de Macina.", "fr"
    ) == {
        "Kayes",
        "Ségou",
        "Mopti",
    }
    assert places_in_passing(
        "Der Bus fuhr von Ségou nach Mopti, als er nahe Macina beschossen wurde.", "de"
    ) == {
        "Ségou",
        "Mopti",
    }
    assert places_in_passing("Peacekeepers left Aguelhok and Tessalit on Saturday.", "en") == set()


def test_an_attack_on_the_road_to_a_town_is_not_an_attack_in_that_town(tmp_path: Path) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"bus.txt": BUS_ON_ROUTE, "camp.txt": CAMP_IN_MOPTI}),
    )
    bus, camp = event_of(events, "bus travelling"), event_of(events, "army camp")
    assert bus["date"] == camp["date"] == "2024-06-20"
    assert "Mopti" in bus["places"] and "Macina" in bus["places"]
    assert bus["cluster"] != camp["cluster"]


def test_a_town_a_distance_is_measured_from_is_a_landmark_in_every_language() -> None:
    assert places_in_passing("Peacekeepers left Aguelhok, 100 km from Tessalit, on Saturday.", "en") == {
        "Tessalit"
    }
    fr = "Les Casques bleus ont quitté Ber, à une cinquantaine de kilomètres à l'est de Tombouctou, dimanche."
    assert places_in_passing(fr, "fr") == {"Timbuktu"}
    de = "Die Soldaten räumten das Lager in Anefis, rund 110 Kilometer südlich von Kidal."
    assert places_in_passing(de, "de") == {"Kidal"}
    vi = "Binh sĩ rút khỏi Ber, cách Tombouctou khoảng 60 km, hôm Chủ nhật."
    assert places_in_passing(vi, "vi") == {"Timbuktu"}
    assert places_in_passing("Troops drove 300 km on Sunday.", "en") == set()


LANDMARK_FR = (
    "2023-08-14",
    "Les Casques bleus ont quitté dimanche 13 août leur camp de Ber, à une cinquantaine de kilomètres "
    "de Tombouctou, sous les tirs.\n",
)
LANDMARK_EN = (
    "2023-08-13",
    "UN peacekeepers pulled out of their base in Ber on Sunday, the mission said.\n",
)


def test_a_camp_told_with_the_town_it_lies_near_links_with_reports_of_that_camp(tmp_path: Path) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"fr.txt": LANDMARK_FR, "en.txt": LANDMARK_EN}),
    )
    fr, en = event_of(events, "cinquantaine"), event_of(events, "pulled out")
    assert fr["date"] == en["date"] == "2023-08-13"
    assert fr["cluster"] == en["cluster"]
