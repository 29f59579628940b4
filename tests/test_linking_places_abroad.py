"""One force handing over a camp in one country and a base in another's capital on the same day: two
occurrences, since each report's place is in a country the other does not name (a capital alone is no
town, being often only where an act is told). A report told from the capital of a country the other
names still links. Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import event_of, ingest, write_reports

GAO = "German soldiers handed over Camp Castor in Gao to the Malian army on Tuesday.\n"

# (the camp in Mali, its fragment, the base in Niger's capital, its fragment), across languages.
PAIRS = {
    "en-fr": (
        GAO,
        "Camp Castor",
        "Les soldats allemands ont remis mardi leur base de Niamey à l'armée nigérienne.\n",
        "Niamey",
    ),
    "de-vi": (
        "Die Bundeswehr hat am Dienstag ihr Lager in Gao an die malische Armee übergeben.\n",
        "Gao",
        "Hôm thứ Ba, quân đội Đức đã bàn giao căn cứ ở Niamey cho quân đội Niger.\n",
        "Niamey",
    ),
    "es-en": (
        "Los soldados alemanes entregaron el martes su base de Gao al ejército maliense.\n",
        "Gao",
        "German troops handed their Niamey air base to the Nigerien army on Tuesday.\n",
        "Niamey",
    ),
}


@pytest.mark.parametrize("languages", sorted(PAIRS))
def test_one_force_handing_over_bases_in_two_countries_on_one_day_is_two(
    tmp_path: Path, languages: str
) -> None:
    camp_text, camp_part, base_text, base_part = PAIRS[languages]
    paths = write_reports(
        tmp_path / "d", {"a.txt": ("2023-12-13", camp_text), "b.txt": ("2023-12-13", base_text)}
    )
    events = ingest(tmp_path / "e.json", paths)
    camp, base = event_of(events, camp_part), event_of(events, base_part)
    assert camp["type"] == base["type"] == "handover" and camp["date"] == base["date"]
    assert "ML" in camp["countries"] and "NE" in base["countries"]
    assert camp["cluster"] != base["cluster"]


def test_a_report_told_from_a_capital_of_a_country_the_other_names_still_links() -> None:
    from store.linking.places_abroad import places_abroad
    from store.linking.profiles import Profile

    def report(places: set[str], countries: set[str]) -> Profile:
        return Profile(
            id=str(places), doc="d", date="2023-12-12", precision="day", inferred=False, type="handover",
            countries=frozenset(countries), places=frozenset(places), towns=frozenset(), figures=(),
            sentence_events=1,
        )  # fmt: skip

    gao = report({"Gao"}, {"DE", "ML"})
    assert not places_abroad(gao, report({"Berlin"}, {"DE", "ML"}))  # "said in Berlin": Germany is named
    assert not places_abroad(gao, report({"Bamako"}, {"DE"}))  # the capital of Mali, where Gao is
    assert places_abroad(gao, report({"Niamey"}, {"DE", "NE"}))
