"""Each event of a camp split out of a joined list ("les camps de Ber et de Goundam") is titled again with
its own places, as ingest titles any event (store/extraction/camps.py ``one_per_camp``): a row for Goundam
never reads "handover in Ber". Sentences written for these tests (none from the seeds or the corpora)."""

from __future__ import annotations

import pytest
from extract_helpers import events_of

REPORTS = [
    (
        "BAMAKO, 9 mai 2025 (AFP) - La mission a remis vendredi les camps de Ménaka et d'Anéfis à l'armée.\n",
        "fr",
    ),
    (
        "BAMAKO, May 9 (Reuters) - The mission handed over its camps at Menaka and Anefis to the army on "
        "Friday.\n",
        "en",
    ),
    ("Ngày 9/5/2025, phái bộ đã bàn giao các căn cứ Menaka và Anefis cho quân đội Mali.\n", "vi"),
    (
        "Bamako (dpa) - Die Mission hat am Freitag ihre Lager in Menaka und Anefis an die Armee übergeben.\n",
        "de",
    ),
    (
        "Bamako, 9 may (EFE).- La misión entregó el viernes sus campamentos de Menaka y Anefis al "
        "ejército.\n",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "language"), REPORTS)
def test_no_camp_of_a_joined_list_is_titled_by_the_other(text: str, language: str) -> None:
    events = [e for e in events_of(text, language, "2025-05-10") if e.type == "handover"]
    assert len(events) == 2
    for e in events:
        others = [x.places[0] for x in events if x.places[0] != e.places[0]]
        assert not any(p in e.title for p in others), (e.title, e.places)
