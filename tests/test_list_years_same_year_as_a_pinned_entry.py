"""In an undated chronology, entries with no year boundary between them and a newer entry whose own evidence
fixes its year (an operation's end on its very day) are in that year, not in the one counted from an older
pinned entry: the skipped years fall at the boundary. Entries beyond a boundary keep the count.

Sentences written for these tests (none from the seeds or the corpora).
"""

from __future__ import annotations

import pytest

from tests.extract_helpers import events_of

LISTS = [
    (
        "en",
        (
            "Jan. 11: France launches Operation Serval in Mali.",
            "Oct. 3: French jets strike a convoy near Kidal.",
            "Aug. 15: The last Barkhane soldiers leave Mali for Niger.",
            "Nov. 9: Macron declares Operation Barkhane over.",
        ),
    ),
    (
        "fr",
        (
            "11 janvier : la France lance l'opération Serval au Mali.",
            "3 octobre : des avions français frappent un convoi près de Kidal.",
            "15 août : les derniers soldats de Barkhane quittent le Mali pour le Niger.",
            "9 novembre : Macron déclare la fin de l'opération Barkhane.",
        ),
    ),
    (
        "de",
        (
            "11. Januar: Frankreich startet die Operation Serval in Mali.",
            "3. Oktober: Französische Kampfjets greifen einen Konvoi bei Kidal an.",
            "15. August: Die letzten Soldaten von Barkhane verlassen Mali in Richtung Niger.",
            "9. November: Macron erklärt die Operation Barkhane für beendet.",
        ),
    ),
    (
        "es",
        (
            "11 de enero: Francia lanza la operación Serval en Malí.",
            "3 de octubre: aviones franceses atacan un convoy cerca de Kidal.",
            "15 de agosto: los últimos soldados de Barkhane salen de Malí hacia Níger.",
            "9 de noviembre: Macron declara terminada la operación Barkhane.",
        ),
    ),
]


@pytest.mark.parametrize(("language", "entries"), LISTS)
def test_an_entry_in_the_segment_of_a_pinned_end_takes_its_year(
    language: str, entries: tuple[str, ...]
) -> None:
    text = "Sahel\n\n" + "\n\n".join(entries) + "\n"
    events = events_of(text, language)
    dates = [next(e.date for e in events if e.sentence.startswith(entry[:12])) for entry in entries]
    assert dates[0] == "2013-01-11" and dates[1] == "2013-10-03"  # counted from Serval's start
    assert dates[2:] == ["2022-08-15", "2022-11-09"]  # the segment of Barkhane's end
    assert all(e.date_inferred for e in events if e.date)
