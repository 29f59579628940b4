"""Reading a source file into the exact text that event offsets will index.

Every event stores ``start``/``end`` into the document text, so the text must be
decoded once, deterministically, and never silently mangled: an analyst checking
a date must see the same sentence the extractor saw.  Odd encodings are decoded
correctly when possible and always reported in ``warnings``.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from store.errors import InputError
from store.file_kinds import special_kind

MAX_BYTES: int = 20 * 1024 * 1024
"""Largest file accepted (20 MiB): a news report is a few KiB; bigger is almost surely not one."""

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

# Signatures of binary formats people drop into a folder of reports by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file; convert it to text first (e.g. pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.odt); save it as plain text first"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV) file"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"BZh", "a bzip2 archive; decompress it first"),
    (b"\xfd7zXZ", "an xz archive; decompress it first"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document; save it as plain text first"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Characters a Western single-byte page plausibly contains: Latin-1 letters and
# typographic punctuation.  Used to prefer cp1252 over a lookalike code page.
_PLAUSIBLE = frozenset(
    [chr(c) for c in range(0xC0, 0x100) if chr(c) not in "×÷"] + list("’‘“”–—…«»€•°\u00a0¡¿çœŒ©®ºª²³½¼")
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")


@dataclass(slots=True)
class SourceText:
    """A decoded document and how it was obtained."""

    text: str
    encoding: str
    kind: str  # "text" or "html"
    warnings: list[str] = field(default_factory=list)
    markup: str | None = None  # the decoded HTML of a page, for store.document.html_meta


def read_source(path: Path) -> SourceText:
    """Read ``path`` as text (HTML reduced to its readable text), or raise a one-line InputError."""
    path = Path(path)
    raw = _read_bytes(path)
    _refuse_binary(raw, path)
    kind = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
    text, encoding, warnings = _decode(raw, path, html=kind == "html")
    markup = text if kind == "html" else None
    if kind == "html":
        text = _html_to_text(text, path)
    text = _NEWLINES.sub("\n", text)
    normal = unicodedata.normalize("NFC", text)
    if normal != text:
        warnings.append("accents normalised to composed (NFC) form")
        text = normal
    return SourceText(text=text, encoding=encoding, kind=kind, warnings=warnings, markup=markup)


def _read_bytes(path: Path) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError("no such file", path) from None
    except PermissionError:
        raise InputError("cannot read: permission denied", path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is a directory, not a file", path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{special_kind(info.st_mode)}, not a file; not read", path)
    if info.st_size > MAX_BYTES:
        raise InputError(
            f"file is {info.st_size / 2**20:.1f} MiB, over the {MAX_BYTES // 2**20} MiB limit; split it", path
        )
    if not os.access(path, os.R_OK):
        raise InputError("cannot read: permission denied", path)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError("cannot read: permission denied", path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path) from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise InputError(f"file is over the {MAX_BYTES // 2**20} MiB limit; split it", path)
    return data


def _refuse_binary(raw: bytes, path: Path) -> None:
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise InputError(f"binary content: {what}", path)
    if any(raw.startswith(bom) for bom, name in _BOMS if name.startswith(("utf-16", "utf-32"))):
        return  # NUL bytes are legitimate in UTF-16/32
    if b"\x00" in raw[:65536]:
        raise InputError("binary content (NUL bytes): not a text or HTML file", path)


def _decode(raw: bytes, path: Path, *, html: bool) -> tuple[str, str, list[str]]:
    """UTF-8 first; a declared or detected legacy charset otherwise; report anything lossy."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            body = raw[len(bom) :]
            try:
                return body.decode(name), name.replace("-le", "").replace("-be", ""), []
            except UnicodeDecodeError:
                text = body.decode(name, errors="replace")
                bad = text.count("\ufffd")
                return text, name, [f"{bad} invalid {name} sequences replaced with U+FFFD"]
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    replaced = raw.decode("utf-8", errors="replace")
    valid, bad = utf8_sequences(raw, replaced)
    if valid and valid >= UTF8_MIN_SHARE * (valid + bad):
        # UTF-8 with some corrupt bytes: keep UTF-8, mark the damage visibly.
        return replaced, "utf-8", [f"{bad} invalid UTF-8 byte{'s' * (bad != 1)} replaced with U+FFFD"]
    declared = _declared_charset(raw) if html else None
    if declared:
        try:
            return raw.decode(declared), declared, [f"decoded as {declared} (declared in the page)"]
        except (LookupError, UnicodeDecodeError):
            pass
    encoding = _detect_legacy(raw)
    if encoding is None:
        raise InputError("cannot decode: not UTF-8 and no known text encoding fits", path)
    return raw.decode(encoding), encoding, [f"decoded as {encoding} (not valid UTF-8)"]


