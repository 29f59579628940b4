"""Countries only keep reports apart when they say different things; an untyped report links on a name."""

from __future__ import annotations

from pathlib import Path

from store.linking.names import shared_names_of
from tests.linking_helpers import event_of, ingest, write_reports

CAMP_FR = (
    "2023-11-06",
    "Samedi 4 novembre, la mission a également rendu aux autorités son emprise de Niafunké, "
    "après le départ du contingent togolais.\n",
)
CAMP_VI = (
    "2023-11-05",
    "Phái bộ MINUSMA hôm thứ Bảy (4/11) đã bàn giao căn cứ Niafunké cho quân đội Mali.\n",
)
OTHER_CAMP = (
    "2023-11-05",
    "UN peacekeepers handed their camp in Hombori to the Malian army on Saturday, the mission said.\n",
)


def test_a_contingents_nationality_beside_a_town_is_no_conflict_with_the_towns_country(
    tmp_path: Path,
) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"fr.txt": CAMP_FR, "vi.txt": CAMP_VI, "hombori.txt": OTHER_CAMP}),
    )
    fr, vi, hombori = (
        event_of(events, "togolais"),
        event_of(events, "Niafunké cho"),
        event_of(events, "Hombori"),
    )
    assert fr["date"] == vi["date"] == hombori["date"] == "2023-11-04"
    assert fr["cluster"] == vi["cluster"]
    assert hombori["cluster"] != vi["cluster"]  # another camp the same day


def test_two_reports_naming_different_foreign_contingents_at_one_camp_stay_apart(tmp_path: Path) -> None:
    chad = ("2023-10-22", "Chadian peacekeepers left the Tessalit camp on Saturday, the army said.\n")
    egypt = ("2023-10-22", "Egyptian peacekeepers left the Tessalit camp on Saturday, Cairo said.\n")
    events = ingest(
        tmp_path / "events.json", write_reports(tmp_path / "docs", {"td.txt": chad, "eg.txt": egypt})
    )
    assert event_of(events, "Chadian")["cluster"] != event_of(events, "Egyptian")["cluster"]


def test_names_of_two_capitalised_words_less_countries_and_places() -> None:
    assert shared_names_of("Ngày 31/1, Mali trục xuất đại sứ Pháp Joël Meyer.", "vi") == {"joel meyer"}
    fr = "La junte a donné lundi 72 heures à l'ambassadeur de France, Joël Meyer, pour quitter Bamako."
    assert shared_names_of(fr, "fr") == {"joel meyer"}
    assert shared_names_of("Mali Tessalit Kidal were named.", "en") == set()
    assert shared_names_of("Mali wies den Botschafter Joël Meyer aus.", "de") == {
        "botschafter joel",
        "joel meyer",
    }


EXPEL_FR = (
    "2022-02-01",
    "Les autorités de transition ont sommé lundi 31 janvier l'ambassadeur de France, Joël Meyer, "
    "de partir sous trois jours.\n",
)
EXPEL_DE = (
    "2022-02-01",
    "Mali hat am Montag den französischen Botschafter Joël Meyer aufgefordert, das Land "
    "binnen 72 Stunden zu verlassen.\n",
)
OTHER_ACT = (
    "2022-02-01",
    "France on Monday suspended its budget support to Mali, a spokesman for Jean-Yves Le Drian said.\n",
)


def test_untyped_reports_of_one_act_link_on_a_name_both_give_and_not_on_their_countries(
    tmp_path: Path,
) -> None:
    events = ingest(
        tmp_path / "events.json",
        write_reports(tmp_path / "docs", {"fr.txt": EXPEL_FR, "de.txt": EXPEL_DE, "aid.txt": OTHER_ACT}),
    )
    fr, de, aid = event_of(events, "sommé"), event_of(events, "Botschafter"), event_of(events, "budget")
    assert fr["date"] == de["date"] == aid["date"] == "2022-01-31"
    assert fr["cluster"] == de["cluster"]
    assert aid["cluster"] != fr["cluster"]


PACT_FR = (
    "2024-11-29",
    "N'Djamena a annoncé jeudi 28 novembre au soir rompre le traité de défense qui l'unissait à la "
    "France depuis 1960.\n",
)
PACT_EN = (
    "2024-11-29",
    "Chad said on Thursday it was ending its defence pact with France.\n",
)


