"""Is a date expression about the past or the future of its reference date?

"until September 30" in an article of 1 July 2023 is 2023-09-30, but "ended
on December 31" in one of 7 November 2024 is 2023-12-31: a date without a
year takes the occurrence on the side its clause's tense points to. The cue
nearest to the expression, within its clause, decides. The cues of each
language are in ``store/languages/<code>/cues.py``; a language without them
is read with the English ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from store.about.event_cues import compiled
from store.about.main_clause import subordinate
from store.dates.attribution_first import reported_after_opener
from store.dates.lexicon import alternation
from store.dates.plans_in_past import plan_governs
from store.dates.temporal_clauses import waits_for_the_future, with_preposition
from store.dates.tense_cues import cue_patterns, cues_language
from store.languages import languages, table


@cache
def _clause_break() -> re.Pattern[str]:
    words = sorted(
        {w for lang in languages() for w in table(lang, "cues", "CLAUSE_WORDS", ())},  # type: ignore[union-attr]
        key=len,
        reverse=True,
    )
    return re.compile(rf"[;:()\[\]\"“”«»—–]|,\s|\s(?:{'|'.join(words)})\s")


@cache
def _noun_after(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "NOUN_AFTER")
    return re.compile(rf"(?<![\w'’])(?:{rx})", re.IGNORECASE) if rx else None


@cache
def _bare_participle(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "BARE_PARTICIPLE")
    return re.compile(rf"(?:{rx})", re.IGNORECASE) if rx else None


def _adjective(sentence: str, cue: re.Match[str], date: tuple[int, int], language: str) -> bool:
    """ "las tropas desplegadas en Níger", "papel mojado", "les troupes déployées": where a participle
    alone is no tense (French and Spanish need an auxiliary, itself a cue), it says nothing of a date it
    does not introduce; "firmado el 3 de marzo", "remis le 11 décembre" stay past."""
    pattern = _bare_participle(language)
    if pattern is None or not pattern.fullmatch(cue.group()):
        return False
    gap = date[0] - cue.end()
    return not (0 <= gap <= _OWN_GAP and "," not in sentence[cue.end() : date[0]])


def _early_before(sentence: str, cue: re.Match[str], date: tuple[int, int], language: str) -> bool:
    """ "bereits im Juli", "schon Anfang Juni": a word of earliness right before the date (its preposition
    at most between, ``EARLY_BEFORE_DATE``) says how early the date is, not which side of the report."""
    words = table(cues_language(language), "cues", "EARLY_BEFORE_DATE", ()) or ()
    if cue.group().lower() not in words:  # type: ignore[operator]
        return False
    return re.fullmatch(r"\s+(?:[^\W\d]+\s+)?", sentence[cue.end() : date[0]]) is not None


@cache
def _perfect_infinitive(language: str) -> re.Pattern[str] | None:
    rx = table(cues_language(language), "cues", "PERFECT_INFINITIVE")
    return re.compile(str(rx), re.IGNORECASE) if rx else None


@cache
def _present_passive(language: str) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    lang = cues_language(language)
    before = table(lang, "cues", "PRESENT_PASSIVE_BEFORE")
    pattern = re.compile(rf"(?<![\w'’])(?:{before})", re.IGNORECASE) if before else None
    return pattern, tuple(table(lang, "cues", "PAST_WITH_ETRE", ()))  # type: ignore[arg-type]


def _is_present_passive(sentence: str, start: int, word: str, language: str) -> bool:
    """ "is being groomed", "n'est plus appliqué": a participle after a present "be" is not the past."""
    pattern, past_anyway = _present_passive(language)
    if pattern is None or not pattern.search(sentence[max(0, start - 40) : start]):
        return False
    return not word.startswith(past_anyway)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    left, right = 0, len(sentence)
    for m in _clause_break().finditer(sentence):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def _in_name(sentence: str, start: int, word: str) -> bool:
    """ "2nd Mechanised Company", "the United Nations": a capitalised word inside a sentence is a name."""
    if not word[:1].isupper() or start == 0:
        return False
    return not re.search(r"(?:^|[.!?:;\"“«]\s*)$", sentence[max(0, start - 3) : start])


_OWN_GAP = 12  # "bis zum 29. Juli", "hasta el 30": a cue this close before a date is that date's preposition


def _belongs_to(cue: re.Match[str], others: Sequence[tuple[int, int]], sentence: str) -> bool:
    """Whether ``cue`` is part of, or introduces, another date of the sentence ("until July 29" in "on
    Sunday gave them until July 29"): it says that date's side, not the side of the one being read."""
    return any(
        start <= cue.start() < end
        or (0 <= start - cue.end() <= _OWN_GAP and "," not in sentence[cue.end() : start])
        for start, end in others
    )


# The words between a date's role word and the date: at most an article ("desde el", "kể từ ngày").
_OWN_ROLE = re.compile(r"\s+(?:\w{1,4}\s+)?")


@cache
def _since_words(language: str) -> frozenset[str]:
    """A language's words for "since" when they also start what is to come (``SINCE_STARTS_PLANS``:
    "desde", "kể từ"): such a word before its date is no past cue for that date."""
    lang = cues_language(language)
    if not table(lang, "dates", "SINCE_STARTS_PLANS", False):
        return frozenset()
    roles: dict[str, str] = table(lang, "dates", "ROLES", {}) or {}  # type: ignore[assignment]
    return frozenset(w.lower() for w, role in roles.items() if role == "since")


def _cues(
    sentence: str,
    language: str,
    lo: int,
    hi: int,
    skip: tuple[int, int],
    others: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    future, past, not_past = cue_patterns(language)
    perfect = _perfect_infinitive(language)
    perfect_spans = [m.span() for m in perfect.finditer(sentence, lo, hi)] if perfect else []
    found: list[tuple[int, int, str]] = []
    future_spans: list[tuple[int, int]] = []
    for m in future.finditer(sentence, lo, hi):
        if _belongs_to(m, others, sentence):
            continue
        if not (skip[0] <= m.start() < skip[1]):
            found.append((m.start(), m.end(), "future"))
            future_spans.append(m.span())
    since = _since_words(language)
    for m in past.finditer(sentence, lo, hi):
        word = m.group().lower()
        if skip[0] <= m.start() < skip[1] or word in not_past or _belongs_to(m, others, sentence):
            continue
        if word in since and _OWN_ROLE.fullmatch(sentence, m.end(), skip[0]):
            continue  # "desde el 1 de enero ... estarán": the date's own "since" gives no tense of its own
        if any(a <= m.start() < b for a, b in future_spans + perfect_spans):
            continue  # "doit avoir quitté", "must have left": a perfect infinitive is no past tense
        if len(word) > 3 and _in_name(sentence, m.start(), m.group()):
            continue  # a past form capitalised mid-sentence names a unit, a body or a town ("Lomé")
        noun = _noun_after(language)
        if noun is not None and noun.search(sentence[max(0, m.start() - 12) : m.start()]):
            continue  # "aux autorités", "el soldado": a noun that looks like a participle
        if _is_present_passive(sentence, m.start(), word, language):
            continue  # "to be finalized", "is being groomed", "n'est plus appliqué": not the past
        if _adjective(sentence, m, skip, language):
            continue
        if _early_before(sentence, m, skip, language):
            continue  # "könnte bereits im Juli beginnen": how early, not the past
        found.append((m.start(), m.end(), "past"))
    return found


def tense_at(
    sentence: str,
    start: int,
    end: int,
    language: str,
    *,
    clause_only: bool = False,
    others: Sequence[tuple[int, int]] = (),
) -> str | None:
    """``"past"``, ``"future"`` or ``None`` for the expression at ``start:end``.

    ``clause_only`` looks no further than the expression's own clause, and says ``"plan"`` for a date
    governed by an infinitive after a past verb ("asked the mission to start on July 1"). ``others`` are
    the spans of the sentence's other date expressions: a cue that introduces one of them ("bis zum",
    "until", "since") is not read for this one.
    """
    return _tense_at(sentence, start, end, language, clause_only, tuple(others))


@lru_cache(maxsize=1 << 14)  # a date's tense is asked for its clause, its sentence, and again on a re-read
def _tense_at(
    sentence: str, start: int, end: int, language: str, clause_only: bool, others: tuple[tuple[int, int], ...]
) -> str | None:
    lo, hi = _clause(sentence, start, end)
    rest = sentence[lo:start] + sentence[end:hi]
    heading = _heads_an_item(sentence, start, end)
    if heading:
        # "May 27 - officials confirm that Africa Corps will take over": the date of a chronology's entry
        # is when its main verb happened; a future in a clause it governs is not the entry's side
        lo, hi = _clause(sentence, start, end + heading)
        hi = _before_what_is_said(sentence, end + heading, hi, language)
    elif len(re.findall(r"\w+", rest)) <= 1 and hi < len(sentence):
        # "Le 9 novembre 2022, Macron a officialisé ...": a fronted date takes the tense of what follows
        hi = _clause(sentence, hi + 1, hi + 2)[1]
    if clause_only and not heading and plan_governs(sentence, start, end, lo, hi, language):
        return "plan"  # the date belongs to the planned act, not to the past verb that told it
    if waits_for_the_future(sentence, start, language):
        return "future"  # "could return once Chad has held its election on May 6": still to come
    if _said_on(sentence, start):
        return "past"  # "said on Friday it would leave": the day of the saying, whatever is said
    windows = ((lo, hi),) if clause_only or heading else ((lo, hi), (0, len(sentence)))
    for window in windows:
        cues = _cues(sentence, language, window[0], window[1], (start, end), others)
        if window != (lo, hi):
            cues = [c for c in cues if c[0] < hi or not _attribution(sentence, c[0], c[1])]
        if cues:
            # The cue nearest the expression, counted between their edges: in "said on Friday it would
            # leave", "said" touches "on Friday" and "would" does not. Future markers win ties:
            # "announced that it would leave by May" is about May ahead.
            lead = with_preposition(sentence, start)  # "wird nach dem 1. Januar geschlossen"
            cues.sort(key=lambda c: (max(lead - c[1], c[0] - end, 0), c[2] != "future"))
            return cues[0][2]
    return None


def _heads_an_item(sentence: str, start: int, end: int) -> int:
    """The length of the separator after a date that opens an entry ("Dec. 2 - ", "19 de mayo: ",
    "15/8: "), 0 when the date does not head the sentence that way."""
    if re.search(r"[^\s\-–—•*·]", sentence[:start]):
        return 0
    m = re.match(r"\s*[:\-–—]\s+", sentence[end:])
    return m.end() if m else 0


@cache
def saying_pattern(language: str) -> re.Pattern[str]:
    """The language's verbs of saying, past ("said", ``SPEECH``) and present ("says", "señala",
    ``REPORTING_PRESENT``)."""
    code = cues_language(language)
    words = {*table(code, "cues", "SPEECH", ()), *table(code, "cues", "REPORTING_PRESENT", ())}  # type: ignore[misc]
    words |= set(table(code, "cues", "WRITING", ()))  # type: ignore[arg-type]
    body = alternation(sorted(words))
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)" if body else r"(?!)")


def _before_what_is_said(sentence: str, lo: int, hi: int, language: str) -> int:
    """ "Nov. 22: Berlin confirms its last troops will leave before Christmas": an entry's verb of saying
    ends what gives its date a side; the future after it is what was said, not when (with or without
    "that")."""
    said = saying_pattern(language).search(sentence, lo, hi)
    return said.end() if said else hi


def _attribution(sentence: str, start: int, end: int) -> bool:
    """ "..., officials said", "..., a-t-il déclaré": a verb of saying after the date's clause tells when
    the words were said, not the tense of what they say ("is planned for Feb. 15, officials said")."""
    if len(re.findall(r"\w+", sentence[end:])) > 4:
        return False  # "the president announced the end of the mission": the main verb, not a tag
    return any(m.start() <= start and end <= m.end() for m in speech_pattern().finditer(sentence))


def _said_on(sentence: str, start: int) -> bool:
    """A speech verb just before the expression, at most a preposition between ("said on Friday",
    "a annoncé vendredi", "sagte am Freitag", "cho biết hôm thứ Bảy")."""
    head = sentence[max(0, start - 40) : start]
    found = list(speech_pattern().finditer(head))
    if not found:
        return False
    said = found[-1]
    between = head[said.end() :].split()
    return len(between) <= 1 and not re.search(r"[,;:.]", head[said.end() :])


@cache
def speech_pattern() -> re.Pattern[str]:
    """Words that attribute a statement ("said", "selon", "cho biết", "sagte", "dijo"), every language."""
    words = {w for lang in languages() for k in ("SPEECH", "WRITING") for w in table(lang, "cues", k, ())}  # type: ignore[union-attr]
    body = alternation(sorted(words))
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)")


