"""Document metadata: publication date, publisher, URL, language and headline.

The publication date anchors every relative date in a report ("on Thursday",
"last July"), so a wrong one silently shifts a whole document's events.  We
take it from a sidecar file when there is one, otherwise only from the page
header or the article's dateline, never from lists of other stories lower down,
and never with parts the page does not give (no invented day).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from store.document.boilerplate import Block, classify_blocks
from store.languages import union

HEADER_LINES = 40  # without a recognisable body, only this many first lines count as header

_ISO_PUBLISHED = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$")


@dataclass(slots=True)
class DocumentMeta:
    """What is known about a document besides its text; every field optional."""

    published: str | None = None
    published_source: str | None = None  # "sidecar" | "text"
    published_text: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


# -- sidecar ----------------------------------------------------------------------------------
def sidecar_paths(path: Path) -> list[Path]:
    """Where a document's metadata may live: ``x.txt.meta.json`` then ``x.meta.json``."""
    path = Path(path)
    return [path.with_name(path.name + ".meta.json"), path.with_name(path.stem + ".meta.json")]


def read_sidecar(path: Path) -> DocumentMeta:
    """Metadata from the JSON sidecar beside ``path``; bad content becomes warnings, never errors."""
    meta = DocumentMeta()
    side = next((p for p in sidecar_paths(path) if p.is_file()), None)
    if side is None:
        return meta
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        meta.warnings.append(f"{side}: sidecar ignored: cannot read it ({exc.__class__.__name__})")
        return meta
    except json.JSONDecodeError as exc:
        meta.warnings.append(f"{side}: sidecar ignored: malformed JSON at line {exc.lineno}")
        return meta
    if not isinstance(data, dict):
        meta.warnings.append(f"{side}: sidecar ignored: expected a JSON object")
        return meta
    for key in ("published", "publisher", "url", "language", "title"):
        if key not in data or data[key] is None:
            continue
        value = data[key]
        if not isinstance(value, str) or not value.strip():
            meta.warnings.append(f"{side}: ignored {key!r}: expected a non-empty string")
            continue
        value = value.strip()
        if key == "published":
            iso = _sidecar_date(value)
            if iso is None:
                meta.warnings.append(
                    f"{side}: ignored 'published' {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD"
                )
                continue
            meta.published, meta.published_source, meta.published_text = iso, "sidecar", value
        elif key == "language":
            code = value.replace("_", "-").split("-")[0].lower()
            if not re.fullmatch(r"[a-z]{2,3}", code):
                meta.warnings.append(f"{side}: ignored 'language' {value!r}: use an ISO 639-1 code like 'fr'")
                continue
            meta.language = code
        elif key == "url":
            if not re.match(r"^[a-z][a-z0-9+.-]*://\S+$", value, re.I):
                meta.warnings.append(f"{side}: ignored 'url' {value!r}: not an absolute URL")
                continue
            meta.url = value
        else:
            setattr(meta, key, value)
    return meta


def _sidecar_date(value: str) -> str | None:
    m = _ISO_PUBLISHED.match(value)
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    return _iso(int(year), int(month) if month else None, int(day) if day else None)


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    """ISO date at the precision given, or None if the parts are not a real date."""
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


# -- dates in the page header -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _DatePatterns:
    months: dict[str, int]
    dmy: re.Pattern[str]
    mdy: re.Pattern[str]
    my: re.Pattern[str]


_ISO_IN_TEXT = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d/])")
_VI_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})", re.I)
_TIME_AFTER = re.compile(
    r"\s*(?:,|à|at|lúc|-|–|\||T)?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?|GMT[+-]?\d*|UTC[+-]?\d*|"
    r"\((?:GMT|UTC)[+-]?\d*\)))?",
    re.I,
)
# Words per language in store/languages/<code>/text.py ("published", "publié", "veröffentlicht", ...).
_PUBLISHED_WORD = re.compile(rf"(?:{'|'.join(union('text', 'PUBLISHED_WORDS'))})\b[^0-9]{{0,20}}$", re.I)
_UPDATED_WORD = re.compile(rf"(?:{'|'.join(union('text', 'UPDATED_WORDS'))})\b[^0-9]{{0,20}}$", re.I)


