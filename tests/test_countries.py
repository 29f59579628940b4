"""Country detection: names, short names, demonyms, capitals, missions, and the false hits to avoid."""

from __future__ import annotations

from store.about.countries import country_name, event_countries, find_countries


def codes(sentence: str, language: str) -> list[str]:
    return [m.code for m in find_countries(sentence, language)]


def test_vietnamese_egypt_withdrawal_names_egypt_and_mali() -> None:
    s = (
        "Ngày 2/8, Liên hợp quốc (LHQ) thông báo trên 460 binh sĩ Ai Cập tham gia sứ mệnh gìn giữ hòa bình "
        "của LHQ kéo dài một thập niên tại Mali đã rời khỏi nước này."
    )
    assert event_countries(s, "vi") == ["EG", "ML"]


def test_cote_divoire_with_curly_apostrophe_and_no_accent() -> None:
    s = (
        "Last July, Bamako suspended troop rotations under MINUSMA shortly after arresting 49 soldiers "
        "from Cote d’Ivoire, whom they described as “mercenaries.”"
    )
    assert event_countries(s, "en") == ["CI", "ML"]
    assert event_countries("Côte d'Ivoire and Ivory Coast", "en") == ["CI"]


def test_mention_offsets_index_the_sentence() -> None:
    s = "Theo phóng viên TTXVN tại châu Phi, Côte d’Ivoire ngày 15/11 tuyên bố sẽ rút khỏi MINUSMA."
    for m in find_countries(s, "vi"):
        assert s[m.start : m.end] == m.text
    assert [(m.code, m.via) for m in find_countries(s, "vi")] == [("CI", "name"), ("ML", "mission")]


def test_vietnamese_short_names_need_their_capital_letter() -> None:
    assert codes("Anh tuyên bố rút về nước lực lượng quân đội.", "vi") == ["GB"]
    assert codes("Quân đội Mỹ, Pháp, Đức và Đan Mạch.", "vi") == ["US", "FR", "DE", "DK"]
    assert codes("Ông cho biết anh ấy sẽ đến.", "vi") == []


def test_vietnamese_personal_names_are_not_countries() -> None:
    assert codes("Ông Anh nói với bà Nga về Nguyễn Tuấn Anh và Phạm Minh Đức.", "vi") == []
    assert codes("Pháp luật quy định rõ điều này.", "vi") == []


def test_niger_is_not_found_inside_nigeria_or_nigerian() -> None:
    assert codes("Nigeria and Nigerian troops crossed into Niger.", "en") == ["NG", "NG", "NE"]


def test_guinea_variants_are_told_apart() -> None:
    assert codes("Guinea-Bissau, Equatorial Guinea and Guinea", "en") == ["GW", "GQ", "GN"]


def test_first_names_are_not_countries() -> None:
    assert codes("Chad Smith and Mr Jordan spoke.", "en") == []
    assert codes("Chad will send 1,000 troops to Mali.", "en") == ["TD", "ML"]


def test_capitals_stand_for_their_state_but_not_inside_other_names() -> None:
    assert codes("However, Paris pulled its forces out as relations with Bamako soured.", "en") == [
        "FR",
        "ML",
    ]
    assert codes("Paris Saint-Germain won again.", "en") == []
    assert codes("Moscou et Le Caire ont réagi.", "fr") == ["RU", "EG"]


def test_missions_imply_their_country() -> None:
    assert codes("Operation Barkhane and the Wagner Group; EUTM Mali.", "en") == ["FR", "RU", "ML"]


def test_english_and_french_demonyms() -> None:
    assert codes("Senegalese, Egyptian and Ivorian peacekeepers joined Malians.", "en") == [
        "SN",
        "EG",
        "CI",
        "ML",
    ]
    assert codes("Les soldats français et les forces maliennes ; l'armée allemande.", "fr") == [
        "FR",
        "ML",
        "DE",
    ]


def test_french_elision_does_not_hide_a_country() -> None:
    assert codes("Le retrait d'Allemagne et l'Égypte", "fr") == ["DE", "EG"]


def test_abbreviations_are_case_sensitive() -> None:
    assert codes("The U.S. and the UK told us.", "en") == ["US", "GB"]


def test_regions_are_not_countries() -> None:
    assert codes("Latin America and the Niger River", "en") == []


def test_the_river_niger_is_not_the_country_in_any_language() -> None:
    assert event_countries("Un ferry remontait le fleuve Niger vers Mopti.", "fr") == []
    assert event_countries("Un ferry remontaba el río Níger hacia Mopti.", "es") == []
    assert event_countries("Eine Fähre fuhr auf dem Fluss Niger nach Mopti.", "de") == []
    assert event_countries("Một chiếc phà đi ngược sông Niger về Mopti.", "vi") == []
    assert event_countries("Las tropas francesas salieron de Níger.", "es") == ["FR", "NE"]


def test_correspondent_dateline_capital_is_not_an_actor() -> None:
    s = "Theo phóng viên TTXVN tại London, ngày 14/11, Anh tuyên bố rút về nước lực lượng tại Mali."
    assert event_countries(s, "vi") == ["GB", "ML"]
    assert event_countries("Theo phóng viên TTXVN tại Paris, Mali thông báo.", "vi") == ["ML"]


def test_country_name_from_cldr() -> None:
    assert country_name("CI") == "Côte d'Ivoire"
    assert country_name("EG") == "Egypt"
    assert country_name("EG", "vi") == "Ai Cập"
    assert country_name("XX") == "XX"


def test_a_long_mission_acronym_written_as_a_name_still_names_its_country() -> None:
    # The French and Spanish press write "la Minusma", "la Monusco": the same missions.
    assert event_countries("Le Conseil de sécurité a prolongé jeudi le mandat de la Minusma.", "fr") == ["ML"]
    assert event_countries("La Monusco cerrará su base de Bukavu en junio.", "es") == ["CD"]
    # a short acronym keeps needing its capitals, and a word that only looks like one is no mission
    assert event_countries("En la misma ciudad, los soldados esperaban órdenes.", "es") == []


def test_a_surname_that_is_a_country_name_is_the_person() -> None:
    sentence = "Le président François Hollande a reçu jeudi son homologue malien."
    assert "NL" not in event_countries(sentence, "fr")
    assert event_countries("La Hollande a envoyé deux hélicoptères au Mali.", "fr") == ["ML", "NL"]


def test_vietnamese_papers_spell_chad_the_french_way_too() -> None:
    found = event_countries("Ngày 3/5, Tchad tuyên bố chấm dứt hợp tác quân sự với Nga.", "vi")
    assert set(found) == {"RU", "TD"}