UTF8_MIN_SHARE = 0.2
"""A file that is not valid UTF-8 is still read as UTF-8 (bad bytes shown as U+FFFD) when at least this
share of its non-ASCII sequences are valid multi-byte UTF-8. In a page written in a single-byte code page
(cp1252, Latin-1) an accented letter is one byte followed by ASCII, which is never valid UTF-8, and the
byte pairs that happen to be valid ("Ã©") are rare: the share is close to 0. A UTF-8 page with a few
damaged bytes has a share close to 1."""


def utf8_sequences(raw: bytes, decoded: str) -> tuple[int, int]:
    """(valid multi-byte UTF-8 sequences, invalid ones) of ``raw``, given its lenient UTF-8 decoding.

    Each invalid sequence became one U+FFFD; a U+FFFD written in the file as
    valid UTF-8 (EF BF BD) counts as valid.
    """
    literal = raw.count(b"\xef\xbf\xbd")
    bad = decoded.count("\ufffd") - literal
    non_ascii = len(decoded) - len(decoded.encode("ascii", "ignore"))
    return non_ascii - bad, bad


def _declared_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(raw[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _plausibility(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 0x7F and ch in _PLAUSIBLE)


def _detect_legacy(raw: bytes) -> str | None:
    """charset-normalizer's guess, except that cp1252 wins a tie with a lookalike code page.

    Short Western texts often score equally as cp1250 or latin-1; news in our
    languages (French, English) is overwhelmingly cp1252, and a wrong code page
    turns "déjà" into "dejŕ", which is exactly the silent mangling we must avoid.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    guess = codecs.lookup(best.encoding).name if best is not None else None
    try:
        as_cp1252 = raw.decode("cp1252")
    except UnicodeDecodeError:
        as_cp1252 = None
    if as_cp1252 is not None:
        if guess is None:
            return "cp1252"
        if guess != "cp1252" and _plausibility(as_cp1252) >= _plausibility(raw.decode(guess, "replace")):
            return "cp1252"
    return guess


def _html_to_text(markup: str, path: Path) -> str:
    """Readable text with paragraph breaks kept (inscriptis renders block structure).

    The page is parsed here (lxml, as inscriptis would) so that markup nested
    deeper than the parser's limit is refused in one line: libxml2 stops at
    that depth and the rest of the page, its text included, would be lost
    without a word.
    """
    from inscriptis import get_text
    from inscriptis.html_engine import Inscriptis
    from inscriptis.model.config import ParserConfig
    from lxml.html import HTMLParser, document_fromstring

    config = ParserConfig(display_links=False, display_images=False)
    try:
        parser = HTMLParser()
        content = markup.strip()  # as inscriptis does before parsing
        tree = document_fromstring(content, parser=parser) if content else None
        deep = [e for e in parser.error_log if "depth" in e.message.lower()]
        if deep:
            raise InputError(
                f"HTML nested deeper than the parser's limit ({_depth_limit(deep[0].message)} levels): "
                "its text would be cut off; not read",
                path,
            )
        return Inscriptis(tree, config).get_text() if tree is not None else ""
    except InputError:
        raise
    except Exception:  # lxml refuses some fragments outright: let inscriptis wrap them as it does
        try:
            return get_text(markup, config)
        except Exception as exc:  # inscriptis/lxml raise assorted errors on broken markup
            raise InputError(f"cannot read HTML: {exc}", path) from None


def _depth_limit(message: str) -> str:
    found = re.search(r"\d+", message)
    return found.group() if found else "256"
