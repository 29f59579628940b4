"""Dates a report gives an act that had none: "the day after" an act told only to its month or week
(store/dates/resolve.py), "the day before" counted from an act rather than from a state's "since"
(store/extract.py), "as recently as May" (store/languages/en/dates.py), and the ceremony of the act told
just before, in the next paragraph (``GOES_ON`` in store/languages/<code>/dates.py)."""

from __future__ import annotations

import pytest
from extract_helpers import event_for, events_of


@pytest.mark.parametrize(
    ("text", "lang", "published", "fragment"),
    [
        (
            "Sweden said last week it would pull out its troops early. A day later, Benin told the United "
            "Nations it would withdraw its peacekeepers gradually.\n",
            "en",
            "2025-03-20",
            "Benin",
        ),
        (
            "Suecia anunció la semana pasada la retirada anticipada de sus soldados. Al día siguiente, Benín "
            "comunicó a la ONU que también retiraría a su contingente.\n",
            "es",
            "2025-03-20",
            "Benín",
        ),
        (
            "La Suède a annoncé la semaine dernière le retrait anticipé de ses soldats. "
            "Le lendemain, le Bénin a annoncé à l'ONU le retrait de ses casques bleus.\n",
            "fr",
            "2025-03-20",
            "Bénin",
        ),
    ],
)
def test_the_day_after_an_act_told_to_its_week_is_of_that_month(
    text: str, lang: str, published: str, fragment: str
) -> None:
    event = event_for(text, lang, published, fragment)
    assert event.type == "withdrawal_announced"
    assert (event.date, event.date_precision) == ("2025-03", "month")


def test_many_days_after_an_act_told_to_its_month_stay_undated() -> None:
    text = (
        "Sweden said in March it would pull out its troops early. Ten days later, Benin told the United "
        "Nations it would withdraw its peacekeepers gradually.\n"
    )
    event = event_for(text, "en", "2025-06-20", "Benin")
    assert event.date != "2025-03"


@pytest.mark.parametrize(
    ("text", "lang", "fragment", "day"),
    [
        (
            "Le Bénin a informé ce mardi l'ONU du retrait de ses casques bleus. La décision intervient "
            "alors que 12 soldats béninois sont détenus à Niamey depuis juillet. La veille, la Suède avait "
            "elle aussi annoncé le retrait anticipé de ses soldats.\n",
            "fr",
            "Suède",
            "2025-03-17",
        ),
        (
            "Benin told the United Nations on Tuesday it would withdraw its peacekeepers. Twelve Beninese "
            "soldiers have been held in Niamey since July. The day before, Sweden had announced the early "
            "withdrawal of its troops.\n",
            "en",
            "Sweden",
            "2025-03-17",
        ),
    ],
)
def test_the_day_before_counts_from_the_act_not_from_a_state_since(
    text: str, lang: str, fragment: str, day: str
) -> None:
    assert event_for(text, lang, "2025-03-18", fragment).date == day


def test_as_recently_as_a_month_dates_the_act() -> None:
    text = "Danish lawmakers had extended their contingent's mandate as recently as March.\n"
    event = event_for(text, "en", "2025-06-20", "as recently as")
    assert (event.date, event.date_precision) == ("2025-03", "month")


@pytest.mark.parametrize(
    ("text", "lang", "published", "fragment"),
    [
        (
            "French forces handed over their base at Ansongo to the Malian army on Thursday.\n\n"
            "The handover ceremony was short, a Malian officer said.\n",
            "en",
            "2025-03-21",
            "ceremony",
        ),
        (
            "L'armée française a remis jeudi la base d'Ansongo aux Forces armées maliennes.\n\n"
            "La cérémonie de rétrocession s'est tenue en présence du gouverneur malien.\n",
            "fr",
            "2025-03-21",
            "cérémonie",
        ),
        (
            "Die französische Armee hat am Donnerstag ihren Stützpunkt in Ansongo an die malische Armee "
            "übergeben.\n\nDie Übergabe fand in Anwesenheit malischer Offiziere statt.\n",
            "de",
            "2025-03-21",
            "Anwesenheit",
        ),
        (
            "El ejército francés entregó el jueves su base de Ansongo a las fuerzas malienses.\n\n"
            "La ceremonia de entrega fue breve, según un oficial maliense.\n",
            "es",
            "2025-03-21",
            "ceremonia",
        ),
        (
            "Quân đội Pháp hôm thứ Năm đã bàn giao căn cứ Ansongo cho quân đội Mali.\n\n"
            "Buổi lễ diễn ra ngắn gọn với việc hạ cờ Pháp và kéo cờ Mali.\n",
            "vi",
            "2025-03-21",
            "Buổi lễ",
        ),
    ],
)
def test_the_ceremony_in_the_next_paragraph_is_of_the_handover_day(
    text: str, lang: str, published: str, fragment: str
) -> None:
    event = event_for(text, lang, published, fragment)
    assert event.type == "handover"
    assert event.date == "2025-03-20"


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "L'armée française a remis jeudi la base d'Ansongo aux forces armées maliennes.\n\n"
            "« La rétrocession s'est déroulée dans le calme », indique un communiqué.\n",
            "fr",
            "déroulée",
        ),
        (
            "French forces handed over their base at Ansongo to the Malian army on Thursday.\n\n"
            "The handover took place in the presence of local officials.\n",
            "en",
            "took place",
        ),
        (
            "El ejército francés entregó el jueves su base de Ansongo a las fuerzas malienses.\n\n"
            "La entrega se hizo en presencia de las autoridades locales.\n",
            "es",
            "presencia",
        ),
    ],
)
def test_a_handover_with_no_country_of_its_own_goes_on_with_the_paragraphs_act(
    text: str, lang: str, fragment: str
) -> None:
    event = event_for(text, lang, "2025-03-21", fragment)
    assert (event.type, event.date) == ("handover", "2025-03-20")
    assert event.places == ["Ansongo"]


