"""A verb of ending whose object is the withdrawal ("brings the withdrawal to an end", "met fin au retrait",
"damit endet der Abzug", "pone fin a la retirada", "khép lại cuộc rút quân") tells it completed, whatever
noun phrase (a step, a handover, a departure) is its subject (the "complete" cue of each language's
cues.py, read by store/about/withdrawals.py ``withdrawal_kind``). The same verb still to come, or said of
something else, completes nothing."""

import pytest

from store.about.event_types import classify_event

DONE = [
    ("en", "Sunday's convoy brought the pull-out of the Danish contingent to an end."),
    ("en", "The transfer of the last camp put an end to the withdrawal of the peacekeepers."),
    ("fr", "La remise du camp de Kidal met fin au retrait des casques bleus du nord."),
    ("fr", "Ce dernier vol achève le désengagement des militaires belges."),
    ("de", "Mit der Übergabe des Lagers endete der Abzug der Blauhelme aus dem Norden."),
    ("de", "Damit endet der Rückzug der belgischen Soldaten."),
    ("es", "La entrega del campamento puso fin a la retirada de los cascos azules."),
    ("es", "Este vuelo culmina la retirada de los militares belgas."),
    ("vi", "Việc trao trả doanh trại đã khép lại cuộc rút quân của binh sĩ Bỉ."),
    ("vi", "Chuyến bay này chấm dứt cuộc rút quân của lực lượng Bỉ."),
]

NOT_DONE = [
    ("en", "The transfer of the last camp will put an end to the withdrawal next month."),
    ("fr", "La remise du camp mettra fin au retrait des casques bleus en décembre."),
    ("de", "Die Übergabe des Lagers soll den Abzug der Blauhelme im Dezember beenden."),
    ("es", "La entrega del campamento pondrá fin a la retirada en diciembre."),
    ("vi", "Việc trao trả doanh trại sẽ khép lại cuộc rút quân vào tháng 12."),
]


@pytest.mark.parametrize(("lang", "sentence"), DONE)
def test_ending_said_of_the_withdrawal_completes_it(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) == "withdrawal_completed"


@pytest.mark.parametrize(("lang", "sentence"), NOT_DONE)
def test_ending_of_the_withdrawal_still_to_come_is_a_plan(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) == "withdrawal_announced"
