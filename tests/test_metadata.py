"""Publication date, publisher and headline from sidecars and page headers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store.document.metadata import DocumentMeta, meta_from_text, read_sidecar
from tests.docs_fixtures import seed_text

SEED_META = {
    "000": (None, None, "TTXVN", None),
    "001": (
        "2024-11-07",
        "2024-11-07",
        "TRTWorld",
        "Mali confirms full UN mission withdrawal by mid-November",
    ),
    "002": (
        "2024-11-07",
        "7 Nov 2024 19:24",
        "Al Mayadeen English",
        "Mali announces MINUSMA withdrawal by November 15",
    ),
    "003": (
        "2023-07-01",
        "1 Jul, 2023 11:05",
        "Autonomous Nonprofit Organization “TV-Novosti”",
        "UN pulls peacekeepers out of Mali",
    ),
    "004": (
        "2023-12-12",
        "12 December 2023",
        "The Diplomatic Insight",
        "UN Peacekeeping mission ends in Mali",
    ),
}
BODY_FR = (
    "Les derniers soldats de la Minusma ont quitté Tombouctou jeudi, a annoncé la mission.\n\n"
    "Le camp a été remis aux autorités maliennes, qui en assurent désormais la sécurité.\n"
)
BODY_EN = (
    "The United Nations lowered its flag at its headquarters in Mali on Monday, a spokeswoman said.\n\n"
    "The mission had about 15,000 soldiers and police at its peak; 180 were killed in hostile acts.\n"
)


@pytest.mark.parametrize("seed", sorted(SEED_META))
def test_seed_publication_date_publisher_and_title(seed: str) -> None:
    published, written, publisher, title = SEED_META[seed]
    meta = meta_from_text(seed_text(seed), "vi" if seed == "000" else "en")
    assert meta.published == published
    assert meta.published_text == written
    assert meta.published_source == ("text" if published else None)
    assert meta.publisher == publisher
    assert meta.title == title


def test_vietnamese_list_dates_are_not_a_publication_date() -> None:
    meta = meta_from_text(seed_text("000"), "vi")
    assert meta.published is None


def test_dates_in_most_read_lists_and_captions_below_the_article_are_never_used() -> None:
    text = seed_text("002").replace("  • 7 Nov 2024 19:24\n", "")
    meta = meta_from_text(text, "en")
    assert meta.published is None  # not 2025-11-14 from "Most Read", not 2022-06-18 from a caption


def test_french_published_line_with_time() -> None:
    text = (
        "Afrique\nPolitique\nMali : la Minusma quitte Tombouctou\nPublié le 15 août 2022 à 10h30\n\n"
        + BODY_FR
    )
    meta = meta_from_text(text, "fr")
    assert (meta.published, meta.published_text) == ("2022-08-15", "15 août 2022 à 10h30")


def test_french_published_date_wins_over_an_earlier_updated_date() -> None:
    text = "Mis à jour le 16 août 2022 à 08h00\nPublié le 1er août 2022\n\n" + BODY_FR
    assert meta_from_text(text, "fr").published == "2022-08-01"


def test_vietnamese_weekday_timestamp_is_day_first() -> None:
    text = (
        "Thế giới\nThứ bảy, 1/7/2023 10:05 (GMT+7)\n\n"
        "Hội đồng Bảo an Liên hợp quốc đã bỏ phiếu chấm dứt sứ mệnh gìn giữ hòa bình tại Mali.\n"
        "Việc rút quân dự kiến hoàn thành vào cuối năm nay.\n"
    )
    meta = meta_from_text(text, "vi")
    assert meta.published == "2023-07-01"
    assert meta.published_text.startswith("1/7/2023 10:05")


def test_ambiguous_english_numeric_date_is_not_guessed() -> None:
    assert meta_from_text("Posted 11/07/2024\n\n" + BODY_EN, "en").published is None
    assert meta_from_text("Posted 25/11/2024\n\n" + BODY_EN, "en").published == "2024-11-25"


def test_month_only_header_keeps_month_precision() -> None:
    meta = meta_from_text("Published: November 2023\n\n" + BODY_EN, "en")
    assert meta.published == "2023-11"


def test_earliest_header_timestamp_wins_when_two_disagree() -> None:
    text = "7 Nov 2024 19:24\nMali announces MINUSMA withdrawal\nNovember 8, 2024\n\n" + BODY_EN
    assert meta_from_text(text, "en").published == "2024-11-07"


def test_reuters_dateline_gives_publisher_but_no_invented_date() -> None:
    text = "BAMAKO, Dec 11 (Reuters) - " + BODY_EN
    meta = meta_from_text(text, "en")
    assert meta.publisher == "Reuters"
    assert meta.published is None


def test_personal_byline_is_not_a_publisher() -> None:
    text = "Mali confirms UN withdrawal by mid-November\nBy Rabiul Islam\nNovember 7, 2024\n\n" + BODY_EN
    meta = meta_from_text(text, "en")
    assert meta.publisher is None
    assert meta.published == "2024-11-07"


# -- sidecars ---------------------------------------------------------------------------------
def _write(path: Path, payload: object) -> None:
    path.write_text(payload if isinstance(payload, str) else json.dumps(payload), encoding="utf-8")


def test_sidecar_beside_the_file_gives_all_fields(tmp_path: Path) -> None:
    doc = tmp_path / "report.txt"
    _write(
        tmp_path / "report.txt.meta.json",
        {
            "published": "2023-12-12",
            "publisher": "TDI",
            "url": "https://example.org/mali",
            "language": "fr-FR",
        },
    )
    meta = read_sidecar(doc)
    assert meta == DocumentMeta(
        published="2023-12-12",
        published_source="sidecar",
        published_text="2023-12-12",
        publisher="TDI",
        url="https://example.org/mali",
        language="fr",
    )


def test_sidecar_named_without_the_extension_is_found(tmp_path: Path) -> None:
    _write(tmp_path / "report.meta.json", {"published": "2023-07"})
    assert read_sidecar(tmp_path / "report.txt").published == "2023-07"


def test_sidecar_full_iso_datetime_keeps_the_day(tmp_path: Path) -> None:
    _write(tmp_path / "r.txt.meta.json", {"published": "2024-11-07T19:24:00+03:00"})
    assert read_sidecar(tmp_path / "r.txt").published == "2024-11-07"


def test_missing_sidecar_gives_empty_meta(tmp_path: Path) -> None:
    assert read_sidecar(tmp_path / "alone.txt") == DocumentMeta()


def test_malformed_sidecar_is_ignored_with_a_warning_naming_it(tmp_path: Path) -> None:
    side = tmp_path / "r.txt.meta.json"
    _write(side, '{"published": "2023-12-12",')
    meta = read_sidecar(tmp_path / "r.txt")
    assert meta.published is None
    assert len(meta.warnings) == 1 and str(side) in meta.warnings[0] and "JSON" in meta.warnings[0]


@pytest.mark.parametrize("bad", ["12/12/2023", "2023-02-30", "yesterday", 2023])
def test_bad_published_field_is_dropped_and_the_rest_kept(tmp_path: Path, bad: object) -> None:
    _write(tmp_path / "r.txt.meta.json", {"published": bad, "publisher": "Al Mayadeen English"})
    meta = read_sidecar(tmp_path / "r.txt")
    assert meta.published is None
    assert meta.publisher == "Al Mayadeen English"
    assert (
        len(meta.warnings) == 1
        and "'published'" in meta.warnings[0]
        and "r.txt.meta.json" in meta.warnings[0]
    )


def test_sidecar_that_is_not_an_object_is_ignored(tmp_path: Path) -> None:
    _write(tmp_path / "r.txt.meta.json", ["2023-12-12"])
    meta = read_sidecar(tmp_path / "r.txt")
    assert meta.published is None and "object" in meta.warnings[0]
