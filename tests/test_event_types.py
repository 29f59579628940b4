"""Event types from real seed sentences (all five seeds) and French sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.event_types import classify_event
from store.about.type_labels import event_type_label
from store.model import EVENT_TYPES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SEED_SENTENCES = [
    # seed 000 (Vietnamese)
    (
        "vi",
        "attack",
        "Ngày 3/11, người phát ngôn của Tổng thư ký Liên hợp quốc (LHQ), ông Stephane Dujarric cho biết "
        "đã có thêm 7 binh sĩ thuộc Phái bộ gìn giữ hòa bình của LHQ ở Mali (MINUSMA) bị thương "
        "trong quá trình rút "
        "khỏi quốc gia này do đoàn xe chở họ trúng phải một thiết bị nổ tự chế (IED).",
    ),
    (
        "vi",
        "withdrawal_completed",
        "Ngày 2/8, Liên hợp quốc (LHQ) thông báo trên 460 binh sĩ Ai Cập tham gia sứ "
        "mệnh gìn giữ hòa bình của LHQ kéo dài một thập niên tại Mali đã rời khỏi nước này.",
    ),
    (
        "vi",
        "withdrawal_announced",
        "Việc rút quân của Ai Cập tại Mali dự kiến sẽ hoàn thành vào cuối năm nay.",
    ),
    (
        "vi",
        "withdrawal_announced",
        "Người phát ngôn của Chính phủ Đức Steffen Hebestreit ngày 22/11 thông báo "
        "Berlin sẽ rút lực lượng khỏi Phái bộ gìn giữ hòa bình của Liên hợp quốc tại Mali "
        "(MINUSMA) vào tháng 5/2024.",
    ),
    (
        "vi",
        "withdrawal_announced",
        "Theo phóng viên TTXVN tại London, ngày 14/11, Anh tuyên bố rút về nước lực "
        "lượng quân đội, gồm 250 binh lính, đang tham gia sứ mệnh của Liên hợp quốc (LHQ) ổn định "
        "tình hình tại Mali.",
    ),
    (
        "vi",
        "withdrawal_completed",
        "Ngày 15/8, Pháp tuyên bố những binh sĩ cuối cùng tham gia chiến dịch Barkhane "
        "ở Mali hiện đã rút khỏi sau gần 10 năm tham chiến nhằm đẩy lùi các lực lượng nổi dậy Hồi "
        "giáo cực đoan tại "
        "quốc gia Tây Phi này.",
    ),
    (
        "vi",
        "withdrawal_announced",
        "Ngày 16/2, Pháp cùng các đồng minh châu Âu thông báo sẽ bắt đầu rút quân khỏi "
        "Mali sau gần 10 năm tham chiến nhằm đẩy lùi các lực lượng nổi dậy Hồi giáo cực đoan tại "
        "quốc gia Tây Phi này.",
    ),
    (
        "vi",
        "withdrawal_started",
        "Ngày 9/4, Pháp đã bắt đầu rút nhóm binh sĩ đầu tiên ra khỏi Mali, chính thức "
        "khởi động tiến trình rút một phần lực lượng chiến đấu ra khỏi quốc gia Tây Phi này.",
    ),
    (
        "vi",
        "statement",
        "Tuyên bố trên được đưa ra sau khi chính quyền quân sự Mali yêu cầu lực lượng Pháp lập tức "
        "rời khỏi quốc gia châu Phi này.",
    ),
    # seed 001
    (
        "en",
        "mission_ended",
        "The UN stabilisation mission (MINUSMA) had been in place since 2013 but ended on "
        "December 31 after Mali's military leaders ordered it to leave amid deteriorating relations.",
    ),
    (
        "en",
        "withdrawal_announced",
        "The UN's mission in Mali, forced to pull out of the crisis-wracked country last "
        "year, will be completely gone by mid-November, the ruling junta has said.",
    ),
    (
        "en",
        "handover",
        "Under a so-called liquidation phase since January, the last equipment has been handed over "
        "to the authorities or evacuated, and final contracts wrapped up.",
    ),
    (
        "en",
        "statement",
        "Mali's ruling junta, which seized power in a 2020 coup, accused the UN mission of "
        '"fuelling community tensions".',
    ),
    (
        "en",
        "casualties",
        "More than 180 MINUSMA members were killed in attacks, mostly blamed on armed groups "
        "linked to Al Qaeda or Daesh terror.",
    ),
    # seed 002
    (
        "en",
        "withdrawal_announced",
        "Mali's Council of Ministers on Thursday issued a statement announcing that the "
        "UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) would complete its "
        "withdrawal from the "
        "West African country by November 15.",
    ),
    (
        "en",
        "withdrawal_completed",
        "In January, the UN chief's spokesman announced that the UN stabilization "
        "mission in Mali had successfully completed its planned withdrawal by the end of 2024.",
    ),
    (
        "en",
        "coup",
        "Relations between the UN and Mali's government began deteriorating significantly after the "
        "August 2020 military coup that overthrew President Ibrahim Boubacar Keïta, with Mali’s "
        "leaders becoming "
        "increasingly critical of the UN mission's effectiveness.",
    ),
    (
        "en",
        "demand",
        "In June 2023, the government requested MINUSMA’s departure, viewing it as ineffective in "
        "addressing security issues and preferring to pursue alternative security partnerships, "
        "particularly with "
        "Russia.",
    ),
    ("en", "agreement", "Read more: Mali signs substantial military agreement with Chinese firm"),
    # seed 003
    (
        "en",
        "withdrawal_started",
        "Having begun on Saturday, the pullout will be incremental and is expected to be "
        "finalized by January 1, 2024.",
    ),
    (
        "en",
        "statement",
        "UN Secretary-General Antonio Guterres called on the parties to the 2015 Agreement on Peace "
        "and Reconciliation in Mali “to continue honoring the ceasefire as MINUSMA withdraws.",
    ),
    (
        "en",
        "statement",
        "Last month, Malian authorities called on the UN to end its peacekeeping mission “without delay.”",
    ),
    ("en", "casualties", "Since then, 303 peacekeepers have been killed in action."),
    ("en", "deployment", "In 2014, France deployed a separate security mission to fight insurgents."),
    (
        "en",
        "withdrawal_completed",
        "However, Paris pulled its forces out last year as relations between Paris and Bamako soured.",
    ),
    ("en", "withdrawal_started", "Germany begins troop withdrawal from Mali – commander"),
    # seed 004
    (
        "en",
        "mission_ended",
        "The UN Multidimensional Integrated Stabilization Mission in Mali (MINUSMA) officially "
        "ended its mission by lowering the UN flag at its headquarters in Bamako, as confirmed by "
        "spokesperson "
        "Fatoumata Kaba to a news agency on Monday.",
    ),
    (
        "en",
        "withdrawal_started",
        "However, the peacekeepers are now departing without any ceremony after a decade.",
    ),
    (
        "en",
        "withdrawal_started",
        "Following the directive to depart, MINUSMA has vacated 13 positions in Mali and "
        "is in the process of closing sites in Gao and Timbuktu in the northern region.",
    ),
    (
        "en",
        "handover",
        "This phase will involve tasks like transferring any remaining equipment to the relevant "
        "authorities.",
    ),
]

FRENCH_SENTENCES = [
    ("withdrawal_announced", "La France va retirer ses soldats du Mali d'ici l'été."),
    ("withdrawal_announced", "Le Danemark se retirera du Mali."),
    (
        "withdrawal_completed",
        "Les derniers soldats de Barkhane ont définitivement quitté le Mali le 15 août.",
    ),
    ("withdrawal_started", "L'armée française a commencé son retrait du Mali le 9 avril."),
    ("handover", "Le camp de Tessalit a été rétrocédé aux autorités maliennes."),
    ("casualties", "Trois casques bleus ont été tués et cinq blessés."),
    (
        "attack",
        "Un convoi de la MINUSMA a sauté sur un engin explosif près de Kidal, blessant sept casques bleus.",
    ),
    ("mission_ended", "La fin de la mission de la MINUSMA a été actée le 31 décembre."),
    ("coup", "Les militaires ont pris le pouvoir lors d'un coup d'État en août 2020."),
    ("agreement", "Le Mali et la Russie ont signé un accord de coopération militaire."),
    ("statement", "Le ministre a déclaré que la situation restait tendue."),
    ("deployment", "Mille soldats tchadiens ont été déployés à Kidal."),
    ("demand", "Bamako a exigé le retrait sans délai de la MINUSMA."),
]


def test_seed_sentences_are_quoted_exactly_from_the_seeds() -> None:
    corpus = " ".join(" ".join(f.read_text("utf-8").split()) for f in SEEDS.glob("*.txt"))
    for _, _, sentence in SEED_SENTENCES:
        assert " ".join(sentence.split()) in corpus, sentence[:60]


@pytest.mark.parametrize(("language", "expected", "sentence"), SEED_SENTENCES)
def test_seed_sentence_type(language: str, expected: str, sentence: str) -> None:
    assert classify_event(sentence, language) == expected


@pytest.mark.parametrize(("expected", "sentence"), FRENCH_SENTENCES)
def test_french_sentence_type(expected: str, sentence: str) -> None:
    assert classify_event(sentence, "fr") == expected


def test_future_date_pushes_a_withdrawal_to_announced() -> None:
    s = "Germany withdrew its troops in May."
    assert classify_event(s, "en") == "withdrawal_completed"
    assert classify_event(s, "en", future=True) == "withdrawal_announced"


def test_named_agreement_does_not_make_an_agreement() -> None:
    s = "The parties to the 2015 Agreement on Peace and Reconciliation met in Algiers."
    assert classify_event(s, "en") != "agreement"


def test_unknown_language_tries_every_rule_set() -> None:
    assert classify_event("Pháp đã bắt đầu rút quân khỏi Mali.", "und") == "withdrawal_started"


def test_every_result_is_a_known_type() -> None:
    for f in SEEDS.glob("*.txt"):
        for line in f.read_text("utf-8").splitlines():
            assert classify_event(line, "en") in EVENT_TYPES


def test_label_for_the_browser() -> None:
    assert event_type_label("withdrawal_completed") == "withdrawal completed"
    assert event_type_label("mission_ended") == "mission ended"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "On March 3 the army launched a military operation in the border area, the ministry said."),
        ("fr", "Le 3 mars, l'armée a lancé une opération militaire dans la zone frontalière."),
        ("es", "El 3 de marzo, el ejército lanzó una operación militar en la zona fronteriza."),
        ("de", "Am 3. März startete die Armee eine Militäroperation im Grenzgebiet."),
        ("vi", "Ngày 3/3, quân đội phát động chiến dịch quân sự ở khu vực biên giới."),
    ],
)
def test_launching_a_military_operation_is_a_deployment(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "deployment"


def test_launching_a_product_is_no_deployment() -> None:
    assert classify_event("The company launched a new phone on Monday.", "en") == "other"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "Burkina Faso on Friday cancelled the agreement under which the EU training mission operated.",
        ),
        (
            "fr",
            "Le Burkina Faso a dénoncé vendredi l'accord qui encadrait la mission européenne de formation.",
        ),
        ("de", "Burkina Faso hat am Freitag das Abkommen über die europäische Ausbildungsmission gekündigt."),
        ("es", "Burkina Faso denunció el viernes el acuerdo que regulaba la misión europea de formación."),
    ],
)
def test_ending_the_agreement_a_mission_works_under_ends_the_mission(language: str, sentence: str) -> None:
    assert classify_event(sentence, language) == "mission_ended"


def test_an_agreement_reaching_the_mission_only_across_a_clause_ends_no_mission() -> None:
    assert (
        classify_event("The junta scrapped the peace deal, a blow to the UN mission.", "en")
        != "mission_ended"
    )
    demanded = "Protesters demanded that the agreement on the EU mission be revoked."
    assert classify_event(demanded, "en") != "mission_ended"


def test_withdrawing_consent_or_approval_is_no_troop_withdrawal() -> None:
    sentence = "The government withdrew its consent for the European mission on Tuesday."
    assert not classify_event(sentence, "en").startswith("withdrawal")
    assert classify_event("The government withdrew its troops from Menaka on Tuesday.", "en") == (
        "withdrawal_completed"
    )


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Niger on Thursday gave the French ambassador 48 hours to leave the country."),
        ("fr", "Le Niger a donné jeudi 48 heures à l'ambassadeur de France pour quitter le pays."),
        (
            "de",
            "Niger gab dem französischen Botschafter am Donnerstag 48 Stunden, um das Land zu verlassen.",
        ),
        ("es", "Níger dio el jueves 48 horas al embajador de Francia para abandonar el país."),
    ],
)
def test_a_diplomat_made_to_leave_is_expelled_not_withdrawn(language: str, sentence: str) -> None:
    assert not classify_event(sentence, language).startswith("withdrawal")


def test_troops_a_diplomat_speaks_of_still_withdraw() -> None:
    assert classify_event(
        "The French ambassador said the soldiers would leave Niger by the summer.", "en"
    ) == ("withdrawal_announced")
    assert classify_event("The German ambassador watched as the last soldiers left Gao.", "en") == (
        "withdrawal_completed"
    )
