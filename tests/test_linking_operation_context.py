"""Reports of one day about one named operation, which only one of them names in the act's own sentence,
are one act: the operation named elsewhere in a report is what they share when their countries are the
ones every report names."""

from __future__ import annotations

from pathlib import Path

from store.linking.operation_context import with_operation_context
from tests.linking_helpers import event_of, ingest, write_reports

EN_LAUNCH = (
    "2013-12-06",
    "BANGUI, Dec 6 (Wire) - France sent troops into the Central African Republic on Thursday, hours after "
    "the Security Council gave its approval.\n\n"
    "Paris said about 1,200 soldiers would take part.\n\n"
    "The mission has been called Sangaris, after a local butterfly.\n",
)
FR_LAUNCH = (
    "2013-12-06",
    "PARIS, 6 décembre (Agence) - Les militaires français sont entrés jeudi soir en Centrafrique, a annoncé "
    "le président de la République.\n\n"
    "L'opération a été baptisée Sangaris.\n",
)
DE_LAUNCH = (
    "2013-12-06",
    "Paris/Bangui (Presse) - Frankreich hat am Donnerstag in den Konflikt in der Zentralafrikanischen "
    "Republik eingegriffen.\n\n"
    "Der Einsatz trägt den Namen Sangaris.\n",
)
VI_EXPLAINER = (
    "2016-10-31",
    "Pháp can thiệp quân sự tại Cộng hòa Trung Phi từ ngày 5/12/2013 với chiến dịch Sangaris.\n\n"
    "Chiến dịch kết thúc vào năm 2016.\n",
)
# the same day and countries, in a report about another operation: not the same act
OTHER_OPERATION = (
    "2013-12-06",
    "PARIS, Dec 6 (Wire) - French soldiers of Operation Epervier in Chad said on Thursday that they "
    "had moved aircraft to the Central African Republic.\n",
)


def test_reports_of_one_operations_launch_link_on_the_operation_their_reports_name(tmp_path: Path) -> None:
    reports = {"en.txt": EN_LAUNCH, "fr.txt": FR_LAUNCH, "de.txt": DE_LAUNCH, "vi.txt": VI_EXPLAINER}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    en = event_of(events, "France sent troops")
    fr = event_of(events, "sont entrés jeudi")
    de = event_of(events, "eingegriffen")
    vi = event_of(events, "can thiệp quân sự")
    assert en["date"] == fr["date"] == de["date"] == vi["date"] == "2013-12-05"
    assert en["operation_context"] == fr["operation_context"] == de["operation_context"] == ["Sangaris"]
    assert en["cluster"] == fr["cluster"] == de["cluster"] == vi["cluster"]
    reasons = " ".join(str(e.get("cluster_link") or "") for e in (en, fr, de, vi))
    assert "same operation Sangaris" in reasons


def test_a_report_about_another_operation_that_day_stays_apart(tmp_path: Path) -> None:
    reports = {"en.txt": EN_LAUNCH, "fr.txt": FR_LAUNCH, "other.txt": OTHER_OPERATION}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    other = event_of(events, "Epervier")
    assert other["operation_context"] == ["Épervier"]
    assert other["cluster"] != event_of(events, "France sent troops")["cluster"]


def test_a_report_naming_two_operations_gives_its_other_sentences_none() -> None:
    events = [
        {"sentence": "Barkhane took over from Serval on 1 August 2014."},
        {"sentence": "France first deployed troops in January 2013."},
        {"sentence": "Les partenaires de Takuba quitteront eux aussi le pays."},
    ]
    report = " ".join(e["sentence"] for e in events)
    with_operation_context(events, report)
    assert events[0]["operation_context"] == ["Barkhane", "Serval"]
    assert "operation_context" not in events[1]  # the report names three: which one is not said
    assert events[2]["operation_context"] == ["Takuba"]


def test_a_sentence_naming_only_a_un_mission_takes_no_operation_from_its_report() -> None:
    events = [
        {"sentence": "Germany will end its role in MINUSMA by May 2024."},
        {"sentence": "Die Bundeswehr war seit 2013 auch an der Mission EUTM beteiligt."},
    ]
    with_operation_context(events, "Germany will end its role in MINUSMA by May 2024. EUTM.")
    assert "operation_context" not in events[0]
    assert events[1]["operation_context"] == ["EUTM Mali"]
