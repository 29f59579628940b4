"""A typed word names a country exactly when the sentence scan would find it alone, whole.

The filter asks ``country_named`` of every word typed (and of a remembered
filter at launch), so it looks the words up among the forms instead of
compiling the sentence patterns; these tests hold it to the scan's answer.
"""

from __future__ import annotations

import pytest

from store.about import country_lexicon
from store.about.countries import country_named, find_countries
from store.languages import languages


def _scanned(text: str, language: str) -> str | None:
    found = find_countries(text, language)
    return found[0].code if len(found) == 1 and found[0].start == 0 and found[0].end == len(text) else None


def _texts(language: str) -> list[str]:
    forms = {f.form for m in country_lexicon.matchers(language) for group in m.forms.values() for f in group}
    texts = set()
    for form in sorted(forms):
        texts.update({form, form.lower(), form.upper(), form.title(), form.replace("-", " ")})
    texts.update(
        ["withdrawal", "coup", "Chad Smith", "ông Anh", "-Mali", "Mali-", "Ai Câ\u0323p", "French", "u.s."]
    )
    return sorted(texts)


@pytest.mark.parametrize("language", [*languages(), "und"])
def test_every_form_as_typed_names_the_country_the_scan_finds(language: str) -> None:
    texts = _texts(language)
    assert len(texts) > 500  # the forms really were read
    differ = [(t, country_named(t, language), _scanned(t, language)) for t in texts]
    assert [d for d in differ if d[1] != d[2]] == []


def test_naming_a_country_compiles_no_sentence_pattern() -> None:
    country_lexicon.matchers.cache_clear()
    assert country_named("Égypte", "fr") == "EG"
    assert country_named("coup", "en") is None
    assert all(m._pattern is None for m in country_lexicon.matchers("fr"))
    country_lexicon.matchers.cache_clear()
