"""Acts told beside a withdrawal have their own types (store/about/acts.py): people arrested, people
released or pardoned, a diplomat expelled, media banned, an activity suspended; a demand made to someone
else is a demand, never the speaker's announcement nor the act it asks for."""

from __future__ import annotations

import pytest

from store.about.event_types import classify_event, reported_kinds


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Security forces in Niamey on Tuesday arrested 12 opposition activists outside parliament.", "en"),
        ("The 30 Beninese soldiers were detained at the border crossing on Friday.", "en"),
        ("Trois officiers ont été arrêtés mardi à Ouagadougou, selon une source sécuritaire.", "fr"),
        ("L'arrestation de quatre fonctionnaires français à Ouagadougou a tendu les relations.", "fr"),
        ("Die Polizei hat am Montag in Niamey zwei Journalisten festgenommen.", "de"),
        ("Die Festnahme der französischen Beamten sorgte in Paris für Empörung.", "de"),
        ("La policía detuvo el martes a tres periodistas en Uagadugú.", "es"),
        ("Hai nhà báo nước ngoài bị bắt tại Niamey hôm thứ Ba.", "vi"),
        ("Chính quyền quân sự đã bắt giữ 12 nhà hoạt động đối lập.", "vi"),
    ],
)
def test_people_arrested_or_detained_are_an_arrest(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "arrest"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Burkina Faso's junta on Thursday released the four French officials held since December.", "en"),
        ("The junta leader pardoned 12 officers convicted of plotting a coup.", "en"),
        ("Les quatre fonctionnaires français ont été libérés jeudi et ont regagné Paris.", "fr"),
        ("Le chef de la junte a gracié douze officiers condamnés pour tentative de putsch.", "fr"),
        ("Die vier französischen Beamten wurden am Donnerstag freigelassen.", "de"),
        ("Der Juntachef hat zwölf verurteilte Offiziere begnadigt.", "de"),
        ("El jefe de la junta indultó a doce oficiales condenados por intento de golpe.", "es"),
        ("Chính quyền quân sự đã trả tự do cho bốn quan chức Pháp hôm thứ Năm.", "vi"),
    ],
)
def test_people_freed_or_pardoned_are_a_release(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "release"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Niger's junta expelled the EU ambassador on Friday, giving him 72 hours to go.", "en"),
        ("The government gave Germany's envoy 48 hours to leave the country.", "en"),
        ("Le gouvernement a expulsé vendredi le représentant de l'Union européenne.", "fr"),
        ("Die Junta hat den EU-Botschafter am Freitag ausgewiesen.", "de"),
        ("La junta expulsó el viernes al embajador de la Unión Europea.", "es"),
        ("Chính quyền quân sự Niger trục xuất đại sứ EU hôm thứ Sáu.", "vi"),
    ],
)
def test_a_diplomat_sent_away_is_an_expulsion(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "expulsion"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Burkina Faso's government on Monday suspended the broadcasts of a French radio station.", "en"),
        ("Le Niger a suspendu lundi la diffusion de deux chaînes de télévision étrangères.", "fr"),
        ("Die Regierung hat die Ausstrahlung zweier ausländischer Sender ausgesetzt.", "de"),
        ("El Gobierno de Burkina Faso suspendió el lunes las emisiones de una radio francesa.", "es"),
        ("Burkina Faso đình chỉ phát sóng của một đài phát thanh Pháp hôm thứ Hai.", "vi"),
    ],
)
def test_broadcasters_suspended_are_a_media_ban(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "media_ban"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Niger on Wednesday suspended all flights of the European mission, state television said.", "en"),
        ("Le Burkina Faso a suspendu mercredi les vols de la mission européenne.", "fr"),
        ("Niger hat am Mittwoch alle Flüge der EU-Mission ausgesetzt.", "de"),
        ("Níger suspendió el miércoles todos los vuelos de la misión europea.", "es"),
        ("Niger tạm dừng mọi chuyến bay của phái bộ châu Âu hôm thứ Tư.", "vi"),
    ],
)
def test_an_activity_suspended_is_a_suspension_not_a_media_ban(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "suspension"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Niger's prime minister on Monday asked the U.S. to withdraw its troops without delay.", "en"),
        ("The junta called for the immediate departure of the European training mission.", "en"),
        ("Le Premier ministre a demandé lundi le retrait sans délai des soldats américains.", "fr"),
        ("Der Regierungschef hat am Montag den sofortigen Abzug der US-Soldaten gefordert.", "de"),
        ("El primer ministro pidió el lunes la retirada inmediata de las tropas estadounidenses.", "es"),
        ("Thủ tướng Niger hôm thứ Hai yêu cầu Mỹ rút quân ngay lập tức.", "vi"),
    ],
)
def test_a_withdrawal_asked_of_someone_else_is_a_demand(sentence: str, language: str) -> None:
    kind = classify_event(sentence, language)
    assert kind == "demand"
    assert not {"withdrawal_announced", "withdrawal_started", "withdrawal_completed"} & reported_kinds(
        sentence, language
    )


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Côte d'Ivoire demanded the release of its soldiers.", "en"),
        ("Abidjan a exigé la libération de ses soldats.", "fr"),
        ("Die Regierung in Abidjan hat die Freilassung ihrer Soldaten gefordert.", "de"),
        ("Abiyán exigió la liberación de sus soldados.", "es"),
        ("Bờ Biển Ngà yêu cầu trả tự do cho các binh sĩ của mình.", "vi"),
    ],
)
def test_a_release_only_demanded_is_a_demand(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "demand"
    assert "release" not in reported_kinds(sentence, language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The junta seized power in a coup and arrested the president on Wednesday.", "en"),
        ("Les militaires ont arrêté le président Bazoum et pris le pouvoir lors d'un coup d'État.", "fr"),
    ],
)
def test_an_arrest_within_a_coup_is_the_coup(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "coup"


def test_the_act_told_first_is_the_sentence_s_own() -> None:
    text = "Mali suspended U.N. troop rotations on Thursday, days after 49 soldiers were detained."
    assert classify_event(text, "en") == "suspension"
    text = "Mali on Friday pardoned the 46 soldiers arrested in July at Bamako airport."
    assert classify_event(text, "en") == "release"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The army said it had released a statement on the attack.", "en"),
        ("Mali stopped its operations in the north, grâce à un accord.", "fr"),
        ("La France a arrêté ses opérations militaires au Mali.", "fr"),
        ("Quân đội bắt đầu rút khỏi căn cứ.", "vi"),
    ],
)
def test_words_that_only_look_like_an_arrest_or_a_release_are_not(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) not in {"arrest", "release"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The soldiers arrested in July at Bamako airport were pardoned on Friday.", "en"),
        ("Les deux otages détenus depuis mai ont été libérés dimanche.", "fr"),
        ("Die im Juli festgenommenen Soldaten wurden am Freitag begnadigt.", "de"),
    ],
)
def test_a_release_of_people_arrested_earlier_is_the_release(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "release"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The U.N. released figures showing 300 people displaced in the region.", "en"),
        ("Mali suspended dialogue through diplomatic channels with Paris.", "en"),
        ("Le gouvernement a suspendu la chaîne d'approvisionnement du camp.", "fr"),
        ("L'ONU a suspendu ses programmes d'aide dans le nord.", "fr"),
        ("El Gobierno suspendió los canales diplomáticos con París.", "es"),
        ("Die Regierung hat die Programme der Entwicklungshilfe ausgesetzt.", "de"),
    ],
)
def test_figures_released_or_channels_suspended_are_no_release_and_no_media_ban(
    sentence: str, language: str
) -> None:
    assert classify_event(sentence, language) not in {"release", "media_ban"}


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Mutinous soldiers detained President Ibrahim Keita at his residence on Tuesday.", "en"),
        ("Des militaires ont arrêté mardi le président et le Premier ministre de la transition.", "fr"),
        ("Meuternde Soldaten haben am Dienstag den Präsidenten in seiner Residenz festgenommen.", "de"),
        ("Las tropas detuvieron el martes al presidente en su residencia.", "es"),
        ("Binh sĩ cận vệ đã bắt giữ Tổng thống trong dinh thự hôm thứ Ba.", "vi"),
    ],
)
def test_soldiers_holding_a_sitting_head_of_state_is_a_coup(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "coup"


def test_soldiers_arresting_a_former_president_or_foreign_troops_is_an_arrest() -> None:
    assert classify_event("Soldiers arrested the former president at his home on Monday.", "en") == "arrest"
    assert classify_event("Soldiers arrested 49 Ivorian troops at the airport.", "en") == "arrest"


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("France took note of the request and will withdraw its special forces, the ministry said.", "en"),
        ("La France a pris acte de la demande de Ouagadougou et retirera ses forces spéciales.", "fr"),
        ("España tomó nota de la petición y retirará sus tropas antes del verano.", "es"),
    ],
)
def test_a_request_noted_then_acted_on_is_the_speaker_s_announcement(sentence: str, language: str) -> None:
    assert classify_event(sentence, language) == "withdrawal_announced"


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("The junta on Monday ordered the French ambassador to leave within 72 hours.", "en", "expulsion"),
        ("La junte a ordonné lundi le départ de l'ambassadeur de France.", "fr", "expulsion"),
        ("La junte a sommé l'ambassadeur de France de quitter le pays sous 72 heures.", "fr", "expulsion"),
        (
            "Die Junta hat den Botschafter aufgefordert, das Land binnen 48 Stunden zu verlassen.",
            "de",
            "expulsion",
        ),
        ("La junta ordenó al embajador francés abandonar el país en 72 horas.", "es", "expulsion"),
        ("Chính quyền quân sự yêu cầu đại sứ Pháp rời khỏi Niger trong vòng 48 giờ.", "vi", "expulsion"),
        ("Burkina Faso took France 24 off the air on Monday.", "en", "media_ban"),
        ("LCI a été retirée de l'antenne au Burkina Faso.", "fr", "media_ban"),
        ("The junta has jailed three opposition leaders.", "en", "arrest"),
        ("Trois militaires ont été écroués à Bamako.", "fr", "arrest"),
    ],
)
def test_orders_to_leave_off_air_and_jailed(sentence: str, language: str, kind: str) -> None:
    assert classify_event(sentence, language) == kind


