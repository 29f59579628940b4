"""The free-text filter's folding: accents, case and curly quotes never stop a match."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.text.fold import _EXTRA_FOLDS, fold


def _reference_fold(text: str) -> str:
    """The definition, character by character: what the fast routes of ``fold`` must agree with."""
    for letter, plain in _EXTRA_FOLDS:
        text = text.replace(letter, plain)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Côte d’Ivoire", "cote d'ivoire"),
        ("Đà Nẵng, Việt Nam", "da nang, viet nam"),
        ("Quân đội Pháp rút khỏi Mali", "quan doi phap rut khoi mali"),
        ("Москва́ — Бамако", "москва - бамако"),
        ("Ségou «naïve» œuvre", "segou «naive» oeuvre"),
        ("MINUSMA", "minusma"),
    ],
)
def test_fold_drops_accents_and_case_in_every_script(text: str, folded: str) -> None:
    assert fold(text) == folded


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_fold_agrees_with_the_character_by_character_definition(text: str) -> None:
    assert fold(text) == _reference_fold(text)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet="aàâäeéèêëiîïoôöuùûüyÿcçđĐăâơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ ’–Ab",
        max_size=40,
    )
)
def test_fold_agrees_on_french_and_vietnamese_letters(text: str) -> None:
    assert fold(text) == _reference_fold(text)


def test_every_combining_mark_of_this_python_s_unicode_is_in_the_planes_fold_reads() -> None:
    import sys
    import unicodedata

    from store.text import fold as folding

    beyond = [cp for cp in range(folding.MARKS_END, sys.maxunicode + 1) if unicodedata.combining(chr(cp))]
    assert beyond == []
    assert len(folding._combining_marks()) > 800
