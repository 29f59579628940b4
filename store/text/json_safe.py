"""JSON text that cannot drive a terminal: C1 controls and bidi overrides written as ``\\uXXXX``.

orjson escapes the C0 controls (ESC included) but writes DEL, U+0080-U+009F (U+009B is
a one-byte CSI on many terminals), the bidi embeddings, overrides and isolates
and the line/paragraph separators raw. Those characters can only occur inside
JSON strings, where ``\\uXXXX`` means the same character, so the data read back
is unchanged.
"""

from __future__ import annotations

import re

from store.text.visible import BIDI_CONTROLS, replace_with

_ESCAPED = [0x7F, *range(0x80, 0xA0), *sorted(BIDI_CONTROLS), 0x2028, 0x2029]
_TABLE = {code: f"\\u{code:04x}" for code in _ESCAPED}
_FIND = re.compile("[" + "".join(re.escape(chr(code)) for code in _ESCAPED) + "]")


def escape_invisible(json_text: str) -> str:
    """``json_text`` (as orjson or json.dumps wrote it) with every C1 control and bidi control escaped."""
    return replace_with(_TABLE, _FIND, json_text)
