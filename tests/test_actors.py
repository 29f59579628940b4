"""Titles say who acts: the subject of the clause that holds the event's verb, in each language.

Sentences written for these tests (not taken from the seeds).
"""

from __future__ import annotations

import pytest

from store.about.actors import clause_actor, clause_places
from store.about.countries import event_countries
from store.about.event_types import classify_event
from store.about.titles import english_gist, make_title


def _actor(sentence: str, language: str) -> str | None:
    countries = event_countries(sentence, language)
    return clause_actor(sentence, language, countries, classify_event(sentence, language))


@pytest.mark.parametrize(
    ("language", "sentence", "actor"),
    [
        ("en", "Mali formally requested that the UN mission leave, a decision Russia welcomed.", "Mali"),
        ("en", "Paris withdrew the last of its soldiers from Gao in August.", "France"),
        ("en", "The German contingent handed over its camp in Gao to Malian forces.", "Germany"),
        ("en", "The base at Tessalit was vacated by Chadian peacekeepers on Sunday.", "Chad"),
        (
            "en",
            "France and Germany completed their withdrawal from Mali, while Russia sent instructors.",
            "France",
        ),
        ("en", "In March, the government requested the departure of the UN mission in Mali.", "Mali"),
        (
            "fr",
            "Le Mali a demandé le retrait sans délai de la mission de l'ONU, une décision saluée à Moscou.",
            "Mali",
        ),
        ("fr", "La France a achevé le retrait de ses derniers soldats du Mali en août 2022.", "France"),
        ("fr", "Les casques bleus égyptiens ont quitté Tombouctou, a indiqué la mission.", "Egypt"),
        ("vi", "Ai Cập đã rút toàn bộ binh sĩ khỏi Mali trong tháng 8.", "Egypt"),
        ("vi", "Theo Nga, chính phủ Mali đã yêu cầu phái bộ Liên hợp quốc rút quân ngay lập tức.", "Mali"),
        ("vi", "Binh sĩ Đức đã bàn giao căn cứ ở Gao cho quân đội Mali.", "Germany"),
    ],
)
def test_the_actor_is_the_subject_of_the_events_verb(language: str, sentence: str, actor: str) -> None:
    assert _actor(sentence, language) == actor


def test_a_country_named_only_in_passing_never_acts() -> None:
    sentence = "Troops from Mali and Niger watched as the Chadian battalion withdrew from Kidal."
    assert _actor(sentence, "en") == "Chad"


def test_a_place_outside_the_verbs_clause_is_not_where_it_happened() -> None:
    sentence = "Paris pulled its troops out of Gao, while relations between Paris and Bamako soured."
    kind = classify_event(sentence, "en")
    assert clause_places(sentence, "en", kind, ["Gao", "Bamako"]) == ["Gao"]


def test_a_capital_standing_for_its_country_is_no_place_in_its_title() -> None:
    assert make_title("withdrawal_completed", ["FR"], [], ["Paris"], actor="France") == (
        "France: withdrawal completed"
    )
    assert make_title("mission_ended", ["ML"], [], ["Bamako"], actor="UN") == "UN: mission ended in Bamako"


def test_an_event_of_no_known_type_says_what_happened_not_report() -> None:
    gist = english_gist("Two weeks later, the Malian junta expelled the French ambassador from Bamako.")
    assert gist is not None and gist.words == "expelled French ambassador"
    title = make_title("other", ["ML", "FR"], [], [], actor="Mali", gist=gist.words)
    assert title == "Mali: expelled French ambassador"
    assert "report" not in make_title("other", ["ML"], [], [], actor="Mali").lower()


def test_a_subject_that_is_no_country_leads_the_title_of_its_gist() -> None:
    gist = english_gist("The 2012 Tuareg rebellion triggered the deployment of French forces.")
    assert gist is not None and gist.subject == "Tuareg rebellion"


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("The task force was disbanded two years after its first patrol.", "task force"),
        ("The former president had been held in his residence since the coup.", "former president"),
        ("Ties between Paris and its African partners have soured since the coup.", "African partners"),
        ("Thousands of people have marched against the foreign bases.", "Thousands of people"),
    ],
)
def test_a_gists_subject_leaves_out_auxiliaries_and_joining_words(sentence: str, subject: str) -> None:
    # "Mission was: created", "Partners have: soured", "And European partners: ..." were titles before
    gist = english_gist(sentence)
    assert gist is not None and gist.subject == subject
