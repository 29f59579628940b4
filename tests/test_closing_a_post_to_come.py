"""A military post to be closed on a date the sentence names is a step of a withdrawal still to come
(``CLOSING_POSTS`` in each language's cues.py, read by store/about/withdrawals.py ``closing_to_come``):
the plan that the troops go. Undated, done, or only demanded, it is left as it was."""

import pytest

from store.about.event_types import classify_event

PLANS = [
    ("en", "Denmark will close its camp near Ménaka by the end of March."),
    ("en", "Both outposts are to be closed before 15 September, the ministry said."),
    ("fr", "Le Danemark fermera son camp de Ménaka d'ici la fin mars."),
    ("fr", "Les deux emprises devraient être fermées avant le 15 septembre."),
    ("de", "Dänemark wird sein Lager bei Ménaka bis Ende März schließen."),
    ("de", "Beide Kasernen sollen vor dem 15. September geschlossen werden."),
    ("es", "Dinamarca cerrará su campamento de Ménaka antes de finales de marzo."),
    ("es", "Los dos cuarteles serán cerrados antes del 15 de septiembre."),
    ("vi", "Đan Mạch sẽ đóng cửa doanh trại gần Ménaka trước cuối tháng 3."),
    ("vi", "Hai căn cứ dự kiến đóng cửa trước ngày 15/9."),
]

LEFT = [
    ("en", "Denmark will close its camp near Ménaka."),
    ("fr", "Le Danemark fermera son camp de Ménaka."),
    ("de", "Dänemark wird sein Lager bei Ménaka schließen."),
    ("es", "Dinamarca cerrará su campamento de Ménaka."),
    ("vi", "Đan Mạch sẽ đóng cửa doanh trại gần Ménaka."),
]


@pytest.mark.parametrize(("lang", "sentence"), PLANS)
def test_post_to_be_closed_on_a_date_is_a_withdrawal_plan(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) == "withdrawal_announced"


@pytest.mark.parametrize(("lang", "sentence"), LEFT)
def test_post_to_be_closed_with_no_date_is_no_plan(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) != "withdrawal_announced"


SAID_ON_A_DATE = [
    ("en", "In early May, Denmark said it would close its camp near Ménaka."),
    ("fr", "Début mai, le Danemark a dit qu'il fermerait son camp de Ménaka."),
    ("vi", "Hồi đầu tháng 5, Đan Mạch thông báo sẽ đóng cửa doanh trại gần Ménaka."),
]


@pytest.mark.parametrize(("lang", "sentence"), SAID_ON_A_DATE)
def test_date_before_the_closing_dates_the_saying_not_the_plan(lang: str, sentence: str) -> None:
    assert classify_event(sentence, lang) != "withdrawal_announced"
