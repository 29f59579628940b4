"""Resolving date expressions against their reference, with tense, as the issue describes."""

from __future__ import annotations

from store.dates.mentions import find_mentions
from store.dates.partial import PartialDate
from store.dates.resolve import Reference, ResolvedDate, resolve
from store.dates.tense import tense_at

JULY_1_2023 = Reference(PartialDate(2023, 7, 1), "publication date")  # a Saturday
NOV_7_2024 = Reference(PartialDate(2024, 11, 7), "publication date")  # a Thursday
DEC_12_2023 = Reference(PartialDate(2023, 12, 12), "dateline")


def resolved(sentence: str, ref: Reference, language: str = "en") -> dict[str, ResolvedDate]:
    out: dict[str, ResolvedDate] = {}
    anchor = None
    for m in find_mentions(sentence, language):
        r = resolve(m, tense_at(sentence, m.start, m.end, language), ref, anchor)
        if r is not None:
            out[m.text] = r
            if not r.future:
                anchor = r
    return out


def test_having_begun_on_saturday_is_the_publication_saturday() -> None:
    r = resolved(
        "Having begun on Saturday, the pullout will be incremental and is expected to be "
        "finalized by January 1, 2024.",
        JULY_1_2023,
    )
    assert r["Saturday"].iso == "2023-07-01" and not r["Saturday"].future
    assert r["January 1, 2024"].iso == "2024-01-01" and r["January 1, 2024"].future


def test_until_september_30_is_ahead_of_the_article() -> None:
    r = resolved(
        "The remaining troops will be authorized to assist in the delivery of humanitarian "
        "assistance until September 30.",
        JULY_1_2023,
    )
    assert r["September 30"].iso == "2023-09-30"
    assert r["September 30"].future


def test_last_july_resolves_to_previous_year() -> None:
    assert resolved("Last July, Bamako suspended troop rotations.", JULY_1_2023)["Last July"].iso == "2022-07"


def test_last_month_is_the_month_before_publication() -> None:
    r = resolved("Last month, Malian authorities called on the UN to end its mission.", JULY_1_2023)
    assert r["Last month"].iso == "2023-06"
    assert r["Last month"].value.precision == "month"


def test_following_january_1_in_december_is_next_year() -> None:
    r = resolved("Following January 1, a liquidation phase will take place.", DEC_12_2023)
    assert r["January 1"].iso == "2024-01-01"


def test_past_tense_day_without_year_goes_back_a_year() -> None:
    r = resolved(
        "The mission had been in place since 2013 but ended on December 31 after the junta "
        "ordered it to leave.",
        NOV_7_2024,
    )
    assert r["December 31"].iso == "2023-12-31"
    assert r["2013"].iso == "2013" and r["2013"].value.precision == "year"


def test_future_deadline_a_week_ahead() -> None:
    r = resolved(
        "The council on Thursday issued a statement announcing that MINUSMA would complete its "
        "withdrawal by November 15.",
        NOV_7_2024,
    )
    assert r["Thursday"].iso == "2024-11-07"
    assert r["November 15"].iso == "2024-11-15" and r["November 15"].future


def test_weekday_in_a_dateline_story_counts_from_the_dateline() -> None:
    r = resolved("The mission lowered the UN flag, as confirmed by its spokesperson on Monday.", DEC_12_2023)
    assert r["Monday"].iso == "2023-12-11"


def test_a_month_later_follows_the_previous_event() -> None:
    r = resolved(
        "Last July, Bamako suspended rotations. A month later, the authorities expelled the spokesman.",
        JULY_1_2023,
    )
    assert r["A month later"].iso == "2022-08"
    assert "previous event (2022-07)" in r["A month later"].reason


def test_month_without_day_keeps_month_precision() -> None:
    r = resolved("Under a liquidation phase since January, equipment has been handed over.", NOV_7_2024)
    assert r["January"].iso == "2024-01"


def test_never_more_precise_than_written() -> None:
    r = resolved("France deployed a separate mission in 2014.", NOV_7_2024)
    assert r["2014"].iso == "2014"


def test_no_reference_means_no_guess_for_a_year_less_date() -> None:
    (m,) = find_mentions("Ngày 3/11, người phát ngôn cho biết", "vi")
    assert resolve(m, None, None) is None


def test_french_last_tuesday() -> None:
    ref = Reference(PartialDate(2023, 12, 9), "publication date")  # a Saturday
    r = resolved("Mardi dernier, le ministre a annoncé le retrait.", ref, "fr")
    assert r["Mardi dernier"].iso == "2023-12-05"


def test_french_il_y_a_deux_mois() -> None:
    ref = Reference(PartialDate(2023, 12, 9), "publication date")
    assert (
        resolved("Il y a deux mois, la junte a exigé le départ.", ref, "fr")["Il y a deux mois"].iso
        == "2023-10"
    )


def test_vietnamese_month_of_last_year() -> None:
    ref = Reference(PartialDate(2023, 3, 1), "publication date")
    r = resolved("Tháng 7 năm ngoái, Mali đình chỉ việc luân chuyển quân.", ref, "vi")
    assert r["Tháng 7 năm ngoái"].iso == "2022-07"


def test_inferred_reference_makes_an_inferred_date() -> None:
    ref = Reference(PartialDate(2023, 8, 2), "list item date", inferred=True, note="year inferred")
    r = resolved("Việc rút quân dự kiến sẽ hoàn thành vào cuối năm nay.", ref, "vi")
    assert r["cuối năm nay"].inferred
    assert r["cuối năm nay"].iso == "2023" and r["cuối năm nay"].mod == "late"


def test_an_explicit_past_date_after_the_reference_is_still_the_event_date() -> None:
    ref = Reference(PartialDate(2022, 8, 15), "dateline")
    sentence = "Le 9 novembre 2022, Emmanuel Macron a officialisé la fin de l'opération Barkhane."
    (m,) = find_mentions(sentence, "fr")
    r = resolve(
        m,
        tense_at(sentence, m.start, m.end, "fr"),
        ref,
        clause_tense=tense_at(sentence, m.start, m.end, "fr", clause_only=True),
    )
    assert r is not None and r.iso == "2022-11-09" and not r.future


def test_weeks_ago_keeps_only_the_month() -> None:
    ref = Reference(PartialDate(2023, 12, 15), "publication date")
    r = resolved("Two weeks ago, a convoy leaving the Kidal region came under attack.", ref)
    assert r["Two weeks ago"].iso == "2023-12"
    assert r["Two weeks ago"].value.precision == "month"
