"""A battery of near misses written for these tests, in en, fr, vi, de and es, in the styles of news (wire
lead, follow-up, review line): two reports of one day, or of one kind, that tell two occurrences (two camps,
a plan and the act told the day it was made, two contributors, the first and last convoy, an attack and
the convoy's arrival, a vote and what it decides, mourning and the attack, one town in two years, a quote
of feeling beside another act). A claim or a condemnation is the act it names (the gold's convention):
those pairs link, in tests/test_claims_and_deadlines_days.py. Each pair here must stay in two clusters.
Pairs the rules still link are kept as strict expected failures (``LINKED``): they say what is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import ingest, write_reports

Reports = dict[str, tuple[str, str]]

# (case, reports, pairs of sentence fragments that tell two occurrences)
CASES: list[tuple[str, Reports, list[tuple[str, str]]]] = [
    # A. two camps left the same day
    (
        "camps_one_country_en",
        {
            "a.txt": ("2022-06-14", "French troops left the Gossi base on Tuesday, the army said."),
            "b.txt": ("2022-06-14", "French soldiers pulled out of the Ménaka base on Tuesday."),
        },
        [("Gossi", "Ménaka")],
    ),
    (
        "camps_two_countries_fr",
        {
            "a.txt": ("2023-12-22", "Les derniers soldats français ont quitté le Niger vendredi."),
            "b.txt": (
                "2023-12-22",
                "Les derniers militaires français stationnés au Tchad ont quitté N'Djamena vendredi.",
            ),
        },
        [("quitté le Niger", "N'Djamena")],
    ),
    (
        "camp_name_and_town_vi",
        {
            "a.txt": ("2022-08-15", "Hôm thứ Hai, quân đội Pháp đã bàn giao trại Delta cho quân đội Mali."),
            "b.txt": ("2022-08-15", "Hôm thứ Hai, căn cứ Tessalit đã được bàn giao cho quân đội Mali."),
        },
        [("trại Delta", "Tessalit")],
    ),
    (
        "camps_one_country_de",
        {
            "a.txt": (
                "2022-06-14",
                "Französische Soldaten haben am Dienstag den Stützpunkt Gossi verlassen.",
            ),
            "b.txt": ("2022-06-14", "Am Dienstag räumten französische Truppen auch ihr Lager in Ménaka."),
        },
        [("Gossi", "Ménaka")],
    ),
    (
        "camps_two_countries_es",
        {
            "a.txt": ("2023-12-22", "Los últimos soldados franceses abandonaron Níger el viernes."),
            "b.txt": (
                "2023-12-22",
                "Los últimos militares franceses desplegados en Chad salieron el viernes de Yamena.",
            ),
        },
        [("abandonaron Níger", "Yamena")],
    ),
    # B. announcement and completion months apart; plan told the day of the act
    (
        "announce_and_done_en",
        {
            "a.txt": (
                "2022-02-17",
                "President Emmanuel Macron announced on Thursday that "
                "French troops would withdraw from Mali.",
            ),
            "b.txt": ("2022-08-15", "The last French soldiers left Mali on Monday, the general staff said."),
        },
        [("announced on Thursday", "The last French")],
    ),
    (
        "plan_and_act_same_day_fr",
        {
            "a.txt": (
                "2023-10-10",
                "Les militaires français quitteront le Niger d'ici fin "
                "décembre, a indiqué mardi l'état-major.",
            ),
            "b.txt": (
                "2023-10-10",
                "Un détachement français a quitté mardi la base de Ouallam, dans l'ouest du Niger.",
            ),
        },
        [("d'ici fin décembre", "Ouallam")],
    ),
    (
        "plan_and_act_same_day_en",
        {
            "a.txt": (
                "2023-10-10",
                "French troops will leave Niger by December, the general staff said on Tuesday.",
            ),
            "b.txt": ("2023-10-10", "A French detachment left the Ouallam base in western Niger on Tuesday."),
        },
        [("by December", "Ouallam")],
    ),
    (
        "plan_and_act_same_day_es",
        {
            "a.txt": (
                "2023-10-10",
                "Las tropas francesas saldrán de Níger antes de finales de "
                "diciembre, dijo el martes el Estado Mayor.",
            ),
            "b.txt": (
                "2023-10-10",
                "Un destacamento francés abandonó el martes la base de Ouallam, en el oeste de Níger.",
            ),
        },
        [("finales de diciembre", "Ouallam")],
    ),
    (
        "plan_and_act_same_day_vi",
        {
            "a.txt": (
                "2023-10-10",
                "Hôm thứ Ba, bộ tham mưu cho biết quân đội Pháp sẽ rời Niger trước cuối tháng 12.",
            ),
            "b.txt": ("2023-10-10", "Hôm thứ Ba, một đơn vị Pháp đã rời căn cứ Ouallam ở miền tây Niger."),
        },
        [("trước cuối tháng 12", "Ouallam")],
    ),
    (
        "announce_and_done_de",
        {
            "a.txt": (
                "2022-11-22",
                "Die Bundesregierung hat am Dienstag beschlossen, die "
                "Bundeswehr bis Mai 2024 aus Mali abzuziehen.",
            ),
            "b.txt": ("2023-12-15", "Die letzten deutschen Soldaten haben Mali am Freitag verlassen."),
        },
        [("beschlossen", "letzten deutschen")],
    ),
    # C. the same kind of act by two countries the same week / day
    (
        "two_countries_week_en",
        {
            "a.txt": ("2022-12-12", "Sweden's last troops left Mali on Monday."),
            "b.txt": ("2022-12-14", "Britain's last soldiers left Mali on Wednesday."),
        },
        [("Sweden", "Britain")],
    ),
    (
        "two_contributors_day_fr",
        {
            "a.txt": ("2023-08-15", "Le Bénin a retiré mardi ses Casques bleus du Mali."),
            "b.txt": ("2023-08-15", "La Côte d'Ivoire a retiré mardi ses Casques bleus du Mali."),
        },
        [("Bénin", "Côte d'Ivoire")],
    ),
    (
        "two_contributors_day_de",
        {
            "a.txt": ("2023-08-15", "Die letzten ägyptischen Blauhelme haben Mali am Dienstag verlassen."),
            "b.txt": ("2023-08-15", "Auch die letzten togoischen Blauhelme verließen Mali am Dienstag."),
        },
        [("ägyptischen", "togoischen")],
    ),
    (
        "two_contributors_day_vi",
        {
            "a.txt": ("2023-08-15", "Hôm thứ Ba, binh sĩ gìn giữ hòa bình của Ai Cập đã rời Mali."),
            "b.txt": ("2023-08-15", "Hôm thứ Ba, binh sĩ gìn giữ hòa bình của Togo cũng đã rời Mali."),
        },
        [("Ai Cập", "Togo")],
    ),
    (
        "two_countries_week_es",
        {
            "a.txt": ("2022-12-12", "Las últimas tropas suecas salieron de Malí el lunes."),
            "b.txt": ("2022-12-14", "Los últimos soldados británicos abandonaron Malí el miércoles."),
        },
        [("suecas", "británicos")],
    ),
    # D. first and last convoy; start and end of one withdrawal
    (
        "first_last_convoy_en",
        {
            "a.txt": ("2023-10-10", "The first convoy of French troops left Niamey on Tuesday."),
            "b.txt": ("2023-12-22", "The last convoy of French troops left Niamey on Friday."),
        },
        [("first convoy", "last convoy")],
    ),
    (
        "start_end_fr",
        {
            "a.txt": ("2023-10-10", "Le retrait des troupes françaises du Niger a commencé mardi."),
            "b.txt": ("2023-12-22", "Le retrait des troupes françaises du Niger s'est achevé vendredi."),
        },
        [("a commencé", "s'est achevé")],
    ),
    (
        "first_last_convoy_vi",
        {
            "a.txt": ("2023-10-10", "Hôm thứ Ba, đoàn xe đầu tiên chở binh sĩ Pháp đã rời Niamey."),
            "b.txt": ("2023-12-22", "Hôm thứ Sáu, đoàn xe cuối cùng chở binh sĩ Pháp đã rời Niamey."),
        },
        [("đầu tiên", "cuối cùng")],
    ),
    (
        "start_end_es",
        {
            "a.txt": ("2023-10-10", "La retirada de las tropas francesas de Níger comenzó el martes."),
            "b.txt": ("2023-12-22", "La retirada de las tropas francesas de Níger concluyó el viernes."),
        },
        [("comenzó", "concluyó")],
    ),
    (
        "start_end_de",
        {
            "a.txt": (
                "2023-10-10",
                "Der Abzug der französischen Truppen aus Niger hat am Dienstag begonnen.",
            ),
            "b.txt": (
                "2023-12-22",
                "Der Abzug der französischen Truppen aus Niger ist am Freitag abgeschlossen worden.",
            ),
        },
        [("begonnen", "abgeschlossen")],
    ),
    # E. attack on a convoy and its arrival (its claim is the attack: tests/test_claims_and_deadlines_days.py)
    (
        "attack_arrival_en",
        {
            "a.txt": (
                "2023-10-04",
                "Gunmen attacked a convoy of UN peacekeepers near Tessalit on Wednesday.",
            ),
            "b.txt": ("2023-10-04", "The UN convoy reached Gao on Wednesday evening after leaving Tessalit."),
        },
        [("Gunmen", "reached Gao")],
    ),
    (
        "attack_claim_es",
        {
            "a.txt": (
                "2023-10-04",
                "Hombres armados atacaron el miércoles un convoy de la Minusma cerca de Tessalit.",
            ),
            "b.txt": (
                "2023-10-05",
                "El JNIM reivindicó el jueves el ataque contra el convoy de la Minusma cerca de Tessalit.",
            ),
        },
        [("Hombres armados", "reivindicó")],
    ),
    (
        "attack_arrival_vi",
        {
            "a.txt": (
                "2023-10-04",
                "Hôm thứ Tư, các tay súng đã tấn công một đoàn xe của Minusma gần Tessalit.",
            ),
            "b.txt": ("2023-10-04", "Tối thứ Tư, đoàn xe của Minusma đã đến Gao sau khi rời Tessalit."),
        },
        [("tấn công", "đến Gao")],
    ),
    # F. a vote and the withdrawal it decides; a vote and a later vote of the same body
    (
        "vote_and_withdrawal_en",
        {
            "a.txt": (
                "2023-06-30",
                "The UN Security Council voted on Friday to end the MINUSMA peacekeeping mission in Mali.",
            ),
            "b.txt": (
                "2023-06-30",
                "Peacekeepers of MINUSMA began leaving their camp at Ogossagou on Friday.",
            ),
        },
        [("voted on Friday", "Ogossagou")],
    ),
    (
        "vote_and_withdrawal_de",
        {
            "a.txt": (
                "2023-05-26",
                "Der Bundestag hat am Freitag das Ende des Bundeswehreinsatzes in Mali beschlossen.",
            ),
            "b.txt": (
                "2023-05-26",
                "Die ersten Bundeswehrsoldaten verließen am Freitag das Camp Castor in Gao.",
            ),
        },
        [("Bundestag", "Camp Castor")],
    ),
    (
        "two_votes_fr",
        {
            "a.txt": (
                "2022-06-29",
                "Le Conseil de sécurité de l'ONU a prolongé mercredi "
                "d'un an le mandat de la Minusma au Mali.",
            ),
            "b.txt": (
                "2023-06-30",
                "Le Conseil de sécurité de l'ONU a voté vendredi la fin de la Minusma au Mali.",
            ),
        },
        [("prolongé", "la fin de la Minusma")],
    ),
    (
        "two_votes_en",
        {
            "a.txt": (
                "2023-05-12",
                "The Bundestag voted on Friday to extend the German mission in Mali one last time.",
            ),
            "b.txt": (
                "2023-05-26",
                "The Bundestag voted on Friday to end the German mission in Mali by May 2024.",
            ),
        },
        [("extend", "to end")],
    ),
    # G. mourning the dead of an attack (a condemnation or welcome is its act: test_claims_and_deadlines_days)
    (
        "mourning_vi",
        {
            "a.txt": (
                "2021-12-21",
                "Hôm thứ Ba, hai binh sĩ Pháp đã thiệt mạng trong một vụ đánh bom gần Gao.",
            ),
            "b.txt": (
                "2021-12-22",
                "Hôm thứ Tư, Tổng thống Macron đã bày tỏ lòng tiếc thương đối với các binh sĩ thiệt mạng.",
            ),
        },
        [("đánh bom", "tiếc thương")],
    ),
    (
        "welcome_next_day_de",
        {
            "a.txt": ("2022-08-15", "Die letzten französischen Soldaten haben Mali am Montag verlassen."),
            "b.txt": (
                "2022-08-16",
                "Die Regierung in Bamako begrüßte am Dienstag den Abzug der französischen Soldaten.",
            ),
        },
        [("am Montag verlassen", "begrüßte")],
    ),
    # H. the same town two years apart; a background mention and a new act
    (
        "town_two_years_en",
        {
            "a.txt": ("2021-12-14", "French troops handed the Timbuktu base to the Malian army on Tuesday."),
            "b.txt": (
                "2023-12-12",
                "MINUSMA handed its Timbuktu camp over to the Malian authorities on Tuesday.",
            ),
        },
        [("French troops handed", "MINUSMA handed")],
    ),
    (
        "town_two_years_fr",
        {
            "a.txt": ("2021-10-12", "Les soldats français ont quitté Kidal mardi."),
            "b.txt": ("2023-10-31", "Les Casques bleus de la Minusma ont quitté Kidal mardi."),
        },
        [("soldats français", "Casques bleus")],
    ),
    (
        "background_coup_en",
        {
            "a.txt": (
                "2020-08-19",
                "Soldiers seized power in Mali on Tuesday and detained President Ibrahim Boubacar Keïta.",
            ),
            "b.txt": (
                "2022-02-01",
                "After the 2020 coup, the junta expelled the French ambassador on Monday.",
            ),
        },
        [("seized power", "expelled")],
    ),
    (
        "background_coup_fr",
        {
            "a.txt": (
                "2020-08-19",
                "Des militaires ont pris le pouvoir mardi au Mali et "
                "arrêté le président Ibrahim Boubacar Keïta.",
            ),
            "b.txt": (
                "2023-12-05",
                "Trois ans après le coup d'État de 2020, la junte a dissous lundi plusieurs partis.",
            ),
        },
        [("pris le pouvoir", "dissous")],
    ),
    # I. an officer's quote of feeling and another act of that day
    (
        "quote_feeling_en",
        {
            "a.txt": (
                "2023-12-22",
                '"We leave with a heavy heart," Colonel Pierre Martin said in Niamey on Friday.',
            ),
            "b.txt": (
                "2023-12-22",
                "Two Nigerien soldiers were killed on Friday in an ambush near Tillabéri.",
            ),
        },
        [("heavy heart", "ambush")],
    ),
    (
        "quote_feeling_fr",
        {
            "a.txt": (
                "2023-12-22",
                "« Nous partons le cœur lourd », a déclaré vendredi à Niamey le colonel Pierre Martin.",
            ),
            "b.txt": (
                "2023-12-22",
                "La junte a suspendu vendredi les activités des ONG françaises au Niger.",
            ),
        },
        [("cœur lourd", "suspendu")],
    ),
    (
        "quote_feeling_es",
        {
            "a.txt": (
                "2023-12-22",
                '"Nos vamos con el corazón encogido", declaró el viernes en Niamey el coronel Pierre Martin.',
            ),
            "b.txt": (
                "2023-12-22",
                "La junta suspendió el viernes las actividades de las ONG francesas en Níger.",
            ),
        },
        [("corazón", "suspendió")],
    ),
]
CASES += [
    (
        "vote_and_withdrawal_fr",
        {
            "a.txt": (
                "2023-06-30",
                "Le Conseil de sécurité de l'ONU a voté vendredi la fin de la mission de la Minusma au Mali.",
            ),
            "b.txt": (
                "2023-06-30",
                "Des Casques bleus de la Minusma ont commencé vendredi à quitter leur camp d'Ogossagou.",
            ),
        },
        [("a voté", "Ogossagou")],
    ),
    (
        "vote_and_withdrawal_es",
        {
            "a.txt": (
                "2023-06-30",
                "El Consejo de Seguridad de la ONU votó el viernes poner "
                "fin a la misión de la Minusma en Malí.",
            ),
            "b.txt": (
                "2023-06-30",
                "Los cascos azules de la Minusma empezaron el viernes a "
                "abandonar su campamento de Ogossagou.",
            ),
        },
        [("votó", "Ogossagou")],
    ),
    (
        "vote_and_withdrawal_vi",
        {
            "a.txt": (
                "2023-06-30",
                "Hôm thứ Sáu, Hội đồng Bảo an Liên Hợp Quốc đã bỏ phiếu chấm dứt phái bộ Minusma tại Mali.",
            ),
            "b.txt": (
                "2023-06-30",
                "Hôm thứ Sáu, lính gìn giữ hòa bình của Minusma bắt đầu rời trại Ogossagou.",
            ),
        },
        [("bỏ phiếu", "Ogossagou")],
    ),
    (
        "vote_and_withdrawal_de",
        {
            "a.txt": (
                "2023-06-30",
                "Der UN-Sicherheitsrat hat am Freitag einstimmig das Ende "
                "der Minusma-Mission in Mali beschlossen.",
            ),
            "b.txt": (
                "2023-06-30",
                "Blauhelme der Minusma begannen am Freitag, ihr Lager in Ogossagou zu räumen.",
            ),
        },
        [("Sicherheitsrat", "Ogossagou")],
    ),
    (
        "first_last_convoy_fr",
        {
            "a.txt": ("2023-10-10", "Le premier convoi de soldats français a quitté Niamey mardi."),
            "b.txt": ("2023-12-22", "Le dernier convoi de soldats français a quitté Niamey vendredi."),
        },
        [("premier convoi", "dernier convoi")],
    ),
    (
        "first_last_convoy_de",
        {
            "a.txt": (
                "2023-10-10",
                "Der erste Konvoi französischer Soldaten hat Niamey am Dienstag verlassen.",
            ),
            "b.txt": (
                "2023-12-22",
                "Der letzte Konvoi französischer Soldaten hat Niamey am Freitag verlassen.",
            ),
        },
        [("erste Konvoi", "letzte Konvoi")],
    ),
    (
        "start_end_en",
        {
            "a.txt": ("2023-10-10", "France began withdrawing its troops from Niger on Tuesday."),
            "b.txt": ("2023-12-22", "France completed the withdrawal of its troops from Niger on Friday."),
        },
        [("began", "completed")],
    ),
    (
        "town_two_years_vi",
        {
            "a.txt": ("2021-10-12", "Hôm thứ Ba, binh sĩ Pháp đã rời Kidal."),
            "b.txt": ("2023-10-31", "Hôm thứ Ba, lính gìn giữ hòa bình của Minusma đã rời Kidal."),
        },
        [("binh sĩ Pháp", "Minusma")],
    ),
    (
        "town_two_years_es",
        {
            "a.txt": (
                "2021-12-14",
                "Las tropas francesas entregaron el martes la base de Tombuctú al ejército maliense.",
            ),
            "b.txt": (
                "2023-12-12",
                "La Minusma entregó el martes su campamento de Tombuctú a las autoridades malienses.",
            ),
        },
        [("tropas francesas", "La Minusma")],
    ),
    (
        "town_two_years_de",
        {
            "a.txt": ("2021-10-12", "Französische Soldaten haben am Dienstag Kidal verlassen."),
            "b.txt": ("2023-10-31", "Blauhelme der Minusma haben am Dienstag Kidal verlassen."),
        },
        [("Französische", "Blauhelme")],
    ),
    (
        "background_coup_es",
        {
            "a.txt": (
                "2020-08-19",
                "Militares tomaron el poder el martes en Malí y "
                "detuvieron al presidente Ibrahim Boubacar Keïta.",
            ),
            "b.txt": (
                "2022-02-01",
                "Tras el golpe de 2020, la junta expulsó el lunes al embajador de Francia.",
            ),
        },
        [("tomaron el poder", "expulsó")],
    ),
    (
        "quote_feeling_de",
        {
            "a.txt": (
                "2023-12-22",
                '"Wir gehen schweren Herzens", sagte Oberst Pierre Martin am Freitag in Niamey.',
            ),
            "b.txt": (
                "2023-12-22",
                "Die Junta hat am Freitag die Tätigkeit französischer "
                "Hilfsorganisationen in Niger ausgesetzt.",
            ),
        },
        [("schweren Herzens", "ausgesetzt")],
    ),
    (
        "quote_feeling_vi",
        {
            "a.txt": (
                "2023-12-22",
                '"Chúng tôi ra đi với trái tim nặng trĩu", đại tá Pierre Martin nói tại Niamey hôm thứ Sáu.',
            ),
            "b.txt": (
                "2023-12-22",
                "Hôm thứ Sáu, chính quyền quân sự đã đình chỉ hoạt động của "
                "các tổ chức phi chính phủ Pháp tại Niger.",
            ),
        },
        [("trái tim", "đình chỉ")],
    ),
    (
        "attack_arrival_fr",
        {
            "a.txt": (
                "2023-10-04",
                "Des hommes armés ont attaqué mercredi un convoi de Casques bleus près de Tessalit.",
            ),
            "b.txt": (
                "2023-10-04",
                "Le convoi de la Minusma est arrivé mercredi soir à Gao après avoir quitté Tessalit.",
            ),
        },
        [("hommes armés", "arrivé")],
    ),
    (
        "camp_name_and_town_fr",
        {
            "a.txt": ("2022-08-15", "L'armée française a remis lundi le camp Delta aux forces maliennes."),
            "b.txt": ("2022-08-15", "La base de Tessalit a été remise lundi à l'armée malienne."),
        },
        [("camp Delta", "Tessalit")],
    ),
    (
        "two_contributors_day_en",
        {
            "a.txt": ("2023-08-15", "Egyptian peacekeepers left Mali on Tuesday."),
            "b.txt": ("2023-08-15", "Togolese peacekeepers also left Mali on Tuesday."),
        },
        [("Egyptian", "Togolese")],
    ),
    (
        "two_contributors_day_es",
        {
            "a.txt": ("2023-08-15", "Los cascos azules egipcios salieron de Malí el martes."),
            "b.txt": ("2023-08-15", "Los cascos azules togoleses también salieron de Malí el martes."),
        },
        [("egipcios", "togoleses")],
    ),
]

# Still linked: an untyped arrival at the attack's town, a camp named by a name the store does not know.
LINKED = {
    "attack_arrival_en",
    "camp_name_and_town_fr",
}


def _params() -> list[object]:
    marks = pytest.mark.xfail(strict=True, reason="still linked: see LINKED")
    return [pytest.param(*case, id=case[0], marks=marks if case[0] in LINKED else ()) for case in CASES]


@pytest.mark.parametrize(("case", "reports", "pairs"), _params())
def test_near_miss_reports_stay_two_occurrences(
    tmp_path: Path, case: str, reports: Reports, pairs: list[tuple[str, str]]
) -> None:
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    for first, second in pairs:
        a = [e for e in events if first in e["sentence"]]
        b = [e for e in events if second in e["sentence"]]
        assert len(a) == len(b) == 1, (case, first, second)
        assert a[0]["cluster"] != b[0]["cluster"], (case, a[0].get("cluster_link"), b[0].get("cluster_link"))
