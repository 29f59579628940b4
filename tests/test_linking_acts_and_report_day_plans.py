"""link12's linking classes (from holdout10's errors), on reports written for them:

- a plan its sentence does not date ("Rome has pledged to bring its troops home by the end of the year",
  dated by its report's day) is not the departure a junta declared that day;
- a government's act of one month naming only the host is not another country's act of a day in that
  month ("Dhaka will suspend its contingent", "the junta had suspended troop rotations last week"),
  unless a name both give says it is one act;
- a statement-day twin of a handover ("a remis samedi ..., a fait savoir mardi l'état-major") is that
  handover, so the other reports of it link with both;
- "Một ngày trước đó" dates the act to the day before, apart from the next day's act."""

from __future__ import annotations

from pathlib import Path

from linking_helpers import event_of, ingest, write_reports

from store.linking.compatibility import compatible, profile

PLAN = {
    "n_fr.txt": (
        "2024-05-14",
        "NIAMEY, 14 mai 2024 (AFP) - Les soldats italiens stationnés à Madama ont quitté mardi leur camp, "
        "premier convoi vers la Libye, a annoncé la junte.\n\n"
        "Rome s'est engagé à rapatrier ses quelque 300 militaires d'ici la fin de l'année.",
    ),
    "n_en.txt": (
        "2024-05-15",
        "The first Italian soldiers to leave Niger set off on Tuesday from their camp at Madama, "
        "the junta said in a statement.",
    ),
}


def test_a_plan_dated_only_by_its_report_is_not_the_departure_declared_that_day(tmp_path: Path) -> None:
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", PLAN))
    left_fr = event_of(events, "ont quitté mardi")
    left_en = event_of(events, "set off on Tuesday")
    plan = event_of(events, "s'est engagé")
    assert plan["date"] == left_en["date"] == "2024-05-14"
    assert left_fr["cluster"] == left_en["cluster"]
    assert plan["cluster"] not in (left_fr["cluster"], left_en["cluster"])


SUSPENSIONS = {
    "s_en.txt": (
        "2023-03-10",
        "Dhaka will suspend the work of its engineering company in the U.N. mission in Mali, "
        "a spokesperson said on Friday.",
    ),
    "s_fr.txt": (
        "2023-03-16",
        "La semaine dernière, le gouvernement malien avait suspendu les relèves des contingents de la "
        "Minusma.",
    ),
    "s_es.txt": (
        "2023-03-11",
        "Bangladés suspendió el viernes las operaciones de su compañía de ingenieros en la misión de la ONU "
        "en Mali.",
    ),
}


def test_a_month_old_suspension_by_the_host_is_not_another_country_s_of_a_day(tmp_path: Path) -> None:
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", SUSPENSIONS))
    dhaka = event_of(events, "Dhaka will")
    host = event_of(events, "La semaine dernière")
    assert dhaka["type"] == host["type"] == "suspension"
    assert host["date"] == "2023-03"
    assert host["cluster"] != dhaka["cluster"]
    assert event_of(events, "Bangladés suspendió")["cluster"] == dhaka["cluster"]


def test_a_name_both_give_still_links_an_act_of_the_month_naming_other_countries(tmp_path: Path) -> None:
    reports = {
        "x_es.txt": (
            "2023-04-13",
            "La junta de Mali expulsó el miércoles al portavoz de la misión, el senegalés Amadou Diallo Sow, "
            "por unas declaraciones a la prensa francesa.",
        ),
        "x_en.txt": (
            "2023-11-02",
            "In April, Bamako expelled the mission's spokesman, Amadou Diallo Sow, over remarks to "
            "journalists.",
        ),
    }
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", reports))
    day = event_of(events, "expulsó el miércoles")
    month = event_of(events, "In April")
    assert (day["type"], month["type"], month["date"]) == ("expulsion", "expulsion", "2023-04")
    assert set(day["countries"]) != set(month["countries"])
    assert day["cluster"] == month["cluster"]
    sentence = {(e["doc"], e["start"]): 1 for e in events}
    found = compatible(
        profile(day, sentence[(day["doc"], day["start"])]),
        profile(month, sentence[(month["doc"], month["start"])]),
        frozenset(),
    )
    assert found is not None and "same name" in found.reason


HANDOVER = {
    "h_fr.txt": (
        "2021-06-15",
        "PARIS, 15 juin 2021 (AFP) - La force Barkhane a remis samedi à l'armée malienne son emprise de "
        "Ménaka, a fait savoir mardi l'état-major des armées.",
    ),
    "h_en.txt": (
        "2021-06-13",
        "French troops handed their camp at Menaka over to the Malian army on Saturday.",
    ),
    "h_de.txt": (
        "2021-06-20",
        "Mitte Juni hatte die Truppe Barkhane bereits das Lager in Menaka geräumt.",
    ),
}


def test_the_statement_day_of_a_handover_links_with_the_handover(tmp_path: Path) -> None:
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", HANDOVER))
    fr = [e for e in events if e["doc"].endswith("h_fr.txt")]
    assert sorted((e["date"], e["type"]) for e in fr) == [
        ("2021-06-12", "handover"),
        ("2021-06-15", "statement"),
    ]
    clusters = {e["cluster"] for e in events}
    assert len(clusters) == 1, [(e["doc"], e["date"], e["type"], e["cluster"]) for e in events]


def test_one_day_before_that_is_the_day_before_in_vietnamese(tmp_path: Path) -> None:
    reports = {
        "v_vi.txt": (
            "2023-03-11",
            "Ngày 10/3, Bangladesh thông báo sẽ tạm ngừng hoạt động của đại đội công binh tại Mali.\n\n"
            "Một ngày trước đó, chính quyền quân sự Mali đình chỉ việc luân chuyển quân của MINUSMA.",
        ),
    }
    events = ingest(tmp_path / "s.json", write_reports(tmp_path / "r", reports))
    assert event_of(events, "Một ngày trước đó")["date"] == "2023-03-09"
    assert event_of(events, "Một ngày trước đó")["cluster"] != event_of(events, "Bangladesh")["cluster"]
