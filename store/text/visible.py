"""Text from documents made safe to show on a terminal: one visible cell per character.

A news page is untrusted: an ESC sequence in it could set the window title,
write the clipboard (OSC 52) or clear the screen, and a bidi override could
reorder what a reader sees. Every path from stored text to a terminal goes
through :func:`visible`. Each control character becomes exactly one visible
placeholder, so offsets into the text (the viewer's highlight) still hold.
The stored text itself is never changed.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = frozenset(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]  # embeddings, overrides, isolates
)
REPLACEMENT = "\ufffd"


def _table(keep_newlines: bool) -> dict[int, str]:
    table: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}  # ␀ .. ␟ (␛ for ESC)
    table[0x09] = " "  # a tab is one blank cell, not a jump to the next stop
    table[0x7F] = "\u2421"  # ␡
    table.update(dict.fromkeys(range(0x80, 0xA0), REPLACEMENT))  # C1: CSI 0x9b, OSC 0x9d, ...
    table.update(dict.fromkeys(BIDI_CONTROLS, REPLACEMENT))
    table.update({0x2028: REPLACEMENT, 0x2029: REPLACEMENT})  # line/paragraph separators
    if keep_newlines:
        del table[0x0A]
    return table


def _pattern(table: dict[int, str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")


_ONE_LINE = _table(keep_newlines=False)
_LINES = _table(keep_newlines=True)
_FIND_ONE_LINE, _FIND_LINES = _pattern(_ONE_LINE), _pattern(_LINES)


def replace_with(table: dict[int, str], pattern: re.Pattern[str], text: str) -> str:
    """``text.translate(table)`` where ``pattern`` finds exactly the keys of ``table``.

    ``str.translate`` looks every character up in the table once the text is not
    ASCII (seconds for an export of 100,000 French or Vietnamese sentences); a
    printable line (``str.isprintable``: no control, separator or format character)
    holds none of these, and the rest are found by one regular expression.
    """
    if text.isprintable():
        return text
    return pattern.sub(lambda found: table[ord(found.group())], text)


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every C0/C1 control and bidi override shown as one placeholder character.

    ``keep_newlines`` keeps ``\\n`` (the source viewer shows paragraphs); a
    carriage return is always made visible, since it moves the cursor.
    """
    if keep_newlines:
        return "\n".join(replace_with(_LINES, _FIND_LINES, line) for line in text.split("\n"))
    return replace_with(_ONE_LINE, _FIND_ONE_LINE, text)
