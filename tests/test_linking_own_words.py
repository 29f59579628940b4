"""A quote that names no country ("'Today a long story ends,' an officer told reporters") carries its report's
countries: they say what the report is about, not which act the quote tells, so it is not another report's
act of that day "naming exactly its countries". A quote naming the countries in its own words still is.
Reports written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.linking_helpers import event_of, ingest, write_reports

ACT = (
    "Burkina Faso's army marked the end of the French special forces operation Sabre on Sunday at a "
    "ceremony at the Kamboinsin camp.\n"
)

# A report about Burkina Faso (its headline names the country) quoting a feeling, dated by its own word.
QUOTES = {
    "en": 'Burkina Faso bids farewell to French special forces\n\n"Today a long story ends," an officer '
    "told reporters.\n",
    "fr": "Le Burkina Faso tourne la page de la présence militaire française\n\n« Aujourd'hui, une longue "
    "histoire s'achève », a déclaré un officier aux journalistes.\n",
    "es": "Burkina Faso despide a las fuerzas francesas\n\nUAGADUGÚ, 19 feb (Agencia) - «Hoy termina una "
    "larga historia», dijo un oficial a los periodistas.\n",
    "de": "Burkina Faso verabschiedet französische Spezialkräfte\n\n„Heute endet eine lange Geschichte“, "
    "sagte ein Offizier den Journalisten.\n",
    "vi": 'Burkina Faso chia tay lực lượng đặc nhiệm Pháp\n\n"Hôm nay một chương đã khép lại", một sĩ '
    "quan nói với báo chí.\n",
}
FRAGMENT = {"en": "long story", "fr": "longue", "es": "larga", "de": "lange", "vi": "chương"}


@pytest.mark.parametrize("language", sorted(QUOTES))
def test_a_quote_naming_no_country_is_not_another_reports_act(tmp_path: Path, language: str) -> None:
    paths = write_reports(
        tmp_path / "d", {"act.txt": ("2023-02-20", ACT), "q.txt": ("2023-02-19", QUOTES[language])}
    )
    events = ingest(tmp_path / "e.json", paths)
    act, quote = event_of(events, "Kamboinsin"), event_of(events, FRAGMENT[language])
    assert quote["type"] == "statement" and quote["date"] == act["date"] == "2023-02-19"
    assert set(quote["countries"]) == {"BF", "FR"}
    assert act["cluster"] != quote["cluster"]


def test_a_quote_naming_the_countries_itself_still_links(tmp_path: Path) -> None:
    quote = (
        "Burkina Faso despide a las fuerzas francesas\n\n«Hoy termina una larga historia entre Burkina "
        "Faso y Francia», dijo un oficial a los periodistas.\n"
    )
    paths = write_reports(tmp_path / "d", {"act.txt": ("2023-02-20", ACT), "q.txt": ("2023-02-19", quote)})
    events = ingest(tmp_path / "e.json", paths)
    assert event_of(events, "Kamboinsin")["cluster"] == event_of(events, "larga historia")["cluster"]


def test_within_its_own_report_a_quote_still_reads_the_reports_countries() -> None:
    from store.linking.own_words import countries_told
    from store.linking.profiles import Profile

    def sentence(doc: str, kind: str, text: str) -> Profile:
        return Profile(
            id=text, doc=doc, date="2023-02-19", precision="day", inferred=False, type=kind,
            countries=frozenset({"BF", "FR"}), places=frozenset(), towns=frozenset(), figures=(),
            sentence_events=1, text=text, language="en",
        )  # fmt: skip

    quote = sentence("q.txt", "statement", '"Today a long story ends," an officer told reporters.')
    lead = sentence("q.txt", "other", "Burkina Faso's army marked the end of Sabre on Sunday.")
    elsewhere = sentence("act.txt", "mission_ended", "Burkina Faso's army marked the end of Sabre on Sunday.")
    assert countries_told(quote, lead) and not countries_told(quote, elsewhere)
    assert countries_told(elsewhere, quote)
