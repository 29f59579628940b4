"""Named places: gazetteer spellings normalised, regions, and towns introduced by news phrasing."""

from __future__ import annotations

from store.about.places import find_places


def test_vietnamese_town_and_region_from_seed() -> None:
    s = (
        "Phóng viên TTXVN tại châu Phi dẫn các nguồn tin của Liên hợp quốc (LHQ) và quân đội cho "
        "biết đoàn xe "
        "cuối cùng của Phái bộ Gìn giữ hòa bình của LHQ ở Mali (MINUSMA) hôm 21/10 đã rời trại của "
        "họ ở thị trấn "
        "Tessalit trong Khu vực Kidal nhiều căng thẳng."
    )
    assert find_places(s, "vi") == ["Tessalit", "Kidal region"]


def test_french_spelling_is_normalised_to_english() -> None:
    s = "Les casques bleus ont quitté la ville de Tombouctou puis la région de Kidal."
    assert find_places(s, "fr") == ["Timbuktu", "Kidal region"]


def test_sites_listed_in_order_of_appearance_and_unique() -> None:
    s = (
        "Following the directive to depart, MINUSMA has vacated 13 positions in Mali and is in the process "
        "of closing sites in Gao and Timbuktu in the northern region. Gao again."
    )
    assert find_places(s, "en") == ["Gao", "Timbuktu"]


def test_capitals_are_places() -> None:
    assert find_places("The handover of the Bamako camp ended the mission.", "en") == ["Bamako"]
    assert find_places("Moscou a promis son soutien à Niamey.", "fr") == ["Moscow", "Niamey"]


def test_sahel_is_a_region_not_a_sahel_region() -> None:
    s = "Đức cam kết tiếp tục hỗ trợ đảm bảo an ninh tại khu vực Sahel của châu Phi."
    assert find_places(s, "vi") == ["Sahel"]


def test_unlisted_town_introduced_by_news_phrasing() -> None:
    assert find_places("Militants struck the town of Tin Essako before dawn.", "en") == ["Tin Essako"]
    assert find_places("the camp in Aguelhok was shelled", "en") == ["Aguelhok"]


def test_lowercase_words_after_a_cue_are_not_places() -> None:
    assert find_places("Troops left the town of their birth and the khu vực này.", "en") == []


def test_a_spanish_or_german_region_of_a_town_is_the_region_not_the_town() -> None:
    assert find_places("Los cascos azules dejaron Tessalit, en la región de Kidal.", "es") == [
        "Tessalit",
        "Kidal region",
    ]
    assert find_places("Die Blauhelme verließen Tessalit in der Region Kidal.", "de") == [
        "Tessalit",
        "Kidal region",
    ]
    assert find_places("Los cascos azules salieron de Kidal el lunes.", "es") == ["Kidal"]


def test_an_unlisted_town_near_which_something_happened_is_a_place_in_each_language() -> None:
    assert find_places("Gunmen ambushed a fuel convoy near Tintelout on Tuesday.", "en") == ["Tintelout"]
    assert find_places("Un car a sauté sur une mine près de Boulkessi mardi.", "fr") == ["Boulkessi"]
    assert find_places("Una patrulla fue emboscada cerca de Inata el martes.", "es") == ["Inata"]
    assert find_places("Ein Konvoi geriet nahe Tabankort in einen Hinterhalt.", "de") == ["Tabankort"]
    assert find_places("Một đoàn xe bị phục kích gần Tabankort hôm thứ Ba.", "vi") == ["Tabankort"]


def test_a_country_near_which_something_happened_is_not_a_town() -> None:
    assert find_places("Gunmen ambushed a patrol near Niger's border on Tuesday.", "en") == []
    assert find_places("Des soldats ont été attaqués près de Burkina Faso.", "fr") == []


def test_a_listed_town_is_found_whatever_accents_a_paper_gives_it() -> None:
    assert find_places("La misión entregó el sábado su campamento de Tombuctú.", "es") == ["Timbuktu"]
    assert find_places("Die Blauhelme verließen Ménaka, dann Ansongó.", "de") == ["Ménaka", "Ansongo"]
    assert find_places("Quân đội rời Kídal hôm qua.", "vi") == ["Kidal"]
