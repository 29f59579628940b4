"""A quotation told right after the decision or statement it words goes on telling it
(store/extraction/quote_told_on.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

PUBLISHED = "2024-03-07"  # a Thursday: "Tuesday" is 2024-03-05

QUOTES = [
    (
        "en",
        "Niger's junta said on Tuesday it was ending its military cooperation with the United States.\n\n"
        "“The presence of American troops is illegal,” the government spokesman said on state television.",
        "presence of American troops",
    ),
    (
        "fr",
        "Le Niger a annoncé mardi mettre fin à sa coopération militaire avec les États-Unis.\n\n"
        "« Le Niger a décidé de revoir ses partenariats », a dit le porte-parole du gouvernement nigérien.",
        "revoir ses partenariats",
    ),
    (
        "fr",
        "Le président nigérien a affirmé mardi que les troupes américaines devaient quitter le pays.\n\n"
        "« Notre souveraineté n'est pas négociable », a-t-il insisté.",
        "souveraineté",
    ),
    (
        "vi",
        "Hôm thứ Ba, chính quyền quân sự Niger tuyên bố chấm dứt hợp tác quân sự với Mỹ.\n\n"
        "“Sự hiện diện của quân đội Mỹ là bất hợp pháp”, người phát ngôn chính phủ cho biết.",
        "bất hợp pháp",
    ),
    (
        "de",
        "Die Junta in Niger hat am Dienstag die militärische Zusammenarbeit mit den USA beendet.\n\n"
        "„Die Präsenz amerikanischer Truppen ist illegal“, sagte ein nigrischer Regierungssprecher.",
        "illegal",
    ),
    (
        "es",
        "La junta de Níger anunció el martes el fin de su cooperación militar con Estados Unidos.\n\n"
        "«La presencia de tropas estadounidenses es ilegal», dijo el portavoz del Gobierno nigerino.",
        "ilegal",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), QUOTES)
def test_a_quote_of_the_decision_told_before_is_told_with_it(language, text, fragment):
    events = events_of(text, language, PUBLISHED)
    told = [e for e in events if fragment in e.sentence]
    assert len(told) == 1, [e.sentence for e in events]
    act = told[0]
    assert act.date == "2024-03-05" and act.sentence.startswith(text.split("\n")[0])


def test_a_quote_after_a_departure_is_no_word_of_the_departure():
    text = (
        "The last U.S. soldiers left the air base in Niamey, Niger, on Tuesday.\n\n"
        "“It is a sad day for our partnership,” a U.S. official said."
    )
    assert not [e for e in events_of(text, "en", PUBLISHED) if "sad day" in e.sentence]


def test_a_quote_with_no_one_saying_it_is_told_with_nothing():
    text = (
        "Niger's junta said on Tuesday it was ending its military cooperation with the United States.\n\n"
        "“Sovereignty first” was written on the banners that supporters carried through Niamey."
    )
    assert not [e for e in events_of(text, "en", PUBLISHED) if "banners" in e.sentence]


def test_another_s_reaction_quoted_after_a_decision_is_no_word_of_it():
    text = (
        "In a note dated Tuesday, Niger's junta gave the U.N. coordinator three days to leave.\n\n"
        "“This decision will hamper our work for millions of people,” a U.N. spokesman told reporters."
    )
    assert not [e for e in events_of(text, "en", PUBLISHED) if "hamper" in e.sentence]


BACKGROUND = [
    (
        "en",
        "The court opened an inquiry into abuses in Niger in 2019.\n\n"
        "“This decision changes nothing for the families,” a Niamey lawyer said.",
        "changes nothing",
    ),
    (
        "fr",
        "La Cour avait ouvert une enquête sur des exactions au Niger en 2019.\n\n"
        "« Cette décision ne change rien pour les familles », a dit un avocat de Niamey.",
        "ne change rien",
    ),
    (
        "vi",
        "Tòa án đã mở cuộc điều tra về các vụ vi phạm tại Niger vào năm 2019.\n\n"
        "“Quyết định này không thay đổi gì đối với các gia đình”, một luật sư ở Niamey cho biết.",
        "không thay đổi gì",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), BACKGROUND)
def test_a_quote_after_an_act_told_only_to_its_year_is_no_word_of_it(language, text, fragment):
    assert not [
        e for e in events_of(text, language, PUBLISHED) if fragment in e.sentence and e.date == "2019"
    ]
