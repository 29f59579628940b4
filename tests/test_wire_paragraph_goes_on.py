"""Wire copy gives each sentence a paragraph of its own: "It is the second base the troops have left since
the announcement of the withdrawal" still tells the act of the sentence before it (its day, a completed
withdrawal, not an announcement), and "the last soldiers left the country" names the country the sentence
before it tells of.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event
from tests.extract_helpers import event_for, events_of
from tests.linking_helpers import event_of, ingest, write_reports

ACT = {
    "en": "French troops handed over the Abeche base to the Chadian army on Tuesday, the staff said.",
    "fr": "Les militaires français ont remis mardi la base d'Abéché à l'armée tchadienne.",
    "vi": "Hôm thứ Ba, quân đội Pháp đã bàn giao căn cứ Abeche cho quân đội Chad.",
    "es": "Los militares franceses entregaron el martes la base de Abéché al ejército chadiano.",
    "de": "Die französischen Soldaten haben am Dienstag den Stützpunkt Abéché an die Armee übergeben.",
}
GOES_ON = {
    "en": (
        "It is the second base the French troops have left since the announcement of the withdrawal.",
        "second",
    ),
    "fr": (
        "Il s'agit de la deuxième emprise quittée par les soldats français depuis l'annonce du retrait.",
        "deux",
    ),
    "vi": ("Đây là căn cứ thứ hai quân đội Pháp rời khỏi kể từ khi tuyên bố rút quân.", "thứ hai"),
    "es": (
        "Se trata de la segunda base que los soldados franceses han dejado desde el anuncio de la retirada.",
        "segunda",
    ),
    "de": (
        "Es ist der zweite Stützpunkt, den die französischen Soldaten seit der Ankündigung verlassen haben.",
        "zweite",
    ),
}


@pytest.mark.parametrize("language", sorted(GOES_ON))
def test_a_sentence_going_on_in_its_own_paragraph_keeps_the_act_day(language: str) -> None:
    sentence, fragment = GOES_ON[language]
    event = event_for(f"Headline\n\n{ACT[language]}\n\n{sentence}\n", language, "2025-01-15", fragment)
    assert (event.date, event.date_inferred, event.type) == ("2025-01-14", True, "withdrawal_completed")


def test_an_undated_act_in_a_paragraph_of_its_own_stays_undated() -> None:
    text = f"Headline\n\n{ACT['en']}\n\nThe French troops have left the Faya camp.\n"
    faya = [e for e in events_of(text, "en", "2025-01-15") if "Faya" in e.sentence]
    assert faya and all(e.date is None for e in faya)


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Les soldats ont achevé leur retrait du Sahara.", "fr", "withdrawal_completed"),
        ("Un extrait du rapport montre que les soldats ont quitté la base.", "fr", "withdrawal_completed"),
        ("La France retirera ses troupes du Niger.", "fr", "withdrawal_announced"),
        ("La France a annoncé le retrait de ses troupes.", "fr", "withdrawal_announced"),
        (
            "The troops have left two bases since the announcement of the withdrawal.",
            "en",
            "withdrawal_completed",
        ),
        ("France announced the withdrawal of its troops.", "en", "withdrawal_announced"),
    ],
)
def test_a_noun_ending_like_a_future_or_an_announcement_in_passing_plans_nothing(
    sentence: str, language: str, kind: str
) -> None:
    assert classify_event(sentence, language) == kind


@pytest.mark.parametrize(
    ("language", "paragraph"),
    [
        (
            "fr",
            "La rétrocession du camp Adji Kossei, à N'Djamena, a eu lieu jeudi. "
            "Les derniers soldats français ont quitté le pays.",
        ),
        (
            "en",
            "The handover of the Adji Kossei camp in N'Djamena took place on Thursday. "
            "The last French soldiers left the country.",
        ),
        (
            "es",
            "La entrega del campamento Adji Kossei, en N'Djamena, tuvo lugar el jueves. "
            "Los últimos soldados franceses abandonaron el país.",
        ),
    ],
)
def test_the_country_referred_back_to_is_the_country_of_the_sentence_before(
    language: str, paragraph: str
) -> None:
    events = events_of(f"Headline\n\n{paragraph}\n", language, "2025-01-31")
    left = [e for e in events if e.type == "withdrawal_completed"]
    assert left and all({"FR", "TD"} <= set(e.countries) for e in left)


def test_the_last_soldiers_leaving_the_country_link_with_the_handover_in_its_capital(tmp_path: Path) -> None:
    fr = (
        "2025-01-31",
        "La rétrocession du camp Adji Kossei, à N'Djamena, a eu lieu jeudi 30 janvier. "
        "Les derniers soldats français ont quitté le pays.\n",
    )
    en = ("2025-01-31", "France handed over its last base in Chad, in N'Djamena, on Thursday.\n")
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", {"fr.txt": fr, "en.txt": en}))
    assert event_of(events, "ont quitté le pays")["cluster"] == event_of(events, "handed over")["cluster"]


def test_the_country_stays_unnamed_when_the_sentence_before_leaves_it_in_doubt() -> None:
    text = (
        "Headline\n\nGermany and Belgium handed over their camp to the army on Thursday. "
        "The last French soldiers left the country.\n"
    )
    left = [e for e in events_of(text, "en", "2025-01-31") if "left the country" in e.sentence]
    assert left and all(e.countries == ["FR"] for e in left)
