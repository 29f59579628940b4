"""Years that name an agreement: "the 2015 peace agreement", "el acuerdo de paz de 2015", "das
Friedensabkommen von 2015", "Hiệp định hòa bình năm 2015".

Such a year is the year of the signing. It dates a sentence that tells the signing ("was signed in
Algiers"); one that tells what became of the agreement ("collapsed", "quedó en papel mojado", "ist
hinfällig") is dated by its own time, and the year only says which agreement. The agreement nouns
(``AGREEMENT_NOUNS``) and signing verbs (``SIGNING``) are each language's, in
``store/languages/<code>/cues.py``; the links before a year (``ATTRIBUTIVE_BEFORE``) in its ``dates.py``.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.event_cues import compiled
from store.about.main_clause import subordinate
from store.dates.date_mention import DateMention
from store.dates.vocabulary import language_attr
from store.languages import table


def _code(language: str) -> str:
    return (language or "").split("-")[0].lower()


@cache
def _agreement(language: str) -> str | None:
    nouns = table(_code(language), "cues", "AGREEMENT_NOUNS", ())
    if not nouns:
        return None
    body = "|".join(sorted(nouns, key=len, reverse=True))  # type: ignore[arg-type]
    # German compounds end on the noun ("Friedensabkommen", "Verteidigungsvertrag")
    lead = r"\w*" if language_attr(_code(language), "NOUNS_CAPITALISED", False) else ""
    return rf"(?<!\w){lead}(?:{body})s?(?!\w)"


@cache
def _before(language: str) -> re.Pattern[str] | None:
    """The agreement noun, up to two qualifying words, a link word: "acuerdo de paz de", "accord of"."""
    noun = _agreement(language)
    if noun is None:
        return None
    links = [re.escape(w) for w in language_attr(_code(language), "ATTRIBUTIVE_BEFORE", ())]
    link = rf"\s*(?:{'|'.join(links)})" if links else ""
    return re.compile(rf"{noun}(?:\s+[^\W\d][\w'’-]*){{0,2}}?{link}\s*$", re.IGNORECASE)


@cache
def _after(language: str) -> re.Pattern[str] | None:
    """ "2015 peace agreement": the year, up to two words, the agreement noun."""
    noun = _agreement(language)
    return re.compile(rf"^(?:\s+[^\W\d]+){{0,2}}?\s+{noun}", re.IGNORECASE) if noun else None


@cache
def _signing(language: str) -> re.Pattern[str] | None:
    rx = table(_code(language), "cues", "SIGNING")
    return re.compile(rf"(?<!\w)(?:{rx})(?!\w)", re.IGNORECASE) if rx else None


@cache
def _signed_in(language: str) -> re.Pattern[str] | None:
    """ "the peace accord signed in", "l'accord de paix signé en", "thỏa thuận hòa bình ký": the agreement
    noun, a few words, its signing verb and at most one word (the year's preposition) just before a year."""
    noun, signing = _agreement(language), table(_code(language), "cues", "SIGNING")
    if noun is None or not signing:
        return None
    words = r"(?:\s+[^\W\d][\w'’-]*)"
    return re.compile(rf"{noun}{words}{{0,8}}?\s+(?:{signing}){words}?\s*$", re.IGNORECASE)


def dates_a_signing(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether ``mention`` is the year or day an agreement the sentence names was signed ("scrapped on
    Thursday the accord signed in 2015"): that date is the signing's, whatever the sentence's own act."""
    pattern = _signed_in(language)
    head = sentence[max(0, mention.start - 80) : mention.start]
    return pattern is not None and pattern.search(head) is not None


def names_an_agreement(sentence: str, mention: DateMention, language: str) -> bool:
    """Whether ``mention``, a year alone, is the year in an agreement's name."""
    if not (mention.kind == "absolute" and mention.year is not None and mention.month is None):
        return False
    before, after = _before(language), _after(language)
    head = sentence[max(0, mention.start - 60) : mention.start]
    # a year written with its own preposition ("năm 2015", "in 2015") is read from that preposition
    lead = re.match(r"[^\W\d]+\s+", mention.text)
    if lead and before is not None and before.search(head + lead.group()):
        return True
    if before is not None and before.search(head):
        return True
    return after is not None and after.search(sentence[mention.end : mention.end + 60]) is not None


def _another_verb_follows(sentence: str, verb: re.Match[str], year_end: int | None, language: str) -> bool:
    """ "Các nhóm vũ trang ký thỏa thuận năm 2015 phản đối ...": in a language whose relative clauses take
    no pronoun, a signing verb before the named agreement whose clause goes on with a word that is no
    complement of the signing (``SIGNING_CLAUSE_GOES_ON``) only says who the subject is."""
    goes_on = language_attr(_code(language), "SIGNING_CLAUSE_GOES_ON", ())
    if not goes_on or year_end is None or verb.start() > year_end:
        return False
    after = re.match(r"\s*(\w+)", sentence[year_end:])
    return after is not None and after.group(1).lower() not in goes_on


def tells_the_signing(sentence: str, language: str, year_end: int | None = None) -> bool:
    """ "was signed in Algiers", "fue firmado", "wurde unterzeichnet", "được ký": the sentence is the
    signing itself, so the agreement's year (ending at ``year_end``) dates it. A signing verb in a phrase
    that only says who the signatories are ("armed groups that signed the accord of 2015 accused ...",
    "les groupes qui ont signé l'accord de 2015") tells what they are, not what happened: the main
    clause's own time dates it."""
    pattern = _signing(language)
    if pattern is None:
        return False
    cues = compiled(_code(language)).cues
    return any(
        not subordinate(sentence, cues, m.start())
        and not _another_verb_follows(sentence, m, year_end, language)
        for m in pattern.finditer(sentence)
    )
