"""Telling an article's body from the page furniture scraped along with it.

Scraped news pages keep their menus, tickers, "Most Read" lists, photo captions
and cookie banners.  Those carry dates too (a caption of another story dated
June 18, 2022), so an event taken from them would put a false date on the
timeline.  Only body prose yields events; everything else is labelled with the
reason it was set aside, so the viewer can show why.

The rules use page structure, not site-specific strings: section markers and
what follows them, line length, sentence punctuation, bullets, repetition,
caption and credit shapes, and position relative to the first run of prose.
"""

from __future__ import annotations

import itertools
import re
import zlib
from dataclasses import dataclass

from store.document.dated_lines import dated_line
from store.text.fold import fold


@dataclass(frozen=True, slots=True)
class Block:
    """A line or paragraph of the text and whether it is article body."""

    start: int
    end: int
    kind: str  # "body" or "boilerplate"
    reason: str


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# -- vocabulary -------------------------------------------------------------------------------
# Section headings that introduce lists of OTHER stories (compared after fold()).
_LIST_MARKERS = frozenset(
    re.sub(
        r"\s*\|\s*",
        "|",
        """
    most read|most popular|most viewed|most shared|popular|trending|trending now|related|related news
    |related articles|related stories|related content|related topics|related coverage|explore|explore more
    |also read|read more|read also|read next|see also|more news|more stories|more to read|top stories
    |recommended|recommended for you|you may also like|you might also like|editor's picks|editors' picks
    |editors picks|latest|latest news|latest stories|the latest|in case you missed it|up next
    |what to read next
    |more from|more on this|more on this story|further reading|podcasts|in pictures|watch|videos|newsletter
    |lire aussi|a lire aussi|a lire egalement|lire egalement|voir aussi|a voir aussi|les plus lus
    |les plus partages|les plus commentes|sur le meme sujet|dans la meme rubrique|articles lies
    |articles similaires|articles recommandes|nos articles|a la une|populaires|les plus populaires
    |vous aimerez aussi|vous aimerez aussi lire|derniers articles|dernieres actualites|a decouvrir
    |recommande|recommandes pour vous|l'actu en continu|le fil info|nos dernieres infos|en continu
    |tin lien quan|bai lien quan|xem them|doc them|tin cung chuyen muc|tin moi nhat|doc nhieu
    |doc nhieu nhat|xem nhieu|xem nhieu nhat|tin noi bat|tin khac|co the ban quan tam|bai viet lien quan
    |tin tuc lien quan|tieu diem
    """,
    )
    .strip()
    .split("|")
)
_TICKER_MARKERS = frozenset(
    re.sub(
        r"\s*\|\s*",
        "|",
        """breaking|breaking news|just in|live|live updates|flash|flash info|en direct|derniere minute
        |dernieres infos|alerte|urgent|tin nong|tin moi|nong""",
    ).split("|")
)
_INLINE_MARKER = re.compile(
    r"^(?i:related(?:\s+(?:news|articles?|stories|content))?|read\s+more|read\s+also|also\s+read|see\s+also"
    r"|more\s+on\s+this|lire\s+aussi|à\s+lire\s+aussi|a\s+lire\s+aussi|lire\s+également|voir\s+aussi"
    r"|à\s+voir\s+aussi|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|bài\s+liên\s+quan)"
    r"\s*(?:[:|›»>–—-]|(?=[A-ZÀ-ÝĐ“\"‘']))"
)
_MIDLINE_MARKER = re.compile(
    r"(?:READ MORE|Read more|ALSO READ|Also read|READ ALSO|LIRE AUSSI|Lire aussi|À lire aussi|A lire aussi"
    r"|XEM THÊM|Xem thêm|ĐỌC THÊM|Đọc thêm)\s*:"
)
_BULLET = re.compile(r"^(?:[•·▪◦●‣∙*]|[-–](?=\s))\s*")
_TERMINAL_END = re.compile(r"(?:[.!?…。！？]|\.\s*/\s*\.)[\"'”’»)\]\u00a0\u202f ]*$")
_SENTENCE_GAP = re.compile(r"[.!?…][\"'”’»)]*\s+[\"'“‘«(]?[A-ZÀ-ÝĐ0-9]")
_WORD = re.compile(r"[^\W_]+(?:[’'.-][^\W_]+)*")
_UPPER_WORD = re.compile(r"^[A-ZÀ-ÝĐ]")

