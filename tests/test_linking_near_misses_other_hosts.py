"""A second battery of near misses, set outside Mali: the host is Niger, Chad, Burkina Faso, Senegal or
Côte d'Ivoire, and a store may mix two or three hosts. Written for these tests in en, fr, vi, de and es, in
the styles of news (wire lead, host's communiqué, follow-up, list item). Each case is ingested twice: alone
(every country counts as evidence) and beside thirty-odd background reports naming France and the case's
hosts, so that they are common in the store and identify nothing (``store/linking/common_countries.py``):
the linking must keep the occurrences apart however the store's statistics fall, for a corpus about Niger,
about Chad, or about both.

``APART``: pairs that tell two occurrences (two forces leaving one host the same week, one force leaving two
hosts, two bases of one host handed over weeks apart, an accord denounced and the departure it led to, a
joint statement and the handover it scheduled, a host's communiqué about one base and a wire about another).
``TOGETHER``: reports of one handover (a wire, a host's communiqué, a Vietnamese list item) that must link.
Cases the rules still get wrong are strict expected failures with their reason (``STILL_WRONG``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import ingest, write_reports

Reports = dict[str, tuple[str, str]]

# The French name of each host, with its article, for the background reports.
_HOST_NAMES = {
    "NE": "du Niger",
    "TD": "du Tchad",
    "BF": "du Burkina Faso",
    "SN": "du Sénégal",
    "CI": "de Côte d'Ivoire",
}
_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août"]


def background(hosts: tuple[str, ...]) -> Reports:
    """Thirty-two reports of 2019 in which the government of each host, in turn, criticises France: France
    and the hosts are then common in the store (each host named by at least 0.4 of them only when there are
    at most two)."""
    return {
        f"bg{n:02d}.txt": (
            f"2019-{1 + n % 8:02d}-{3 + n % 20:02d}",
            f"Le gouvernement {_HOST_NAMES[hosts[n % len(hosts)]]} a critiqué la France le "
            f"{3 + n % 20} {_MONTHS[n % 8]} 2019 lors d'un point presse.",
        )
        for n in range(32)
    }


# (case, hosts, reports, pairs of sentence fragments that tell two occurrences)
APART: list[tuple[str, tuple[str, ...], Reports, list[tuple[str, str]]]] = [
    # A. two forces leaving one host the same week (and the same day)
    (
        "two_forces_niamey_week_en",
        ("NE",),
        {
            "a.txt": (
                "2024-07-08",
                "NIAMEY, July 8 - The United States completed the withdrawal of its troops from "
                "the air base in Niamey on Sunday, the Pentagon said.",
            ),
            "b.txt": (
                "2024-07-12",
                "The last German soldiers left Niamey on Friday, the defence ministry said.",
            ),
        },
        [("United States", "German")],
    ),
    (
        "two_forces_niamey_week_de",
        ("NE",),
        {
            "a.txt": ("2024-07-12", "Die letzten Soldaten der Bundeswehr haben Niamey am Freitag verlassen."),
            "b.txt": (
                "2024-07-08",
                "Die US-Armee hat am Sonntag ihren Abzug vom Luftwaffenstützpunkt in Niamey abgeschlossen.",
            ),
        },
        [("Bundeswehr", "US-Armee")],
    ),
    (
        "two_forces_niamey_same_day_fr",
        ("NE",),
        {
            "a.txt": ("2024-07-12", "Les derniers soldats américains ont quitté Niamey vendredi."),
            "b.txt": (
                "2024-07-12",
                "Vendredi, les derniers militaires allemands ont eux aussi quitté la capitale nigérienne.",
            ),
        },
        [("américains", "allemands")],
    ),
    (
        "two_forces_niamey_same_day_vi",
        ("NE",),
        {
            "a.txt": ("2024-07-12", "Hôm thứ Sáu, những binh sĩ Mỹ cuối cùng đã rời Niamey."),
            "b.txt": ("2024-07-12", "Hôm thứ Sáu, những binh sĩ Đức cuối cùng cũng đã rời Niger."),
        },
        [("binh sĩ Mỹ", "binh sĩ Đức")],
    ),
    (
        "two_forces_town_and_host_en",
        ("NE",),
        {
            "a.txt": ("2024-07-12", "The last American soldiers left Niamey on Friday, the Pentagon said."),
            "b.txt": ("2024-07-12", "Germany's last troops also left the Nigerien capital on Friday."),
        },
        [("American", "Germany's")],
    ),
    (
        "two_forces_town_and_host_de",
        ("NE",),
        {
            "a.txt": ("2024-07-12", "Die letzten US-Soldaten haben Niamey am Freitag verlassen."),
            "b.txt": ("2024-07-12", "Auch die letzten deutschen Soldaten verließen am Freitag Niger."),
        },
        [("US-Soldaten", "deutschen")],
    ),
    (
        "two_forces_town_and_host_es",
        ("NE",),
        {
            "a.txt": ("2024-07-12", "Los últimos soldados estadounidenses abandonaron Niamey el viernes."),
            "b.txt": ("2024-07-12", "Los últimos militares alemanes salieron también de Níger el viernes."),
        },
        [("estadounidenses", "alemanes")],
    ),
    (
        "two_forces_capital_and_host_chad_en",
        ("TD",),
        {
            "a.txt": ("2025-01-30", "The last French soldiers left N'Djamena on Thursday."),
            "b.txt": ("2025-01-30", "Hungarian troops pulled out of Chad on Thursday as well."),
        },
        [("French", "Hungarian")],
    ),
    # B. one force leaving two hosts (the same day, the same week)
    (
        "one_force_two_hosts_same_day_en",
        ("TD", "SN"),
        {
            "a.txt": (
                "2025-01-30",
                "France handed over its last military base in Chad to the Chadian army on Thursday.",
            ),
            "b.txt": (
                "2025-01-30",
                "DAKAR, Jan 30 - French troops handed over two camps in Dakar to Senegal's army on Thursday.",
            ),
        },
        [("Chadian army", "Senegal's army")],
    ),
    (
        "one_force_two_hosts_week_fr",
        ("TD", "SN"),
        {
            "a.txt": (
                "2025-01-27",
                "La France a rétrocédé lundi sa base de N'Djamena à l'armée tchadienne, a annoncé "
                "l'état-major.",
            ),
            "b.txt": (
                "2025-01-31",
                "Les militaires français ont remis vendredi le camp Geille, à Dakar, aux autorités "
                "sénégalaises.",
            ),
        },
        [("tchadienne", "sénégalaises")],
    ),
    (
        "one_force_two_hosts_same_day_es",
        ("CI", "SN"),
        {
            "a.txt": (
                "2025-02-20",
                "Francia entregó el jueves a Costa de Marfil su campamento militar de Port-Bouët, en Abiyán.",
            ),
            "b.txt": (
                "2025-02-20",
                "Francia entregó el jueves a Senegal dos campamentos militares en Dakar.",
            ),
        },
        [("Costa de Marfil", "a Senegal")],
    ),
    (
        "one_force_two_hosts_same_day_vi",
        ("TD", "NE"),
        {
            "a.txt": ("2023-12-22", "Hôm thứ Sáu, những binh sĩ Pháp cuối cùng đã rời Niger."),
            "b.txt": ("2023-12-22", "Hôm thứ Sáu, Pháp đã bàn giao căn cứ Faya cho quân đội Chad."),
        },
        [("rời Niger", "Faya")],
    ),
    # C. two bases of one host handed over weeks apart
    (
        "two_bases_weeks_apart_fr",
        ("TD",),
        {
            "a.txt": (
                "2024-12-26",
                "L'armée française a rétrocédé jeudi la base de Faya à l'armée tchadienne.",
            ),
            "b.txt": (
                "2025-01-11",
                "La base d'Abéché a été remise samedi aux forces armées tchadiennes, a indiqué l'état-major.",
            ),
        },
        [("Faya", "Abéché")],
    ),
    (
        "two_bases_month_apart_en",
        ("SN",),
        {
            "a.txt": (
                "2025-03-07",
                "France handed over the Maréchal and Saint-Exupéry camps in Dakar to Senegal on Friday.",
            ),
            "b.txt": (
                "2025-04-04",
                "French forces handed the Contre-amiral Protet base in Dakar's port to the Senegalese navy "
                "on Friday.",
            ),
        },
        [("Maréchal", "Protet")],
    ),
    (
        "two_bases_list_and_wire_vi",
        ("TD",),
        {
            "a.txt": (
                "2025-02-15",
                "Ngày 26/12/2024: Pháp bàn giao căn cứ Faya cho quân đội Chad.\n\n"
                "Ngày 11/1/2025: Pháp bàn giao căn cứ Abéché cho quân đội Chad.",
            ),
            "b.txt": (
                "2025-01-30",
                "France handed over the Kossei base in N'Djamena to Chad's army on Thursday.",
            ),
        },
        [("Faya", "Kossei"), ("Abéché", "Kossei"), ("Faya", "Abéché")],
    ),
    (
        "two_bases_weeks_apart_de",
        ("NE",),
        {
            "a.txt": (
                "2023-10-10",
                "Französische Soldaten haben am Dienstag ihren Stützpunkt in Ouallam an die Armee Nigers "
                "übergeben.",
            ),
            "b.txt": (
                "2023-11-21",
                "Am Dienstag übergaben die französischen Truppen ihr Lager in Ayorou an die nigrische Armee.",
            ),
        },
        [("Ouallam", "Ayorou")],
    ),
    # D. an accord denounced and the departure it led to
    (
        "accord_denounced_and_departure_en",
        ("TD",),
        {
            "a.txt": (
                "2024-11-28",
                "Chad's government said on Thursday it was ending its defence cooperation agreement with "
                "France.",
            ),
            "b.txt": ("2025-01-30", "The last French soldiers left Chad on Thursday, the army said."),
        },
        [("agreement", "last French")],
    ),
    (
        "accord_denounced_and_departure_fr",
        ("BF",),
        {
            "a.txt": (
                "2023-01-24",
                "Le Burkina Faso a dénoncé mardi l'accord de 2018 régissant la présence des forces "
                "françaises sur son territoire et leur donne un mois pour partir.",
            ),
            "b.txt": (
                "2023-02-18",
                "Les forces spéciales françaises ont quitté samedi le Burkina Faso, a confirmé l'état-major.",
            ),
        },
        [("dénoncé", "forces spéciales")],
    ),
    (
        "accord_denounced_and_departure_de",
        ("NE",),
        {
            "a.txt": (
                "2023-08-04",
                "Die Militärjunta in Niger hat am Donnerstag die Militärabkommen mit Frankreich "
                "aufgekündigt.",
            ),
            "b.txt": (
                "2023-12-22",
                "Die letzten französischen Soldaten haben Niger am Freitag verlassen.",
            ),
        },
        [("aufgekündigt", "letzten französischen")],
    ),
    (
        "accord_denounced_and_departure_es",
        ("SN",),
        {
            "a.txt": (
                "2024-11-28",
                "El presidente de Senegal afirmó el jueves que la presencia de bases francesas en su país "
                "es incompatible con su soberanía.",
            ),
            "b.txt": ("2025-07-17", "Francia entregó el jueves sus últimas bases militares en Senegal."),
        },
        [("incompatible", "últimas bases")],
    ),
    # E. a joint statement and the handover it scheduled
    (
        "joint_statement_and_handover_en",
        ("SN",),
        {
            "a.txt": (
                "2025-02-28",
                "France and Senegal said in a joint statement on Friday that the Maréchal and Saint-Exupéry "
                "camps would be handed over to Senegal on March 7.",
            ),
            "b.txt": (
                "2025-03-07",
                "French troops handed over the Maréchal and Saint-Exupéry camps in Dakar to Senegal on "
                "Friday.",
            ),
        },
        [("joint statement", "French troops handed")],
    ),
    (
        "joint_statement_and_handover_fr",
        ("CI",),
        {
            "a.txt": (
                "2024-12-31",
                "Dans un communiqué conjoint publié mardi, la France et la Côte d'Ivoire annoncent que le "
                "camp de Port-Bouët sera rétrocédé à l'armée ivoirienne en février.",
            ),
            "b.txt": (
                "2025-02-20",
                "Le camp de Port-Bouët a été rétrocédé jeudi à l'armée ivoirienne lors d'une cérémonie.",
            ),
        },
        [("communiqué conjoint", "cérémonie")],
    ),
    # F. a host's communiqué about one base and a wire about another (the same day)
    (
        "host_communique_and_wire_fr_en",
        ("TD",),
        {
            "a.txt": (
                "2025-01-11",
                "Dans un communiqué, le gouvernement tchadien annonce que la base d'Abéché a été remise "
                "samedi à l'armée tchadienne.",
            ),
            "b.txt": (
                "2025-01-11",
                "French troops left their camp in Faya on Saturday, Chad's army said.",
            ),
        },
        [("Abéché", "Faya")],
    ),
    (
        "host_communique_and_wire_es_vi",
        ("SN",),
        {
            "a.txt": (
                "2025-07-17",
                "En un comunicado, el Gobierno de Senegal anunció que el campamento Geille fue entregado el "
                "jueves al ejército senegalés.",
            ),
            "b.txt": (
                "2025-07-17",
                "Hôm thứ Năm, Pháp đã bàn giao căn cứ Rufisque cho hải quân Senegal.",
            ),
        },
        [("Geille", "Rufisque")],
    ),
    # G. more of the same classes: the host named by name in both, three hosts in one store
    (
        "two_forces_host_by_name_en",
        ("NE",),
        {
            "a.txt": (
                "2024-08-05",
                "US forces completed their withdrawal from Niger on Monday, officials said.",
            ),
            "b.txt": ("2024-08-05", "Germany's last soldiers also pulled out of Niger on Monday."),
        },
        [("US forces", "Germany's")],
    ),
    (
        "two_forces_host_by_name_es",
        ("NE",),
        {
            "a.txt": ("2024-08-05", "Las tropas estadounidenses completaron el lunes su retirada de Níger."),
            "b.txt": ("2024-08-05", "Los últimos soldados alemanes salieron el lunes de Níger."),
        },
        [("estadounidenses", "alemanes")],
    ),
    (
        "one_force_three_hosts_same_day_fr",
        ("NE", "TD", "SN"),
        {
            "a.txt": ("2025-03-07", "Les derniers soldats français ont quitté le Niger vendredi."),
            "b.txt": ("2025-03-07", "Vendredi, l'armée française a rétrocédé sa base d'Abéché au Tchad."),
            "c.txt": ("2025-03-07", "La France a remis vendredi deux camps militaires au Sénégal, à Dakar."),
        },
        [("quitté le Niger", "Abéché"), ("quitté le Niger", "au Sénégal"), ("Abéché", "au Sénégal")],
    ),
    (
        "communique_next_day_other_base_de",
        ("TD",),
        {
            "a.txt": (
                "2025-01-12",
                "In einer Mitteilung erklärte die Regierung des Tschad, der Stützpunkt Abéché sei am Samstag "
                "an die tschadische Armee übergeben worden.",
            ),
            "b.txt": ("2025-01-11", "Französische Soldaten haben am Samstag ihr Lager in Faya geräumt."),
        },
        [("Abéché", "Faya")],
    ),
    (
        "two_bases_month_words_es",
        ("CI", "SN"),
        {
            "a.txt": (
                "2025-03-01",
                "En febrero, Francia entregó a Costa de Marfil el campamento de Port-Bouët.",
            ),
            "b.txt": (
                "2025-03-07",
                "Francia entregó el viernes a Senegal los campamentos Maréchal y Saint-Exupéry.",
            ),
        },
        [("Port-Bouët", "Maréchal")],
    ),
    (
        "accord_denounced_and_departure_vi",
        ("TD",),
        {
            "a.txt": (
                "2024-11-28",
                "Hôm thứ Năm, chính phủ Chad tuyên bố chấm dứt hiệp định hợp tác quốc phòng với Pháp.",
            ),
            "b.txt": ("2025-01-30", "Hôm thứ Năm, những binh sĩ Pháp cuối cùng đã rời Chad."),
        },
        [("hiệp định", "cuối cùng")],
    ),
    (
        "joint_statement_and_handover_vi",
        ("SN",),
        {
            "a.txt": (
                "2025-07-10",
                "Trong một tuyên bố chung hôm thứ Năm, Pháp và Senegal cho biết các căn cứ cuối cùng sẽ "
                "được bàn giao vào ngày 17/7.",
            ),
            "b.txt": ("2025-07-17", "Hôm thứ Năm, Pháp đã bàn giao các căn cứ cuối cùng cho Senegal."),
        },
        [("tuyên bố chung", "đã bàn giao")],
    ),
    # H. a mission of an organisation and a country's troops; bases, accords and statements of two hosts
    (
        "eu_and_france_niger_en",
        ("NE",),
        {
            "a.txt": ("2024-06-28", "The EU's civilian mission EUCAP Sahel Niger left Niamey on Friday."),
            "b.txt": ("2024-06-28", "The last French soldiers left Niger on Friday."),
        },
        [("EUCAP", "French")],
    ),
    (
        "accord_and_handover_same_day_fr",
        ("TD",),
        {
            "a.txt": (
                "2024-12-26",
                "Le gouvernement tchadien a dénoncé jeudi l'accord de coopération militaire avec la France.",
            ),
            "b.txt": (
                "2024-12-26",
                "L'armée française a quitté jeudi la base de Faya, dans le nord du Tchad.",
            ),
        },
        [("dénoncé", "Faya")],
    ),
    (
        "us_airbase_handover_and_drone_base_en",
        ("NE",),
        {
            "a.txt": (
                "2024-07-07",
                "US forces handed over Air Base 101 in Niamey to Nigerien forces on Sunday.",
            ),
            "b.txt": (
                "2024-08-05",
                "The US military handed over its drone base in Agadez to Niger's army on Monday.",
            ),
        },
        [("Niamey", "Agadez")],
    ),
    (
        "us_two_bases_month_apart_es",
        ("NE",),
        {
            "a.txt": (
                "2024-07-07",
                "Estados Unidos entregó el domingo la Base Aérea 101 de Niamey al ejército nigerino.",
            ),
            "b.txt": ("2024-08-05", "Estados Unidos entregó el lunes a Níger su base de drones de Agadez."),
        },
        [("Niamey", "Agadez")],
    ),
    (
        "burkina_accord_and_flag_de",
        ("BF",),
        {
            "a.txt": (
                "2023-01-24",
                "Burkina Faso hat am Dienstag das Militärabkommen mit Frankreich gekündigt.",
            ),
            "b.txt": (
                "2023-02-19",
                "Am Sonntag wurde im Lager Kamboinsin die französische Flagge eingeholt.",
            ),
        },
        [("gekündigt", "Flagge")],
    ),
    (
        "two_hosts_demand_same_day_en",
        ("NE", "TD"),
        {
            "a.txt": ("2023-07-31", "Niger's junta on Monday ordered French troops to leave the country."),
            "b.txt": ("2023-07-31", "Chad said on Monday it would review its defence ties with France."),
        },
        [("Niger's", "Chad")],
    ),
    (
        "joint_statement_and_handover_de",
        ("CI",),
        {
            "a.txt": (
                "2024-12-31",
                "In einer gemeinsamen Erklärung kündigten Frankreich und die Elfenbeinküste am Dienstag an, "
                "das Lager in Port-Bouët werde im Februar übergeben.",
            ),
            "b.txt": (
                "2025-02-20",
                "Frankreich hat am Donnerstag das Lager in Port-Bouët an die ivorische Armee übergeben.",
            ),
        },
        [("gemeinsamen", "Donnerstag")],
    ),
    (
        "ci_handover_and_senegal_communique_vi",
        ("CI", "SN"),
        {
            "a.txt": (
                "2025-02-20",
                "Hôm thứ Năm, Pháp đã bàn giao trại Port-Bouët cho quân đội Bờ Biển Ngà.",
            ),
            "b.txt": (
                "2025-02-21",
                "Trong một thông cáo, chính phủ Senegal cho biết Pháp đã bàn giao hai trại quân sự tại "
                "Dakar hôm thứ Năm.",
            ),
        },
        [("Port-Bouët", "Dakar")],
    ),
    (
        "chad_two_bases_same_day_es",
        ("TD",),
        {
            "a.txt": ("2025-01-11", "Francia entregó el sábado la base de Abéché al ejército chadiano."),
            "b.txt": ("2025-01-11", "Las tropas francesas abandonaron el sábado su campamento de Faya."),
        },
        [("Abéché", "Faya")],
    ),
    (
        "niger_us_and_german_week_vi",
        ("NE",),
        {
            "a.txt": ("2024-08-05", "Hôm thứ Hai, Mỹ đã hoàn tất việc rút quân khỏi Niger."),
            "b.txt": ("2024-08-30", "Hôm thứ Sáu, những binh sĩ Đức cuối cùng đã rời Niamey."),
        },
        [("Mỹ", "Đức")],
    ),
    (
        "eu_and_france_niger_fr",
        ("NE",),
        {
            "a.txt": (
                "2024-06-28",
                "La mission civile de l'UE, EUCAP Sahel Niger, a quitté Niamey vendredi.",
            ),
            "b.txt": ("2024-06-28", "Les derniers soldats français ont quitté le Niger vendredi."),
        },
        [("EUCAP", "soldats français")],
    ),
    (
        "eu_and_france_niger_vi",
        ("NE",),
        {
            "a.txt": ("2024-06-28", "Hôm thứ Sáu, phái bộ dân sự EUCAP Sahel Niger của EU đã rời Niamey."),
            "b.txt": ("2024-06-28", "Hôm thứ Sáu, những binh sĩ Pháp cuối cùng đã rời Niger."),
        },
        [("EUCAP", "binh sĩ Pháp")],
    ),
    (
        "eu_and_france_niger_de",
        ("NE",),
        {
            "a.txt": (
                "2024-06-28",
                "Die zivile EU-Mission EUCAP Sahel Niger hat Niamey am Freitag verlassen.",
            ),
            "b.txt": ("2024-06-28", "Die letzten französischen Soldaten haben Niger am Freitag verlassen."),
        },
        [("EUCAP", "französischen")],
    ),
    (
        "eu_and_france_niger_es",
        ("NE",),
        {
            "a.txt": ("2024-06-28", "La misión civil de la UE EUCAP Sahel Níger abandonó Niamey el viernes."),
            "b.txt": ("2024-06-28", "Los últimos soldados franceses salieron de Níger el viernes."),
        },
        [("EUCAP", "franceses")],
    ),
]

# (case, hosts, reports, groups of fragments whose events must share one cluster)
TOGETHER: list[tuple[str, tuple[str, ...], Reports, list[tuple[str, ...]]]] = [
    (
        "one_handover_wire_communique_list_chad",
        ("TD", "SN"),
        {
            "wire.txt": (
                "2025-01-30",
                "N'DJAMENA, Jan 30 - France handed over its last military base in Chad, the Kossei camp in "
                "N'Djamena, to the Chadian army on Thursday.",
            ),
            "host.txt": (
                "2025-01-31",
                "Dans un communiqué, l'état-major des armées tchadiennes indique que la base de Kossei a été "
                "officiellement remise jeudi aux forces armées tchadiennes.",
            ),
            "list.txt": (
                "2025-03-01",
                "Ngày 30/1/2025: Pháp bàn giao căn cứ Kossei ở N'Djamena cho quân đội Chad.",
            ),
            "other.txt": ("2025-01-30", "Les militaires français sont toujours présents au Sénégal."),
        },
        [("Kossei camp", "base de Kossei", "căn cứ Kossei")],
    ),
    (
        "one_handover_wire_communique_list_senegal",
        ("SN", "CI"),
        {
            "wire.txt": (
                "2025-07-17",
                "DAKAR, July 17 - France handed over its last military bases in Senegal to the Senegalese "
                "army on Thursday, ending its permanent military presence there.",
            ),
            "host.txt": (
                "2025-07-18",
                "Le gouvernement sénégalais annonce dans un communiqué que les dernières emprises militaires "
                "françaises ont été rétrocédées jeudi à l'armée sénégalaise.",
            ),
            "list.txt": (
                "2025-09-01",
                "Ngày 17/7/2025: Pháp bàn giao các căn cứ quân sự cuối cùng cho quân đội Senegal.",
            ),
        },
        [("DAKAR", "rétrocédées", "Ngày 17/7")],
    ),
    (
        "one_departure_two_wires_niger",
        ("NE",),
        {
            "a.txt": ("2023-12-22", "The last French soldiers left Niger on Friday, the army said."),
            "b.txt": ("2023-12-23", "Die letzten französischen Soldaten haben Niger am Freitag verlassen."),
            "c.txt": ("2023-12-22", "Los últimos soldados franceses salieron de Níger el viernes."),
        },
        [("last French", "letzten", "últimos")],
    ),
    (
        "one_departure_town_and_host_niger",
        ("NE",),
        {
            "wire.txt": (
                "2024-08-05",
                "US troops completed their withdrawal from Niger on Monday, the Pentagon said.",
            ),
            "host.txt": (
                "2024-08-06",
                "Dans un communiqué, le gouvernement nigérien annonce que les derniers soldats "
                "américains ont quitté lundi la base de Niamey.",
            ),
            "de.txt": ("2024-08-05", "Die US-Armee hat am Montag ihren Abzug aus Niger abgeschlossen."),
        },
        [("US troops", "soldats américains", "US-Armee")],
    ),
]

_ORGANISATION_AND_COUNTRY = (
    "an organisation's mission leaving the host's capital (EUCAP Sahel Niger left Niamey) and a "
    "country's troops leaving the host that day share only the host, which links them when the host is "
    "not common in the store; with the host common, typed as a withdrawal (fr, vi, de, es) they are the "
    "one completed withdrawal of the day (sole_act_of_day), and so is en since a troop mission leaving on a "
    "dated day is a departure (extract49). Leaving a host "
    "named through a town out of the shared countries cost recall on test, holdout7, 8, 10-14, 16, 18, "
    "19 and test9: an organisation is not a country's force, a class for the actors, not the host"
)

# Cases the rules still get wrong, with the reason.
STILL_WRONG: dict[str, str] = {
    "eu_and_france_niger_en": _ORGANISATION_AND_COUNTRY,
    "eu_and_france_niger_fr": _ORGANISATION_AND_COUNTRY,
    "eu_and_france_niger_vi": _ORGANISATION_AND_COUNTRY,
    "eu_and_france_niger_de": _ORGANISATION_AND_COUNTRY,
    "eu_and_france_niger_es": _ORGANISATION_AND_COUNTRY,
}


def _variants() -> list[tuple[str, bool]]:
    return [("alone", False), ("hosts_common", True)]


def _apart_params() -> list[object]:
    params = []
    for case, hosts, reports, pairs in APART:
        for label, with_background in _variants():
            key = f"{case}[{label}]"
            reason = STILL_WRONG.get(key) or STILL_WRONG.get(case)
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            params.append(pytest.param(case, hosts, reports, pairs, with_background, id=key, marks=marks))
    return params


def _together_params() -> list[object]:
    params = []
    for case, hosts, reports, groups in TOGETHER:
        for label, with_background in _variants():
            key = f"{case}[{label}]"
            reason = STILL_WRONG.get(key) or STILL_WRONG.get(case)
            marks = pytest.mark.xfail(strict=True, reason=reason) if reason else ()
            params.append(pytest.param(case, hosts, reports, groups, with_background, id=key, marks=marks))
    return params


def _events(tmp_path: Path, hosts: tuple[str, ...], reports: Reports, with_background: bool) -> list[dict]:
    docs = dict(background(hosts)) if with_background else {}
    docs.update(reports)
    return ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", docs))


def _one(events: list[dict], fragment: str, case: str) -> dict:
    hits = [e for e in events if fragment in e["sentence"]]
    assert len(hits) == 1, (case, fragment, [e["sentence"] for e in hits])
    return hits[0]


@pytest.mark.parametrize(("case", "hosts", "reports", "pairs", "with_background"), _apart_params())
def test_near_misses_outside_mali_stay_two_occurrences(
    tmp_path: Path,
    case: str,
    hosts: tuple[str, ...],
    reports: Reports,
    pairs: list[tuple[str, str]],
    with_background: bool,
) -> None:
    events = _events(tmp_path, hosts, reports, with_background)
    for first, second in pairs:
        a, b = _one(events, first, case), _one(events, second, case)
        assert a["cluster"] != b["cluster"], (case, a.get("cluster_link"), b.get("cluster_link"))


@pytest.mark.parametrize(("case", "hosts", "reports", "groups", "with_background"), _together_params())
def test_one_handover_outside_mali_links_across_reports(
    tmp_path: Path,
    case: str,
    hosts: tuple[str, ...],
    reports: Reports,
    groups: list[tuple[str, ...]],
    with_background: bool,
) -> None:
    events = _events(tmp_path, hosts, reports, with_background)
    for group in groups:
        found = [_one(events, fragment, case) for fragment in group]
        assert len({e["cluster"] for e in found}) == 1, (
            case,
            [(e["sentence"][:40], e["cluster"]) for e in found],
        )
