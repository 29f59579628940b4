"""One office holder's decision told of its day in one report and recalled in its month in another is one
decision; a leader names his country; a group's listed members are not where it is."""

from __future__ import annotations

from store.about.member_countries import member_countries
from store.linking.compatibility import Evidence, judge, profile
from store.linking.hosts import different_actors, different_hosts


def _event(i: str, date: str, countries: list[str], sentence: str, language: str) -> dict[str, object]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "date": date,
        "date_precision": "day" if len(date) == 10 else "month",
        "date_text": "x",
        "type": "withdrawal_announced",
        "countries": countries,
        "places": [],
        "sentence": sentence,
        "language": language,
    }


# a store about Germany leaving Niger: both countries are in nearly every report (``common``)
COMMON = frozenset({"DE", "NE"})
DAY = _event(
    "a",
    "2024-05-07",
    ["DE", "NE"],
    "Germany's defence minister Boris Pistorius announced on Tuesday that the Bundeswehr would withdraw its "
    "last soldiers from Niger by the end of August.",
    "en",
)
MONTH = _event(
    "b",
    "2024-05",
    ["NE"],
    "Le retrait avait été annoncé par Boris Pistorius en mai, après des mois de tensions avec la junte au "
    "pouvoir au Niger.",
    "fr",
)
VI_DAY = _event(
    "c",
    "2024-05-07",
    ["DE", "NE"],
    "Hôm thứ Ba, Bộ trưởng Quốc phòng Đức Boris Pistorius tuyên bố quân đội Đức sẽ rút khỏi Niger.",
    "vi",
)
OTHER_PERSON = _event(
    "d",
    "2024-05",
    ["NE"],
    "Le retrait avait été annoncé par Annalena Baerbock en mai, après des mois de tensions avec Niamey.",
    "fr",
)


def test_a_decision_recalled_in_its_month_by_its_maker_is_the_decision_of_its_day() -> None:
    for day in (DAY, VI_DAY):
        found = judge(profile(day), profile(MONTH), COMMON)
        assert isinstance(found, Evidence), found
        assert "same person Boris Pistorius" in found.reason
    assert judge(profile(DAY), profile(OTHER_PERSON), COMMON) == "evidence"  # another person: not said


def test_a_leader_named_in_one_report_names_his_country_as_an_actor() -> None:
    recalled = (
        "Le retrait avait été annoncé par Boris Pistorius en mai, après des mois de tensions avec Niamey."
    )
    told = "Germany said on Tuesday it would withdraw its soldiers by the end of August."
    assert not different_actors(recalled, frozenset({"NE"}), told, frozenset({"DE"}))
    other = "Italy said on Tuesday it would withdraw its soldiers by the end of August."
    assert different_actors(other, frozenset({"IT"}), told, frozenset({"DE"}))


def test_countries_listed_as_a_groups_members_are_read_in_every_language() -> None:
    members = frozenset({"SE", "EE", "IT"})
    sentences = {
        "en": "Takuba's European partners, among them Sweden, Estonia and Italy, will leave the country too.",
        "fr": "Les partenaires européens de Takuba, dont la Suède, l'Estonie et l'Italie, partiront aussi.",
        "de": "Die europäischen Partner, darunter Schweden, Estland und Italien, ziehen ebenfalls ab.",
        "es": "Los socios europeos, entre ellos Suecia, Estonia e Italia, también abandonarán el país.",
        "vi": "Các đối tác châu Âu, trong đó có Thụy Điển, Estonia và Italy, cũng sẽ rời nước này.",
    }
    for language, sentence in sentences.items():
        assert member_countries(sentence, language) == members, language
    assert member_countries("Sweden and Estonia will leave Mali, including Gao.", "en") == frozenset()
    where = "Barkhane compte 4 300 militaires dans le Sahel, dont 2 400 au Mali et 800 au Niger."
    assert member_countries(where, "fr") == frozenset()  # where they are, not who


def test_a_groups_listed_members_are_no_host_of_its_withdrawal() -> None:
    partners = "Los socios europeos de la fuerza Takuba, entre ellos Suecia, Estonia e Italia, se irán."
    france = "France and its allies announced on Thursday that they would withdraw their troops from Mali."
    countries = frozenset({"FR", "SE", "EE", "IT"}), frozenset({"FR", "ML"})
    assert not different_hosts(partners, countries[0], france, countries[1], languages=("es", "en"))
    chad = "France's partners said on Thursday they would leave Chad, among other places."
    assert different_hosts(
        chad, frozenset({"FR", "TD"}), france, frozenset({"FR", "ML"}), languages=("en", "en")
    )
