"""A quote's day from its speaker's statement told before, when the speaker's name is two letters long
("ông Hà nói", a Vietnamese given name) and the quote does not follow the statement at once. Acronyms
("UN") and titles before a name ("Mr") name no one.

Reports written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

from tests.extract_helpers import event_for


def test_a_two_letter_vietnamese_name_carries_its_statement_day_to_a_later_quote() -> None:
    text = (
        "Tiêu đề\n\nBộ trưởng Quốc phòng Lý Hà hôm thứ Năm tuyên bố Chad sẽ chấm dứt hợp tác với Pháp.\n\n"
        "Khoảng 1.000 binh sĩ Pháp hiện đóng tại ba căn cứ ở Chad.\n\n"
        "“Hôm nay chúng tôi đã thông báo cho phía Pháp”, ông Hà nói.\n"
    )
    event = event_for(text, "vi", "2024-12-02", "thông báo")
    assert event.date == "2024-11-28"


def test_an_acronym_shared_with_an_earlier_statement_is_no_speaker() -> None:
    text = (
        "Headline\n\nThe UN said on Thursday that its convoy had reached Gao.\n\n"
        "About 1,000 soldiers are still based in the north.\n\n"
        '"Today the last vehicles left Kidal," an EU envoy said.\n'
    )
    event = event_for(text, "en", "2024-12-02", "Kidal")
    assert event.date == "2024-12-02"
