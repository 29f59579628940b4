"""Headlines: actor first, type, the figure that matters, under 60 characters; seed sentences end to end."""

from __future__ import annotations

from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.about.figures import find_figures
from store.about.headline import event_title
from store.about.places import find_places
from store.about.titles import MAX_TITLE, make_title, primary_actor


def headline(
    sentence: str, language: str, exclude: list[tuple[int, int]] | None = None
) -> tuple[list[str], str]:
    """What the pipeline does with one sentence, minus the dates."""
    countries = event_countries(sentence, language)
    figures = [f.as_dict() for f in find_figures(sentence, language, exclude or [])]
    places = find_places(sentence, language)
    kind = classify_event(sentence, language)
    actor = primary_actor(sentence, language, countries)
    return countries, make_title(kind, countries, figures, places, actor=actor)


def test_egypt_withdrawal_end_to_end() -> None:
    s = (
        "Ngày 2/8, Liên hợp quốc (LHQ) thông báo trên 460 binh sĩ Ai Cập tham gia sứ mệnh gìn giữ hòa bình "
        "của LHQ kéo dài một thập niên tại Mali đã rời khỏi nước này."
    )
    assert headline(s, "vi", [(0, 9)]) == (["EG", "ML"], "Egypt: withdrawal completed, 460 troops")


def test_minusma_ied_end_to_end() -> None:
    s = (
        "Ngày 3/11, người phát ngôn của Tổng thư ký Liên hợp quốc (LHQ), ông Stephane Dujarric cho "
        "biết đã có "
        "thêm 7 binh sĩ thuộc Phái bộ gìn giữ hòa bình của LHQ ở Mali (MINUSMA) bị thương trong "
        "quá trình rút "
        "khỏi quốc gia này do đoàn xe chở họ trúng phải một thiết bị nổ tự chế (IED)."
    )
    assert headline(s, "vi", [(0, 9)]) == (["ML"], "UN (MINUSMA): attack, 7 injured")


def test_ivorian_soldiers_end_to_end() -> None:
    s = (
        "Last July, Bamako suspended troop rotations under MINUSMA shortly after arresting 49 soldiers from "
        "Cote d’Ivoire, whom they described as “mercenaries.”"
    )
    # Typed a suspension now (store/about/acts.py): its verb's subject, Bamako, leads the pipeline's title
    countries, _ = headline(s, "en", [(0, 9)])
    figures = [f.as_dict() for f in find_figures(s, "en", [(0, 9)])]
    assert countries == ["CI", "ML"]
    assert event_title(s, "en", classify_event(s, "en"), countries, figures, [], None) == (
        "Mali: suspension, 49 troops"
    )


def test_tessalit_convoy_end_to_end() -> None:
    s = (
        "Phóng viên TTXVN tại châu Phi dẫn các nguồn tin của Liên hợp quốc (LHQ) và quân đội cho "
        "biết đoàn xe "
        "cuối cùng của Phái bộ Gìn giữ hòa bình của LHQ ở Mali (MINUSMA) hôm 21/10 đã rời trại của "
        "họ ở thị trấn "
        "Tessalit trong Khu vực Kidal nhiều căng thẳng."
    )
    assert headline(s, "vi")[1] == "UN (MINUSMA): withdrawal completed in Tessalit"


def test_mali_acting_alone_leads() -> None:
    s = "Mali's Council of Ministers on Thursday issued a statement announcing that MINUSMA would leave."
    assert primary_actor(s, "en", ["ML"]) == "Mali"


def test_target_date_is_shown() -> None:
    assert make_title("withdrawal_announced", ["DE", "ML"], [], [], "2024-05", actor="Germany") == (
        "Germany: withdrawal announced, by 2024-05"
    )


def test_without_actor_foreign_countries_lead_mali() -> None:
    assert make_title("withdrawal_started", ["ML", "FR"], [], []) == "France, Mali: withdrawal started"
    assert make_title("coup", ["ML"], [], []) == "Mali: coup"


def test_casualty_figures_prefer_the_toll() -> None:
    figures = [
        {"value": 300, "unit": "troops", "text": "300 troops"},
        {"value": 3, "unit": "killed", "text": "3"},
        {"value": 7, "unit": "injured", "text": "7"},
    ]
    assert make_title("attack", ["ML"], figures, ["Gao"]) == "Mali: attack in Gao, 3 killed, 7 injured"


def test_long_titles_drop_detail_to_fit() -> None:
    figures = [{"value": 15000, "unit": "troops", "text": ""}]
    title = make_title(
        "withdrawal_completed",
        ["FR", "DE", "GB", "ML"],
        figures,
        ["Sévaré-Mopti region of central Mali"],
        "2024-12-31",
    )
    assert len(title) <= MAX_TITLE
    assert title.startswith("France, Germany +2: withdrawal completed")


def test_nothing_known_still_gives_a_title() -> None:
    assert make_title("other", [], [], []) == "Unclassified event"  # never a bare "report"
    assert make_title("statement", [], [], []) == "Statement"


def test_a_count_of_member_countries_or_a_share_does_not_title_an_act() -> None:
    # An explainer's coup beside the size of an organisation: its 88 countries count no one in the coup.
    sentences = {
        "en": "Mali's army seized power in 2020, and the 88 member countries of the body suspended it.",
        "fr": (
            "L'armée malienne a pris le pouvoir en 2020, et les 88 pays membres de l'organisation "
            "l'ont suspendu."
        ),
        "es": (
            "El ejército de Malí tomó el poder en 2020 y los 88 países miembros de la organización lo "
            "suspendieron."
        ),
    }
    for language, s in sentences.items():
        _, title = headline(s, language)
        assert "88" not in title and title.startswith("Mali"), (language, title)
    # the troops a withdrawal counts still title it, and an unclassified event may still show any count
    assert make_title("withdrawal_completed", ["EG"], [{"value": 460, "unit": "troops"}], []) == (
        "Egypt: withdrawal completed, 460 troops"
    )
    assert make_title("other", ["ML"], [{"value": 88, "unit": "countries"}], []) == "Mali: 88 countries"
    assert make_title("coup", ["ML"], [{"value": 60, "unit": "percent"}], []) == "Mali: coup"


def test_a_pronoun_subject_does_not_lead_a_title() -> None:
    # "It" names the mission only to a reader of the sentence before: the title leads with the country.
    for sentence in (
        "It had lost more than 300 peacekeepers in Mali since 2013.",
        "They seized two trucks near Gao in Mali.",
    ):
        countries = event_countries(sentence, "en")
        title = event_title(sentence, "en", "other", countries, [], find_places(sentence, "en"), None)
        assert not title.startswith(("It", "They")), title
