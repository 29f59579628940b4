"""A review's sentence recalling a departure by its month and town ("Le départ d'Ansongo, à la mi-mars",
"Der Abzug aus Ansongo im März") is the departure a wire dates to a day of that month at that town; a
sentence naming the town and the month but no departure, or another town, stays apart."""

from __future__ import annotations

from pathlib import Path

from store.linking.date_match import DateMatch
from store.linking.profiles import Profile
from store.linking.recalled_at_town import recalled_at_town
from tests.linking_helpers import event_of, ingest, write_reports

WIRE = (
    "2024-03-15",
    "BAMAKO, March 15 (Wire) - The last Italian soldiers left their base at Ansongo in eastern Mali on "
    "Thursday, handing it to the Malian army, the defence ministry in Rome said.\n",
)
FR_REVIEW = (
    "2024-06-02",
    "Trois mois plus tard, la région reste tendue.\n\n"
    "Le départ d'Ansongo, à la mi-mars, a laissé le Gourma sans présence étrangère.\n",
)
DE_ANALYSIS = ("2024-06-12", "Der Abzug aus Ansongo im März hat die Lage im Osten verändert.\n")
EN_MARKET = ("2024-06-03", "The weekly market in Ansongo reopened in March after a long closure.\n")
FR_OTHER_TOWN = ("2024-06-04", "Le départ de Tillabéri, en mars, a surpris les habitants de la région.\n")


def test_month_recalls_of_a_departure_join_the_wire_that_dates_it(tmp_path: Path) -> None:
    reports = {"wire.txt": WIRE, "fr.txt": FR_REVIEW, "de.txt": DE_ANALYSIS}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    wire = event_of(events, "left their base at Ansongo")
    fr = event_of(events, "Le départ d'Ansongo")
    de = event_of(events, "Der Abzug aus Ansongo")
    assert wire["date"] == "2024-03-14"
    assert fr["date"] == de["date"] == "2024-03"
    assert wire["cluster"] == fr["cluster"] == de["cluster"]
    reasons = " ".join(str(e.get("cluster_link") or "") for e in (wire, fr, de))
    assert "a departure from Ansongo recalled by its month" in reasons


def test_the_town_and_month_without_a_departure_or_another_town_stay_apart(tmp_path: Path) -> None:
    reports = {"wire.txt": WIRE, "market.txt": EN_MARKET, "other.txt": FR_OTHER_TOWN}
    events = ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))
    wire = event_of(events, "left their base at Ansongo")
    assert event_of(events, "weekly market")["cluster"] != wire["cluster"]
    assert event_of(events, "Le départ de Tillabéri")["cluster"] != wire["cluster"]


def _profile(**fields: object) -> Profile:
    base: dict[str, object] = {
        "id": "x",
        "doc": "d",
        "type": "other",
        "date": "2024-03",
        "precision": "month",
        "inferred": False,
        "figures": (),
        "sentence_events": 1,
        "countries": frozenset(),
        "places": frozenset({"Ansongo"}),
        "towns": frozenset({"Ansongo"}),
        "language": "vi",
        "text": "",
    }
    base.update(fields)
    return Profile(**base)  # type: ignore[arg-type]


def test_a_vietnamese_recall_links_only_in_its_month_at_its_town() -> None:
    act = _profile(id="a", type="withdrawal_completed", date="2024-03-14", precision="day")
    recall = _profile(id="r", text="Cuộc rút quân khỏi Ansongo hồi tháng 3 đã để lại khoảng trống an ninh.")
    inside = DateMatch(1, "2024-03-14 within 2024-03")
    assert recalled_at_town(recall, act, inside) == ["a departure from Ansongo recalled by its month"]
    assert recalled_at_town(recall, act, DateMatch(1, "a day apart", True)) == []
    elsewhere = _profile(id="e", text=recall.text, towns=frozenset({"Tillabéri"}))
    assert recalled_at_town(elsewhere, act, inside) == []
    market = _profile(id="m", text="Chợ phiên ở Ansongo mở cửa trở lại hồi tháng 3.")
    assert recalled_at_town(market, act, inside) == []
