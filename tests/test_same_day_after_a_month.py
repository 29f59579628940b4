""" "The same day" right after a sentence that told its act only to the month is a day of that month, not
an older day the report told before it: "The junta seized power on July 26. In early August, it tore up
the defence accords. It also expelled the French ambassador the same day." dates the expulsion August.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import event_for

# Published 2023-10-02. The first sentence tells a day (26 July); the second only a month (August).
AFTER_A_MONTH = [
    (
        "en",
        "The soldiers who seized power in Niamey on July 26 detained the elected president.",
        "In early August, the junta tore up the defence accords binding Niger to France.",
        "It also expelled the French military attaché the same day.",
        "military attaché",
    ),
    (
        "fr",
        "Les militaires qui ont pris le pouvoir à Niamey le 26 juillet ont arrêté le président élu.",
        "Début août, la junte a dénoncé les accords de défense qui liaient le Niger à la France.",
        "Le même jour, elle a aussi expulsé l'attaché militaire français.",
        "attaché militaire",
    ),
    (
        "es",
        "Los militares que tomaron el poder en Niamey el 26 de julio detuvieron al presidente electo.",
        "A principios de agosto, la junta denunció los acuerdos de defensa que unían a Níger con Francia.",
        "Ese mismo día expulsó también al agregado militar francés.",
        "agregado militar",
    ),
    (
        "de",
        "Die Soldaten, die am 26. Juli in Niamey die Macht übernahmen, setzten den gewählten Präsidenten "
        "fest.",
        "Anfang August kündigte die Junta die Verteidigungsabkommen zwischen Niger und Frankreich.",
        "Am selben Tag wies sie auch den französischen Militärattaché aus.",
        "Militärattaché",
    ),
    (
        "vi",
        "Các binh sĩ nắm quyền ở Niamey ngày 26/7 đã bắt giữ tổng thống dân cử.",
        "Đầu tháng 8, chính quyền quân sự đã hủy các hiệp định quốc phòng giữa Niger và Pháp.",
        "Cùng ngày, chính quyền này cũng trục xuất tùy viên quân sự Pháp.",
        "tùy viên quân sự",
    ),
]


@pytest.mark.parametrize(("language", "day", "month", "sentence", "fragment"), AFTER_A_MONTH)
def test_the_same_day_after_a_month_is_in_that_month(
    language: str, day: str, month: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"{day}\n\n{month}\n\n{sentence}\n", language, "2023-10-02", fragment)
    assert (event.date, event.date_precision) == ("2023-08", "month")


# Published 2025-07-18 (a Friday). The lead tells Thursday; a flashback tells only "in March".
HANDED_BACK = [
    (
        "en",
        "France handed over its last base in Senegal on Thursday, the army said.",
        "In March, French troops had returned the Maréchal camp in Dakar to Senegalese forces.",
        "The Saint-Exupéry camp was handed back the same day.",
        "Saint-Exupéry",
    ),
    (
        "fr",
        "La France a remis jeudi sa dernière base au Sénégal, a indiqué l'armée.",
        "En mars, les militaires français avaient rendu le camp Maréchal à Dakar aux forces sénégalaises.",
        "Le même jour, le camp Saint-Exupéry avait été restitué.",
        "Saint-Exupéry",
    ),
    (
        "vi",
        "Pháp đã bàn giao căn cứ cuối cùng tại Senegal hôm thứ Năm, quân đội cho biết.",
        "Hồi tháng 3, quân Pháp đã trao trả trại Maréchal ở Dakar cho lực lượng Senegal.",
        "Cùng ngày, trại Saint-Exupéry cũng được bàn giao.",
        "Saint-Exupéry",
    ),
]


@pytest.mark.parametrize(("language", "lead", "flashback", "sentence", "fragment"), HANDED_BACK)
def test_the_same_day_after_a_flashback_to_a_month_is_not_the_lead_day(
    language: str, lead: str, flashback: str, sentence: str, fragment: str
) -> None:
    event = event_for(f"{lead}\n\n{flashback}\n\n{sentence}\n", language, "2025-07-18", fragment)
    assert (event.date, event.date_precision) == ("2025-03", "month")


def test_the_same_day_after_a_day_is_still_that_day() -> None:
    text = (
        "In March, French troops returned the Maréchal camp in Dakar to Senegalese forces.\n\n"
        "France handed over its last base in Senegal on Thursday, the army said.\n\n"
        "The Saint-Exupéry camp was handed back the same day.\n"
    )
    event = event_for(text, "en", "2025-07-18", "Saint-Exupéry")
    assert (event.date, event.date_precision) == ("2025-07-17", "day")
