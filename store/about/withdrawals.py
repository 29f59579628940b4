"""How a sentence tells troops leaving: the stage of a withdrawal, a departure, a mission or pact ended.

The rules ``about.event_types`` tries first, since the withdrawal is the story
of this corpus: a plan, a start or an end; a departure told by a movement
("the last soldiers crossed the border"); a vote or a revoked agreement that
ends a mission in law; the end of a defence pact, which announces the troops'
going. A departure someone only demands, or a diplomat expelled, is none of these.
"""

from __future__ import annotations

import re
from functools import cache

from store.about.acts import demanded
from store.about.acts_done import withdrawal_told_done
from store.about.event_cues import clause_before, compiled, cue_words, near, perfect
from store.about.main_clause import qualifies
from store.about.since_clauses import in_since_clause
from store.languages import table


def _own_words(text: str, start: int) -> str:
    """The leaving word at ``start`` and the few words after it, up to a clause break: its object."""
    return re.split(r"[,;:.!?]", text[start : start + 40], maxsplit=1)[0]


def envoy_leaving(text: str, c: dict[str, re.Pattern[str]], start: int) -> bool:
    """Whether the one leaving at ``start`` is a diplomat, named in its clause with no troops and no
    word of saying between ("gave France's ambassador three days to leave the country", "trục xuất đại
    sứ Pháp ... rời Mali"): an expulsion, not a withdrawal. "The ambassador said the troops would leave"
    is still the troops', and so is a departure whose own words name them ("le retour de l'ambassadeur et le
    départ des troupes")."""
    if c["troops"].search(_own_words(text, start)):
        return False
    clause = clause_before(text, start, 80)
    envoys = list(c["envoy"].finditer(clause))
    if not envoys:
        return False
    between = clause[envoys[-1].end() :]
    return not (c["troops"].search(between) or c["statement"].search(between) or c["mission"].search(between))


def withdrawal_kind(text: str, c: dict[str, re.Pattern[str]], future: bool, lang: str = "") -> str | None:
    occurrences = []
    for m in c["withdraw"].finditer(text):
        asked = (
            demanded(text, lang, m.start(), m.end())
            if lang
            else c["demand"].search(clause_before(text, m.start(), 60))
        )
        if asked or envoy_leaving(text, c, m.start()) or in_since_clause(text, lang, m.start(), m.end()):
            continue  # "called for the withdrawal", "yêu cầu ... lập tức rút quân": a demand
        occurrences.append(m)
    occurrences = [m for m in occurrences if not _verb_of_the_noun(text, lang, occurrences, m)]
    # A completion framed by its auxiliary ("hat den Botschafter ... zum Verlassen des Landes aufgefordert")
    # is read up to its participle: a demand or an envoy inside the frame is no withdrawal either.
    withdrew = [
        m
        for m in c["withdrew"].finditer(text)
        if not c["demand"].search(clause_before(text, m.end(), 60 + m.end() - m.start()))
        and not envoy_leaving(text, c, m.start())
        and not (envoy_leaving(text, c, m.end()) and not c["troops"].search(m.group()))
        and not in_since_clause(text, lang, m.start(), m.end())
    ]
    withdrew += departures(text, c, lang)
    if not occurrences and not withdrew:
        return None
    if future:
        return "withdrawal_announced"

    def is_future(start: int, end: int | None = None) -> bool:
        # a verb that closes its clause takes its auxiliary from the whole clause: German puts it last
        # ("wird ihre Soldaten in den kommenden Monaten abziehen"), far from "wird"
        last = end is not None and re.match(r"\s*(?:[,.;:!?]|$)", text[end:]) is not None
        before = clause_before(text, start, 80 if last else 30)
        futures = list(c["future"].finditer(before))
        if not futures:
            return False
        return not saying_to_come(text, c, start - len(before) + futures[-1].end(), start)

    spans = [(m.start(), m.end()) for m in occurrences] + [(m.start(), m.end()) for m in withdrew]
    announced = _announced(text, c)
    planned = any(
        is_future(s, e) or c["future"].search(text[s:e]) or c["deadline"].search(text[e : e + 60])
        for s, e in spans
    ) or any(noun_with_future(text, c, lang, m.start(), m.end()) for m in occurrences)
    if announced and not planned:
        planned = any(announced_with_period(text, c, lang, s, e) for s, e in spans)
    for s, e in spans:
        done = c["complete"].search(text[max(0, s - 60) : e + 60])
        if done:
            at = max(0, s - 60) + done.start()
            if is_future(at) or _deadline_before(text, lang, at):
                planned = True  # "dự kiến sẽ hoàn thành": a completion still to come
            elif not planned or perfect().search(text[max(0, at - 30) : at]):
                return "withdrawal_completed"  # "had completed its withdrawal by the end of 2024"
    for s, e in spans:
        begun = c["start"].search(text[max(0, s - 50) : e + 60])
        if begun and not is_future(max(0, s - 50) + begun.start()):
            return "withdrawal_started"
    if not planned and not announced and c["ongoing"].search(text):
        return "withdrawal_started"
    if planned or announced:
        return "withdrawal_announced"
    if withdrew or withdrawal_told_done(text, lang):  # "the withdrawal ... took place", « a eu lieu »
        return "withdrawal_completed"
    return None


