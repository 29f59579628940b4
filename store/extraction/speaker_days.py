"""The day of a quote whose attribution names no day: the day its speaker's statement was told before.

"Das kündigte Außenminister Jeppe Kofod am Donnerstagabend an. ... „Wir haben heute entschieden ...“,
sagte Kofod." The quote's "heute" is Thursday, the day the report gave Kofod's statement, not the
publication date. A statement is remembered when its sentence has a verb of saying and a day of its
own (outside quotes); a later quote takes that day when its attribution names someone that sentence
named, or only a pronoun ("he said", "a-t-il dit") right after it. Nothing else is guessed: with no
such statement, the quote keeps the report's reference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from store.about.countries import find_countries
from store.dates.attribution_first import source_tail
from store.dates.date_mention import DateMention
from store.dates.resolve import Reference, ResolvedDate
from store.dates.tense import saying_pattern, speech_pattern
from store.dates.vocabulary import language_attr
from store.languages import table

__all__ = ["SpeakerDays", "attribution_tail", "mark_reported_content"]

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_QUOTED = re.compile(r"[\"“«„][^\"“”«»„]*(?:[\"”»“]|$)")


def _is_name(m: re.Match[str]) -> bool:
    """A capitalised word of three letters or more, or of two ending a name: Vietnamese and Chinese names
    are often that short ("ông Hà nói", "Lý Hà"), while acronyms ("UN", "EU") and titles before a name
    ("Mr Diop", "Dr Traoré") are no one's name."""
    word = m.group()
    if not word[0].isupper():
        return False
    if len(word) >= 3:
        return True
    follows = re.match(r"\.?\s*(\w)", m.string[m.end() :])
    return len(word) == 2 and word[1].islower() and not (follows and follows.group(1).isupper())


def _names(text: str, *, opens_sentence: bool = True) -> set[str]:
    """Capitalised words after the first (a sentence's first word is capitalised whatever it is); every
    one when ``text`` is the end of a sentence (a trailing attribution)."""
    found = [m for m in _WORD.finditer(text) if _is_name(m)]
    first = re.search(r"\w", text) if opens_sentence else None
    return {m.group() for m in found if first is None or m.start() != first.start()}


@cache
def _made(language: str) -> re.Pattern[str]:
    """ "said", and the verbs that only tell a statement was made (``STATEMENT_MADE``)."""
    code = (language or "").split("-")[0].lower()
    words = sorted(table(code, "cues", "STATEMENT_MADE", ()), key=len, reverse=True)  # type: ignore[arg-type]
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?i)(?<!\w)(?:{body})(?!\w)" if body else r"(?!)")


@cache
def _pronoun(language: str) -> re.Pattern[str]:
    code = (language or "").split("-")[0].lower()
    words = table(code, "cues", "SPEAKER_PRONOUNS", ())
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)  # type: ignore[union-attr]
    return re.compile(rf"(?i)(?<![\w'’-])(?:{body})(?![\w'’-])" if body else r"(?!)")


_SPEAKER_WORDS = re.compile(r"((?:[\w'’.-]+\s+){0,3})$")


@lru_cache(maxsize=64)  # read twice per sentence: for its plan (``plan_day``), then to remember it (``note``)
def _speakers(outside: str, language: str) -> frozenset[str]:
    """The names right around a verb of saying ("Holm told reporters", "said Holm", "Holm precisó"): who
    speaks, not what the statement is about; a country names no speaker ("a US official said")."""
    found: set[str] = set()
    for pattern in (speech_pattern(), _made(language)):
        for m in pattern.finditer(outside):
            before = _SPEAKER_WORDS.search(outside[: m.start()])
            words = f"{before.group(1) if before else ''} {' '.join(outside[m.end() :].split()[:2])}"
            for c in reversed(find_countries(words, language)):  # "một quan chức Đan Mạch": whose, not who
                words = words[: c.start] + " " + words[c.end :]
            found |= _names(words, opens_sentence=False)
    return frozenset(found)


def _says(outside: str, language: str) -> bool:
    """Whether ``outside`` (a sentence's words outside quotes) has a verb of saying."""
    return speech_pattern().search(outside) is not None or _made(language).search(outside) is not None


def _outside_quotes(sentence: str) -> str:
    return _QUOTED.sub(" ", sentence)


# ", Sy said.", ", a-t-il déclaré.", ", ông Hà nói.": a short clause closing the sentence after its comma
_TAIL = re.compile(r",\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)\W*$")


