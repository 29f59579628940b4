"""Whether a cue word sits in the sentence's main clause or in a phrase that only qualifies a noun.

The main clause's verb types an event (store/about/event_types.py): "the regime born of the July coup
announced the end of the accords" announces; the coup names who announces. The cue data says, per
language, what opens such a phrase (``relative`` and ``modifier`` in store/languages/<code>/cues.py).
"""

from __future__ import annotations

import re
from functools import cache

from store.languages import languages, table

__all__ = ["qualifies", "refers_back", "subordinate"]


def subordinate(text: str, c: dict[str, re.Pattern[str]], start: int) -> bool:
    """Whether the cue at ``start`` sits in a phrase that qualifies a noun rather than in the sentence's
    main clause: a relative clause ("the junta, which took power in a coup"), a participle after a noun
    or a comma ("le régime issu du coup d'État", "l'accord de défense signé avec Paris", "..., closing a
    deployment that began in 2013"). Such a cue tells what the noun is, not what happened: the main
    clause's verb types the event."""
    window = text[max(0, start - 60) : start]
    relative = c["relative"].search(window)
    if relative is not None and not _reported(window, relative.start(), c):
        return True
    return qualifies(text, c, start)


_COMPLEMENTIZER = re.compile(r"(?:that|que|qu['’]|dass)\b", re.IGNORECASE)


def _reported(window: str, at: int, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether the "that"/"que" at ``at`` opens what someone said rather than a relative clause: "announced
    on television that the army had taken power", "a annoncé que les militaires avaient pris le pouvoir".
    What is said is the act the sentence tells."""
    if not _COMPLEMENTIZER.match(window, at):
        return False
    before = window[max(0, at - 40) : at]
    return bool(c["statement"].search(before) or c["announce"].search(before))


def qualifies(text: str, c: dict[str, re.Pattern[str]], start: int) -> bool:
    """The participle or prepositional half of ``subordinate`` alone: a relative clause may still tell
    a state the event is ("French troops, which have been stationed there since 2013")."""
    return bool(c["modifier"].search(text[max(0, start - 90) : start]))


@cache  # one per language ("" for every language)
def _anaphora(lang: str) -> re.Pattern[str]:
    langs = (lang,) if lang in languages() else languages()
    forms = [f for code in langs for f in table(code, "discourse", "ANAPHORA", ())]  # type: ignore[union-attr]
    return re.compile(rf"^\W*(?:{'|'.join(forms)})" if forms else r"(?!)", re.IGNORECASE)


def refers_back(text: str, language: str) -> bool:
    """Whether ``text`` opens by pointing at what the sentence before it told ("Das gab Präsident Macron
    am Donnerstag bekannt", "This was announced on Monday", "C'est ce qu'a annoncé l'armée"): a statement
    whose act is in that sentence (store/languages/<code>/cues.py ``ANAPHORA``)."""
    return bool(_anaphora((language or "").split("-")[0].lower()).search(text))
