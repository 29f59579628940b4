"""Broken bytes: a UTF-8 page with damaged bytes stays UTF-8; a legacy page is decoded whole.

The rule (``store.document.reading.UTF8_MIN_SHARE``): a file that is not valid UTF-8
is read as UTF-8, each invalid sequence shown as U+FFFD, when at least a fifth of
its non-ASCII sequences are valid multi-byte UTF-8; otherwise as a single-byte
code page. Before, it needed more valid characters than damaged ones, so an
English page with three curly apostrophes and six stray cp1252 bytes was decoded
whole as mac-roman ("Egypt’s" became "Egypt‚Äôs").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.document.reading import read_source

# A report as pasted together from two sources: its own text in UTF-8, quotes from a wire
# copy in cp1252. Only a few characters are not ASCII.
UTF8_REPORT = (
    "BAMAKO, Aug 2 - Egypt’s last peacekeepers left Mali on Wednesday, the United Nations said, "
    "completing a withdrawal announced in June. The contingent of 460 troops had served in the "
    "north since 2013. “The handover of the camp at Ber went as planned,” a spokesman for the "
    "mission said. Residents said the road to Timbuktu stayed open during the convoy's passage. "
)
WIRE_QUOTE = "The mission APOSTROPHEs work is done, an official said. "


def _damaged(bad: int) -> bytes:
    """``UTF8_REPORT`` in UTF-8 followed by wire sentences carrying ``bad`` cp1252 apostrophes (0x92)."""
    raw = UTF8_REPORT.encode("utf-8")
    raw += b"".join(WIRE_QUOTE.replace("APOSTROPHE", "\u2019").encode("cp1252") for _ in range(bad))
    return raw


@pytest.mark.parametrize("bad", [1, 6, 50])
def test_a_utf8_report_with_stray_cp1252_bytes_keeps_its_utf8(tmp_path: Path, bad: int) -> None:
    path = tmp_path / "egypt.txt"
    raw = _damaged(bad) if bad > 1 else UTF8_REPORT.encode().replace(b"handover", b"hand\x92over")
    if bad == 50:  # enough valid sequences for a fifth of 50 damaged ones
        raw = UTF8_REPORT.encode() * 4 + raw
    path.write_bytes(raw)
    source = read_source(path)
    assert source.encoding == "utf-8"
    assert source.text.count("\ufffd") == bad
    assert "Egypt’s last peacekeepers" in source.text
    assert "“The hand" in source.text
    assert source.warnings == [f"{bad} invalid UTF-8 byte{'s' * (bad != 1)} replaced with U+FFFD"]


def test_a_report_with_one_curly_apostrophe_and_one_bad_byte_is_utf8(tmp_path: Path) -> None:
    path = tmp_path / "egypt.txt"
    path.write_bytes(
        b"Egypt\xe2\x80\x99s contingent of 460 troops left Mali on 2 August, the UN said\x85 "
        b"The withdrawal ends in December."
    )
    source = read_source(path)
    assert source.text.startswith("Egypt’s contingent")
    assert "the UN said\ufffd The withdrawal" in source.text


FRENCH_CP1252 = (
    "PARIS, 15 août 2022 (AFP) - Les derniers soldats français de l’opération Barkhane ont quitté "
    "le Mali lundi, a annoncé l’état-major des armées. « C’est la fin d’un engagement de neuf ans », "
    "a déclaré un officier à Gao. Le retrait, décidé en février, s’est achevé sans incident ; "
    "l’armée malienne a repris la base de Ménaka. Coût de l’opération : près de 1 milliard d’€ par an."
)
FRENCH_LATIN1 = (
    "BAMAKO, 12 décembre 2023 - La mission des Nations unies au Mali a officiellement pris fin "
    "après dix années de présence. Les casques bleus ont quitté Tombouctou, Gao et Kidal ; "
    "la cérémonie de clôture s'est tenue à Bamako en présence du représentant spécial."
)


def test_a_cp1252_report_is_decoded_whole_and_exactly(tmp_path: Path) -> None:
    path = tmp_path / "barkhane.txt"
    path.write_bytes(FRENCH_CP1252.encode("cp1252"))
    source = read_source(path)
    assert source.encoding == "cp1252"
    assert source.text == FRENCH_CP1252
    assert source.warnings == ["decoded as cp1252 (not valid UTF-8)"]


def test_a_latin1_report_is_decoded_whole_and_exactly(tmp_path: Path) -> None:
    path = tmp_path / "minusma.txt"
    path.write_bytes(FRENCH_LATIN1.encode("latin-1"))
    source = read_source(path)
    assert source.text == FRENCH_LATIN1
    assert "\ufffd" not in source.text


def test_a_cp1252_html_page_without_a_declared_charset_is_decoded_whole(tmp_path: Path) -> None:
    path = tmp_path / "barkhane.html"
    page = f"<html><head><title>Barkhane</title></head><body><p>{FRENCH_CP1252}</p></body></html>"
    path.write_bytes(page.encode("cp1252"))
    source = read_source(path)
    assert FRENCH_CP1252 in " ".join(source.text.split())
    assert "\ufffd" not in source.text
