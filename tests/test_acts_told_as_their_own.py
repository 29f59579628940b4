"""What a sentence tells, read the way linking needs it (link12's classes, from holdout10's misses):
an expulsion ordered is an expulsion, someone given hours to leave or declared unwelcome is expelled
(not a withdrawal), a contingent "temporarily stopped" is suspended, barracks or a camp "given back" are
handed over, the camp where troops are stationed is a place, "a fait savoir mardi" is a statement."""

from __future__ import annotations

import pytest

from store.about.countries import find_countries
from store.about.event_types import classify_event
from store.about.places import find_places


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les autorités nigériennes ont ordonné jeudi l'expulsion du représentant de l'OIM à Niamey.", "fr"),
        ("The junta ordered the expulsion of the mission's deputy head on Friday.", "en"),
        ("El Gobierno ordenó el viernes la expulsión del representante de la ONU.", "es"),
    ],
)
def test_an_expulsion_ordered_by_the_government_is_an_expulsion_not_a_demand(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "expulsion"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Niger's junta on Monday declared the UNDP country director persona non grata and gave her "
            "72 hours to leave.",
            "en",
        ),
        (
            "Le gouvernement a annoncé lundi que le chef du bureau de l'ONU devait quitter le pays "
            "dans les 72 heures.",
            "fr",
        ),
        ("Die Regierung hat den Leiter des UN-Büros am Montag zur unerwünschten Person erklärt.", "de"),
        ("El enviado debe abandonar el país en 48 horas, informó el lunes el Gobierno.", "es"),
        ("Quan chức LHQ phải rời Niger trong vòng 72 giờ, chính phủ thông báo hôm thứ Hai.", "vi"),
    ],
)
def test_someone_given_hours_to_leave_or_declared_unwelcome_is_expelled(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "expulsion"


@pytest.mark.parametrize(
    "text",
    ["In March the junta threw out the French ambassador.", "Niamey kicked out the EU's envoy on Friday."],
)
def test_an_envoy_thrown_out_is_expelled(text: str) -> None:
    assert classify_event(text, "en") == "expulsion"


def test_a_case_thrown_out_is_no_expulsion() -> None:
    assert (
        classify_event("A court in Bamako threw out the case against the officers on Monday.", "en")
        != "expulsion"
    )


def test_troops_given_months_to_leave_are_still_a_withdrawal_plan() -> None:
    text = "The government said the foreign troops must leave the country within six months."
    assert classify_event(text, "en") != "expulsion"


def test_a_contingent_temporarily_stopped_is_a_suspension() -> None:
    text = "Dhaka will temporarily halt its engineering company's work in Gao from next week, officials said."
    assert classify_event(text, "en") == "suspension"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Britain on Friday gave its former army base at Kabala back to Sierra Leone.", "en"),
        ("L'armée française a remis lundi au Gabon les quartiers de Libreville.", "fr"),
        ("La France restitue cette semaine ses casernes de Port-Gentil au Gabon.", "fr"),
        ("Frankreich hat am Montag zwei Kasernen in Libreville an die gabunische Armee zurückgegeben.", "de"),
        ("Francia ha devuelto a Gabón el campamento de Owendo.", "es"),
    ],
)
def test_barracks_or_a_camp_given_back_are_handed_over(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "handover"


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Les soldats allemands stationnés à Tillia ont quitté lundi leur camp.", "fr", "Tillia"),
        ("The Italian troops stationed at Madama left on Monday.", "en", "Madama"),
        ("La France a rendu lundi le camp militaire de Ouakam au Sénégal.", "fr", "Ouakam"),
    ],
)
def test_the_camp_where_troops_are_stationed_is_a_place(text: str, lang: str, place: str) -> None:
    assert place in find_places(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "The 300 soldiers stationed in Chad will leave by the end of the year.",
        "The American troops stationed in Europe will stay, the Pentagon said.",
        "Some 1,000 soldiers stationed in West Africa will be cut.",
    ],
)
def test_the_troops_stationed_in_a_country_or_a_continent_name_no_town(text: str) -> None:
    assert find_places(text, "en") == []


def test_costa_de_marfil_is_cote_d_ivoire_in_spanish() -> None:
    assert [c.code for c in find_countries("El Gobierno devolvió la base a Costa de Marfil.", "es")] == ["CI"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La force a quitté samedi son camp de Ménaka, a fait savoir lundi l'état-major.", "fr"),
        ("Las tropas dejaron el sábado el campamento de Ménaka, hizo saber el lunes el Estado Mayor.", "es"),
    ],
)
def test_making_it_known_is_saying_it(text: str, lang: str) -> None:
    clause = text.split(",", 1)[1]
    assert classify_event(clause, lang) == "statement"
