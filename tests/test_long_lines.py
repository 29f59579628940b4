"""Very long lines: every ingest step costs time in proportion to the document's size.

A single line of a megabyte (a scraped page with its newlines lost, or a hostile
file) must simply finish: before, the header-date search re-read the text before
every date (quadratic) and a sentence with no breaks was analysed as a whole.
There is no timing assertion here; ``bench/long_lines.py`` prints the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from store.document.metadata import published_from_text
from store.document.sentences import MAX_SENTENCE_CHARS, split_sentences
from store.ingest import build_document

MEGABYTE = 1_000_000
_DATED = "the last convoy of the mission left the camp at Ber on 12 March 2023 under escort"
_CLAUSES = (
    "residents of Timbuktu said the road to Goundam was closed for most of the week",
    "a spokesman for the transitional government said the handover went as planned",
    "Egyptian and Senegalese units had already handed their bases to the Malian army",
    "aid groups warned that fuel prices in Gao had doubled since the summer",
)


def _run_on_line(size: int) -> str:
    """One sentence of ``size`` characters: clauses joined by commas, no full stop until the end."""
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        clause = f"{_DATED if n % 50 == 0 else _CLAUSES[n % len(_CLAUSES)]} ({n})"
        parts.append(clause)
        total += len(clause) + 2
        n += 1
    line = ", ".join(parts)
    return line[0].upper() + line[1:] + "."


def test_a_one_megabyte_run_on_sentence_is_ingested(tmp_path: Path) -> None:
    path = tmp_path / "run_on.txt"
    path.write_text(_run_on_line(MEGABYTE), encoding="utf-8")
    built = build_document(path)
    assert len(built.document["text"]) > MEGABYTE
    assert built.sentences > MEGABYTE // MAX_SENTENCE_CHARS  # cut into clause-sized pieces
    assert any(e["date"] == "2023-03-12" for e in built.events)


def test_a_one_megabyte_line_of_dates_without_a_sentence_is_read(tmp_path: Path) -> None:
    """Not prose (no full stop): the whole line is searched as page header for a publication date."""
    line = " | ".join(f"Posted {1 + n % 28} March 2023 by the desk, item {n}" for n in range(22_000))
    assert len(line) > MEGABYTE
    path = tmp_path / "dates.txt"
    path.write_text(line, encoding="utf-8")
    built = build_document(path)
    assert built.document["published"] == "2023-03-01"


def test_an_overlong_sentence_is_cut_after_a_clause_break() -> None:
    text = _run_on_line(10 * MAX_SENTENCE_CHARS)
    spans = split_sentences(text, 0, len(text), "en")
    assert len(spans) >= 10
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")
    assert all(text[e - 1] == "," for _, e in spans[:-1])  # cut after a comma, never mid-word


def test_a_cue_just_before_a_date_on_a_long_header_line_still_counts() -> None:
    line = "Sahel desk " + "• World " * 500 + "• Published: 4 May 2023 • Share"
    assert published_from_text(line, "en", None) == ("2023-05-04", "4 May 2023")


def test_the_long_line_benchmark_prints_a_row_per_size(capsys) -> None:
    from bench.long_lines import main

    assert main(["--sizes", "2000,4000", "--repeat", "1", "--json"]) == 0
    rows = __import__("json").loads(capsys.readouterr().out)["long_lines"]
    assert [r["chars"] <= s for r, s in zip(rows, (2000, 4000), strict=True)] == [True, True]
    assert rows[1]["ratio"] > 0


def test_html_nested_200000_deep_is_refused_in_one_line(tmp_path: Path) -> None:
    """libxml2 stops at 256 levels: the text inside was silently lost ("only whitespace")."""
    from store.errors import InputError

    path = tmp_path / "deep.html"
    depth = 200_000
    body = "Mali said the last MINUSMA troops left Gao on 12 December 2023."
    path.write_text("<html><body>" + "<div>" * depth + body + "</div>" * depth + "</body></html>")
    with pytest.raises(InputError) as caught:
        build_document(path)
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    assert "nested deeper than the parser's limit (256 levels)" in message


def test_html_nested_a_few_hundred_deep_within_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "nested.html"
    body = "Mali said the last MINUSMA troops left Gao on 12 December 2023."
    path.write_text("<html><body>" + "<div>" * 200 + body + "</div>" * 200 + "</body></html>")
    assert build_document(path).document["text"].strip() == body
