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
3. handover, 4. mission_ended, 5. casualties,
6. release, arrest, expulsion, media_ban, activity_ban, suspension, ties_cut, accord_ended
   (``about.acts``: acts told beside a withdrawal, before deployment: "detained on arrival" is an arrest),
   7. deployment, 8. coup,
9. agreement (a signing, not a mere name like "the 2015 Agreement"),
10. demand (an act asked of someone else: "asked the Council to withdraw the mission"),
11. vote (``about.vote_types``; a veto comes right after a mission ended by a vote, sanctions voted
    before deployment), 12. statement, 13. other.

The cues and how they are read are in ``about.event_cues``; the withdrawal
rules (stages, departures, a mission or pact ended) in ``about.withdrawals``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.about.acts import (
    act_cue,
    act_kinds,
    act_type,
    casualty_told,
    demand_at,
    demanded,
    demands_act,
    holds_leader,
)
from store.about.event_cues import clause_before, compiled, cue_languages, cue_words, languages_for, near
from store.about.main_clause import qualifies as _qualifies
from store.about.main_clause import subordinate as _subordinate
from store.about.said_deployed import said_before
from store.about.sanctions import sanctions_kind
from store.about.vote_types import VOTE, sanctions_vote, told_vote, veto_cast
from store.about.votes import vote_body
from store.about.withdrawals import (
    closing_to_come,
    departures,
    end_of_a_date,
    end_to_come,
    ends_presence,
    envoy_leaving,
    revokes_mission,
    voted_end,
    withdrawal_kind,
)

__all__ = [
    "classify_event",
    "declared",
    "deployment_to_come",
    "names_envoy",
    "reported_kinds",
    "withdrawal_to_come",
]


def _classify(text: str, lang: str, future: bool) -> str:
    c = compiled(lang).cues
    if c["attack"].search(text):
        return "attack"
    if not future and voted_end(text, c):
        return "mission_ended"
    if not future and veto_cast(text, lang, c["demand"]):
        return VOTE  # the veto is the act, whatever it blocks ("vetoed the renewal of the sanctions")
    if _freed_first(text, lang, c):
        return "release"  # "the 46 soldiers were released on Friday and flew back to Abidjan"
    if _expelled_first(text, lang, c):
        return "expulsion"  # "declared the U.N. official persona non grata and gave him 48 hours to leave"
    kind = withdrawal_kind(text, c, future, lang)
    if kind:
        return kind
    if closing_to_come(text, c, lang):
        return "withdrawal_announced"  # "will close its base in Gao in March": a step of a withdrawal to come
    if c["handover"].search(text):
        return "handover"
    if _ultimatum(text, c):
        return "demand"  # "a dénoncé l'accord et leur accordait un mois pour partir": the departure demanded
    for m in c["ended"].finditer(text):
        demanded = c["demand"].search(clause_before(text, m.start(), 60))
        infinitive = re.search(r"\bto\s+$", text[max(0, m.start() - 4) : m.start()])
        if (
            demanded
            or not near(c["mission"], text, m.start(), m.end(), 80, 80)
            or end_of_a_date(text, lang, m)
        ):
            continue
        if end_to_come(text, c, m.start(), m.end()) and not vote_body(text, lang):
            # "would end its operations", "annoncé la fin de l'opération": a plan. A body that votes ends
            # it in law ("der Sicherheitsrat hat das Ende der Mission beschlossen"), as ``voted_end`` reads.
            return "withdrawal_announced"
        if not infinitive:
            return "mission_ended"
    if revokes_mission(text, lang):
        return "mission_ended"
    if c["flag"].search(text):  # after the end of a mission: "ended its mission by lowering the UN flag"
        return "handover"
    if casualty_told(text, lang, c["casualty"]):
        return "casualties"
    if sanctions_vote(text, lang, c["mission"], c["demand"]):
        return VOTE  # "the Council lifted the sanctions on Malian officials": no mission renewed
    if sanctions := sanctions_kind(text, lang):
        return sanctions  # "lifted most of the sanctions imposed after last year's coup": not the coup
    coups = [m.start() for m in c["coup"].finditer(text) if not _subordinate(text, c, m.start())]
    coup = bool(coups)
    act = act_type(text, lang)
    if act == "arrest" and holds_leader(text, lang):
        return "coup"  # "soldiers of the presidential guard detained President Bazoum"
    if act and coup and (found := act_cue(text, lang, act)) and coups[0] < found[0]:
        return "coup"  # "seized power and suspended the constitution": what the putschists did next
    deployed = [m.start() for m in c["deploy"].finditer(text) if not _qualifies(text, c, m.start())]
    deployed = [at for at in deployed if not _said_of_one_told(text, c, at)]
    if deployed and _demand_first(text, lang, c, deployed[0]):
        deployed = []  # "asked Denmark to withdraw the contingent deployed last week": the demand is told
    if act and not (coup and act == "arrest") and not _told_after(text, lang, act, deployed):
        return act  # ("the soldiers arrested the president" in a coup: the coup)
    if deployed and said_before(text, lang, deployed[0]) and not _to_come(text, lang, ("deploy",)):
        return "statement"  # "said the troops had been deployed without consent": the saying is told
    if deployed:
        return "deployment"
    if coup:
        return "coup"
    if _signs(text, c):
        return "agreement"
    if c["agreement_made"].search(text):
        return "agreement"
    if ends_presence(text, c, lang):
        return "statement"  # ending a defence pact is declared, as "a dénoncé l'accord" says it
    if _demands(text, lang, c):
        return "demand"  # "asked the Council to withdraw the mission": neither the withdrawal nor a plan
    if not future and told_vote(text, lang, c["mission"], c["demand"]):
        return VOTE  # "the Council adopted a resolution": a vote that ends or deploys nothing
    if c["statement"].search(text):
        return "statement"
    return "other"


