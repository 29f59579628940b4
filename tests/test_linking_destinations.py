"""Where a force heads is not the host it leaves: "left the air base in Niamey, heading for Chad" leaves
Niger. Two reports of that departure, one naming the destination and one not, are not one force leaving
two hosts; a force leaving Chad and one leaving Senegal still are. Sentences written for these tests."""

from __future__ import annotations

import pytest

from store.linking.hosts import destinations, different_hosts

HEADING = {
    "en": "The first Italian convoy left the Madama camp in Niger on Monday, heading for Libya.",
    "fr": "Le premier convoi italien a quitté lundi le camp de Madama, au Niger, en direction de la Libye.",
    "es": "El primer convoy italiano abandonó el lunes el campamento de Madama, en Níger, rumbo a Libia.",
    "de": "Der erste italienische Konvoi verließ am Montag das Lager Madama im Niger in Richtung Libyen.",
    "vi": "Đoàn xe Ý đầu tiên rời trại Madama ở Niger hôm thứ Hai, hướng về Libya.",
}


@pytest.mark.parametrize("language", sorted(HEADING))
def test_the_country_a_convoy_heads_for_is_a_destination(language: str) -> None:
    assert destinations(HEADING[language], language) == {"LY"}


LAST_VEHICLES = {
    "fr": "Les derniers blindés avaient quitté la base de Niamey le 3 novembre en direction du Tchad.",
    "en": "The last armoured vehicles had left the base at Niamey on Nov. 3, heading for Chad.",
    "es": "Los últimos blindados habían salido de la base de Niamey el 3 de noviembre rumbo a Chad.",
    "de": "Die letzten Panzerfahrzeuge hatten den Stützpunkt in Niamey am 3. November in Richtung "
    "Tschad verlassen.",
}
LISTED = "3/11: Những xe bọc thép cuối cùng của Pháp rời căn cứ ở Niamey."
AT_NIAMEY = (frozenset({"Niamey"}), frozenset({"Niamey"}))


@pytest.mark.parametrize("language", sorted(LAST_VEHICLES))
def test_a_destination_is_no_second_host(language: str) -> None:
    assert not different_hosts(
        LAST_VEHICLES[language],
        frozenset({"NE", "TD"}),
        LISTED,
        frozenset({"FR", "NE"}),
        AT_NIAMEY,
        (language, "vi"),
    )


def test_a_country_left_is_still_another_host() -> None:
    left = "The last armoured vehicles had left Chad on Nov. 3, the army said."
    assert different_hosts(
        left, frozenset({"NE", "TD"}), LISTED, frozenset({"FR", "NE"}), AT_NIAMEY, ("en", "vi")
    )


def test_only_the_words_right_after_the_cue_are_the_destination() -> None:
    sentence = "A convoy left Niamey on Tuesday, heading for Chad under Nigerien escort."
    assert destinations(sentence, "en") == {"TD"}