def test_an_envoy_who_leaves_after_being_ordered_out_is_no_new_expulsion() -> None:
    text = "France's ambassador left Niamey on Wednesday, weeks after the military rulers ordered him out."
    assert classify_event(text, "en") != "expulsion"


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Les autorités ont arrêté dimanche 49 militaires étrangers à l'aéroport.", "fr", "arrest"),
        ("49 soldados marfileños fueron detenidos el domingo en el aeropuerto.", "es", "arrest"),
        ("The 46 soldiers were released on Friday and flew back to Abidjan.", "en", "release"),
        ("46 binh sĩ Bờ Biển Ngà đã được ân xá hôm thứ Sáu.", "vi", "release"),
        ("Le porte-parole de la mission a été expulsé du pays.", "fr", "expulsion"),
        ("Burkina Faso declared the French ambassador persona non grata.", "en", "expulsion"),
        ("Les médias français RFI et France 24 ont été suspendus au Mali.", "fr", "media_ban"),
        ("Die Ausstrahlung von RFI und France 24 wurde in Mali ausgesetzt.", "de", "media_ban"),
        ("Chính quyền quân sự cấm phát sóng RFI và France 24.", "vi", "media_ban"),
        ("Bamako a suspendu jeudi les relèves des contingents de la mission.", "fr", "suspension"),
        ("Die Regierung forderte die UN auf, ihre Truppen sofort abzuziehen.", "de", "demand"),
        ("El Gobierno pidió al Consejo de Seguridad que retire la misión sin demora.", "es", "demand"),
    ],
)
def test_other_wordings_of_each_act(sentence: str, language: str, kind: str) -> None:
    assert classify_event(sentence, language) == kind


@pytest.mark.parametrize(
    ("sentence", "language", "kind"),
    [
        ("Mali bắt 49 binh sĩ nước ngoài tại sân bay Bamako.", "vi", "arrest"),
        ("Mali thả 3 nữ binh sĩ nước ngoài hôm thứ Bảy.", "vi", "release"),
        ("Die im Juli festgenommenen Soldaten kamen am Freitag frei.", "de", "release"),
        ("Los militares apresados en julio fueron liberados el viernes.", "es", "release"),
    ],
)
def test_short_verbs_and_participles_of_arrests_and_releases(sentence: str, language: str, kind: str) -> None:
    assert classify_event(sentence, language) == kind


def test_a_deployment_told_first_is_the_sentence_s_own_act() -> None:
    text = "The army deployed troops to Gao after gunmen detained three officials."
    assert classify_event(text, "en") == "deployment"
    assert classify_event("The soldiers were arrested in July on arrival in Bamako.", "en") == "arrest"