# The first speech word of the last sentence asked about: where a statement begins and whether the
# sentence reports anyone are both asked of each sentence. One tuple, replaced whole (threads).
_last_speech: tuple[str | None, re.Match[str] | None] = (None, None)


def first_speech(sentence: str) -> re.Match[str] | None:
    """``speech_pattern().search(sentence)``, found once for the sentence the rules are reading."""
    global _last_speech
    last = _last_speech
    if last[0] is not sentence:  # identity: the sentence is held, so its id is not reused
        last = _last_speech = (sentence, speech_pattern().search(sentence))
    return last[1]


@cache
def _reported(language: str) -> re.Pattern[str] | None:
    words = table(cues_language(language), "cues", "REPORTED_THAT")
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)  # type: ignore[arg-type]


def reported_span(sentence: str, language: str) -> int | None:
    """Where a reported statement begins (see :func:`reported_range`); None when nobody's words are."""
    found = reported_range(sentence, language)
    return found[0] if found is not None else None


def reported_range(sentence: str, language: str) -> tuple[int, int] | None:
    """Where a reported statement begins and ends ("said on Friday that ..."): after a speech verb, the first
    "that"/"que"/"dass"/"rằng", to the end of the sentence; else from the verb itself ("said on Monday its
    troops had left today", "teilte am Montag mit, ...", "a annoncé lundi avoir quitté", "cho biết hôm thứ
    Hai binh sĩ ...") to the next coordinated clause (", and they left today"), when the verb is the main
    clause's ("the junta, which said on Friday it would expel him, did so today" reports nothing).
    None when the sentence reports nobody's words."""
    speech = first_speech(sentence)
    that = _reported(language)
    opened = reported_after_opener(sentence, language)
    if speech is None:
        return (opened, len(sentence)) if opened is not None else None
    m = that.search(sentence, speech.end(), speech.end() + 60) if that is not None else None
    if m is not None:
        return m.end(), len(sentence)
    if opened is not None:
        return opened, len(sentence)
    if subordinate(sentence, compiled(cues_language(language)).cues, speech.start()):
        return None
    joined = _coordinated(language).search(sentence, speech.end())
    return speech.end(), joined.start() if joined else len(sentence)


@cache
def _coordinated(language: str) -> re.Pattern[str]:
    """A comma or semicolon and a word that opens a clause of its own (``CLAUSE_WORDS``): ", and they"."""
    words = table(cues_language(language), "cues", "CLAUSE_WORDS", ()) or ()
    body = "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]
    return re.compile(rf"(?i)[,;]\s+(?:{body})\b" if body else r"(?!)")
