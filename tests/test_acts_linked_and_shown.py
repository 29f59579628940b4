"""The act types (arrest, release, expulsion, media ban, suspension, demand) link reports of one act across
languages, keep an arrest and the pardon months later apart, keep a demand apart from the withdrawal it
asks for; and every consumer of the type list knows them (labels, families, exports, the chart)."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

from store.about.titles import make_title
from store.about.type_labels import event_type_label
from store.exports.acled import TYPE_MAP
from store.linking.kinds import FAMILY
from store.model import EVENT_TYPES, SHORT_TYPE_LABELS
from store.storage.correction_values import validate_type
from tui.chart_drawing import FAMILY_OF

NEW_TYPES = ("demand", "arrest", "release", "expulsion", "suspension", "media_ban")


def test_every_consumer_of_the_type_list_knows_the_act_types() -> None:
    for kind in NEW_TYPES:
        assert kind in EVENT_TYPES
        assert 0 < len(SHORT_TYPE_LABELS[kind]) <= 11
        assert FAMILY[kind] == kind
        assert TYPE_MAP[kind][0] == "Strategic developments"
        assert FAMILY_OF[kind] == "politics"
    assert event_type_label("media_ban") == "media ban"
    assert TYPE_MAP["arrest"][2] == "Arrests"
    assert set(EVENT_TYPES) <= set(FAMILY) and set(EVENT_TYPES) <= set(TYPE_MAP)
    assert make_title("arrest", ["BF"], [], ["Ouahigouya"], actor="Burkina Faso") == (
        "Burkina Faso: arrest in Ouahigouya"
    )
    assert make_title("media_ban", ["FR", "ML"], [], [], actor="Mali") == "Mali: media ban"
    assert validate_type("expulsion") == "expulsion"  # an analyst may correct an event to a new type


def test_reports_of_one_arrest_link_and_the_pardon_months_later_stays_apart(tmp_path: Path) -> None:
    reports = {
        "a_en.txt": (
            "2024-03-04",
            "OUAGADOUGOU (Reuters) - Burkina Faso's security services on Sunday arrested four French "
            "officials at a hotel in Ouagadougou, accusing them of spying.",
        ),
        "b_fr.txt": (
            "2024-03-05",
            "Quatre fonctionnaires français ont été arrêtés dimanche 3 mars à Ouagadougou, accusés "
            "d'espionnage.",
        ),
        "c_de.txt": (
            "2024-03-05",
            "Die vier französischen Beamten wurden am Sonntag in Ouagadougou festgenommen.",
        ),
        "d_en.txt": (
            "2024-12-20",
            "OUAGADOUGOU (Reuters) - Burkina Faso on Thursday released the four French officials it had "
            "held in Ouagadougou.",
        ),
        "e_es.txt": (
            "2024-12-20",
            "Burkina Faso liberó el jueves 19 de diciembre a los cuatro funcionarios franceses detenidos en "
            "Uagadugú.",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "reports", reports))
    en, fr, de = (event_of(events, f) for f in ("arrested four", "ont été arrêtés", "festgenommen"))
    assert en["type"] == fr["type"] == de["type"] == "arrest"
    assert en["cluster"] == fr["cluster"] == de["cluster"]
    freed, liberado = event_of(events, "released the four"), event_of(events, "liberó")
    assert freed["type"] == liberado["type"] == "release"
    assert freed["cluster"] == liberado["cluster"] != en["cluster"]


def test_reports_of_one_demand_link_but_not_with_the_withdrawal_it_asks_for(tmp_path: Path) -> None:
    reports = {
        "a_en.txt": (
            "2024-03-18",
            "NIAMEY (Reuters) - Niger's military government on Saturday asked the United States to withdraw "
            "its troops from the country without delay.",
        ),
        "b_fr.txt": (
            "2024-03-18",
            "La junte nigérienne a demandé samedi 16 mars le retrait sans délai des militaires américains.",
        ),
        "c_en.txt": (
            "2024-03-18",
            "WASHINGTON (AP) - The Pentagon on Saturday announced that U.S. troops will leave Niger.",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "reports", reports))
    asked, demande = event_of(events, "asked the United States"), event_of(events, "a demandé")
    assert asked["type"] == demande["type"] == "demand"
    assert asked["cluster"] == demande["cluster"]
    announced = event_of(events, "The Pentagon")
    assert announced["type"] == "withdrawal_announced"
    assert announced["cluster"] != asked["cluster"]


def test_reports_of_one_media_ban_link(tmp_path: Path) -> None:
    reports = {
        "a_en.txt": (
            "2023-08-11",
            "NIAMEY (AFP) - Niger's junta on Thursday suspended the broadcasts of French radio station RFI.",
        ),
        "b_es.txt": (
            "2023-08-11",
            "La junta de Níger suspendió el jueves 10 de agosto las emisiones de la radio francesa RFI.",
        ),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "reports", reports))
    en, es = event_of(events, "NIAMEY"), event_of(events, "suspendió")
    assert en["type"] == es["type"] == "media_ban"
    assert en["cluster"] == es["cluster"]


def test_reports_of_one_expulsion_link_as_one_type(tmp_path: Path) -> None:
    reports = {
        "en.txt": ("2023-07-27", "Niger's junta on Wednesday gave the Belgian ambassador 48 hours to leave."),
        "fr.txt": ("2023-07-27", "La junte nigérienne a expulsé mercredi l'ambassadeur de Belgique."),
        "aid.txt": ("2023-07-27", "Belgium on Wednesday suspended its aid budget for Niger."),
    }
    events = ingest(tmp_path / "store.json", write_reports(tmp_path / "reports", reports))
    a, b, aid = event_of(events, "48 hours"), event_of(events, "expulsé"), event_of(events, "aid budget")
    assert a["type"] == b["type"] == "expulsion"
    assert a["cluster"] == b["cluster"]
    assert "same type" in str(b.get("cluster_link") or a.get("cluster_link"))
    assert aid["type"] == "suspension"
    assert aid["cluster"] != a["cluster"]
