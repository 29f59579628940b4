"""Which document URLs may be handed to a web browser: http and https only.

A URL comes from a scraped page or its sidecar, so it is untrusted: a
``file:``, ``javascript:`` or custom-scheme link, or one with control
characters or spaces, is never opened.
"""

from __future__ import annotations

from urllib.parse import urlsplit

OPENABLE_SCHEMES = frozenset({"http", "https"})


def openable_url(raw: object) -> str | None:
    """``raw`` when it is a plain http(s) URL with a host, else ``None``."""
    if not isinstance(raw, str):
        return None
    url = raw.strip()
    if not url or len(url) > 2048 or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in OPENABLE_SCHEMES or not parts.hostname:
        return None
    return url
