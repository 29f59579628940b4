"""Which reports are one occurrence: each rule of ``store.linking`` on reports written for it."""

from __future__ import annotations

from pathlib import Path

from store.linking.clusters import cluster_events
from store.linking.compatibility import compatible, profile
from store.linking.occurrences import occurrences_of
from tests.linking_helpers import event_of, ingest, write_reports

TESSALIT_EN = (
    "2023-10-22",
    "BAMAKO, Oct 22 (Reuters) - The last U.N. peacekeepers left their camp in Tessalit on Saturday, "
    "the mission said.\n",
)
TESSALIT_FR = (
    "2023-10-23",
    "Les casques bleus de la Minusma ont quitté samedi 21 octobre leur camp de Tessalit, "
    "dans le nord du Mali.\n",
)
TESSALIT_VI = (
    "2023-10-23",
    "Ngày 21/10, đoàn xe cuối cùng của phái bộ Liên hợp quốc đã rời căn cứ Tessalit ở miền bắc Mali.\n",
)
AGUELHOK_EN = (
    "2023-10-22",
    "U.N. peacekeepers on Saturday also pulled out of their camp in Aguelhok, the mission said.\n",
)


def _clusters(tmp_path: Path, reports: dict[str, tuple[str | None, str]]) -> list[dict]:
    return ingest(tmp_path / "events.json", write_reports(tmp_path / "docs", reports))


def test_one_departure_told_in_three_languages_is_one_occurrence_with_a_reason(tmp_path: Path) -> None:
    events = _clusters(tmp_path, {"en.txt": TESSALIT_EN, "fr.txt": TESSALIT_FR, "vi.txt": TESSALIT_VI})
    dated = [e for e in events if "Tessalit" in e["sentence"]]
    assert len(dated) == 3 and len({e["cluster"] for e in dated}) == 1
    assert all(e["cluster_size"] == 3 for e in dated)
    (occ,) = occurrences_of(dated)
    assert occ.date == "2023-10-21" and occ.reports == 3
    assert any(
        "same place Tessalit" in link.reason and "same day 2023-10-21" in link.reason for link in occ.links
    )


def test_two_camps_left_the_same_day_are_two_occurrences(tmp_path: Path) -> None:
    events = _clusters(tmp_path, {"tessalit.txt": TESSALIT_EN, "aguelhok.txt": AGUELHOK_EN})
    tessalit, aguelhok = event_of(events, "Tessalit"), event_of(events, "Aguelhok")
    assert tessalit["date"] == aguelhok["date"] == "2023-10-21"
    assert tessalit["cluster"] != aguelhok["cluster"]


def test_an_announcement_and_its_completion_months_apart_are_two_occurrences(tmp_path: Path) -> None:
    events = _clusters(
        tmp_path,
        {
            "announce.txt": (
                "2022-11-14",
                "The United Kingdom announced on Monday it would withdraw its 300 troops from Mali early.\n",
            ),
            "complete.txt": (
                "2023-01-05",
                "Les derniers soldats britanniques ont quitté le Mali en décembre 2022.\n",
            ),
        },
    )
    assert event_of(events, "announced")["cluster"] != event_of(events, "britanniques")["cluster"]


def test_a_statement_on_sunday_about_saturday_is_the_saturday_departure(tmp_path: Path) -> None:
    events = _clusters(
        tmp_path,
        {
            "sat.txt": TESSALIT_FR,
            "sun.txt": (
                "2023-10-23",
                "The U.N. mission said on Sunday, October 22, 2023, that its last convoy "
                "had left Tessalit.\n",
            ),
        },
    )
    saturday, sunday = event_of(events, "samedi"), event_of(events, "Sunday")
    assert saturday["cluster"] == sunday["cluster"]
    (occ,) = occurrences_of([saturday, sunday])
    assert occ.date == "2023-10-21"  # the departure, not the statement
    assert [c.field for c in occ.conflicts][:1] == ["date"]


def test_a_coup_in_one_country_in_one_year_is_one_occurrence_across_precisions(tmp_path: Path) -> None:
    events = _clusters(
        tmp_path,
        {
            "en.txt": (
                "2023-06-20",
                "Colonel Assimi Goita seized power in Mali in a coup on August 18, 2020.\n",
            ),
            "vi.txt": ("2021-01-05", "Cuộc đảo chính năm 2020 tại Mali đã lật đổ Tổng thống Keita.\n"),
            "fr.txt": (
                "2022-05-30",
                "Le 24 mai 2021, les militaires maliens ont mené un second coup d'État.\n",
            ),
        },
    )
    first, vi, second = event_of(events, "Goita"), event_of(events, "Cuộc"), event_of(events, "24 mai")
    assert first["cluster"] == vi["cluster"] != second["cluster"]


