"""Who held the offices that matter to this domain, 2010 onward: one row per term, in ``office_holders.csv``.

Columns: name, office, country or body, start, end (empty while in office), source, checked. Used only as
evidence for inferred years (store/about/office_holders.py); dates are the days a term began and ended.
``source`` names the reference page (it appears in a date's reason); ``checked`` says how the row was
verified: on 2026-12-01 every row was looked up in public copies of the pages (Wikipedia mirrors,
official sites, news reports of the appointment) and the note names what was found. "CORRECTED" rows
were wrong as first typed from memory; "WIDENED" rows are where sources disagree by a day or so and the
wider term is kept (a bound a day too wide costs nothing, a day too narrow can exclude the right year);
"added" rows were missing; "not checked online" rows no page found in that search confirmed: they stay
as written and say so. A CSV (not code) so that a row and its note can be checked and edited together.
"""

from __future__ import annotations

import csv
from pathlib import Path

_TABLE = Path(__file__).with_name("office_holders.csv")


def _load() -> tuple[tuple[str, str, str, str, str | None, str, str], ...]:
    with _TABLE.open(encoding="utf-8", newline="") as f:
        return tuple(
            (r["name"], r["office"], r["where"], r["start"], r["end"] or None, r["source"], r["checked"])
            for r in csv.DictReader(f)
        )


TERMS = _load()
"""(name, office, where, start, end or None, source, checked), one per term."""

# Short forms news uses for a listed person, unambiguous within this domain.
ALIASES: dict[str, tuple[str, ...]] = {
    "Emmanuel Macron": ("Macron",),
    "François Hollande": ("Hollande",),
    "Jean-Yves Le Drian": ("Le Drian",),
    "Laurent Fabius": ("Fabius",),
    "Boris Pistorius": ("Pistorius",),
    "Ursula von der Leyen": ("von der Leyen",),
    "Annegret Kramp-Karrenbauer": ("Kramp-Karrenbauer",),
    "Annalena Baerbock": ("Baerbock",),
    "Ban Ki-moon": ("Ban Ki-Moon",),
    "António Guterres": ("Guterres",),
    "Abdel Fattah el-Sisi": ("al-Sisi", "el-Sissi", "Sisi"),
    "Ibrahim Boubacar Keïta": ("IBK",),
    "Assimi Goïta": ("Goïta", "Goita"),
    "Mohamed Bazoum": ("Bazoum",),
    "Abdourahamane Tiani": ("Tiani",),
    "Sébastien Lecornu": ("Lecornu",),
    "Florence Parly": ("Parly",),
}