def _deadline_before(text: str, lang: str, at: int) -> bool:
    """Whether a deadline is named in the clause before the completion word at ``at`` ("Today is the
    deadline agreed for the end of the withdrawal", "expire le délai fixé pour la fin du retrait"): the
    completion is the one the deadline sets, still to come, and the sentence's date is the deadline's."""
    nouns = table(lang, "movements", "DEADLINE_NOUNS") if lang else None
    return bool(nouns) and re.search(str(nouns), clause_before(text, at, 100), re.IGNORECASE) is not None


@cache
def _done_report() -> re.Pattern[str]:
    """A complementizer ("that", "que", "dass", "rằng") a few words on and, after it in its sentence, a
    perfect auxiliary."""
    return re.compile(
        rf"[^.;!?]{{0,40}}?(?<!\w)(?:{cue_words('REPORTED_THAT')})(?:(?<=['’])|(?!\w))"
        rf"[^.;!?]*?(?<!\w)(?:{cue_words('PERFECT_AUX')})\s",
        re.IGNORECASE,
    )


def saying_to_come(text: str, c: dict[str, re.Pattern[str]], after: int, before: int) -> bool:
    """Whether what is still to come from ``after`` on (a future word's end) is a saying, before
    ``before``, whose report is done: "is expected to confirm today that its last soldiers have left",
    "devrait confirmer lundi que les derniers soldats ont quitté". The future word is the saying's; the
    departure, in the perfect, is done."""
    said = c["statement"].search(text, after, before)
    return said is not None and _done_report().match(text, said.end()) is not None


