"""A resolution named by its number ("voted for Resolution 2640", "stimmten für die Resolution 2640") is the
Security Council's, even when the sentence names only its members: a report of that vote links with
another report of the Council's vote that day, in any language. A numbered resolution with no verb of voting
("Resolution 2640 keeps the ceiling") tells no vote."""

from __future__ import annotations

from pathlib import Path

import pytest
from linking_helpers import event_of, ingest, write_reports

from store.about.votes import vote_body

VOTES = [
    ("en", "Thirteen members voted on Wednesday for Resolution 2719, with Russia and China abstaining."),
    ("fr", "Treize membres ont voté mercredi la résolution 2719, la Russie et la Chine s'abstenant."),
    ("de", "Dreizehn Mitglieder stimmten am Mittwoch für die Resolution 2719, Russland enthielt sich."),
    ("es", "Trece miembros votaron el miércoles a favor de la resolución 2719."),
    ("vi", "Hôm thứ Tư, 13 thành viên đã bỏ phiếu thông qua Nghị quyết 2719."),
]


@pytest.mark.parametrize(("language", "sentence"), VOTES)
def test_a_numbered_resolution_voted_is_the_security_councils(language: str, sentence: str) -> None:
    assert vote_body(sentence, language) == "UNSC"


def test_a_numbered_resolution_without_a_vote_tells_none() -> None:
    assert vote_body("Resolution 2719 keeps the ceiling of 17,000 troops unchanged.", "en") is None


def test_the_members_vote_links_with_the_councils_vote_that_day(tmp_path: Path) -> None:
    reports = {
        "en.txt": (
            "2023-12-20",
            "UNITED NATIONS, Dec 20 (Sahel Wire) - The U.N. Security Council on Wednesday extended its "
            "peacekeeping mission in South Sudan for another year, with Russia and China abstaining.\n",
        ),
        "de.txt": (
            "2023-12-21",
            "Dreizehn Mitglieder stimmten am Mittwoch für die Resolution 2719, Russland und China "
            "enthielten sich.\n",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "r", reports))
    en, de = event_of(events, "extended"), event_of(events, "Dreizehn")
    assert en["date"] == de["date"] == "2023-12-20"
    assert en["cluster"] == de["cluster"]
