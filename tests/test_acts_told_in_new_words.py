"""Acts told in words the cues did not know: troops brought back, a training stopped, the last unit crossing
the border, a decision to withdraw told to the UN in the conditional (store/languages/<code>/cues.py and
acts.py)."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Norway will bring back its medical contingent from Gao before the rainy season.",
            "en",
            "withdrawal_announced",
        ),
        ("Norway brought its 60 soldiers back from Gao on Sunday.", "en", "withdrawal_completed"),
        (
            "La Belgique va ramener ses instructeurs au pays d'ici la fin du mois.",
            "fr",
            "withdrawal_announced",
        ),
        ("La Belgique a ramené dimanche ses 60 soldats au pays.", "fr", "withdrawal_completed"),
        ("Portugal traerá de vuelta a sus efectivos antes del verano.", "es", "withdrawal_announced"),
        (
            "Portugal hará regresar a sus soldados de la República Centroafricana.",
            "es",
            "withdrawal_announced",
        ),
        ("Österreich wird seine Soldaten aus Mali zurückholen.", "de", "withdrawal_announced"),
        ("Österreich hat seine Soldaten am Sonntag aus Mali zurückgeholt.", "de", "withdrawal_completed"),
    ],
)
def test_troops_brought_back_are_a_withdrawal(text: str, lang: str, kind: str) -> None:
    assert classify_event(text, lang) == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Paris will bring back its ambassador for consultations.", "en"),
        ("The minister said the reform would bring back stability to the north.", "en"),
    ],
)
def test_an_envoy_or_a_thing_brought_back_is_no_withdrawal(text: str, lang: str) -> None:
    assert not classify_event(text, lang).startswith("withdrawal")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The EU is halting its training of Burkinabe troops, the bloc's envoy said on Friday.", "en"),
        ("Germany stopped training Nigerien special forces on Friday.", "en"),
        ("L'Union européenne arrête la formation des soldats nigériens.", "fr"),
        ("La mission a cessé vendredi de former l'armée burkinabè.", "fr"),
        ("La Unión Europea detiene la formación de las tropas nigerinas.", "es"),
        ("España dejó de entrenar a los soldados burkineses el viernes.", "es"),
        ("Die EU stoppt die Ausbildung nigrischer Soldaten.", "de"),
        ("Liên minh châu Âu ngừng huấn luyện binh sĩ Niger từ thứ Sáu.", "vi"),
        ("Đức đã dừng đào tạo lực lượng đặc nhiệm Niger hôm thứ Sáu.", "vi"),
    ],
)
def test_a_training_stopped_is_a_suspension(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "suspension"


def test_an_advance_halted_is_no_suspension() -> None:
    assert classify_event("The army halted the advance of the rebels near Gao.", "en") != "suspension"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("El último convoy cruzó la frontera con Níger al amanecer.", "es"),
        ("El último destacamento atravesó la frontera con Chad.", "es"),
        ("Die letzten Soldaten des Kontingents überquerten die Grenze nach Niger.", "de"),
        ("Die letzten Blauhelme haben am Morgen die Grenze zu Niger überschritten.", "de"),
    ],
)
def test_the_last_unit_crossing_the_border_has_left(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "withdrawal_completed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Los primeros soldados cruzaron la frontera con Malí.", "es"),
        ("Die ersten Soldaten überquerten die Grenze nach Mali.", "de"),
    ],
)
def test_the_first_troops_crossing_a_border_have_not_left(text: str, lang: str) -> None:
    assert not classify_event(text, lang).startswith("withdrawal")


@pytest.mark.parametrize(
    "text",
    [
        "Senegal comunicó a la ONU que retiraría a sus cascos azules antes de agosto.",
        "Al día siguiente, Benín comunicó a Naciones Unidas que también retiraría a su contingente.",
    ],
)
def test_spanish_decision_told_to_the_un_in_the_conditional_is_announced(text: str) -> None:
    assert classify_event(text, "es") == "withdrawal_announced"


def test_spanish_nouns_ending_like_a_conditional_are_no_plan() -> None:
    assert classify_event("La infantería francesa abandonó Gao el lunes.", "es") == "withdrawal_completed"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Chad intervened militarily in the Central African Republic on Saturday.", "en"),
        ("Paris launched a military intervention in the Central African Republic on Thursday.", "en"),
        ("La France est intervenue militairement en Centrafrique jeudi.", "fr"),
        ("Frankreich hat am Donnerstag mit Kampfjets in den Krieg in Zentralafrika eingegriffen.", "de"),
        ("Tschad greift militärisch in Zentralafrika ein.", "de"),
        ("Francia intervino militarmente en la República Centroafricana el jueves.", "es"),
        ("Pháp can thiệp quân sự tại Cộng hòa Trung Phi từ ngày 5/12/2013.", "vi"),
    ],
)
def test_a_military_intervention_made_is_a_deployment(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "deployment"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ECOWAS threatened a military intervention in Niger.", "en"),
        ("La Cédéao menace d'une intervention militaire au Niger.", "fr"),
        ("ECOWAS đe dọa can thiệp quân sự vào Niger.", "vi"),
    ],
)
def test_a_military_intervention_threatened_is_no_deployment(text: str, lang: str) -> None:
    assert classify_event(text, lang) != "deployment"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Thủ tướng Canada hôm qua tuyên bố rút toàn bộ binh sĩ khỏi Mali trong vòng ba tháng.",
            "withdrawal_announced",
        ),
        ("Bộ Quốc phòng Canada thông báo rút toàn bộ lực lượng khỏi Mali.", "withdrawal_announced"),
        ("Canada thông báo đã rút toàn bộ binh sĩ khỏi Mali.", "withdrawal_completed"),
        ("Bộ Quốc phòng thông báo những binh sĩ cuối cùng đã rời Mali.", "withdrawal_completed"),
        ("Đây là căn cứ thứ ba quân Canada rời khỏi kể từ khi tuyên bố rút quân.", "withdrawal_completed"),
    ],
)
def test_vietnamese_withdrawal_of_all_troops_announced_is_no_completion(text: str, kind: str) -> None:
    assert classify_event(text, "vi") == kind


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Mali's junta on Monday asked Denmark to withdraw its special forces deployed in Menaka.", "en"),
        (
            "Le gouvernement malien a demandé lundi au Danemark de retirer « immédiatement » son contingent "
            "déployé à Ménaka.",
            "fr",
        ),
        (
            "El Gobierno malí exigió el lunes a Dinamarca que retire de inmediato su contingente "
            "desplegado en Ménaka.",
            "es",
        ),
        (
            "Chính quyền quân sự Mali hôm thứ Hai yêu cầu Đan Mạch rút ngay lực lượng đặc nhiệm "
            "được triển khai tại Ménaka.",
            "vi",
        ),
    ],
)
def test_a_withdrawal_demanded_of_troops_deployed_is_the_demand(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "demand"


def test_a_deployment_told_before_a_demand_stays_the_act() -> None:
    text = "Denmark deployed 90 special forces to Menaka on Monday, days before Mali asked them to withdraw."
    assert classify_event(text, "en") == "deployment"


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "Le dernier détachement français a franchi ce lundi la frontière nigérienne, a annoncé l'armée.",
            "fr",
            "withdrawal_completed",
        ),
        ("El último contingente cruzó el lunes la frontera con Níger.", "es", "withdrawal_completed"),
        ("Belgium had already handed back its Tessalit base on March 4.", "en", "handover"),
        ("La fuerza europea había cesado sus operaciones el 30 de junio.", "es", "mission_ended"),
    ],
)
def test_acts_told_with_words_between_or_in_the_pluperfect(text: str, lang: str, kind: str) -> None:
    assert classify_event(text, lang) == kind


def test_troops_driving_fighters_out_of_towns_have_not_left() -> None:
    text = "The mission was set up in April 2013, after French troops had driven Islamist fighters out of Gao"
    assert not classify_event(text, "en").startswith("withdrawal")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The junta said this deployment had taken place without its consent.", "en"),
        ("Dans un communiqué, Niamey affirme que ce déploiement est intervenu sans son consentement.", "fr"),
        ("Die Junta erklärte, diese Stationierung sei ohne ihre Zustimmung erfolgt.", "de"),
        ("La junta afirmó que ese despliegue se hizo sin su consentimiento.", "es"),
    ],
)
def test_a_deployment_told_before_pointed_at_in_a_statement_is_the_statement(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "statement"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("This deployment began in 2013.", "en"), ("Ce déploiement a commencé en 2013.", "fr")],
)
def test_a_deployment_pointed_at_by_no_one_s_words_is_still_the_deployment(text: str, lang: str) -> None:
    assert classify_event(text, lang) == "deployment"
