"""A vote recalled by its month ("Le Conseil de sécurité avait voté en décembre la fin de la mission") is
the vote a wire dates to a day of that month, when the body is the same; another body's vote that month,
or a vote of another month, is not."""

from __future__ import annotations

from store.linking.compatibility import Evidence, judge, profile


def _event(i: str, date: str, kind: str, sentence: str, language: str) -> dict[str, object]:
    return {
        "id": i,
        "doc": f"{i}.txt",
        "date": date,
        "date_precision": "day" if len(date) == 10 else "month",
        "date_text": "x",
        "type": kind,
        "countries": ["SD"],
        "places": [],
        "sentence": sentence,
        "language": language,
    }


COMMON = frozenset({"SD"})  # a store about Sudan: named by nearly every report
WIRE = _event(
    "a",
    "2020-12-22",
    "vote",
    "The Security Council voted on Tuesday to end the peacekeeping mission in Darfur on December 31.",
    "en",
)
RECALLS = (
    _event(
        "b",
        "2020-12",
        "mission_ended",
        "Le Conseil de sécurité avait voté en décembre la fin de la mission au Darfour.",
        "fr",
    ),
    _event(
        "c",
        "2020-12",
        "mission_ended",
        "Hội đồng Bảo an đã bỏ phiếu chấm dứt phái bộ tại Darfur vào tháng 12.",
        "vi",
    ),
    _event(
        "d",
        "2020-12",
        "other",
        "Der Sicherheitsrat hatte im Dezember das Ende der Mission in Darfur beschlossen.",
        "de",
    ),
    _event(
        "e",
        "2020-12",
        "vote",
        "El Consejo de Seguridad votó en diciembre poner fin a la misión en Darfur.",
        "es",
    ),
)


def test_a_vote_recalled_by_its_month_is_the_vote_of_its_day() -> None:
    for recall in RECALLS:
        found = judge(profile(WIRE), profile(recall), COMMON)
        assert isinstance(found, Evidence), (recall["sentence"], found)
        assert "one vote (UNSC) a month" in found.reason


def test_two_recalls_of_one_month_by_the_same_body_are_one_vote() -> None:
    found = judge(profile(RECALLS[0]), profile(RECALLS[1]), COMMON)
    assert isinstance(found, Evidence), found


def test_another_body_or_another_month_is_another_vote() -> None:
    deputies = _event(
        "f",
        "2020-12",
        "mission_ended",
        "Les députés soudanais avaient voté en décembre la fin de la mission au Darfour.",
        "fr",
    )
    found = judge(profile(WIRE), profile(deputies), COMMON)
    assert not isinstance(found, Evidence), found
    november = _event(
        "g",
        "2020-11",
        "mission_ended",
        "Le Conseil de sécurité avait voté en novembre la fin de la mission au Darfour.",
        "fr",
    )
    assert not isinstance(judge(profile(WIRE), profile(november), COMMON), Evidence)