@lru_cache(maxsize=16)
def _patterns(language: str) -> _DatePatterns:
    """Month-name patterns for English, French and the document's own language (names from Babel)."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_month_names

    from store.text.fold import fold

    months: dict[str, int] = {"sept": 9}
    for lang in dict.fromkeys(("en", "fr", language)):
        for width in ("wide", "abbreviated"):
            try:
                names = get_month_names(width, locale=lang)
            except (UnknownLocaleError, ValueError, TypeError):
                continue
            for number, name in names.items():
                name = name.strip(".").lower()
                for form in {name, fold(name)}:
                    if len(form) >= 3:
                        months.setdefault(form, number)
    alternation = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    month = rf"(?P<month>{alternation})\.?"
    year = r"(?:năm\s+)?(?P<year>\d{4})(?!\d)"
    return _DatePatterns(
        months=months,
        dmy=re.compile(
            rf"(?<!\w)(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?{month},?\s+(?:del?\s+)?{year}",
            re.I,
        ),
        mdy=re.compile(rf"(?<!\w){month}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{year}", re.I),
        my=re.compile(rf"(?<!\w){month},?\s+{year}", re.I),
    )


@dataclass(frozen=True, slots=True)
class _Candidate:
    iso: str
    start: int
    date_end: int
    end: int  # includes a following time of day


def _dates_in(line: str, language: str) -> list[_Candidate]:
    """Every full or month-precision date written in ``line``, earliest first, no overlaps."""
    pats = _patterns(language)
    found: list[tuple[int, int, str]] = []
    for m in _ISO_IN_TEXT.finditer(line):
        found.append((m.start(), m.end(), _iso(int(m[1]), int(m[2]), int(m[3])) or ""))
    for m in _VI_WORDS.finditer(line):
        found.append((m.start(), m.end(), _iso(int(m[3]), int(m[2]), int(m[1])) or ""))
    for m in _NUMERIC.finditer(line):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        if language == "en" and first <= 12 and second <= 12 and first != second:
            continue  # 11/07/2024: US or European order? Do not guess.
        day, month = (second, first) if language == "en" and second > 12 else (first, second)
        found.append((m.start(), m.end(), _iso(year, month, day) or ""))
    for pattern in (pats.dmy, pats.mdy):
        for m in pattern.finditer(line):
            month = pats.months.get(m["month"].lower()) or pats.months.get(_fold(m["month"]))
            if month:
                found.append((m.start(), m.end(), _iso(int(m["year"]), month, int(m["day"])) or ""))
    for m in pats.my.finditer(line):
        month = pats.months.get(m["month"].lower()) or pats.months.get(_fold(m["month"]))
        if month:
            found.append((m.start(), m.end(), _iso(int(m["year"]), month, None) or ""))
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    result: list[_Candidate] = []
    last_end = -1
    for start, end, iso in found:
        if start < last_end or not iso:
            continue
        time = _TIME_AFTER.match(line, end)
        result.append(_Candidate(iso, start, end, time.end() if time else end))
        last_end = end
    return result


def _fold(word: str) -> str:
    from store.text.fold import fold

    return fold(word)


def _header_lines(text: str, blocks: list[Block]) -> list[tuple[str, bool]]:
    """(line, is_dateline_zone) pairs where a publication date may be written."""
    first_body = next((b for b in blocks if b.kind == "body"), None)
    skip = {"ticker", "related list", "caption", "cookie notice", "copyright", "self-promotion"}
    if first_body is None:
        head = [b for b in blocks if b.reason not in skip][:HEADER_LINES]
        return [(text[b.start : b.end], False) for b in head]
    lines = [
        (text[b.start : b.end], False) for b in blocks if b.end <= first_body.start and b.reason not in skip
    ]
    lines.append((text[first_body.start : min(first_body.end, first_body.start + 120)], True))
    return lines


_CUE_WINDOW = 60  # a "published"/"updated" cue ends at most 20 non-digits before the date it announces
_DATELINE_CLOSE = re.compile(r"\s*(?:\(|:|—|–|-\s)")
_STRIP_EDGES = re.compile(r"^[\s•·*|-]+|[\s|]+$")


def _accept(line: str, cand: _Candidate, dateline_zone: bool, stripped_len: int) -> tuple[bool, bool]:
    """(is a publication date, is an 'updated' date) for a date found in a header line.

    Looks only at a bounded window before the date, so a header line of any
    length costs time in proportion to its length, not to its length times
    the dates it holds.
    """
    before = line[max(0, cand.start - _CUE_WINDOW) : cand.start]
    updated = bool(_UPDATED_WORD.search(before))
    if dateline_zone:
        # "Bamako 12 December 2023(TDI): ...", "PARIS, 15 août 2022 (AFP) - ..."
        ok = cand.start <= 60 and _DATELINE_CLOSE.match(line, cand.end) is not None
        return ok, False
    if updated or _PUBLISHED_WORD.search(before):
        return True, updated
    covered = (cand.end - cand.start) / max(1, stripped_len)
    has_time = cand.end > cand.date_end
    return covered >= 0.45 or (has_time and covered >= 0.25), False


def published_from_text(
    text: str, language: str, blocks: list[Block] | None = None
) -> tuple[str, str] | None:
    """(ISO date, text as written) of the page's publication date, or None."""
    blocks = classify_blocks(text, language) if blocks is None else blocks
    ranked: list[tuple[bool, int, _Candidate, str]] = []
    for index, (line, dateline) in enumerate(_header_lines(text, blocks)):
        stripped_len = len(_STRIP_EDGES.sub("", line))
        for cand in _dates_in(line, language):
            ok, updated = _accept(line, cand, dateline, stripped_len)
            if ok:
                ranked.append((updated, index, cand, line))
    if not ranked:
        return None
    ranked.sort(key=lambda r: (r[0], r[1], r[2].start))
    _, _, cand, line = ranked[0]
    return cand.iso, line[cand.start : cand.end].strip(" ,")