def _ultimatum(text: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` gives someone else a time to leave in its own clause ("had given French troops a
    month to leave", "leur accordait un mois pour quitter le territoire", "cho binh sĩ Pháp một tháng để
    rút"): the departure is demanded, whatever pact the same sentence says was ended with it. One a relative
    clause recalls ("the junta, which had given them a month to leave, ...") is background."""
    return any(
        not c["relative"].search(text, max(0, m.start() - 60), m.start())
        for m in c["ultimatum"].finditer(text)
    )


def _told_after(text: str, lang: str, act: str, deployed: list[int]) -> bool:
    """Whether the act comes after a deployment its sentence tells first ("the army deployed troops to Gao
    after gunmen detained three officials"): the main verb comes first. "Detained on arrival" is still an
    arrest (the arrival is no deployment told before it)."""
    found = act_cue(text, lang, act)
    return bool(found and deployed and min(deployed) < found[0])


def _said_of_one_told(text: str, c: dict[str, re.Pattern[str]], at: int) -> bool:
    """Whether the deployment at ``at`` is one told before, pointed at in what someone says of it ("Bamako
    affirme que ce déploiement est intervenu sans son consentement"): the statement is the act. "This
    deployment began in 2013" (said by no one) still dates the deployment."""
    return bool(c["pointing"].search(text, max(0, at - 20), at) and c["statement"].search(text, 0, at))


def _demand_first(text: str, lang: str, c: dict[str, re.Pattern[str]], deployed: int) -> bool:
    """Whether ``text`` demands that a force leave before any word of its deployment, in the same clause:
    the main verb comes first, and the deployment is what the force to leave is ("a demandé au Danemark
    de retirer son contingent déployé à Ménaka", "đòi Đan Mạch rút quân vì việc triển khai không được chấp
    thuận", "den Abzug der Ausbilder, die im März eingetroffen waren"). The sentence tells the demand (or
    the statement carrying it), not an arrival. A demand in a clause of its own before the main one
    ("After Mali demanded the withdrawal of French troops, Russia deployed mercenaries") is background."""
    at = demand_at(text, lang)
    if at is None or at >= deployed:
        return False
    if not re.search(r",\s", text[at:deployed]):
        return True
    return c["relative"].search(text[max(0, deployed - 60) : deployed]) is not None


def _freed_first(text: str, lang: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` tells people released before any word of leaving: the freed going home is part of
    their release, no withdrawal."""
    freed = act_cue(text, lang, "release")
    if freed is None:
        return False
    names = ("withdraw", "withdrew", "away", "exit", "cross", "travel")
    return not any(m.start() < freed[0] for name in names for m in c[name].finditer(text, 0, freed[0]))


def _expelled_first(text: str, lang: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` tells someone expelled before any word of withdrawing: the one expelled leaving
    ("persona non grata ... 48 hours to leave", "devait quitter le Mali dans les 48 heures") is the
    expulsion, not a withdrawal."""
    found = act_cue(text, lang, "expulsion")
    if found is None:
        return False
    return not any(c[name].search(text, 0, found[0]) for name in ("withdraw", "withdrew"))


def _demands(text: str, lang: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` is someone's demand that another act ("asked the Council to withdraw the
    mission"), not a statement that tells of one: "the junta confirmed that it wanted the troops gone",
    "Tuyên bố ... được đưa ra sau khi ... yêu cầu" are said first (a statement carrying the demand). A
    statement the demand follows at once ("issued a statement demanding") is the demand itself."""
    at = demand_at(text, lang)
    if at is None:
        return False
    said = [m for name in ("statement", "announce") for m in c[name].finditer(text, 0, at) if m.end() <= at]
    # "ra tuyên bố đòi", "issued a statement demanding", "un communiqué exigeant": a statement whose very
    # next word is the demand is that demand, made in writing
    return not any(text[m.end() : at].strip() for m in said)


@lru_cache(maxsize=1 << 14)  # a sentence and its clauses are typed again by its title, its date, linking
def classify_event(text: str, language: str, *, future: bool = False) -> str:
    """One of ``EVENT_TYPES`` for the event ``text`` reports.

    ``future`` says the caller knows the event's date is a planned one; a
    withdrawal then counts as announced, whatever its verb.
    """
    lang = (language or "").split("-")[0].lower()
    if lang in cue_languages():
        return _classify(text, lang, future)
    for candidate in cue_languages():  # unknown language: the first that finds something specific wins
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
    langs = languages_for(language)
    kinds: set[str] = set()
    for code in langs:
        c = compiled(code).cues

        def said(name: str, c: dict[str, re.Pattern[str]] = c, code: str = code) -> bool:
            return any(
                not demanded(text, code, m.start(), m.end())
                and not (name.startswith("withdr") and envoy_leaving(text, c, m.start()))
                for m in c[name].finditer(text)
            )

        if said("withdraw") or said("withdrew") or departures(text, c):
            kinds.update(_WITHDRAWAL)
        if said("handover") or said("flag"):
            kinds.add("handover")
        ends = [
            m
            for m in c["ended"].finditer(text)
            if near(c["mission"], text, m.start(), m.end(), 80, 80) and not end_of_a_date(text, code, m)
        ]
        if ends or voted_end(text, c) or revokes_mission(text, code):
            kinds.add("mission_ended")
        if any(end_to_come(text, c, m.start(), m.end()) for m in ends):
            kinds.add("withdrawal_announced")  # "said France would end Operation Barkhane": the plan
        if ends_presence(text, c, code):
            kinds.add("withdrawal_announced")
        if c["attack"].search(text):
            kinds.add("attack")
        if casualty_told(text, code, c["casualty"]):
            kinds.add("casualties")
        if any(not _qualifies(text, c, m.start()) for m in c["deploy"].finditer(text)) and said("deploy"):
            kinds.add("deployment")
        if any(not _subordinate(text, c, m.start()) for m in c["coup"].finditer(text)):
            kinds.add("coup")
        if c["agreement_made"].search(text) or _signs(text, c):
            kinds.add("agreement")
        if demands_act(text, code):
            kinds.add("demand")
        if sanctions := sanctions_kind(text, code):
            kinds.add(sanctions)
    return frozenset(kinds | act_kinds(text, language))


def _signs(text: str, c: dict[str, re.Pattern[str]]) -> bool:
    """Whether ``text`` tells an agreement signed, by a signing verb of its main clause: "the defence
    agreement signed with Paris" names an old agreement (what the sentence tells is done to it)."""
    return re.search(cue_words("AGREEMENT_NOUNS"), text, re.I) is not None and any(
        not _subordinate(text, c, m.start()) for m in c["sign"].finditer(text)
    )


@lru_cache(maxsize=1 << 14)
def declared(text: str, language: str) -> bool:
    """Whether ``text`` is told as someone's declaration ("Mali is leaving the group, the government
    said in a statement"): a departure under way in words only, which an announcement of that day
    may be the same occurrence as."""
    langs = languages_for(language)
    cues = [compiled(code).cues for code in langs]
    return any(c[name].search(text) for c in cues for name in ("announce", "statement"))


@lru_cache(maxsize=1 << 14)
def names_envoy(text: str, language: str) -> bool:
    """Whether ``text`` names a diplomat ("France's ambassador", "l'ambassadeur de France", "đại sứ
    Pháp"): one person per country and post, whom two reports of one day may both be about."""
    langs = languages_for(language)
    return any(compiled(code).cues["envoy"].search(text) for code in langs)


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
    for code in languages_for(language):
        c = compiled(code).cues
        for m in (match for name in cue_names for match in c[name].finditer(text)):
            if c["demand"].search(clause_before(text, m.start(), 60)):
                continue
            # the clause up to the verb: German puts it last ("werden ihre Hubschrauber aus Gao abziehen")
            if c["future"].search(clause_before(text, m.start(), 80)) or c["future"].search(m.group()):
                return True
    return False
