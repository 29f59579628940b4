"""Properties of generated input: ingest never crashes, offsets always hold, dates never gain precision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from store.dates import PartialDate, Reference, find_mentions, resolve, tense_at
from store.errors import InputError
from store.ingest import build_document

RANK = {"year": 0, "month": 1, "day": 2}
TODAY = dt.date(2024, 11, 20)

# Real sentences of the kind the corpus holds, in the three languages, to mix with arbitrary text
# so that generated documents do contain events and the offset property is really exercised.
SENTENCES = [
    "On 12 December 2023, MINUSMA handed over its camp in Gao to the Malian authorities.",
    "The last French troops left Mali on 15 August 2022, the army said.",
    "Bamako, le 15 août 2022 (AFP) - Les derniers soldats français ont quitté le Mali lundi.",
    "Le retrait de la Minusma, exigé par la junte en juin 2023, s'est achevé le 31 décembre 2023.",
    "Ngày 11/12/2023, MINUSMA đã bàn giao căn cứ ở Gao cho chính quyền Mali.",
    "Tháng 2 năm 2022, Pháp tuyên bố rút quân khỏi Mali.",
    "Home | World | Africa\nAccept cookies\n",
    "Updated: 3 days ago\n\n",
]
MONTHS = {
    "en": [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ],
    "fr": [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ],
}  # fmt: skip

pieces = st.one_of(
    st.text(max_size=60), st.sampled_from(SENTENCES), st.sampled_from(["\n", "\n\n", " ", "\r\n"])
)
documents = st.lists(pieces, max_size=14).map("".join)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("props")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=documents, suffix=st.sampled_from([".txt", ".html"]))
def test_any_unicode_document_is_ingested_without_crashing_and_every_event_quotes_its_text(
    folder: Path, text: str, suffix: str
) -> None:
    path = folder / f"report{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        built = build_document(path, today=TODAY)
    except InputError as exc:  # only a documented refusal: text that looks like a binary file
        assert "binary content" in str(exc)
        assert "\x00" in text or text.startswith(("GIF8", "RIFF", "BZh", "%PDF", "SQLite format 3"))
        return
    doc = built.document
    event("with events" if built.events else "without events")
    ids = [e["id"] for e in built.events]
    assert len(ids) == len(set(ids))
    assert doc["events"] == len(built.events)
    for found in built.events:
        assert 0 <= found["start"] <= found["end"] <= len(doc["text"])
        assert doc["text"][found["start"] : found["end"]] == found["sentence"]
        assert found["sentence"].strip()


def _phrase(lang: str, year: int | None, month: int | None, day: int | None) -> str:
    if lang == "vi":
        parts = ([f"ngày {day}"] if day else []) + ([f"tháng {month}"] if month else [])
        parts += [f"năm {year}"] if year else []
        return "Quân đội rút khỏi Gao " + " ".join(parts) + "."
    name = MONTHS[lang][month - 1] if month else None
    if lang == "fr":
        when = " ".join(str(p) for p in (day, name, year) if p)
        return f"Les soldats ont quitté Gao {'le' if day else 'en'} {when}."
    when = " ".join(str(p) for p in (day, name, year) if p)
    return f"The soldiers left Gao {'on' if day else 'in'} {when}."


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[str, str, int | None, int | None, int | None]:
    lang = draw(st.sampled_from(["en", "fr", "vi"]))
    form = draw(st.sampled_from(["year", "month year", "day month year", "month", "day month"]))
    year = draw(st.integers(1995, 2030)) if "year" in form else None
    month = draw(st.integers(1, 12)) if "month" in form else None
    day = draw(st.integers(1, 28)) if "day" in form else None
    return lang, _phrase(lang, year, month, day), year, month, day


references = st.builds(
    lambda d, precision: Reference(PartialDate.from_date(d).truncate(precision), "publication date"),
    st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(["day", "month", "year"]),
)


@settings(max_examples=100, deadline=None)
@given(written=written_dates(), reference=references)
def test_a_resolved_date_never_has_more_precision_than_its_expression(written, reference: Reference) -> None:
    lang, sentence, year, month, day = written
    given_precision = "day" if day else "month" if month else "year"
    mentions = [m for m in find_mentions(sentence, lang) if m.kind == "absolute"]
    assert mentions, f"no date found in {sentence!r}"
    mention = max(mentions, key=lambda m: m.end - m.start)
    resolved = resolve(mention, tense_at(sentence, mention.start, mention.end, lang), reference)
    if year is None and resolved is None:
        return  # a year-free date that cannot be placed is left undated, which is allowed
    assert resolved is not None, sentence
    value = resolved.value
    assert RANK[value.precision] <= RANK[given_precision], (sentence, value)
    assert value.precision == given_precision, (sentence, value)  # nor less: what is written is kept
    if year is not None:
        assert value.year == year
    assert (value.month, value.day) == (month, day)