# -- publisher --------------------------------------------------------------------------------
_MEDIA_WORD = re.compile(
    r"\b(?:news|english|times|post|press|agency|agence|tv|radio|media|média|channel|network|journal|tribune|"
    r"herald|daily|online|insider|insight|world|info|magazine|gazette|monitor|observer|express|today|"
    r"report|reporter|chronicle|telegraph|courier|courrier|presse|actu|infos?|báo|đài)\b",
    re.I,
)
_GENERIC_SOURCE = re.compile(r"^(?:agencies|agency|agences|wires?|staff|correspondents?|various)$", re.I)
_COPYRIGHT_NAME = re.compile(r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?P<rest>.+)$", re.I)
_BY = re.compile(r"^(?:[•·*-]\s*)?(?:by|par|bởi)\s+(?P<name>[^,|•\n]{2,60})$", re.I)
_SOURCE = re.compile(r"^(?:[•·*-]\s*)?(?:source|sources|nguồn|theo)\s*:?\s*(?P<name>[^|•\n]{2,60})$", re.I)
_DATELINE_AGENCY = re.compile(r"^[^()\n]{0,60}?\((?P<agency>[A-Z][A-Za-z]{1,9})\)\s*(?::|—|–|-)")
_CORRESPONDENT = re.compile(
    r"\b(?:phóng viên|PV|correspondant(?:e)? d[eu']\s*l?'?|correspondent of)\s+(?P<agency>[A-Z]{2,8})\b"
)
_TRAILING_AGENCY = re.compile(r"\((?P<agency>[A-Z]{2,8})\)\s*$")


def publisher_from_text(text: str, blocks: list[Block]) -> str | None:
    """The publisher, from copyright, organisational byline, source line or dateline credit."""
    lines = [text[b.start : b.end].strip() for b in blocks]
    standalone = {line.strip(" •·*-").casefold() for line in lines}
    for block, line in zip(blocks, lines, strict=True):
        m = _COPYRIGHT_NAME.match(line)
        if m and block.reason == "copyright":
            name = _clean_copyright(m["rest"])
            if name:
                return name
    for line in lines:
        m = _BY.match(line)
        if m:
            name = m["name"].strip()
            repeated = name.casefold() in standalone
            if repeated or _MEDIA_WORD.search(name) or re.fullmatch(r"[A-Z]{2,8}", name):
                return name
    for line in lines:
        m = _SOURCE.match(line)
        if m:
            name = re.split(r"\s+(?:and|with|et|avec|và)\s+", m["name"].strip(), maxsplit=1)[0].strip(" .")
            if name and not _GENERIC_SOURCE.match(name) and len(name.split()) <= 6:
                return name
    body = [line for block, line in zip(blocks, lines, strict=True) if block.kind == "body"]
    if body:
        m = _DATELINE_AGENCY.match(body[0]) or _TRAILING_AGENCY.search(body[-1])
        if m:
            return _expand_acronym(m["agency"], text) or m["agency"]
    for line in body:
        m = _CORRESPONDENT.search(line)
        if m:
            return m["agency"]
    return None


def _clean_copyright(rest: str) -> str | None:
    rest = re.split(r"(?i)\ball\s+rights\s+reserved|tous\s+droits\s+réservés|bản\s+quyền", rest)[0]
    rest = re.sub(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b", "", rest)
    rest = rest.strip(" ,.;:-–")
    return rest if 2 <= len(rest) <= 80 and re.search(r"[^\W\d]", rest) else None


def _expand_acronym(acronym: str, text: str) -> str | None:
    """ "TDI" -> "The Diplomatic Insight" when the page spells the name out somewhere."""
    if not acronym.isupper() or not 2 <= len(acronym) <= 6:
        return None
    n = len(acronym)
    pattern = re.compile(r"\b" + r"\s+".join([r"([A-Z][\w’'&-]*)"] * n) + r"\b")
    for m in pattern.finditer(text):
        if "".join(word[0] for word in m.groups()) == acronym:
            return m.group(0)
    return None


# -- headline ---------------------------------------------------------------------------------
def title_from_blocks(text: str, blocks: Iterable[Block]) -> str | None:
    """The article headline the boilerplate pass recognised, if any."""
    headlines = [text[b.start : b.end].strip() for b in blocks if b.reason == "headline"]
    for line in headlines:
        if not re.search(r"[.…]\W*$", line):
            return line
    return headlines[0] if headlines else None


def meta_from_text(text: str, language: str, blocks: list[Block] | None = None) -> DocumentMeta:
    """Publication date, publisher and headline as the page itself gives them."""
    blocks = classify_blocks(text, language) if blocks is None else blocks
    meta = DocumentMeta()
    found = published_from_text(text, language, blocks)
    if found:
        meta.published, meta.published_text = found
        meta.published_source = "text"
    meta.publisher = publisher_from_text(text, blocks)
    meta.title = title_from_blocks(text, blocks)
    return meta