def test_chains_do_not_merge_two_camps_and_a_report_of_both_stays_alone() -> None:
    base = {
        "doc": "d",
        "start": 0,
        "date": "2023-10-21",
        "date_precision": "day",
        "type": "withdrawal_completed",
    }
    both = dict(base, id="a", doc="a.txt", countries=["ML"], places=["Tessalit", "Aguelhok"])
    tessalit = dict(base, id="b", doc="b.txt", countries=["ML"], places=["Tessalit"])
    aguelhok = dict(base, id="c", doc="c.txt", countries=["ML"], places=["Aguelhok"])
    clusters = cluster_events([both, tessalit, aguelhok])
    assert clusters["b"].cluster != clusters["c"].cluster
    assert clusters["a"].size == 1  # it fits either camp: which one it tells is a guess, so neither
    tessalit_again = dict(tessalit, id="d", doc="d.txt")
    clusters = cluster_events([tessalit, tessalit_again, aguelhok])
    assert clusters["b"].cluster == clusters["d"].cluster != clusters["c"].cluster


def test_the_country_every_event_names_identifies_nothing_whatever_the_country() -> None:
    def store_about(host: str) -> list[dict]:
        filler = [
            {
                "id": f"f{i}",
                "doc": f"f{i}.txt",
                "start": 0,
                "date": f"2019-0{1 + i % 9}-1{i % 9}",
                "date_precision": "day",
                "type": "attack",
                "countries": [host],
                "places": [],
            }
            for i in range(40)  # enough documents for a share to say what the store is about
        ]
        pair = [
            {
                "id": f"p{i}",
                "doc": f"p{i}.txt",
                "start": 0,
                "date": "2023-03-03",
                "date_precision": "day",
                "type": "attack",
                "countries": [host],
                "places": [],
            }
            for i in range(2)
        ]
        return filler + pair

    for host in ("ML", "NE", "TD"):
        clusters = cluster_events(store_about(host))
        assert clusters["p0"].cluster != clusters["p1"].cluster, host


def test_a_foreign_country_identifies_and_a_different_one_separates() -> None:
    def event(i: str, countries: list[str]) -> dict:
        return {
            "id": i,
            "doc": f"{i}.txt",
            "start": 0,
            "date": "2022-11-14",
            "date_precision": "day",
            "type": "withdrawal_announced",
            "countries": countries,
            "places": [],
        }

    common = frozenset({"ML"})
    uk, uk2, de = event("a", ["GB", "ML"]), event("b", ["GB"]), event("c", ["DE", "ML"])
    evidence = compatible(profile(uk), profile(uk2), common)
    assert evidence is not None and "same country GB" in evidence.reason
    assert compatible(profile(uk), profile(de), common) is None


def test_figures_that_disagree_are_a_conflict_and_about_the_same_are_not() -> None:
    def event(i: str, value: int, text: str) -> dict:
        return {
            "id": i,
            "doc": f"{i}.txt",
            "cluster": "k",
            "date": "2023-08-02",
            "date_precision": "day",
            "type": "withdrawal_completed",
            "countries": ["EG"],
            "sentence": text,
            "figures": [{"value": value, "unit": "troops" if value > 400 else "killed", "text": text}],
        }

    over = [event("a", 460, "over 460 troops"), event("b", 460, "460 soldiers")]
    assert occurrences_of(over)[0].conflicts == ()
    toll = [event("c", 180, "180 killed"), event("d", 303, "303 killed")]
    (conflict,) = occurrences_of(toll)[0].conflicts
    assert conflict.field == "figures:killed"
    assert [(v.value, v.events) for v in conflict.values] == [("180", ("c",)), ("303", ("d",))]