def test_the_act_told_on_keeps_a_place_of_its_own() -> None:
    text = (
        "French forces handed over their base at Ansongo to the Malian army on Thursday.\n\n"
        "The handover of the Ménaka camp followed, the army said.\n"
    )
    event = event_for(text, "en", "2025-03-21", "followed")
    assert "Ansongo" not in event.places


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "The last French soldiers left the base at Ansongo on Thursday, the army said.\n\n"
            "The withdrawal was completed in good order, a spokesman said.\n",
            "en",
            "good order",
        ),
        (
            "Les derniers soldats français ont quitté jeudi la base d'Ansongo, a indiqué l'état-major.\n\n"
            "« Le désengagement d'Ansongo s'est achevé dans l'ordre », a déclaré un porte-parole.\n",
            "fr",
            "achevé",
        ),
        (
            "Die letzten französischen Soldaten haben am Donnerstag den Stützpunkt in Ansongo verlassen.\n\n"
            "Der Abzug wurde ohne Zwischenfälle abgeschlossen, sagte ein Sprecher.\n",
            "de",
            "Zwischenfälle",
        ),
        (
            "Los últimos soldados franceses abandonaron el jueves la base de Ansongo.\n\n"
            "La retirada se completó sin incidentes, dijo un portavoz.\n",
            "es",
            "incidentes",
        ),
        (
            "Hôm thứ Năm, những binh sĩ Pháp cuối cùng đã rời căn cứ Ansongo.\n\n"
            "Việc rút quân đã hoàn tất an toàn, một phát ngôn viên cho biết.\n",
            "vi",
            "an toàn",
        ),
    ],
)
def test_the_withdrawal_named_in_the_next_paragraph_is_of_its_day(
    text: str, lang: str, fragment: str
) -> None:
    event = event_for(text, lang, "2025-03-21", fragment)
    assert (event.type, event.date) == ("withdrawal_completed", "2025-03-20")


def test_the_withdrawal_named_as_a_plan_in_the_next_paragraph_is_not_of_that_day() -> None:
    text = (
        "The last French soldiers left the base at Ansongo on Thursday, the army said.\n\n"
        "The withdrawal from Gao will be completed by August, a spokesman said.\n"
    )
    assert all(e.date != "2025-03-20" for e in events_of(text, "en", "2025-03-21") if "August" in e.sentence)


@pytest.mark.parametrize(
    ("text", "lang", "fragment"),
    [
        (
            "PARIS, 5 juin (APF) - La force Sabre a mis fin mercredi à ses opérations au Niger.\n\n"
            "Lancée en mars 2019, la force devait appuyer l'armée nigérienne.\n\n"
            "La veille, le Conseil de sécurité avait prolongé d'un an le mandat de la mission.\n",
            "fr",
            "La veille",
        ),
        (
            "PARIS, June 5 (SPA) - The Sabre task force ended its operations in Niger on Wednesday.\n\n"
            "Launched in March 2019, the force was to support the Nigerien army.\n\n"
            "The day before, the Security Council had extended the mission's mandate by a year.\n",
            "en",
            "The day before",
        ),
    ],
)
def test_the_day_before_counts_from_the_last_day_told_not_a_month_told_sentences_back(
    text: str, lang: str, fragment: str
) -> None:
    assert event_for(text, lang, "2025-06-05", fragment).date == "2025-06-03"


def test_a_german_preterite_of_running_is_the_past_not_an_arrangement() -> None:
    text = (
        "Die französische Armee hat am Donnerstag ihren Stützpunkt in Ansongo an die malische Armee "
        "übergeben.\n\nDie Übergabe verlief ruhig, sagte ein malischer Offizier.\n"
    )
    event = event_for(text, "de", "2025-03-21", "verlief")
    assert (event.type, event.date, event.date_inferred) == ("handover", "2025-03-20", True)
