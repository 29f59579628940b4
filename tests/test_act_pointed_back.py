"""A sentence that names again, with a pointing determiner, the act its report told just before is one more
report of that act, of its type and day (store/extraction/act_pointed_back.py, ACT_NAMED_BACK in
store/languages/<code>/pointing.py)."""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for, events_of

PUBLISHED = "2024-03-07"  # a Thursday: "Tuesday" is 2024-03-05

REACTIONS = [
    (
        "en",
        "The last French soldiers left Chad on Tuesday, the army said.\n\n"
        "The ruling council welcomed the departure as a turning point for the country.",
        "welcomed the departure",
    ),
    (
        "fr",
        "Les derniers soldats français ont quitté le Tchad mardi, a indiqué l'armée.\n\n"
        "Le conseil militaire a salué ce départ comme une étape décisive.",
        "salué ce départ",
    ),
    (
        "es",
        "Los últimos soldados franceses abandonaron Chad el martes, informó el ejército.\n\n"
        "El consejo militar celebró la salida como un paso decisivo.",
        "celebró la salida",
    ),
    (
        "de",
        "Die letzten französischen Soldaten haben am Dienstag den Tschad verlassen.\n\n"
        "Der Militärrat sprach von einem historischen Tag für das Land.",
        "historischen Tag",
    ),
    (
        "vi",
        "Những binh sĩ Pháp cuối cùng đã rời khỏi Chad hôm thứ Ba, quân đội cho biết.\n\n"
        "Hội đồng quân sự gọi sự kiện là một bước ngoặt lịch sử.",
        "gọi sự kiện",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), REACTIONS)
def test_a_reaction_naming_the_act_again_is_a_report_of_that_act_on_its_day(language, text, fragment):
    event = event_for(text, language, PUBLISHED, fragment)
    assert event.type == "withdrawal_completed"
    assert event.date == "2024-03-05" and event.date_inferred, event.date_reason
    assert "TD" in event.countries


HOW_IT_WENT = [
    ("en", "The withdrawal took place without incident, a spokesman said.", "took place"),
    ("fr", "Le retrait s'est déroulé sans incident, selon un porte-parole.", "s'est déroulé"),
    ("es", "La retirada se desarrolló sin incidentes, según un portavoz.", "se desarrolló"),
    ("de", "Nach Angaben eines Sprechers verlief der Abzug ohne Zwischenfälle.", "verlief"),
    ("vi", "Việc rút quân được đẩy nhanh do lo ngại an ninh, một phát ngôn viên cho biết.", "đẩy nhanh"),
]
_LEADS = {
    "en": "The last French soldiers left Chad on Tuesday, the army said.",
    "fr": "Les derniers soldats français ont quitté le Tchad mardi, a indiqué l'armée.",
    "es": "Los últimos soldados franceses abandonaron Chad el martes, informó el ejército.",
    "de": "Die letzten französischen Soldaten haben am Dienstag den Tschad verlassen.",
    "vi": "Những binh sĩ Pháp cuối cùng đã rời khỏi Chad hôm thứ Ba, quân đội cho biết.",
}


@pytest.mark.parametrize(("language", "follow", "fragment"), HOW_IT_WENT)
def test_how_the_act_went_told_in_a_paragraph_of_its_own_is_that_act(language, follow, fragment):
    event = event_for(f"{_LEADS[language]}\n\n{follow}", language, PUBLISHED, fragment)
    assert (event.type, event.date, event.date_inferred) == ("withdrawal_completed", "2024-03-05", True)


DECISIONS = [
    (
        "en",
        "Niger's military government announced on Tuesday that it would withdraw from the regional bloc.\n\n"
        "The decision takes effect immediately, according to the statement.",
        "takes effect",
    ),
    (
        "es",
        "El gobierno militar de Níger anunció el martes su retirada del bloque regional.\n\n"
        "Según el texto, la retirada tiene efecto inmediato.",
        "efecto inmediato",
    ),
    (
        "vi",
        "Chính quyền quân sự Niger hôm thứ Ba tuyên bố rút khỏi khối khu vực.\n\n"
        "Theo tuyên bố, quyết định này có hiệu lực ngay lập tức.",
        "có hiệu lực",
    ),
]


@pytest.mark.parametrize(("language", "text", "fragment"), DECISIONS)
def test_a_decision_said_to_take_effect_is_the_announcement_told_before(language, text, fragment):
    event = event_for(text, language, PUBLISHED, fragment)
    assert event.type == "withdrawal_announced"
    assert event.date == "2024-03-05" and event.date_inferred


def test_the_act_named_again_is_the_story_s_not_a_background_one_told_after_it():
    text = (
        "The last French soldiers left Chad on Tuesday, the army said.\n\n"
        "President Emmanuel Macron had announced the pull-out on Sunday.\n\n"
        "The ruling council welcomed the departure as a turning point."
    )
    event = event_for(text, "en", PUBLISHED, "welcomed the departure")
    assert (event.type, event.date) == ("withdrawal_completed", "2024-03-05")


NO_ACT_NAMED_AGAIN = [
    # a negated act with no determiner pointing back: a handover is "not a departure"
    (
        "en",
        '"This is not a departure, it is a new partnership," the minister told reporters.',
        "not a departure",
    ),
    ("fr", "« Ce n'est pas un départ, mais un nouveau partenariat », a assuré le ministre.", "pas un départ"),
    # another country speaks of its own withdrawal
    ("en", "Germany said it would now prepare the withdrawal of its own contingent.", "Germany said"),
    ("de", "Das Verteidigungsministerium in Berlin kündigte an, den Abzug vorzubereiten.", "Berlin kündigte"),
    # a demand for a departure is no report of one
    ("en", "Protesters in the capital called for the departure of all foreign troops.", "Protesters"),
    ("fr", "Des manifestants ont réclamé le départ de toutes les troupes étrangères.", "manifestants"),
    # what is still to come is a plan, not the act told
    ("en", "The final stage of the handover is expected to take place next month.", "final stage"),
]


@pytest.mark.parametrize(("language", "follow", "fragment"), NO_ACT_NAMED_AGAIN)
def test_a_sentence_naming_no_act_of_the_report_again_gets_no_copy_of_it(language, follow, fragment):
    leads = {
        "en": "France handed its last base in Chad over to the Chadian army on Tuesday, the army said.",
        "fr": "La France a rétrocédé mardi sa dernière base au Tchad à l'armée tchadienne, selon l'armée.",
        "de": "Frankreich hat am Dienstag seinen letzten Stützpunkt im Tschad an die Armee übergeben.",
    }
    events = events_of(f"{leads[language]}\n\n{follow}", language, PUBLISHED)
    assert not [e for e in events if fragment in e.sentence and e.date == "2024-03-05"]
