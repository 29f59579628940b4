"""Reading files: exact text, honest decoding, one-line errors naming the file."""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

import pytest

from store.document import reading
from store.document.reading import read_source
from store.errors import InputError
from tests.docs_fixtures import SEEDS

FRENCH = "Le dernier contingent de la Minusma a quitté Gao dimanche, a annoncé la mission à Bamako."


def test_seed_files_read_as_utf8_without_warnings() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        source = read_source(path)
        assert source.encoding == "utf-8"
        assert source.kind == "text"
        assert source.warnings == []
        assert source.text == path.read_text(encoding="utf-8")


def test_utf8_bom_is_stripped_so_offsets_start_at_the_first_letter(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + FRENCH.encode())
    assert read_source(path).text == FRENCH


def test_crlf_line_endings_become_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Mali confirms withdrawal\r\n\r\nThe UN mission left.\rEnd.")
    text = read_source(path).text
    assert text == "Mali confirms withdrawal\n\nThe UN mission left.\nEnd."
    assert text.index("The UN") == 26


def test_cp1252_french_is_decoded_correctly_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes((FRENCH + " « C’est la fin », a-t-il déclaré.").encode("cp1252"))
    source = read_source(path)
    assert source.encoding == "cp1252"
    assert "quitté" in source.text and "« C’est la fin »" in source.text
    assert any("cp1252" in w for w in source.warnings)


def test_short_cp1252_text_is_not_mistaken_for_central_european(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("Bamako – the UN’s “final” convoy left. Soldiers said: «déjà».".encode("cp1252"))
    assert read_source(path).text.endswith("«déjà».")


def test_invalid_bytes_in_utf8_file_are_replaced_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "damaged.txt"
    path.write_bytes(
        "Ngày 3/11, ông Dujarric cho biết ".encode() + b"\xff\xfe" + "binh sĩ bị thương.".encode()
    )
    source = read_source(path)
    assert source.encoding == "utf-8"
    assert source.text.count("\ufffd") == 2
    assert "2 invalid UTF-8 bytes replaced" in source.warnings[0]
    assert "ông Dujarric" in source.text


def test_utf16_with_bom_is_decoded_not_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(FRENCH.encode("utf-16"))
    assert read_source(path).text == FRENCH


def test_decomposed_vietnamese_is_normalised_to_composed_form(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    sentence = "Ngày 2/8, Liên hợp quốc thông báo trên 460 binh sĩ Ai Cập đã rời khỏi Mali."
    path.write_text(unicodedata.normalize("NFD", sentence), encoding="utf-8")
    source = read_source(path)
    assert source.text == sentence
    assert any("NFC" in w for w in source.warnings)


def test_empty_and_whitespace_files_are_not_errors(tmp_path: Path) -> None:
    empty, blank = tmp_path / "empty.txt", tmp_path / "blank.txt"
    empty.write_bytes(b"")
    blank.write_bytes(b"  ")
    assert read_source(empty).text == ""
    assert read_source(blank).text == "  "


def test_missing_file_is_a_one_line_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(InputError) as info:
        read_source(missing)
    assert info.value.path == str(missing)
    assert "no such file" in str(info.value)
    assert "\n" not in str(info.value)


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_source(tmp_path)


@pytest.mark.parametrize(
    ("payload", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG"),
        (b"PK\x03\x04" + b"\x00" * 20, "ZIP"),
        (b"%PDF-1.7\n", "PDF"),
        (b"MINUSMA\x00\x00\x01withdrawal", "NUL"),
    ],
)
def test_binary_content_is_refused(tmp_path: Path, payload: bytes, what: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(payload)
    with pytest.raises(InputError, match=what):
        read_source(path)


def test_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_text(FRENCH * 3, encoding="utf-8")
    with pytest.raises(InputError, match="limit"):
        read_source(path)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(FRENCH, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission"):
            read_source(path)
    finally:
        path.chmod(0o644)


def test_html_markup_is_removed_and_paragraphs_kept(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>x</title><style>p{color:red}</style><script>var d='2019-01-01'</script></head>"
        "<body><nav><ul><li>Accueil</li><li>Afrique</li></ul></nav><h1>Le retrait de la Minusma</h1>"
        "<p>Les casques bleus ont quitté Gao.</p><p>La mission s’achève le 31 décembre.</p></body></html>",
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.kind == "html"
    assert "<p>" not in source.text and "2019" not in source.text and "color" not in source.text
    assert "Les casques bleus ont quitté Gao.\n\nLa mission s’achève le 31 décembre." in source.text


def test_html_declared_latin1_charset_is_used(tmp_path: Path) -> None:
    path = tmp_path / "legacy.htm"
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Retrait achevé à Tombouctou.</p></body>'
    path.write_bytes(page.encode("latin-1"))
    source = read_source(path)
    assert "Retrait achevé à Tombouctou." in source.text
    assert source.encoding == "iso8859-1"