def test_a_since_that_dates_a_state_gives_no_event_beside_the_sentences_own_date(tmp_path: Path) -> None:
    events = ingest(
        tmp_path / "events.json", write_reports(tmp_path / "docs", {"fr.txt": PACT_FR, "en.txt": PACT_EN})
    )
    fr = [e for e in events if "1960" in e["sentence"]]
    assert [e["date"] for e in fr] == ["2024-11-28"]
    assert fr[0]["cluster"] == event_of(events, "ending its defence pact")["cluster"]


SWEDES_EN = (
    "2023-06-02",
    "The last Swedish peacekeepers left their camp in Timbuktu on Thursday and flew to Dakar in Senegal "
    "before heading home, the armed forces said.\n",
)
SWEDES_FR = (
    "2023-06-02",
    "Les derniers Casques bleus suédois ont quitté jeudi 1er juin leur camp de Tombouctou, au Mali.\n",
)


def test_a_camp_both_reports_name_says_the_host_a_stopover_country_does_not(tmp_path: Path) -> None:
    events = ingest(
        tmp_path / "events.json", write_reports(tmp_path / "docs", {"en.txt": SWEDES_EN, "fr.txt": SWEDES_FR})
    )
    en, fr = event_of(events, "flew to Dakar"), event_of(events, "suédois")
    assert en["date"] == fr["date"] == "2023-06-01"
    assert en["cluster"] == fr["cluster"]


DUTCH = {
    "fr.txt": (
        "2022-08-16",
        "La fin de la présence des quelque 250 militaires néerlandais au Mali a été actée lundi 15 août.\n",
    ),
    "en.txt": ("2022-08-15", "The last 250 Dutch soldiers left Mali on Monday, the defence ministry said.\n"),
    "de.txt": ("2022-08-16", "Die Niederlande haben am Montag 250 Soldaten aus Mali zurückgeholt.\n"),
    "police.txt": ("2022-08-15", "About 60 Dutch police officers were deployed to Mali on Monday.\n"),
}


def test_untyped_reports_link_on_a_count_both_give_with_a_shared_country(tmp_path: Path) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", DUTCH))
    fr, en, de = (
        event_of(events, "néerlandais"),
        event_of(events, "last 250"),
        event_of(events, "zurückgeholt"),
    )
    police = event_of(events, "police officers")
    assert fr["type"] == "other"  # the German one brings its soldiers back: a withdrawal
    assert fr["date"] == en["date"] == de["date"] == police["date"] == "2022-08-15"
    assert fr["cluster"] == en["cluster"] == de["cluster"]
    assert police["cluster"] != en["cluster"]


ACTORS = {
    "se.txt": (
        "2022-11-16",
        "Sweden will withdraw its 220 peacekeepers from Mali next year, the government said on Tuesday.\n",
    ),
    "se_fr.txt": (
        "2022-11-16",
        "Stockholm a annoncé mardi 15 novembre le retrait de ses Casques bleus du Mali l'an prochain.\n",
    ),
    "bj.txt": (
        "2022-11-16",
        "Benin will pull its police officers out of Mali next year, the government said on Wednesday.\n",
    ),
}


def test_two_countries_acting_in_their_own_reports_stay_apart_whatever_host_they_share(
    tmp_path: Path,
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", ACTORS))
    se, se_fr, bj = event_of(events, "Sweden"), event_of(events, "Stockholm"), event_of(events, "Benin")
    assert (se["date"], se_fr["date"], bj["date"]) == ("2022-11-15", "2022-11-15", "2022-11-16")
    assert se["type"] == se_fr["type"] == bj["type"] == "withdrawal_announced"
    assert se["cluster"] == se_fr["cluster"]
    assert bj["cluster"] != se["cluster"]  # Benin, a day later: another country acting


CAPITAL = {
    "envoy.txt": (
        "2023-12-05",
        "A Russian delegation was received in Niamey on Monday by General Tiani.\n",
    ),
    "media.txt": (
        "2023-12-05",
        "Les autorités nigériennes ont suspendu lundi à Niamey la diffusion de la chaîne Africa 24.\n",
    ),
}


def test_untyped_reports_naming_only_a_capital_where_things_are_said_are_not_linked_by_it(
    tmp_path: Path,
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", CAPITAL))
    envoy, media = event_of(events, "delegation"), event_of(events, "diffusion")
    assert envoy["type"] == "other"
    assert media["type"] == "media_ban"  # a type of its own now (store/about/acts.py); the envoy has none
    assert envoy["date"] == media["date"] == "2023-12-04"
    assert "Niamey" in envoy["places"] and "Niamey" in media["places"]
    assert envoy["cluster"] != media["cluster"]