def attribution_tail(sentence: str, language: str) -> int | None:
    """Where the trailing attribution of a statement reported without quotation marks begins ("Paris was
    told of the decision today, Sy said."): everything before it is what was said. None when the
    sentence has quotation marks or closes on no verb of saying."""
    if _QUOTED.search(sentence):
        return None
    m = _TAIL.search(sentence)
    if m is None:  # ", according to a statement released on Monday."
        return source_tail(sentence, language, saying_pattern(language))
    tail = m.group(1)
    if saying_pattern(language).search(tail) is None and _made(language).search(tail) is None:
        return None
    return m.start()


def mark_reported_content(sentence: str, mentions: list[DateMention], language: str) -> None:
    """The "today" or "yesterday" of a statement reported without quotation marks is counted from the day
    the statement was made, as inside a quote: mark such day words before a trailing attribution."""
    tail = attribution_tail(sentence, language)
    if tail is None:
        return
    for m in mentions:
        if m.end <= tail and m.kind == "relative" and m.unit == "day":
            m.in_quote = True


@dataclass(slots=True)
class _Statement:
    names: set[str]
    day: ResolvedDate


@dataclass(slots=True)
class SpeakerDays:
    """The statements a report has dated so far, in order."""

    told: list[_Statement] = field(default_factory=list)
    last_was_statement: bool = False
    going_on: _Statement | None = None  # the statement the sentence just read told or went on reporting

    def note(self, sentence: str, resolved: list[ResolvedDate], language: str) -> None:
        """Remember ``sentence`` if it dates someone's statement (a verb of saying, a day of its own)."""
        outside = _outside_quotes(sentence)
        days = [r for r in resolved if not r.future and r.value.day is not None and not r.mention.in_quote]
        said = _says(outside, language)
        self.last_was_statement = bool(said and days)
        if self.last_was_statement:
            self.told.append(_Statement(_names(outside), days[0]))
            self.going_on = self.told[-1]
        elif said and not any(not r.future for r in resolved):  # "Macron said in an interview": Sunday's
            self.going_on = self._continued(outside, language)
        else:
            self.going_on = None

    def _continued(self, outside: str, language: str) -> _Statement | None:
        """The statement a sentence with a verb of saying and no date goes on reporting: the one just
        reported when its speaker is only a pronoun ("He said ...", ``SPEAKER_PRONOUNS``), else the last
        one whose speaker it names again (not where every noun is capitalised: a shared noun is no
        speaker). Any other source ("selon l'état-major", "had been told to leave") reports no statement."""
        if _pronoun(language).search(outside):
            return self.going_on
        if language_attr(language, "NOUNS_CAPITALISED", False):
            return None
        names = _speakers(outside, language)
        return next((st for st in reversed(self.told) if names & st.names), None) if names else None

    def plan_day(self, sentence: str, language: str) -> Reference | None:
        """ "Macron said on Sunday France would withdraw. ... He said the troops would leave by the end of
        the year.": a sentence that tells what a speaker said (a verb of saying outside quotes) and gives
        no day of its own goes on reporting the statement dated just before, or the last one of the
        speaker it names: what it announces was announced that day, not on the report's. Nothing else is
        guessed (no verb of saying, another speaker named: None)."""
        outside = _outside_quotes(sentence)
        if not self.told or not _says(outside, language):
            return None
        statement = self._continued(outside, language)
        if statement is None:
            return None
        return Reference(statement.day.value, "statement date", inferred=statement.day.inferred)

    def reference_for(self, sentence: str, mentions: list[DateMention], language: str) -> Reference | None:
        """The day of the statement this quote continues, when its attribution gives none of its own."""
        if not self.told or not any(m.in_quote for m in mentions) or any(not m.in_quote for m in mentions):
            return None
        tail = attribution_tail(sentence, language)
        attribution = sentence[tail:] if tail is not None else _outside_quotes(sentence)
        if (
            speech_pattern().search(attribution) is None
            and saying_pattern(language).search(attribution) is None
        ):
            return None  # "..., the statement said", "..., señala el texto"
        names = _names(attribution, opens_sentence=tail is None)
        for statement in reversed(self.told):
            shared = sorted(names & statement.names)
            if shared or (not names and statement is self.told[-1] and self.last_was_statement):
                who = f"{shared[0]}'s statement" if shared else "the statement"
                day = statement.day
                return Reference(day.value, f"day of {who} told before", inferred=day.inferred)
        return None
