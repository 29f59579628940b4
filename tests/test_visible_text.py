"""Document text shown on a terminal carries no control character and keeps its length."""

from __future__ import annotations

from store.text.visible import visible


def test_escape_sequences_become_visible_placeholders_of_the_same_length() -> None:
    hostile = "Gao\x1b]52;c;cm0gLXJmIH4=\x07 camp\x1b[2J closed\x9b31m"
    shown = visible(hostile)
    assert len(shown) == len(hostile)
    assert not any(ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0 for ch in shown)
    assert "\u241b]52" in shown  # ␛ shows where the escape was


def test_bidi_overrides_are_replaced_so_they_cannot_reorder_the_line() -> None:
    shown = visible("Tessalit \u202eevlohs\u202c and \u2066x\u2069")
    assert not set(shown) & {"\u202e", "\u202c", "\u2066", "\u2069"}
    assert shown.startswith("Tessalit ")


def test_newlines_stay_only_when_asked_and_carriage_return_never_stays() -> None:
    assert visible("a\nb") == "a\u240ab"
    assert visible("a\nb\r", keep_newlines=True) == "a\nb\u240d"


def test_plain_text_in_any_script_is_unchanged() -> None:
    text = "Ngày 2/8, Liên hợp quốc thông báo; Côte d'Ivoire — 460 troops"
    assert visible(text) == text
