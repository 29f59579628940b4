"""Harm told right after an act, naming no place, happened at that act's place (store/linking/harm_places.py):
the ambush of a convoy leaving one camp, told by reports in several languages, is one attack even when the
victims' country is in every report; the same day's ambush of a convoy leaving another camp is another.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from typing import Any

from store.linking.clusters import cluster_events
from store.linking.compatibility import judge, profile
from store.linking.harm_places import FIELD, with_harm_place
from store.linking.place_context import with_place_context
from tests.extract_helpers import events_of

LEFT_TESSIT = {
    "en": "Chadian peacekeepers left their camp at Tessit on Saturday, the mission said.\n\n"
    "Their convoy was ambushed on the road south and two soldiers were wounded.",
    "fr": "Les casques bleus tchadiens ont quitté samedi leur camp de Tessit, a indiqué la mission.\n\n"
    "Leur convoi est tombé dans une embuscade sur la route et deux soldats ont été blessés.",
    "vi": "Các binh sĩ gìn giữ hòa bình Chad đã rời trại Tessit hôm thứ Bảy, phái bộ cho biết.\n\n"
    "Đoàn xe của họ bị phục kích trên đường đi, hai binh sĩ bị thương.",
    "de": "Tschadische Blauhelme haben am Samstag ihr Lager in Tessit verlassen, teilte die Mission mit.\n\n"
    "Ihr Konvoi geriet auf dem Weg in einen Hinterhalt, zwei Soldaten wurden verletzt.",
    "es": "Los cascos azules chadianos abandonaron el sábado su campamento de Tessit, informó la misión.\n\n"
    "Su convoy sufrió una emboscada en el camino y dos soldados resultaron heridos.",
}
LEFT_LERE = (
    "Chadian peacekeepers left their camp at Léré on Saturday, the mission said.\n\n"
    "Their convoy was ambushed on the road south and two soldiers were wounded."
)


def _report(doc: str, language: str, story: str) -> list[dict[str, Any]]:
    events = []
    for n, e in enumerate(events_of(f"Headline\n\n{story}\n", language, "2024-06-10")):
        record = e.as_dict()
        record.update(id=f"{doc}:{n}", doc=doc)
        events.append(record)
    with_place_context(events)
    with_harm_place(events)
    return events


def _harm(events: list[dict[str, Any]]) -> dict[str, Any]:
    (found,) = [e for e in events if e["type"] in ("attack", "casualties")]
    return found


def test_harm_told_after_a_departure_is_placed_at_the_camp_left() -> None:
    for language, story in LEFT_TESSIT.items():
        harm = _harm(_report(f"{language}.txt", language, story))
        assert (harm["places"], harm[FIELD], harm["date"]) == ([], ["Tessit"], "2024-06-08"), language


def test_one_ambush_of_a_convoy_leaving_one_camp_is_one_attack_across_languages() -> None:
    common = frozenset({"ML", "TD"})  # a store where every report names Mali and Chad: they say nothing
    harms = [_harm(_report(f"{lang}.txt", lang, story)) for lang, story in LEFT_TESSIT.items()]
    clusters = cluster_events(harms, common=common)
    assert len({a.cluster for a in clusters.values()}) == 1
    found = judge(profile(harms[0]), profile(harms[2]), common)
    assert not isinstance(found, str) and "same place Tessit" in found.reason


def test_the_same_days_ambush_of_a_convoy_leaving_another_camp_is_another_attack() -> None:
    common = frozenset({"ML"})  # Chad's contingent, named by both, would otherwise say it is one
    tessit = _harm(_report("en.txt", "en", LEFT_TESSIT["en"]))
    lere = _harm(_report("lere.txt", "en", LEFT_LERE))
    assert lere[FIELD] == ["Léré"]
    assert judge(profile(tessit), profile(lere), common) == "town"


def test_harm_naming_its_own_place_is_where_it_says() -> None:
    story = (
        "Chadian peacekeepers left their camp at Tessit on Saturday, the mission said.\n\n"
        "Their convoy was ambushed on the road near Ansongo and two soldiers were wounded."
    )
    events = _report("en.txt", "en", story)
    assert all(FIELD not in e for e in events)


def test_a_toll_told_after_an_attack_is_at_the_attacks_place() -> None:
    stories = {
        "en": "Gunmen ambushed an army patrol near Dapaong on Tuesday, the ministry said.\n\n"
        "At least nine soldiers were wounded.",
        "fr": "Des hommes armés ont tendu mardi une embuscade à une patrouille près de Dapaong.\n\n"
        "Au moins neuf soldats ont été blessés.",
    }
    for language, story in stories.items():
        events = _report(f"{language}.txt", language, story)
        tolls = [e for e in events if e["type"] == "casualties" and not e["places"]]
        assert tolls and all(e[FIELD] == ["Dapaong"] for e in tolls), language


def test_reports_of_one_ambush_giving_different_tolls_are_one_occurrence_with_a_conflict() -> None:
    from store.linking.occurrences import occurrences_of

    five = LEFT_TESSIT["fr"].replace("deux soldats", "cinq soldats")
    harms = [_harm(_report("en.txt", "en", LEFT_TESSIT["en"])), _harm(_report("fr.txt", "fr", five))]
    clusters = cluster_events(harms, common=frozenset({"ML", "TD"}))
    for e in harms:
        e["cluster"] = clusters[e["id"]].cluster
    (occurrence,) = occurrences_of(harms)
    (conflict,) = [c for c in occurrence.conflicts if c.field.startswith("figures:")]
    assert [(v.value, v.events) for v in conflict.values] == [("2", ("en.txt:1",)), ("5", ("fr.txt:1",))]
