"""A deployment told only as what a speaker said of it: "Mali's government said on Monday the Danish troops
had been deployed without its consent", "Bamako affirme que ce déploiement est intervenu sans son
consentement", "Die Übergangsregierung hatte am Montagabend erklärt, die dänische Truppe sei ohne
Zustimmung stationiert worden", "El Gobierno afirmó el lunes que las tropas fueron desplegadas sin su
permiso", "Chính phủ Mali hôm thứ Hai khẳng định lực lượng Đan Mạch được triển khai mà không có sự đồng ý".

The sentence's act is the saying: its day is when it was said, and the troops arrived some other day (a
week before, say). Typed as a deployment, it joined the arrival with the saying's day; it is a statement
(which still tells a deployment, ``event_types.reported_kinds``). Only a verb of saying (``SPEECH``,
``REPORTING_PRESENT``, the German participles of ``SAID_PARTICIPLE``) before every word of the
deployment, with no full stop or semicolon between, counts; not an attribution ("according to", "selon",
"laut", "según", "theo") nor a noun ("a statement"): "According to the ministry, 300 soldiers were deployed
to Gao on Friday" tells the deployment.
"""

from __future__ import annotations

import re
from functools import cache

from store.languages import table

# Words of SPEECH that attribute rather than say ("according to") or name a text ("statement").
_NOT_A_VERB = frozenset(
    {
        "according to", "statement", "read", "selon", "communiqué", "laut", "Erklärung", "Mitteilung",
        "según", "comunicado", "thông cáo", "hieß es",
    }
)  # fmt: skip


@cache
def _speech(language: str) -> re.Pattern[str] | None:
    words = {
        *table(language, "cues", "SPEECH", ()),  # type: ignore[misc]
        *table(language, "cues", "REPORTING_PRESENT", ()),  # type: ignore[misc]
        *table(language, "cues", "SAID_PARTICIPLE", ()),  # type: ignore[misc]
    } - _NOT_A_VERB
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def said_before(text: str, language: str, deployed: int) -> bool:
    """Whether a verb of saying comes before the deployment word at ``deployed``, in the same sentence
    and with no other clause's full stop or semicolon between."""
    speech = _speech(language)
    if speech is None:
        return False
    found = speech.search(text, 0, deployed)
    return found is not None and not re.search(r"[.;:!?]\s", text[found.end() : deployed])