def test_copies_of_one_wire_story_count_as_one_report(tmp_path: Path) -> None:
    wire = "PARIS, Aug 15 (Reuters) - The last French soldiers of the Barkhane force left Mali on Monday.\n"
    events = _clusters(
        tmp_path,
        {
            "reuters.txt": ("2022-08-15", wire),
            "yahoo.txt": ("2022-08-16", "By Reuters staff\n\n" + wire),
            "fr.txt": (
                "2022-08-15",
                "Les derniers militaires français de Barkhane ont quitté le Mali lundi 15 août 2022.\n",
            ),
        },
    )
    (occ,) = [o for o in occurrences_of(events) if len(o.members) > 1]
    assert len(occ.members) == 3 and occ.reports == 2


def test_clusters_do_not_depend_on_the_order_of_ingest(tmp_path: Path) -> None:
    reports = {"en.txt": TESSALIT_EN, "fr.txt": TESSALIT_FR, "vi.txt": TESSALIT_VI, "ag.txt": AGUELHOK_EN}
    paths = write_reports(tmp_path / "docs", reports)
    forward = ingest(tmp_path / "a.json", paths)
    backward = ingest(tmp_path / "b.json", paths[::-1])
    assert {e["id"]: e["cluster"] for e in forward} == {e["id"]: e["cluster"] for e in backward}


def _member(i: str, date: str, **extra: object) -> dict:
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    return {"id": i, "doc": f"{i}.txt", "cluster": "k", "date": date, "date_precision": precision,
            "type": "withdrawal_completed", "sentence": f"report {i}", **extra}  # fmt: skip


def test_the_occurrence_date_is_the_best_supported_never_an_average() -> None:
    inferred = _member("a", "2024-10-21", date_inferred=True)
    stated = _member("b", "2023-10-21")
    assert occurrences_of([inferred, stated])[0].date == "2023-10-21"  # stated over inferred
    two_say_saturday = [_member("c", "2023-10-21"), _member("d", "2023-10-21"), _member("e", "2023-10-23")]
    assert occurrences_of(two_say_saturday)[0].date == "2023-10-21"  # more reports, not the 22nd
    month_and_day = [_member("f", "2023-10"), _member("g", "2023-10-21")]
    occ = occurrences_of(month_and_day)[0]
    assert (occ.date, occ.date_precision, occ.conflicts) == (
        "2023-10-21",
        "day",
        (),
    )  # more precise, agreeing


def test_reports_naming_different_weekdays_are_a_conflict() -> None:
    saturday = _member("a", "2023-10-21", date_text="samedi", language="fr")
    sunday = _member("b", "2023-10-22", date_text="Sunday", language="en")
    fields = {c.field: c for c in occurrences_of([saturday, sunday])[0].conflicts}
    assert set(fields) == {"date", "weekday"}
    assert [(v.value, v.events) for v in fields["weekday"].values] == [
        ("Saturday", ("a",)),
        ("Sunday", ("b",)),
    ]


def test_a_sentences_statement_date_stays_with_what_it_reports(tmp_path: Path) -> None:
    events = _clusters(
        tmp_path,
        {
            "fr.txt": (
                "2023-10-23",
                "Les derniers casques bleus ont quitté samedi 21 octobre le camp de Tessalit, "
                "a indiqué la mission dimanche.\n",
            ),
            "en.txt": TESSALIT_EN,
            "vi.txt": (None, "Ngày 21/10, MINUSMA rút khỏi trại Tessalit.\nNgày 2/8, Ai Cập rút quân.\n"),
        },
    )
    tessalit = [e for e in events if "Tessalit" in e["sentence"]]
    assert {e["date"][5:] for e in tessalit} == {"10-21", "10-22"}  # the French sentence gives both
    assert len({e["cluster"] for e in tessalit}) == 1
    (occ,) = [o for o in occurrences_of(events) if len(o.members) > 1]
    assert occ.date == "2023-10-21" and occ.reports == 3


def test_a_region_or_a_capital_does_not_make_two_places(tmp_path: Path) -> None:
    events = _clusters(
        tmp_path,
        {
            "en.txt": (
                "2023-07-27",
                "NIAMEY, July 27 (Reuters) - Soldiers in Niger said late on Wednesday they had removed "
                "the president, the latest coup in the Sahel.\n",
            ),
            "vi.txt": (
                "2024-01-10",
                "Tháng 7/2023, quân đội Niger đảo chính, giam giữ tổng thống tại Niamey.\n",
            ),
        },
    )
    sahel, niamey = event_of(events, "Sahel"), event_of(events, "Niamey")
    assert (sahel["places"], niamey["places"]) == (["Sahel"], ["Niamey"])
    assert sahel["cluster"] == niamey["cluster"]