_CAPTION_START = re.compile(
    r"^(?:file\s+photo|file|photo|photos|image|illustration|ảnh|crédit(?:\s+photo)?|credit|"
    r"photo\s+d'archive|archive\s+photo|pictured|caption)\s*(?:[:\-–—|]|\()",
    re.I,
)
_CAPTION_INSIDE = re.compile(
    r"(?:^|[\s/|(])(?:photo|photos|foto|ảnh|crédit\s+photo|photo\s+credit|credits?|image|picture)\s*:|"
    r"getty\s+images|\bAP\s+Photo\b|\billustrated\s+by\b|/\s*(?:AFP|Reuters|AP|EPA)\s*$",
    re.I,
)
_TRAILING_PAREN = re.compile(r"\(([^()]{1,80})\)\s*$")
_PHOTO_WORD = re.compile(r"photo|foto|ảnh|illustrat|image|crédit|credit|getty|©|file|archive", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_CREDIT = re.compile(r"^[A-Z][\w.&' -]{1,30}\s*/\s*[A-Z][\w.' -]{1,40}$")  # "Reuters/Fabian Bimmer"
_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b)|all\s+rights\s+reserved|tous\s+droits\s+réservés|bản\s+quyền|"
    r"reproduction\s+interdite|không\s+được\s+sao\s+chép|ghi\s+rõ\s+nguồn",
    re.I,
)
_COOKIE = re.compile(
    r"cookie|privacy\s+policy|privacy\s+notice|terms\s+of\s+(?:use|service)|politique\s+de\s+confidentialité|"
    # Consent only as a site asks for it: "without their consent" in a news lead is no banner.
    r"données\s+personnelles|(?:votre|vos)\s+consentement|consentement\s+(?:aux|au|à\s+l'utilisation)|"
    r"\b(?:your|you)\s+consent\b|\bconsent\s+to\s+(?:the\s+)?(?:use|our|cookies|processing|tracking)\b|"
    r"\bmanage\s+consent\b|\bRGPD\b|\bGDPR\b|conditions\s+(?:générales|d'utilisation)|"
    r"mentions\s+légales|chính\s+sách\s+bảo\s+mật|điều\s+khoản\s+sử\s+dụng",
    re.I,
)
# Phrases of a publisher describing or selling itself (two or more make a promo paragraph).
_PROMO = re.compile(
    r"\bpremier\b|forefront|since\s+its\s+inception|media\s+house|independent\s+media|satellite\s+channel|"
    r"news\s+channel|media\s+outlet|\bsubscribe|subscription|newsletter|sign\s+up|follow\s+us|our\s+app|"
    r"download\s+(?:the|our)\s+app|\bour\s+readers|readers\s+worldwide|\bservices\b|branding|advertis|"
    r"sponsored|partner\s+content|abonnez|abonnement|inscrivez|suivez-nous|notre\s+newsletter|"
    r"téléchargez\s+l'application|đăng\s+ký|theo\s+dõi\s+chúng\s+tôi|tải\s+ứng\s+dụng|\bmagazine\b",
    re.I,
)
_SELF_DESCRIPTION = re.compile(
    r"^[A-Z][\w’' -]{1,40}\s+(?:is|est)\s+(?:an?|une?|la|le)\s+[^.]{0,60}"
    r"(?:channel|network|newspaper|magazine|agency|website|outlet|broadcaster|chaîne|journal|média|site)\b",
    re.I,
)
_BYLINE = re.compile(
    r"^(?:by|par|por|von|bởi)\s+[A-ZÀ-ÝĐ]|^(?:source|sources|nguồn|author|auteur|tác\s+giả|written\s+by|"
    r"reporting\s+by|editing\s+by|published|updated|posted|publié|mis\s+à\s+jour|modifié|cập\s+nhật|đăng)\b",
    re.I,
)
_READING_TIME = re.compile(
    r"^\d+\s*(?:min(?:ute)?s?\.?\s+(?:read|de\s+lecture)|phút\s+đọc)$|^lecture\s+\d+\s*min", re.I
)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_DATE_WORDS = _wordset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept september oct
    october nov november dec december mon monday tue tuesday wed wednesday thu thursday fri friday sat
    saturday sun sunday janv janvier fevr fevrier mars avr avril mai juin juil juillet aout sept septembre
    octobre novembre decembre lundi mardi mercredi jeudi vendredi samedi dimanche le la a am pm gmt utc
    cet date ngay thang nam thu hai ba tu sau bay chu nhat luc"""
)


_TITLE_WINDOW = 60  # units above the first body paragraph searched for the headline

# Generic labels a section heading may replace; specific ones (caption, copyright...) are kept.
_OVERRIDABLE = frozenset({None, "short line", "no sentence", "navigation menu", "subheading"})


@dataclass(slots=True)
class _Unit:
    """A candidate block with the features the rules look at."""

    start: int
    end: int
    para: int
    text: str
    bare: str  # without a leading bullet
    bullet: bool
    words: int
    prose: bool
    reason: str | None = None  # None: body so far

    @property
    def key(self) -> str:
        return " ".join(_WORD.findall(fold(self.bare)))


def classify_blocks(text: str, language: str) -> list[Block]:
    """Label every non-blank line or paragraph of ``text`` as body or boilerplate, with a reason."""
    units = _units(text)
    if not units:
        return []
    for unit in units:  # a dateline alone on its line, a chronology's entry: body (dated_lines.py)
        unit.reason = None if unit.words <= 60 and dated_line(unit.bare.strip()) else _line_reason(unit)
    _mark_menus(units)
    _mark_sections(units)
    _mark_header(units)
    _mark_subheadings(units)
    return [
        Block(u.start, u.end, "body" if u.reason is None else "boilerplate", u.reason or "body")
        for u in units
    ]


def body_blocks(blocks: list[Block]) -> list[Block]:
    """Only the blocks that can yield events."""
    return [b for b in blocks if b.kind == "body"]


# -- segmentation -----------------------------------------------------------------------------
def _units(text: str) -> list[_Unit]:
    """Non-blank lines, with hard-wrapped prose paragraphs joined into one unit."""
    lines: list[tuple[int, int, int]] = []  # start, end (stripped), paragraph
    para = 0
    pos = 0
    blank_before = False
    for raw in text.split("\n"):
        line_start, line_end = pos, pos + len(raw)
        pos = line_end + 1
        stripped = raw.strip()
        if not stripped:
            blank_before = True
            continue
        if blank_before and lines:
            para += 1
        blank_before = False
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        lines.append((line_start + lead, line_end - trail, para))
    units: list[_Unit] = []
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j][2] == lines[i][2]:
            j += 1
        group = lines[i:j]
        if len(group) > 1 and _is_wrapped(text, group):
            units.append(_make_unit(text, group[0][0], group[-1][1], group[0][2]))
        else:
            units.extend(_make_unit(text, s, e, p) for s, e, p in group)
        i = j
    return units


def _is_wrapped(text: str, group: list[tuple[int, int, int]]) -> bool:
    """A paragraph hard-wrapped at a fixed width (e-mail, wire copy), not a list of separate lines.

    Wrapped lines have similar widths and break mid-sentence, so the next line
    usually starts in lower case or the line ends with a comma; a list of
    headlines starts every line with a capital.
    """
    heads = [text[s:e] for s, e, _ in group]
    widths = [len(h) for h in heads[:-1]]
    if max(widths) > 100 or min(widths) < 0.55 * max(widths) or max(widths) < 50:
        return False
    if any(_BULLET.match(h) for h in heads):
        return False
    joins = sum(
        1
        for line, nxt in itertools.pairwise(heads)
        if not _TERMINAL_END.search(line) and (nxt[:1].islower() or line.endswith((",", ";", "-", "–")))
    )
    return joins * 2 >= len(widths)


def _make_unit(text: str, start: int, end: int, para: int) -> _Unit:
    body = text[start:end]
    bullet = _BULLET.match(body)
    bare = body[bullet.end() :] if bullet else body
    words = len(_WORD.findall(bare))
    prose = words >= 5 and bool(_TERMINAL_END.search(bare)) and bare[:1] not in ",;)"
    return _Unit(start, end, para, body, bare, bool(bullet), words, prose)


# -- single-line rules ------------------------------------------------------------------------
def _marker_key(bare: str) -> str:
    return fold(bare).strip(" :»›>|-–—.").replace("’", "'").strip()


def _line_reason(unit: _Unit) -> str | None:
    bare = unit.bare.strip()
    key = _marker_key(bare)
    if key in _TICKER_MARKERS and unit.words <= 3:
        return "ticker"
    if key in _LIST_MARKERS or (key.startswith(("more from ", "more in ")) and unit.words <= 5):
        return "related list"
    if _INLINE_MARKER.match(bare) or _MIDLINE_MARKER.search(bare):
        return "related list"
    if unit.words <= 60 and _COPYRIGHT.search(bare):
        return "copyright"
    if unit.words <= 60 and _COOKIE.search(bare):
        return "cookie notice"
    if _is_caption(unit, bare):
        return "caption"
    if len(_PROMO.findall(bare)) >= 2 or (unit.words <= 40 and _SELF_DESCRIPTION.match(bare)):
        return "self-promotion"
    dated = unit.words <= 25 and re.search(r"\d", bare)
    if (unit.words <= 12 or dated) and (_BYLINE.match(bare) or _READING_TIME.match(bare)):
        return "byline"
    if _is_timestamp(bare):
        return "byline"
    if unit.prose:
        return None
    if len(bare) >= 200 and len(zlib.compress(bare.encode())) < 0.45 * len(bare.encode()):
        return "icon junk"
    if unit.bullet and unit.words <= 8:
        return "navigation menu"
    if unit.words <= 4:
        return "short line"
    if unit.words >= 20 and _SENTENCE_GAP.search(bare):
        return None  # several sentences, last one unpunctuated: still prose
    return "no sentence"


def _is_caption(unit: _Unit, bare: str) -> bool:
    if unit.words > 80:
        return False
    if _CAPTION_START.match(bare) or _CAPTION_INSIDE.search(bare):
        return True
    if "©" in bare[1:]:
        return True  # a photo credit inside a line: "... ©  Marco LONGARI / AFP"
    paren = _TRAILING_PAREN.search(bare)
    if not paren:
        return False
    inner = paren.group(1).strip()
    if _PHOTO_WORD.search(inner) or inner == "AP" or _CREDIT.match(inner):
        return True
    if _ACRONYM.match(inner) or inner in {"Reuters", "Getty"}:
        before = bare[: paren.start()].rstrip()
        single_sentence = not _SENTENCE_GAP.search(before)
        return not _TERMINAL_END.search(before) or (single_sentence and unit.words <= 50)
    return False


def _is_timestamp(bare: str) -> bool:
    """A line that is only a date/time, maybe with a label: "7 Nov 2024 19:24", " date 2024-11-07 WORLD"."""
    if not re.search(r"\d", bare) or len(bare) > 60:
        return False
    words = _WORD.findall(fold(bare))
    has_year = re.search(r"\b(?:19|20)\d{2}\b", bare)
    has_month = any(w in _DATE_WORDS and len(w) >= 3 and w.isalpha() for w in words)
    if not (has_year or (_TIME.search(bare) and has_month)):
        return False
    rest = [w for w in words if not w.isdigit() and w not in _DATE_WORDS]
    rest = [w for w in rest if not re.fullmatch(r"[\d./:-]+|\d+(?:st|nd|rd|th|er|h\d*)", w)]
    return len(rest) <= 1


# -- rules over runs of lines -----------------------------------------------------------------
def _mark_menus(units: list[_Unit]) -> None:
    """Three or more short lines in a row are a menu, whatever they say."""
    run: list[_Unit] = []
    for unit in [*units, None]:
        if unit is not None and unit.reason in {"short line", "navigation menu"}:
            run.append(unit)
            continue
        if len(run) >= 3:
            for member in run:
                member.reason = "navigation menu"
        run = []


def _resumes_body(units: list[_Unit], i: int) -> bool:
    """Article prose again after a list: a long paragraph, or two prose paragraphs in a row."""
    unit = units[i]
    if unit.reason is not None:
        return False
    if unit.words >= 30 or (unit.words >= 12 and _SENTENCE_GAP.search(unit.bare)):
        return True  # long, or several sentences: not a teaser in a list of headlines
    return i + 1 < len(units) and units[i + 1].reason is None


def _mark_sections(units: list[_Unit]) -> None:
    """A "Most Read"/"BREAKING" heading turns what follows into boilerplate until the body resumes."""
    i = 0
    while i < len(units):
        marker = units[i]
        inline = _INLINE_MARKER.match(marker.bare) or _MIDLINE_MARKER.search(marker.bare)
        is_heading = _marker_key(marker.bare) in (_LIST_MARKERS | _TICKER_MARKERS)
        standalone = marker.words <= 5 and (is_heading or not inline)
        if marker.reason not in {"ticker", "related list"} or not standalone:
            i += 1
            continue
        reason = marker.reason
        j = i + 1
        while j < len(units):
            unit = units[j]
            if reason == "ticker":
                if unit.para != marker.para and j > i + 1 and unit.para != units[j - 1].para:
                    break
                if unit.prose and unit.words >= 30:
                    break
            elif _resumes_body(units, j):
                break
            if unit.reason in {"ticker", "related list"} and unit.words <= 5:
                break  # the next section heading takes over
            if unit.reason in _OVERRIDABLE:
                unit.reason = reason
            j += 1
        i = j


def _mark_header(units: list[_Unit]) -> None:
    """The article's own headline, standfirst and repeated summary are not body either."""
    body = [i for i, u in enumerate(units) if u.reason is None]
    solid = next(
        (i for i in body if units[i].words >= 40 or (i + 1 < len(units) and units[i + 1].reason is None)),
        body[0] if body else len(units),
    )
    title_at = _find_title(units, solid)
    anchors = [i for i in range(solid) if units[i].reason == "byline"]
    if title_at is not None:
        key = units[title_at].key
        for i in range(solid):
            if units[i].key == key:
                units[i].reason = "headline"
                anchors.append(i)
            elif units[i].key.endswith(key):
                units[i].reason = "navigation menu"  # a breadcrumb ending with the headline
        nxt = title_at + 1
        if nxt < solid and units[nxt].reason == "no sentence" and 8 <= units[nxt].words <= 60:
            units[nxt].reason = "headline"  # standfirst without a full stop
    last_anchor = max(anchors, default=-1)
    later = [set(units[i].key.split()) for i in range(solid, len(units)) if units[i].reason is None]
    for i in range(solid):
        unit = units[i]
        if unit.reason is not None:
            continue
        near_body = i >= solid - _TITLE_WINDOW
        if i < last_anchor or (near_body and _repeated_later(set(unit.key.split()), later)):
            unit.reason = "headline"


