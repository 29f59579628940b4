"""Numbers that matter in a sentence, with what they count ("460 troops", "7 injured").

An analyst scanning a withdrawal wants the size of it and its toll at a glance,
so a count is kept only when a unit from a small vocabulary (store/languages/<code>/figures.py) follows it
(troops, peacekeepers, killed, injured, ...). A date, a year, an ordinal ("2nd
Mechanised Company"), a duration ("24 hours", "10-year deployment") has no such
unit and is never reported. When the sentence says what happened to the people
counted ("were killed", "bị thương", "blessés"), the outcome becomes the unit:
"303 peacekeepers have been killed" is 303 killed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from store.languages import languages, table
from store.model import Figure
from store.text.numbers import WORD_NUMBERS

__all__ = ["find_figures"]


# Words allowed between a number and its unit ("180 MINUSMA members", "15,000 foreign troops").
_BETWEEN = (
    r"(?:foreign|additional|more|other|international|peacekeeping|military|army|armed|elite|special|"
    r"security|government|regular|separate|local|national|extra|new|unarmed|remaining|active|"
    r"innocent|civilian|UN|U\.N\.|[A-Z][\w.’'-]*)"
)


def _lang(language: str) -> str:
    lang = (language or "").split("-")[0].lower()
    return lang if table(lang, "figures", "UNITS") else "en"


def _data(lang: str, name: str) -> Any:
    return table(lang, "figures", name)


@lru_cache(maxsize=1)
def _approx() -> str:
    return "(?:" + "|".join(str(table(lang, "figures", "APPROX")) for lang in _figure_languages()) + r")\s+"


@lru_cache(maxsize=1)
def _other_verbs() -> str:
    return "|".join(str(table(lang, "figures", "OTHER_VERBS")) for lang in _figure_languages())


@lru_cache(maxsize=1)
def _multipliers() -> dict[str, int]:
    return {k: v for lang in _figure_languages() for k, v in _data(lang, "MULTIPLIERS").items()}


def _figure_languages() -> tuple[str, ...]:
    return tuple(lang for lang in languages() if table(lang, "figures", "UNITS"))


def _alternation(pairs: Sequence[tuple[str, str]]) -> str:
    return "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(pairs))


@lru_cache(maxsize=8)
def _compiled(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    thousands, decimal = _data(lang, "SEPARATORS")
    th = "[" + re.escape(thousands) + "]"
    digits = rf"\d{{1,3}}(?:{th}\d{{3}})+(?!\d)|\d+(?:{re.escape(decimal)}\d+)?"
    words = "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in WORD_NUMBERS[lang]), key=len, reverse=True)
    )
    mult = "|".join(sorted(_multipliers(), key=len, reverse=True))
    number = re.compile(
        rf"(?<![\w.,/:-])(?P<cur>US\$|\$|€|£)?\s?(?:(?P<num>{digits})|(?i:(?P<word>{words})))"
        rf"(?P<tail>[^\W\d_]*)(?:\s+(?i:(?P<mult>{mult}))\b)?"
    )
    between = rf"(?:{_BETWEEN}\s+){{0,2}}?" if table(lang, "figures", "WORDS_BETWEEN", True) else ""
    unit = re.compile(rf"(?:\s*|\s+{between})(?i:(?:{_alternation(_data(lang, 'UNITS'))}))(?!\w)")
    after = re.compile(rf"(?i:{_alternation(_data(lang, 'OUTCOME_AFTER'))})(?!\w)")
    before = re.compile(rf"(?i:(?:{_alternation(_data(lang, 'OUTCOME_BEFORE'))}))\s+(?i:{_approx()})?$")
    return number, unit, after, before


def _value(m: re.Match[str], lang: str) -> float | None:
    if m["word"]:
        return float(WORD_NUMBERS[lang][" ".join(m["word"].lower().split())])
    thousands, decimal = _data(lang, "SEPARATORS")
    raw = m["num"]
    if re.fullmatch(rf"\d{{1,3}}(?:[{re.escape(thousands)}]\d{{3}})+", raw):
        return float(re.sub(r"\D", "", raw))
    return float(raw.replace(decimal, "."))


def _unit_name(m: re.Match[str], pairs: Sequence[tuple[str, str]]) -> str:
    for name, text in m.groupdict().items():
        if text is not None and name.startswith("u"):
            return pairs[int(name[1:])][1]
    raise AssertionError("a unit match always has one named group")


def _is_year(m: re.Match[str], value: float) -> bool:
    return bool(m["num"]) and len(m["num"]) == 4 and m["num"].isdigit() and 1900 <= value <= 2100


def _outcome_after(rest: str, lang: str, after: re.Pattern[str]) -> str | None:
    """An outcome predicated of the counted people, before any other number or event verb."""
    window = re.split(r"[.;!?]|\d", rest, maxsplit=1)[0][:140]
    hit = after.search(window)
    if not hit or re.search(rf"(?i)(?<!\w)(?:{_other_verbs()})(?!\w)", window[: hit.start()]):
        return None
    return _unit_name(hit, _data(lang, "OUTCOME_AFTER"))


def find_figures(sentence: str, language: str, exclude: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """Counts with their unit, in sentence order; numbers inside ``exclude`` (date spans) are skipped."""
    lang = _lang(language)
    number, unit, after, before = _compiled(lang)
    figures: list[Figure] = []
    for m in number.finditer(sentence):
        start = m.start("cur") if m["cur"] else m.start("num") if m["num"] else m.start("word")
        if any(s < m.end() and start < e for s, e in exclude):
            continue
        tail = m["tail"]
        if tail and tail != "%" and not (m["word"] and not m["num"]):
            continue  # "2nd", "80th", "T20"
        if m["word"] and tail:
            continue
        value = _value(m, lang)
        if value is None:
            continue
        if m["mult"]:
            value *= _multipliers()[m["mult"].lower()]
        rest_at = m.end()
        if sentence[rest_at : rest_at + 2].startswith("-") and sentence[rest_at + 1 : rest_at + 2].isalpha():
            continue  # "10-year deployment", "a 15-member team"
        if m["cur"]:
            name = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}[m["cur"]]
            figures.append(Figure(int(value), name, sentence[start : m.end()]))
            continue
        if re.match(r"[ \u00a0\u202f]?%", sentence[rest_at : rest_at + 2]):
            end = sentence.index("%", rest_at) + 1
            figures.append(Figure(int(value), "percent", sentence[start:end]))
            continue
        u = unit.match(sentence, rest_at)
        if not u:
            continue
        if _is_year(m, value) and sentence[rest_at : u.start(u.lastgroup or 0)].strip():
            continue  # "2020 military coup": a year, not a count
        name = _unit_name(u, _data(lang, "UNITS"))
        if name not in {
            "percent",
            "USD",
            "EUR",
            "XOF",
            "countries",
            "positions",
            "camps",
            "vehicles",
            "aircraft",
            "attacks",
            "coups",
            "contingents",
        }:
            outcome = _outcome_after(sentence[u.end() :], lang, after)
            prior = before.search(sentence[max(0, start - 60) : start])
            if prior:  # "killed six soldiers and injured 12 civilians": the verb before binds tighter
                name = _unit_name(prior, _data(lang, "OUTCOME_BEFORE"))
            elif outcome:
                name = outcome
        if _is_year(m, value) and name not in {
            "troops",
            "peacekeepers",
            "people",
            "civilians",
            "killed",
            "injured",
            "displaced",
        }:
            continue
        figures.append(Figure(int(value), name, sentence[start : u.end()]))
    return figures