def _announced(text: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` announces, by a word of its own clause: "since the announcement of the withdrawal"
    ("depuis l'annonce du retrait", "seit der Ankündigung") only dates what the sentence tells ("the second
    base the troops have left since the announcement of the withdrawal" tells a base left)."""
    return any(
        not qualifies(text, c, m.start()) or _closes_sentence(text, m.end())
        for m in c["announce"].finditer(text)
    )


def _closes_sentence(text: str, end: int) -> bool:
    """Whether the word ending at ``end`` closes its sentence: a German frame's participle ("hat ... den
    Abzug der Soldaten aus dem Niger angekündigt.") is the main verb, whatever phrase comes right before."""
    return re.match(r"\s*(?:[.!?]\s*)?$", text[end:]) is not None


_CLAUSE_AFTER = re.compile(r"[,;:.!?]\s")
_SENTENCE_AFTER = re.compile(r"[;.!?](?:\s|$)")


@cache
def _period(lang: str) -> re.Pattern[str] | None:
    found = table(lang, "cues", "PERIOD_TO_COME") if lang else None
    return re.compile(str(found), re.IGNORECASE) if found else None


def announced_with_period(text: str, c: dict[str, re.Pattern[str]], lang: str, start: int, end: int) -> bool:
    """A withdrawal word at ``start``-``end`` announced in its clause with a span of time still to come
    (``PERIOD_TO_COME``) between the announcing word and it, or after it: "announced the complete
    withdrawal of its troops within four to six months", "tuyên bố rút toàn bộ lực lượng ... trong vòng 4
    đến 6 tháng", "kündigte an, seine Soldaten innerhalb von drei Monaten vollständig abzuziehen". The
    withdrawal announced is a plan, whatever "complete", "vollständig" or "toàn bộ" says of its scope."""
    period = _period(lang)
    if period is None:
        return False
    before = clause_before(text, start, 100)
    said = list(c["announce"].finditer(before))
    if not said:
        return False
    rest = text[end : end + 100]
    stop = _SENTENCE_AFTER.search(rest)
    between = before[said[-1].end() :]
    return bool(period.search(between) or period.search(rest[: stop.start()] if stop else rest))


def _verb_of_the_noun(text: str, lang: str, found: list[re.Match[str]], m: re.Match[str]) -> bool:
    """Whether the withdrawal verb ``m`` is said of a withdrawal noun a few words before it in its clause
    ("the departure would leave civilians with fewer witnesses", "le retrait laissera un vide"): the noun
    is what the sentence tells (``noun_with_future``), not troops leaving."""
    noun = table(lang, "cues", "NOUN_AFTER") if lang else None
    if not noun:
        return False
    return any(
        n.end() <= m.start()
        and re.fullmatch(r"\s+(?:[^\W\d]+\s+){0,5}", text[n.end() : m.start()])
        and re.search(str(noun), text[max(0, n.start() - 20) : n.start()], re.IGNORECASE)
        for n in found
        if n is not m
    )


def noun_with_future(text: str, c: dict[str, re.Pattern[str]], lang: str, start: int, end: int) -> bool:
    """A withdrawal named as a noun (after a determiner) and the subject of a verb to come in its clause:
    "The withdrawal will take four to six months", "Le retrait prendra six mois", "Der Abzug wird ...
    dauern": a plan."""
    noun = table(lang, "cues", "NOUN_AFTER") if lang else None
    if not noun or not re.search(str(noun), text[max(0, start - 20) : start], re.IGNORECASE):
        return False
    feared = table(lang, "forebodings", "FOREBODING")
    if feared and re.search(rf"(?<!\w)(?:{feared})(?!\w)", clause_before(text, start, 60), re.IGNORECASE):
        return False  # "aid groups warned that the departure would leave civilians exposed": feared
    rest = text[end : end + 60]
    stop = _CLAUSE_AFTER.search(rest)
    return bool(c["future"].search(rest[: stop.start()] if stop else rest))


def departures(text: str, c: dict[str, re.Pattern[str]], lang: str = "") -> list[re.Match[str]]:
    """Crossings, homecomings and movements that tell troops leaving: "the last soldiers crossed the
    border" or "landed at their home base", "the contingent returned home", "peacekeepers left Gossi",
    "the troops flew out of Niamey". Any verb of movement is a departure when it goes *out of* a place
    and troops make it; a bare movement (landing, taking off, crossing) only when "the last" troops
    make it: the first troops crossing a border arrive, and a president who "returned home" or "flew
    out of Bamako" withdrew nothing."""

    def before(m: re.Match[str]) -> str:
        # the troops' clause, which a German frame ("sind ... vom Flughafen Gao nach Niamey im Nachbarland
        # Niger ausgeflogen worden") may stretch far before its participle
        return clause_before(text, m.start(), 140)

    found = [
        m for name in ("cross", "travel") for m in c[name].finditer(text) if c["complete"].search(before(m))
    ]
    found += [
        m
        for name in ("away", "exit")
        for m in c[name].finditer(text)
        if c["troops"].search(before(m)) or _force_mission(text, c, lang, before(m))
    ]
    return [m for m in found if not c["demand"].search(clause_before(text, m.start(), 60))]


def _force_mission(text: str, c: dict[str, re.Pattern[str]], lang: str, clause: str) -> bool:
    """Whether the one leaving in ``clause`` is a mission of troops ("the UN mission left Tessalit on
    Monday", "Die Mission verließ Gao am Montag"), as the troops themselves: a mission named, no civilian one
    (``CIVILIAN_MISSIONS``: "the IMF mission left Bamako"), and a date in the sentence, since a departure
    no report can date would only stand beside the one it tells."""
    if not lang or not c["mission"].search(clause):
        return False
    civilian = table(lang, "movements", "CIVILIAN_MISSIONS")
    if civilian and re.search(str(civilian), clause, re.IGNORECASE):
        return False
    from store.dates.mentions import find_mentions  # store.dates reads the cues of this package

    return bool(find_mentions(text, lang))


def end_to_come(text: str, c: dict[str, re.Pattern[str]], start: int, end: int) -> bool:
    """Whether the end of a mission at ``start``-``end`` is told as decided, announced or still to come
    ("said it would end its operations", "a annoncé la fin de l'opération", "hatte beschlossen, die
    Beteiligung an der Mission zu beenden", "tuyên bố chấm dứt chiến dịch"): the plan that the troops
    go, as "will withdraw" is, not the day the mission ended. A word of announcing reports an end that
    came when "that" opens what it reports ("announced that the mission had ended"); a German frame puts
    its participle last ("hatte das Ende des Einsatzes verkündet.")."""
    before = clause_before(text, start, 80)
    if c["future"].search(before) or c["future"].search(text, start, end):  # the cue may hold "would"
        return True
    that = re.compile(rf"(?<!\w)(?:{cue_words('REPORTED_THAT')})(?:(?<=['’])|(?!\w))", re.IGNORECASE)
    if any(not that.search(before[m.end() :]) for m in c["announce"].finditer(before)):
        return True
    after = c["announce"].search(text, end, end + 60)
    return after is not None and _closes_sentence(text, after.end())


def voted_end(text: str, c: dict[str, re.Pattern[str]]) -> bool:
    """A vote or resolution that ends a mission or mandate is its end, in law: "voted to end the
    peacekeeping mission", "résolution mettant fin au mandat". A vote still to come, or one that
    someone only asked for, is not."""
    for m in c["vote"].finditer(text):
        before = clause_before(text, m.start(), 60)
        if c["demand"].search(before) or c["future"].search(before[-30:]):
            continue
        if near(c["mission"], text, m.start(), m.end(), 80, 80):
            return True
    return False


@cache  # one per language
def _mission_agreement(lang: str) -> re.Pattern[str]:
    """An agreement that a mission works under: the agreement's noun leading, within its clause, to the
    mission ("a deal allowing the EU's civilian mission to operate", "l'accord encadrant la mission
    civile", "das Abkommen über die zivile EU-Mission")."""
    nouns = "|".join(table(lang, "cues", "AGREEMENT_NOUNS", ()))  # type: ignore[arg-type]
    mission = compiled(lang).cues["mission"].pattern
    if not nouns:
        return re.compile(r"(?!)")
    return re.compile(rf"(?:{nouns})[^,;:.!?()]{{0,60}}?(?:{mission})", re.IGNORECASE)


def revokes_mission(text: str, lang: str) -> bool:
    """Whether ``text`` tells the end of the agreement a mission works under, decided rather than
    demanded ("revoked a deal allowing the European Union's civilian mission to operate", "hat das
    Abkommen über die zivile EU-Mission aufgekündigt"): the mission's end, in law. An agreement that
    reaches the mission only across a clause ("scrapped the peace deal, a blow to the UN mission") is
    another agreement."""
    c = compiled(lang).cues
    spans = [(m.start(), m.end()) for m in _mission_agreement(lang).finditer(text)]
    if not spans:
        return False
    for m in c["revoke"].finditer(text):
        if c["demand"].search(clause_before(text, m.start(), 60)):
            continue
        # the verb before the agreement ("revoked a deal") or after it, as German puts it last
        if any(0 <= s - m.end() <= 40 or 0 <= m.start() - e <= 60 for s, e in spans):
            return True
    return False


def end_of_a_date(text: str, lang: str, m: re.Match[str]) -> bool:
    """Whether the end word ``m`` is part of a date ("runs to the end of May 2024", "jusqu'à fin mai
    2024", "bis Ende Mai 2024", "a finales de junio", "cuối tháng 5/2024"): a time, no mission ending."""
    from store.dates.mentions import find_mentions  # store.dates reads the cues of this package

    return bool(lang) and any(d.start <= m.start() < d.end for d in find_mentions(text, lang))


def ends_presence(text: str, c: dict[str, re.Pattern[str]], lang: str = "") -> bool:
    """Whether ``text`` tells the end of what keeps foreign troops in a country, decided rather than
    demanded: a defence pact or military accord ("announced the end of the defence agreement",
    "chấm dứt hiệp định hợp tác quốc phòng") or a mission. A statement that ends one is the
    announcement that the troops will go: one occurrence with "X will withdraw its soldiers" told on
    the same day. The end of any other agreement (a peace deal, a trade accord) announces nothing."""
    for m in c["revoke"].finditer(text):  # "tore up the military accord", "a dénoncé l'accord de défense"
        before = clause_before(text, m.start(), 100)
        if c["demand"].search(clause_before(text, m.start(), 60)):
            continue
        # the pact after the verb, or before it in the verb's clause (German puts the verb last: "hat
        # das Abkommen über die militärische Zusammenarbeit aufgekündigt")
        if near(c["pact"], text, m.start(), m.end(), 20, 80) or c["pact"].search(before):
            return True
    for m in c["ended"].finditer(text):
        if c["demand"].search(clause_before(text, m.start(), 60)) or end_of_a_date(text, lang, m):
            continue  # "demanded the end of the defence pact": not yet its end
        if near(c["pact"], text, m.start(), m.end(), 20, 80) or near(
            c["mission"], text, m.start(), m.end(), 20, 80
        ):
            return True
    return False


def closing_to_come(text: str, c: dict[str, re.Pattern[str]], lang: str) -> bool:
    """Whether ``text`` tells a military post to be closed on a date it names ("France will close its base in
    Gao in March", "les bases seraient fermées d'ici décembre", "die Stützpunkte sollen bis Ende 2025
    geschlossen werden", "căn cứ sẽ đóng cửa trước ngày 31/8"): a step of a withdrawal still to come, the
    plan that the troops go. The date is the one the closing is to meet, told with it or after it; a date
    before it ("Early in July, the ministry said it would close the base") tells when it was said, and the
    plan is then left as it was (no event whose day a report cannot give), as is a closing only asked for."""
    closing = table(lang, "movements", "CLOSING_POSTS") if lang else None
    if not closing:
        return False
    for m in re.finditer(str(closing), text, re.IGNORECASE):
        before = clause_before(text, m.start(), 60)
        # a future word before the closing, or inside it up to any of its words ("are to be closed")
        ends = [m.start() + w.end() for w in re.finditer(r"\S+\s+", m.group())] + [m.end()]
        if c["demand"].search(before) or not any(
            c["future"].search(text, m.start() - len(before), e) for e in ends
        ):
            continue
        from store.dates.mentions import find_mentions  # store.dates reads the cues of this package

        if any(d.start >= m.start() for d in find_mentions(text, lang)):
            return True  # the date the closing is to meet, told with it ("by the end of March")
    return False
