"""Numbers that matter in a sentence, with what they count ("460 troops", "7 injured").

An analyst scanning a withdrawal wants the size of it and its toll at a glance,
so a count is kept only when a unit from a small English vocabulary follows it
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

from store.model import Figure
from store.text.numbers import WORD_NUMBERS

__all__ = ["find_figures"]

# (surface pattern, unit) per language, most specific first; patterns are regex fragments.
_UNITS: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"soldiers\s+and\s+police(?:\s+officers)?", "troops"),
        (r"peace[\s-]?keeping\s+(?:troops|soldiers|forces)", "peacekeepers"),
        (r"peace[\s-]?keepers?|blue\s+helmets?", "peacekeepers"),
        (
            r"military\s+personnel|troops?|soldiers?|servicem[ae]n|service\s*members?|paratroopers?|"
            r"legionnaires?|marines?",
            "troops",
        ),
        (r"police(?:\s+officers?|men)?|policem[ae]n|gendarmes?", "police"),
        (r"civilians?", "civilians"),
        (
            r"internally\s+displaced(?:\s+(?:people|persons))?|displaced(?:\s+(?:people|persons))?",
            "displaced",
        ),
        (r"refugees?", "refugees"),
        (r"dead|deaths?|fatalities|bodies", "killed"),
        (r"wounded|injured", "injured"),
        (r"casualties", "casualties"),
        (r"hostages?", "hostages"),
        (r"people|persons?|residents?|villagers?|individuals?", "people"),
        (r"positions?|outposts?|sites?", "positions"),
        (r"camps?|bases?", "camps"),
        (r"(?:armou?red\s+)?vehicles?|trucks?|tanks|convoys?", "vehicles"),
        (r"helicopters?|aircraft|drones?|planes?|jets?", "aircraft"),
        (
            r"terrorists?|militants?|jihadists?|insurgents?|fighters?|rebels?|gunmen|attackers?|mercenaries",
            "militants",
        ),
        (r"attacks?|ambush(?:es)?|raids?|strikes?|explosions?|bombings?", "attacks"),
        (r"coups?(?:\s+d'[ée]tat)?", "coups"),
        (r"contingents?", "contingents"),
        (r"staff|employees|workers|civilian\s+personnel|personnel", "staff"),
        (r"members?", "members"),
        (r"countries|states|nations", "countries"),
        (r"per\s*cent|percent|%", "percent"),
        (r"(?:US\s+)?dollars|USD", "USD"),
        (r"euros?|EUR", "EUR"),
        (r"CFA\s+francs|XOF", "XOF"),
    ),
    "fr": (
        (r"soldats\s+et\s+policiers", "troops"),
        (r"casques\s+bleus|soldats\s+de\s+la\s+paix", "peacekeepers"),
        (r"soldats?|militaires?|hommes|légionnaires|parachutistes", "troops"),
        (r"policiers?|gendarmes?", "police"),
        (r"civils", "civilians"),
        (r"déplacés(?:\s+internes)?", "displaced"),
        (r"réfugiés", "refugees"),
        (r"morts|tués|décès|victimes", "killed"),
        (r"blessés", "injured"),
        (r"otages?", "hostages"),
        (r"personnes|habitants|individus", "people"),
        (r"positions|sites|emprises", "positions"),
        (r"camps|bases", "camps"),
        (r"véhicules(?:\s+blindés)?|camions|blindés|convois", "vehicles"),
        (r"hélicoptères|avions|drones", "aircraft"),
        (
            r"terroristes|jihadistes|djihadistes|insurgés|rebelles|assaillants|combattants|mercenaires",
            "militants",
        ),
        (r"attaques|attentats|embuscades|frappes|explosions", "attacks"),
        (r"coups\s+d'[ée]tat|putschs?", "coups"),
        (r"contingents", "contingents"),
        (r"membres", "members"),
        (r"pays|[ée]tats", "countries"),
        (r"pour\s*cent|%", "percent"),
        (r"dollars|USD", "USD"),
        (r"euros|EUR", "EUR"),
        (r"francs\s+CFA|FCFA|XOF", "XOF"),
    ),
    "vi": (
        (
            r"(?:binh\s+sĩ|binh\s+sỹ|nhân\s+viên|lính|binh\s+lính)\s+gìn\s+giữ\s+hòa\s+bình|lính\s+mũ\s+nồi\s+xanh",
            "peacekeepers",
        ),
        (
            r"binh\s+sĩ|binh\s+sỹ|binh\s+lính|người\s+lính|lính|quân\s+nhân|chiến\s+sĩ|sĩ\s+quan|quân",
            "troops",
        ),
        (r"cảnh\s+sát", "police"),
        (r"dân\s+thường|thường\s+dân", "civilians"),
        (r"người\s+(?:chết|thiệt\s+mạng|tử\s+vong)", "killed"),
        (r"người\s+bị\s+thương", "injured"),
        (r"người\s+(?:phải\s+)?(?:sơ\s+tán|di\s+tản|mất\s+nhà\s+cửa)", "displaced"),
        (r"người\s+tị\s+nạn", "refugees"),
        (r"con\s+tin", "hostages"),
        (r"người", "people"),
        (r"vị\s+trí|địa\s+điểm", "positions"),
        (r"căn\s+cứ|trại|doanh\s+trại", "camps"),
        (r"xe\s+bọc\s+thép|phương\s+tiện|xe", "vehicles"),
        (r"trực\s+thăng|máy\s+bay(?:\s+không\s+người\s+lái)?", "aircraft"),
        (
            r"phiến\s+quân|chiến\s+binh|tay\s+súng|(?:kẻ\s+|phần\s+tử\s+)?khủng\s+bố|lính\s+đánh\s+thuê",
            "militants",
        ),
        (r"vụ\s+(?:tấn\s+công|đánh\s+bom|nổ)|cuộc\s+tấn\s+công", "attacks"),
        (r"cuộc\s+đảo\s+chính|vụ\s+đảo\s+chính", "coups"),
        (r"thành\s+viên", "members"),
        (r"quốc\s+gia|nước", "countries"),
        (r"%|phần\s+trăm", "percent"),
        (r"đô\s+la|USD", "USD"),
        (r"euro", "EUR"),
    ),
}

# What happened to the people counted, said after them ("were killed", "bị thương", "ont été tués").
_OUTCOME_AFTER: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"killed|died|dead|perished|slain|lost\s+their\s+lives|losing\s+their\s+lives|executed", "killed"),
        (r"wounded|injured|hurt", "injured"),
        (r"displaced|forced\s+to\s+flee|fled", "displaced"),
        (r"kidnapped|abducted|taken\s+hostage", "kidnapped"),
    ),
    "fr": (
        (r"tués?|morts?|péri|perdu\s+la\s+vie|décédés|exécutés", "killed"),
        (r"blessés?", "injured"),
        (r"déplacés|contraints\s+de\s+fuir", "displaced"),
        (r"enlevés|kidnappés|pris\s+en\s+otage", "kidnapped"),
    ),
    "vi": (
        (r"thiệt\s+mạng|tử\s+vong|tử\s+nạn|hy\s+sinh|bị\s+giết|chết", "killed"),
        (r"bị\s+thương", "injured"),
        (r"phải\s+sơ\s+tán|phải\s+rời\s+bỏ\s+nhà", "displaced"),
        (r"bị\s+bắt\s+cóc|mất\s+tích", "kidnapped"),
    ),
}
# The same, said before the number ("killing at least 22 people", "tuant 12 civils").
_OUTCOME_BEFORE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (r"kill(?:s|ed|ing)?", "killed"),
        (r"(?:injur|wound)(?:es|ed|ing|s)?", "injured"),
        (r"death\s+toll\s+(?:of|to|at|rose\s+to)", "killed"),
    ),
    "fr": (
        (r"tuant|tué|tue|tuent", "killed"),
        (r"blessant|blessé|blesse", "injured"),
        (r"bilan\s+de", "killed"),
    ),
    "vi": ((r"giết\s+(?:chết\s+)?|sát\s+hại", "killed"), (r"làm\s+bị\s+thương", "injured")),
}
# Verbs of another event: an outcome after one of these is not the toll of the people counted.
_OTHER_VERBS = (
    r"deployed|sent|arrived|withdr[ae]w|withdrawn|left|evacuated|repatriated|déployés|envoyés|"
    r"triển\s+khai|rút|điều|rời"
)
_APPROX = (
    r"(?:(?:more|fewer|less)\s+than|over|about|around|approximately|nearly|almost|some|at\s+least|up\s+to|"
    r"plus\s+de|moins\s+de|près\s+de|environ|quelque|au\s+moins|"
    r"hơn|trên|khoảng|gần|ít\s+nhất|tới|đến)\s+"
)
_MULTIPLIERS = {
    "thousand": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
    "mille": 1_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "nghìn": 1_000,
    "ngàn": 1_000,
    "triệu": 1_000_000,
    "tỷ": 1_000_000_000,
    "tỉ": 1_000_000_000,
}
# Words allowed between a number and its unit ("180 MINUSMA members", "15,000 foreign troops").
_BETWEEN = (
    r"(?:foreign|additional|more|other|international|peacekeeping|military|army|armed|elite|special|"
    r"security|government|regular|separate|local|national|extra|new|unarmed|remaining|active|"
    r"innocent|civilian|UN|U\.N\.|[A-Z][\w.’'-]*)"
)
_SEPARATORS = {"en": (",", "."), "fr": (" \u00a0\u202f.", ","), "vi": (".", ",")}


def _lang(language: str) -> str:
    lang = (language or "").split("-")[0].lower()
    return lang if lang in _UNITS else "en"


def _alternation(pairs: Sequence[tuple[str, str]]) -> str:
    return "|".join(f"(?P<u{i}>{p})" for i, (p, _) in enumerate(pairs))


@lru_cache(maxsize=8)
def _compiled(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    thousands, decimal = _SEPARATORS[lang]
    th = "[" + re.escape(thousands) + "]"
    digits = rf"\d{{1,3}}(?:{th}\d{{3}})+(?!\d)|\d+(?:{re.escape(decimal)}\d+)?"
    words = "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in WORD_NUMBERS[lang]), key=len, reverse=True)
    )
    mult = "|".join(sorted(_MULTIPLIERS, key=len, reverse=True))
    number = re.compile(
        rf"(?<![\w.,/:-])(?P<cur>US\$|\$|€|£)?\s?(?:(?P<num>{digits})|(?i:(?P<word>{words})))"
        rf"(?P<tail>[^\W\d_]*)(?:\s+(?i:(?P<mult>{mult}))\b)?"
    )
    between = "" if lang == "vi" else rf"(?:{_BETWEEN}\s+){{0,2}}?"
    unit = re.compile(rf"(?:\s*|\s+{between})(?i:(?:{_alternation(_UNITS[lang])}))(?!\w)")
    after = re.compile(rf"(?i:{_alternation(_OUTCOME_AFTER[lang])})(?!\w)")
    before = re.compile(rf"(?i:(?:{_alternation(_OUTCOME_BEFORE[lang])}))\s+(?i:{_APPROX})?$")
    return number, unit, after, before


def _value(m: re.Match[str], lang: str) -> float | None:
    if m["word"]:
        return float(WORD_NUMBERS[lang][" ".join(m["word"].lower().split())])
    thousands, decimal = _SEPARATORS[lang]
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
    if not hit or re.search(rf"(?i)(?<!\w)(?:{_OTHER_VERBS})(?!\w)", window[: hit.start()]):
        return None
    return _unit_name(hit, _OUTCOME_AFTER[lang])


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
            value *= _MULTIPLIERS[m["mult"].lower()]
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
        name = _unit_name(u, _UNITS[lang])
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
                name = _unit_name(prior, _OUTCOME_BEFORE[lang])
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
