"""A day counted back inside the sentence of an act is that act's background, not a second event of it.

"France launched an operation on Friday against columns that had seized Konna a day earlier": the sentence
tells the launch; "a day earlier" dates why it came (what the columns had done), told in the pluperfect of
a clause hanging on the act. Counted from the act's own day, it would give the sentence a second event of
the act's type and countries on the wrong day. So an event dated by a day counted back ("a day earlier",
"la veille", "am Vortag", "el día anterior") from a day told earlier in the same clause chain (no ";" or
":" between) is dropped when a pluperfect or "already" (``BACKGROUND`` in
``store/languages/<code>/cues.py``) comes between the two, or after the day counted back in its own clause
(German puts it last: "die am Vortag ... eingenommen hatten"): the sentence keeps its act's event. Vietnamese
marks no pluperfect, so no such clause is told apart there.
"""

from __future__ import annotations

import re
from functools import cache

from store.dates.resolve import ResolvedDate
from store.dates.tense_cues import cues_language
from store.languages import table
from store.model import Event


@cache
def _background(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "BACKGROUND")
    return re.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.IGNORECASE) if rx else None


def _background_offset(sentence: str, r: ResolvedDate, dated: list[ResolvedDate], language: str) -> bool:
    m = r.mention
    if m.kind != "narrative" or m.unit != "day" or m.offset >= 0:
        return False
    background = _background(language)
    if background is None:
        return False
    for act in dated:
        a = act.mention
        if a.end > m.start or act.value.day is None or r.iso >= act.iso:
            continue  # not a day told before it in the sentence, or not counted back from it
        between = sentence[a.end : m.start]
        tail = re.match(r"[^,;:.]*", sentence[m.end :])  # "die am Vortag ... eingenommen hatten": verb last
        if not re.search(r"[;:]", between) and background.search(between + " " + (tail[0] if tail else "")):
            return True
    return False


def drop_background_offsets(
    events: list[Event], sentence: str, resolved: list[ResolvedDate], language: str
) -> list[Event]:
    """``events`` without those dated by a day counted back in a background clause of the act's sentence."""
    dated = [r for r in resolved if not r.future]
    back = [r for r in dated if _background_offset(sentence, r, dated, language)]
    if not back:
        return events
    texts = {(r.mention.text, r.iso) for r in back}
    kept = [e for e in events if (e.date_text, e.date) not in texts]
    return kept if kept else events  # the act's own event stays; nothing else to tell, keep what there was