def _repeated_later(words: set[str], later: list[set[str]]) -> bool:
    if len(words) < 5:
        return False
    return any(len(words & other) >= 0.7 * len(words) for other in later)


def _find_title(units: list[_Unit], solid: int) -> int | None:
    """The headline: a sentence-case line above the body, preferably one the page repeats."""
    window = range(max(0, solid - _TITLE_WINDOW), solid)  # the headline sits just above the body
    candidates = [
        i
        for i in window
        if units[i].reason in {"no sentence", "short line"}
        and 4 <= units[i].words <= 25
        and not units[i].bullet
        and not units[i].bare.isupper()
        and not _TERMINAL_END.search(units[i].bare.rstrip("?!"))
    ]
    if not candidates:
        return None
    keys = [units[i].key for i in window]
    for i in candidates:
        key = units[i].key
        if sum(1 for k in keys if k == key or (k.endswith(key) and len(k) > len(key))) >= 2:
            return i
    bylines = [i for i in range(solid) if units[i].reason == "byline"]
    before = [i for i in candidates if i < bylines[0]] if bylines else []
    at = before[-1] if before else candidates[-1]
    if at - 1 in candidates and units[at - 1].words < units[at].words:
        at -= 1  # headline then a longer standfirst: the headline comes first
    return at


def _mark_subheadings(units: list[_Unit]) -> None:
    """A short unpunctuated line between body paragraphs is a subheading."""
    for i, unit in enumerate(units):
        if unit.reason != "no sentence" or unit.words > 12:
            continue
        prev_body = i > 0 and units[i - 1].reason is None
        if prev_body:
            unit.reason = "subheading"
