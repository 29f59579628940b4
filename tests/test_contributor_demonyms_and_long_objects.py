"""Classes found by probe reports: Spanish and German demonyms of the countries whose troops served in
MINUSMA ("militares togoleses", "estnische Soldaten") name those countries, as does a national army named
for itself ("Bundeswehrsoldaten", "AFRICOM"); an English "pull ... out" keeps its meaning around a longer
object ("pull its roughly 900 peacekeepers out of Mali").

Every sentence here is written for these tests, none comes from a corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.about.countries import event_countries
from store.about.event_types import classify_event
from tests.linking_helpers import event_of, ingest, write_reports


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("es", "Unos 200 militares togoleses abandonaron el campamento el martes.", "TG"),
        ("es", "La última patrulla estonia salió de Gao en noviembre.", "EE"),
        ("es", "Los cascos azules bangladesíes entregaron la base de Kidal.", "BD"),
        ("de", "Die rund 900 togoischen Blauhelme verließen Mali im September.", "TG"),
        ("de", "Die letzten estnischen Soldaten sind aus Gao abgezogen.", "EE"),
        ("de", "Ein jordanischer Konvoi verließ das Lager von Aguelhok.", "JO"),
    ],
)
def test_a_contributor_country_told_by_its_demonym_is_that_country(lang: str, text: str, code: str) -> None:
    assert code in event_countries(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("de", "Die letzten Bundeswehrsoldaten sind am Dienstag in Wunstorf gelandet.", "DE"),
        ("fr", "Les derniers soldats de la Bundeswehr ont quitté Gao mardi.", "DE"),
        ("en", "AFRICOM said the last American aircraft had left Agadez.", "US"),
    ],
)
def test_a_national_army_named_for_itself_is_its_country(lang: str, text: str, code: str) -> None:
    assert code in event_countries(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Togo said on Monday it would pull its roughly 900 peacekeepers out of Mali by September.",
        "Estonia will pull all of its remaining soldiers out of Mali, the minister said.",
    ],
)
def test_pulling_a_longer_object_out_is_a_withdrawal(text: str) -> None:
    assert classify_event(text, "en") == "withdrawal_announced"


def test_an_announcement_told_with_a_long_object_links_with_its_other_report(tmp_path: Path) -> None:
    paths = write_reports(
        tmp_path / "docs",
        {
            "en.txt": (
                "2024-06-04",
                "Benin said on Monday it would pull its roughly 400 peacekeepers out of Mali.",
            ),
            "fr.txt": (
                "2024-06-03",
                "Le Bénin a annoncé ce lundi le retrait de ses quelque 400 Casques bleus du Mali.",
            ),
        },
    )
    events = ingest(tmp_path / "s.json", paths)
    en, fr = event_of(events, "pull its roughly"), event_of(events, "a annoncé")
    assert en["type"] == "withdrawal_announced"
    assert en["cluster"] == fr["cluster"]
