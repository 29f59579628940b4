"""An act told in one sentence and its day in the next (store/extraction/act_then_day.py), and a short
quotation inside the clause of a date (store/extraction/events.py)."""

from __future__ import annotations

from extract_helpers import events_of


def _dated(text: str, language: str, published: str) -> list[tuple[str | None, str, list[str]]]:
    return [(e.date, e.type, e.countries) for e in events_of(text, language, published) if e.date]


def test_german_act_then_its_day_in_the_next_sentence() -> None:
    text = (
        "Niger weist Botschafter aus\n\n"
        "Die Regierung in Niamey hat den belgischen Botschafter zur unerwünschten Person erklärt. "
        "Er wurde am Montag ins Außenministerium einbestellt.\n"
    )
    assert ("2025-06-02", "expulsion", ["BE", "NE"]) in _dated(text, "de", "2025-06-04")


def test_english_accord_ended_then_the_statement_day() -> None:
    text = (
        "Burkina Faso has scrapped its peace agreement with the armed groups of the east. "
        "A government spokesman read the decree on state television on Tuesday evening.\n"
    )
    assert ("2025-06-03", "accord_ended", ["BF"]) in _dated(text, "en", "2025-06-05")


def test_another_country_in_the_dated_sentence_keeps_its_own_event() -> None:
    text = (
        "Die Regierung in Niamey hat den belgischen Botschafter zur unerwünschten Person erklärt. "
        "Frankreich bestellte am Montag den nigrischen Geschäftsträger ein.\n"
    )
    assert all(kind != "expulsion" for _, kind, _ in _dated(text, "de", "2025-06-04"))


def test_a_background_act_does_not_take_the_day() -> None:
    text = (
        "The junta had already expelled the Belgian ambassador. "
        "A spokesman spoke to reporters in Niamey on Monday.\n"
    )
    assert all(kind != "expulsion" for _, kind, _ in _dated(text, "en", "2025-06-04"))


def test_french_quoted_words_inside_the_clause_of_the_day() -> None:
    text = (
        "La junte au Niger a annoncé mardi la fin « avec effet immédiat » de l’accord pour la paix et la "
        "réconciliation signé en 2019 avec les groupes armés.\n"
    )
    dated = _dated(text, "fr", "2025-06-05")
    assert ("2025-06-03", "accord_ended", ["NE"]) in dated
    assert all(kind != "accord_ended" for date, kind, _ in dated if date == "2019")


def test_english_quoted_words_inside_the_clause_of_the_day() -> None:
    text = (
        "Niger's junta announced on Tuesday it was scrapping “with immediate effect” the peace agreement it "
        "signed with the armed groups in 2019.\n"
    )
    assert ("2025-06-03", "accord_ended", ["NE"]) in _dated(text, "en", "2025-06-05")


def test_french_same_decision_takes_the_kind_told_before() -> None:
    text = (
        "NIAMEY, 5 juin 2025 (AFP) - Le Burkina Faso a annoncé mardi la rupture de ses relations "
        "diplomatiques avec la Belgique.\n\n"
        "Le porte-parole du gouvernement a indiqué que la décision était définitive.\n\n"
        "Niamey avait pris la même décision dimanche, après des propos d'un ministre belge.\n"
    )
    assert ("2025-06-01", "ties_cut") in [(d, k) for d, k, _ in _dated(text, "fr", "2025-06-05")]


def test_vietnamese_that_decision_takes_the_kind_told_before() -> None:
    text = (
        "Theo phóng viên TTXVN tại Paris, hôm 5/6, Bộ Ngoại giao Pháp đã yêu cầu Đại sứ Niger rời khỏi "
        "nước Pháp trong vòng 48 giờ.\n\n"
        "Động thái này nhằm đáp trả việc chính phủ Niger trục xuất Đại sứ Pháp.\n\n"
        "Niamey đưa ra quyết định đó hôm thứ Hai tuần trước.\n"
    )
    assert ("2025-05-26", "expulsion") in [(d, k) for d, k, _ in _dated(text, "vi", "2025-06-06")]


def test_english_same_decision_to_come_is_no_act() -> None:
    text = (
        "Burkina Faso cut diplomatic ties with Belgium on Tuesday. "
        "Niger will take the same decision on Friday, a spokesman said.\n"
    )
    assert all(
        kind != "ties_cut" or date != "2025-06-06" for date, kind, _ in _dated(text, "en", "2025-06-04")
    )


def test_an_event_given_the_act_is_titled_as_that_act() -> None:
    text = (
        "Burkina Faso has scrapped its peace agreement with the armed groups of the east. "
        "A government spokesman read the decree on state television on Tuesday evening.\n\n"
        "Ouagadougou a pris la même décision dimanche.\n"
    )
    english = [e for e in events_of(text, "en", "2025-06-05") if e.type == "accord_ended"]
    assert english and all("unclassified" not in e.title for e in english)
    french = (
        "NIAMEY, 5 juin 2025 (AFP) - Le Burkina Faso a annoncé mardi la rupture de ses relations "
        "diplomatiques avec la Belgique.\n\n"
        "Niamey avait pris la même décision dimanche, après des propos d'un ministre belge.\n"
    )
    cut = [e for e in events_of(french, "fr", "2025-06-05") if e.type == "ties_cut"]
    assert len(cut) == 2 and all("unclassified" not in e.title for e in cut)
