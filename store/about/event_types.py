"""What kind of event a sentence reports, by cue words (store/languages/<code>/cues.py).

The withdrawal is the story of this corpus, so its three stages are told apart
first: a plan or promise ("sẽ rút", "will withdraw", "va se retirer"), a start
("bắt đầu rút", "began withdrawing") and an end ("đã rời khỏi", "last troops
have withdrawn", "a définitivement quitté"). A withdrawal someone *demands*
("called for the withdrawal", "yêu cầu ... rút quân") is a statement, not a
withdrawal.

Rules are tried from the most specific to the most general:

1. attack: one incident (an attack, ambush, IED, "trúng phải một thiết bị nổ",
   "attentat"). An attack that killed or injured people stays an *attack*: the
   toll is carried by the event's figures. Plural "attacks" alone is not an
   incident ("180 members were killed in attacks" is *casualties*).
2. withdrawal_completed / withdrawal_started / withdrawal_announced.
3. handover, 4. mission_ended, 5. casualties, 6. deployment, 7. coup,
8. agreement (a signing, not a mere name like "the 2015 Agreement"),
9. statement, 10. other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from store.about.main_clause import qualifies as _qualifies
from store.about.main_clause import subordinate as _subordinate
from store.about.type_labels import event_type_label  # re-exported: its one definition is there
from store.languages import languages, table

__all__ = ["classify_event", "declared", "event_type_label", "names_envoy", "reported_kinds"]


@dataclass(frozen=True, slots=True)
class _Cues:
    """Regex fragments for one language."""

    attack: str
    withdraw: str
    withdrew: str  # a withdrawal told in the past tense: done
    ongoing: str  # "are now departing": under way, unless someone only announced it
    deadline: str  # "withdrawal by mid-November": a plan with a date
    complete: str
    start: str
    future: str
    announce: str
    demand: str
    handover: str
    mission: str
    ended: str
    casualty: str
    deploy: str
    coup: str
    relative: str
    sign: str
    agreement_made: str
    statement: str
    # Optional cues (a language without them never matches them):
    vote: str  # "voted to end the mission", "résolution mettant fin au mandat": the act that ends it
    cross: str  # "crossed the border": a departure only when "the last troops" cross it
    away: str  # "returned home", "left Gao", "sont rentrés en France": a departure only when troops do it
    troops: str  # the nouns that make a homecoming or a departure a withdrawal ("soldiers", "contingent")
    exit: str  # a movement out of a place: "flew out of Niamey", "se sont envolés de Gao": with troops
    travel: str  # a bare movement ("landed", "took off"): a departure only when "the last troops" make it
    pact: str  # an agreement that keeps troops ("defence pact", "accord de défense"): its end sends them home
    revoke: str  # verbs that end an agreement ("tore up", "a dénoncé"): read only beside a pact
    envoy: str  # diplomats ("ambassador", "đại sứ"): one made to leave is expelled, not withdrawn
    modifier: str  # the text before a cue when it opens a phrase that qualifies a noun ("issu du coup")


_OPTIONAL = frozenset(
    {"vote", "cross", "away", "troops", "exit", "travel", "pact", "revoke", "envoy", "modifier"}
)


@cache
def _cue_languages() -> tuple[str, ...]:
    """Languages with event cues in store/languages/<code>/cues.py; others try each of them."""
    return tuple(lang for lang in languages() if table(lang, "cues", "EVENT_CUES"))


@cache
def _words(name: str) -> str:
    """The alternation of a word list over every language (``PERFECT_AUX``, ``AGREEMENT_NOUNS``, ...)."""
    words = [w for lang in languages() for w in table(lang, "cues", name, ())]  # type: ignore[union-attr]
    return "|".join(sorted(words, key=len, reverse=True)) or "(?!)"


@dataclass(frozen=True, slots=True)
class _Compiled:
    cues: dict[str, re.Pattern[str]]


@cache  # one per language
def _compiled(lang: str) -> _Compiled:
    cues: dict[str, str] = table(lang, "cues", "EVENT_CUES")  # type: ignore[assignment]
    return _Compiled(
        {
            name: re.compile(cues[name] if name not in _OPTIONAL else cues.get(name, r"(?!)"), re.IGNORECASE)
            for name in _Cues.__slots__
        }
    )


def _near(pattern: re.Pattern[str], text: str, start: int, end: int, before: int, after: int) -> bool:
    return bool(pattern.search(text[max(0, start - before) : end + after]))


def _clause_before(text: str, start: int, width: int) -> str:
    """Text before ``start`` back to the previous clause break, at most ``width`` characters."""
    chunk = text[max(0, start - width) : start]
    return _clause_split().split(chunk)[-1]


@lru_cache(maxsize=1)
def _clause_split() -> re.Pattern[str]:
    return re.compile(rf"[;:.!?]\s|,\s(?=(?:{_words('CONTRAST_WORDS')})\b)")


# An auxiliary that makes a completion past, whatever deadline follows it.
@lru_cache(maxsize=1)
def _perfect() -> re.Pattern[str]:
    return re.compile(rf"(?:(?<!\w)(?:{_words('PERFECT_AUX')})\s+(?:\w+\s+)?)$", re.IGNORECASE)


def _envoy_leaving(text: str, c: dict[str, re.Pattern[str]], start: int) -> bool:
    """Whether the one leaving at ``start`` is a diplomat, named in its clause with no troops and no
    word of saying between ("gave France's ambassador three days to leave the country", "trục xuất đại
    sứ Pháp ... rời Mali"): an expulsion, not a withdrawal. "The ambassador said the troops would leave"
    is still the troops'."""
    clause = _clause_before(text, start, 80)
    envoys = list(c["envoy"].finditer(clause))
    if not envoys:
        return False
    between = clause[envoys[-1].end() :]
    return not (c["troops"].search(between) or c["statement"].search(between) or c["mission"].search(between))


def _withdrawal(text: str, c: dict[str, re.Pattern[str]], future: bool) -> str | None:
    occurrences = []
    for m in c["withdraw"].finditer(text):
        if c["demand"].search(_clause_before(text, m.start(), 60)) or _envoy_leaving(text, c, m.start()):
            continue  # "called for the withdrawal", "yêu cầu ... lập tức rút quân": a demand
        occurrences.append(m)
    withdrew = [
        m
        for m in c["withdrew"].finditer(text)
        if not c["demand"].search(_clause_before(text, m.start(), 60))
        and not _envoy_leaving(text, c, m.start())
    ]
    withdrew += _departures(text, c)
    if not occurrences and not withdrew:
        return None
    if future:
        return "withdrawal_announced"

    def is_future(start: int, end: int | None = None) -> bool:
        # a verb that closes its clause takes its auxiliary from the whole clause: German puts it last
        # ("wird ihre Soldaten in den kommenden Monaten abziehen"), far from "wird"
        last = end is not None and re.match(r"\s*(?:[,.;:!?]|$)", text[end:]) is not None
        return bool(c["future"].search(_clause_before(text, start, 80 if last else 30)))

    spans = [(m.start(), m.end()) for m in occurrences] + [(m.start(), m.end()) for m in withdrew]
    planned = any(
        is_future(s, e) or c["future"].search(text[s:e]) or c["deadline"].search(text[e : e + 60])
        for s, e in spans
    )
    for s, e in spans:
        done = c["complete"].search(text[max(0, s - 60) : e + 60])
        if done:
            at = max(0, s - 60) + done.start()
            if is_future(at):
                planned = True  # "dự kiến sẽ hoàn thành": a completion still to come
            elif not planned or _perfect().search(text[max(0, at - 30) : at]):
                return "withdrawal_completed"  # "had completed its withdrawal by the end of 2024"
    for s, e in spans:
        begun = c["start"].search(text[max(0, s - 50) : e + 60])
        if begun and not is_future(max(0, s - 50) + begun.start()):
            return "withdrawal_started"
    if not planned and not c["announce"].search(text) and c["ongoing"].search(text):
        return "withdrawal_started"
    if planned or c["announce"].search(text):
        return "withdrawal_announced"
    if withdrew:
        return "withdrawal_completed"
    return None


def _departures(text: str, c: dict[str, re.Pattern[str]]) -> list[re.Match[str]]:
    """Crossings, homecomings and movements that tell troops leaving: "the last soldiers crossed the
    border" or "landed at their home base", "the contingent returned home", "peacekeepers left Gossi",
    "the troops flew out of Niamey". Any verb of movement is a departure when it goes *out of* a place
    and troops make it; a bare movement (landing, taking off, crossing) only when "the last" troops
    make it: the first troops crossing a border arrive, and a president who "returned home" or "flew
    out of Bamako" withdrew nothing."""

    def before(m: re.Match[str]) -> str:
        return text[max(0, m.start() - 80) : m.start()]

    found = [
        m for name in ("cross", "travel") for m in c[name].finditer(text) if c["complete"].search(before(m))
    ]
    found += [m for name in ("away", "exit") for m in c[name].finditer(text) if c["troops"].search(before(m))]
    return [m for m in found if not c["demand"].search(_clause_before(text, m.start(), 60))]


def _voted_end(text: str, c: dict[str, re.Pattern[str]]) -> bool:
    """A vote or resolution that ends a mission or mandate is its end, in law: "voted to end the
    peacekeeping mission", "résolution mettant fin au mandat". A vote still to come, or one that
    someone only asked for, is not."""
    for m in c["vote"].finditer(text):
        before = _clause_before(text, m.start(), 60)
        if c["demand"].search(before) or c["future"].search(before[-30:]):
            continue
        if _near(c["mission"], text, m.start(), m.end(), 80, 80):
            return True
    return False


def _classify(text: str, lang: str, future: bool) -> str:
    c = _compiled(lang).cues
    if c["attack"].search(text):
        return "attack"
    if not future and _voted_end(text, c):
        return "mission_ended"
    kind = _withdrawal(text, c, future)
    if kind:
        return kind
    if c["handover"].search(text):
        return "handover"
    for m in c["ended"].finditer(text):
        demanded = c["demand"].search(_clause_before(text, m.start(), 60))
        infinitive = re.search(r"\bto\s+$", text[max(0, m.start() - 4) : m.start()])
        if not demanded and not infinitive and _near(c["mission"], text, m.start(), m.end(), 80, 80):
            return "mission_ended"
    if _revokes_mission(text, lang):
        return "mission_ended"
    if c["casualty"].search(text):
        return "casualties"
    if any(not _qualifies(text, c, m.start()) for m in c["deploy"].finditer(text)):
        return "deployment"
    if any(not _subordinate(text, c, m.start()) for m in c["coup"].finditer(text)):
        return "coup"
    if _signs(text, c):
        return "agreement"
    if c["agreement_made"].search(text):
        return "agreement"
    if c["statement"].search(text) or _ends_presence(text, c):
        return "statement"  # ending a defence pact is declared, as "a dénoncé l'accord" says it
    return "other"


def classify_event(text: str, language: str, *, future: bool = False) -> str:
    """One of ``EVENT_TYPES`` for the event ``text`` reports.

    ``future`` says the caller knows the event's date is a planned one; a
    withdrawal then counts as announced, whatever its verb.
    """
    lang = (language or "").split("-")[0].lower()
    if lang in _cue_languages():
        return _classify(text, lang, future)
    for candidate in _cue_languages():  # unknown language: the first that finds something specific wins
        kind = _classify(text, candidate, future)
        if kind not in {"other", "statement"}:
            return kind
    return "other"


_WITHDRAWAL = ("withdrawal_announced", "withdrawal_started", "withdrawal_completed")


@lru_cache(maxsize=1 << 14)
def reported_kinds(text: str, language: str) -> frozenset[str]:
    """The event types whose cues ``text`` carries as something that happened or was decided, not
    demanded: what a sentence typed ``statement`` ("..., the army said") may be reporting.

    "The army said on Sunday its last soldiers had crossed the border" carries the withdrawal types;
    "Bamako demanded the departure of the troops" carries none (a demand is not the departure), and
    neither does "the minister said talks would go on".
    """
    lang = (language or "").split("-")[0].lower()
    langs = (lang,) if lang in _cue_languages() else _cue_languages()
    kinds: set[str] = set()
    for code in langs:
        c = _compiled(code).cues

        def said(name: str, c: dict[str, re.Pattern[str]] = c) -> bool:
            return any(
                not c["demand"].search(_clause_before(text, m.start(), 60))
                and not (name.startswith("withdr") and _envoy_leaving(text, c, m.start()))
                for m in c[name].finditer(text)
            )

        if said("withdraw") or said("withdrew") or _departures(text, c):
            kinds.update(_WITHDRAWAL)
        if said("handover"):
            kinds.add("handover")
        ended = any(_near(c["mission"], text, m.start(), m.end(), 80, 80) for m in c["ended"].finditer(text))
        if ended or _voted_end(text, c) or _revokes_mission(text, code):
            kinds.add("mission_ended")
        if _ends_presence(text, c):
            kinds.add("withdrawal_announced")
        if c["attack"].search(text):
            kinds.add("attack")
        if c["casualty"].search(text):
            kinds.add("casualties")
        if any(not _qualifies(text, c, m.start()) for m in c["deploy"].finditer(text)) and said("deploy"):
            kinds.add("deployment")
        if any(not _subordinate(text, c, m.start()) for m in c["coup"].finditer(text)):
            kinds.add("coup")
        if c["agreement_made"].search(text) or _signs(text, c):
            kinds.add("agreement")
    return frozenset(kinds)


def _signs(text: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` tells an agreement signed, by a signing verb of its main clause: "the defence
    agreement signed with Paris" names an old agreement (what the sentence tells is done to it)."""
    return re.search(_words("AGREEMENT_NOUNS"), text, re.I) is not None and any(
        not _subordinate(text, c, m.start()) for m in c["sign"].finditer(text)
    )


@lru_cache(maxsize=1 << 14)
def declared(text: str, language: str) -> bool:
    """Whether ``text`` is told as someone's declaration ("Mali is leaving the group, the government
    said in a statement"): a departure under way in words only, which an announcement of that day
    may be the same occurrence as."""
    lang = (language or "").split("-")[0].lower()
    langs = (lang,) if lang in _cue_languages() else _cue_languages()
    cues = [_compiled(code).cues for code in langs]
    return any(c[name].search(text) for c in cues for name in ("announce", "statement"))


@cache  # one per language
def _mission_agreement(lang: str) -> re.Pattern[str]:
    """An agreement that a mission works under: the agreement's noun leading, within its clause, to the
    mission ("a deal allowing the EU's civilian mission to operate", "l'accord encadrant la mission
    civile", "das Abkommen über die zivile EU-Mission")."""
    nouns = "|".join(table(lang, "cues", "AGREEMENT_NOUNS", ()))  # type: ignore[arg-type]
    mission = _compiled(lang).cues["mission"].pattern
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{nouns})[^,;:.!?()]{{0,60}}?(?:{mission})", re.IGNORECASE)


def _revokes_mission(text: str, lang: str) -> bool:
    """Whether ``text`` tells the end of the agreement a mission works under, decided rather than
    demanded ("revoked a deal allowing the European Union's civilian mission to operate", "hat das
    Abkommen über die zivile EU-Mission aufgekündigt"): the mission's end, in law. An agreement that
    reaches the mission only across a clause ("scrapped the peace deal, a blow to the UN mission") is
    another agreement."""
    c = _compiled(lang).cues
    spans = [(m.start(), m.end()) for m in _mission_agreement(lang).finditer(text)]
    if not spans:
        return False
    for m in c["revoke"].finditer(text):
        if c["demand"].search(_clause_before(text, m.start(), 60)):
            continue
        # the verb before the agreement ("revoked a deal") or after it, as German puts it last
        if any(0 <= s - m.end() <= 40 or 0 <= m.start() - e <= 60 for s, e in spans):
            return True
    return False


@lru_cache(maxsize=1 << 14)
def names_envoy(text: str, language: str) -> bool:
    """Whether ``text`` names a diplomat ("France's ambassador", "l'ambassadeur de France", "đại sứ
    Pháp"): one person per country and post, whom two reports of one day may both be about."""
    lang = (language or "").split("-")[0].lower()
    langs = (lang,) if lang in _cue_languages() else _cue_languages()
    return any(_compiled(code).cues["envoy"].search(text) for code in langs)


def _ends_presence(text: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` tells the end of what keeps foreign troops in a country, decided rather than
    demanded: a defence pact or military accord ("announced the end of the defence agreement",
    "chấm dứt hiệp định hợp tác quốc phòng") or a mission. A statement that ends one is the
    announcement that the troops will go: one occurrence with "X will withdraw its soldiers" told on
    the same day. The end of any other agreement (a peace deal, a trade accord) announces nothing."""
    for m in c["revoke"].finditer(text):  # "tore up the military accord", "a dénoncé l'accord de défense"
        before = _clause_before(text, m.start(), 100)
        if c["demand"].search(_clause_before(text, m.start(), 60)):
            continue
        # the pact after the verb, or before it in the verb's clause (German puts the verb last: "hat
        # das Abkommen über die militärische Zusammenarbeit aufgekündigt")
        if _near(c["pact"], text, m.start(), m.end(), 20, 80) or c["pact"].search(before):
            return True
    for m in c["ended"].finditer(text):
        if c["demand"].search(_clause_before(text, m.start(), 60)):
            continue  # "demanded the end of the defence pact": not yet its end
        if _near(c["pact"], text, m.start(), m.end(), 20, 80) or _near(
            c["mission"], text, m.start(), m.end(), 20, 80
        ):
            return True
    return False


@lru_cache(maxsize=1 << 12)
def withdrawal_to_come(text: str, language: str) -> bool:
    """Whether ``text`` tells a withdrawal still to come by its own verb ("Canada will also withdraw its
    contingent", "quitteront le pays", "sẽ rút quân"), not one demanded: a plan stated as of the report's
    own day, even with no date in the sentence."""
    return _to_come(text, language, ("withdraw", "withdrew"))


@lru_cache(maxsize=1 << 12)
def deployment_to_come(text: str, language: str) -> bool:
    """Whether ``text`` tells a deployment still to come ("the 400 soldiers will be redeployed to Niger",
    "seront redéployés au Niger", "werden nach Niger verlegt"): like a withdrawal to come, a plan stated as
    of the report's own day."""
    return _to_come(text, language, ("deploy",))


def _to_come(text: str, language: str, cue_names: tuple[str, ...]) -> bool:
    lang = (language or "").split("-")[0].lower()
    for code in (lang,) if lang in _cue_languages() else _cue_languages():
        c = _compiled(code).cues
        for m in (match for name in cue_names for match in c[name].finditer(text)):
            if c["demand"].search(_clause_before(text, m.start(), 60)):
                continue
            # the clause up to the verb: German puts it last ("werden ihre Hubschrauber aus Gao abziehen")
            if c["future"].search(_clause_before(text, m.start(), 80)) or c["future"].search(m.group()):
                return True
    return False
