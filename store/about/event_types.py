"""What kind of event a sentence reports, by cue words in English, French and Vietnamese.

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
from functools import lru_cache

from store.model import EVENT_TYPES

__all__ = ["classify_event", "event_cue", "event_type_label"]


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


_EN = _Cues(
    attack=r"(?:an?|the|this|that|deadly|suicide|terrorist|jihadist|latest)\s+(?:\w+\s+)?(?:attack|ambush|assault)\b"
    r"|\battack\s+on\b|\battacked\b|\bambushed\b|\bIEDs?\b|improvised\s+explosive|explosive\s+device|\blandmine"
    r"|\broadside\s+bomb|\bcar\s+bomb|suicide\s+bomb|\bshelling\b|\bmortar\s+fire|\brocket\s+fire|\bstruck\s+by\b"
    r"|\bexplosion\b|\bblast\b",
    withdraw=r"\bwithdr[ae]w\w*|\bwithdrawals?\b|\bpull(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?out\b|\bpull-?outs?\b"
    r"|\bleav(?:e|es|ing)\b|\bleft\b|\bdepart(?:s|ed|ing|ure)?\b|\bexit(?:s|ed)?\b|\brepatriat\w+|\bdrawdown"
    r"|\bvacat(?:e|ed|es|ing)\b|\bgone\b|\bquit(?:s|ting)?\b|\bdisengage\w*",
    withdrew=r"\bwithdrew\b|\b(?:has|have|had)\s+(?:now\s+|fully\s+|completely\s+)?(?:withdrawn|left|departed|"
    r"pulled)\b|\bpulled\s+(?:\w+\s+){0,3}?out\b|\bleft\s+the\s+country\b|\bvacated\b|\bdeparted\b",
    complete=r"\bcomplet(?:ed|es|e|ing|ion)\b|\bcompletely\b|\bfinali[sz]ed\b|\bfinished\b|\bdefinitive(?:ly)?\b"
    r"|\bfully\b|\blast\s+(?:\w+\s+){0,2}?(?:troops|soldiers|peacekeepers|convoy|contingent|elements|"
    r"personnel|members|units)\b|\bfinal\s+(?:troops|soldiers|convoy|contingent|elements)\b|\bgone\b",
    start=r"\bbeg[ai]n\w*|\bbegun\b|\bstart(?:s|ed|ing)?\b|\bcommenc\w+|\bkick(?:s|ed)?\s+off\b|\blaunch(?:es|ed)\b"
    r"|\bunder\s?way\b|\bfirst\s+(?:\w+\s+){0,2}?(?:troops|soldiers|convoy|contingent|batch|group)\b"
    r"|\bproceed(?:s|ed|ing)\b|\bin\s+the\s+process\s+of\b|\bongoing\b",
    ongoing=r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+)?(?:withdrawing|leaving|departing|pulling)\b",
    deadline=r"^\W*(?:\w+\W+){0,3}?by\s+(?:mid-?|the\s+end\s+of\s+|early\s+|late\s+|end-)?"
    r"(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|the\s+end|spring|summer|autumn|winter)",
    future=r"\bwill\b|\bwould\b|\bshall\b|'ll\b|\bto\s+(?:\w+ly\s+)?$|\bplans?\b|\bintends?\b|\bexpected\b|\bset\s+to\b"
    r"|\bgoing\s+to\b|\bdecided\b|\bdecision\b|\bpromised\b|\bpledged\b|\bvowed\b",
    announce=r"\bannounc\w+|\bdeclar\w+|\bconfirm\w*|\bdecided\b|\bunveil\w*",
    demand=r"\bcall(?:s|ed|ing)?\s+(?:for|on)\b|\bdemand\w*|\brequest\w*|\border(?:s|ed)?\b|\burg(?:e|es|ed)\b"
    r"|\basked\b|\bpush(?:ed)?\s+for\b|\bexpel\w*",
    handover=r"\bhand(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?over\b|\bhandover\b|\bhand-over\b|\btransferr?(?:ed|ing)?\s+"
    r"(?:\w+\s+){0,4}?to\s+the\b|\bretroceded\b|\btook\s+over\s+the\s+(?:camp|base)",
    mission=r"\bmission\b|\bmandate\b|\bMINUSMA\b|\boperation\b|\bBarkhane\b|\bTakuba\b|\bEUTM\b|\bServal\b",
    ended=r"\bend(?:s|ed)\b|\bcame\s+to\s+an?\s+end\b|\bcomes\s+to\s+its\s+end\b|\bend\s+of\b|\bterminat\w+"
    r"|\bexpir(?:ed|es)\b|\bofficially\s+over\b|\bofficial\s+end\b",
    casualty=r"\bkill(?:ed|s|ing)\b|\bdied\b|\bdead\b|\bdeaths?\b|\bwounded\b|\binjur(?:ed|ies|ing)\b"
    r"|\blost\s+their\s+lives\b|\blosing\s+their\s+lives\b|\bcasualties\b|\bkilled\s+in\s+action\b",
    deploy=r"\bdeploy\w*|\bredeploy\w*|\bdispatch\w*|\b(?:in\s+place|present|stationed|based)\s+(?:in\s+\w+\s+)?since\b|\bsen[dt]s?\s+(?:\w+\s+){0,3}?(?:troops|soldiers|forces)\b"
    r"|\barriv(?:ed|al)\b|\bstation(?:ed|s)\b",
    coup=r"\bcoups?\b|\bputsch\w*|\bseized\s+power\b|\bseize\s+power\b|\btook\s+power\b|\boverthrew\b"
    r"|\bjunta\s+took\b",
    relative=r"\b(?:which|who|that)\b[^,;]{0,40}$",
    sign=r"\bsign(?:s|ed|ing)?\b|\binked\b|\bconcluded\b",
    agreement_made=r"\b(?:reached|struck|clinched)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|deal|accord)\b"
    r"|\bagreed\s+(?:to|on)\b|\b(?:formed|established|created|founded)\s+(?:\w+\s+){0,5}?"
    r"(?:alliance|pact|confederation)\b",
    statement=r"\bsa(?:id|ys|y)\b|\bstat(?:ed|ement)\b|\bstates\s+that\b|\btold\b|\bdeclar\w+|\bannounc\w+|\bcall(?:s|ed)\s+(?:on|for)\b"
    r"|\burg(?:ed|es)\b|\baccus\w+|\bpledg\w+|\bclaim\w*|\bstress\w+|\bwarn\w*|\bcriticiz\w+|\bcriticis\w+"
    r"|\brequest\w*|\bdemand\w*|\bconfirm\w*|\bdenie[sd]\b|\bcondemn\w*|\brejected\b|\baccording\s+to\b",
)

_FR = _Cues(
    attack=r"\b(?:une|l'|l’|cette|la)\s*(?:\w+\s+)?(?:attaque|embuscade|offensive)\b|\battaqu[ée]s?\b|\battentats?\b"
    r"|\bengins?\s+explosifs?|\bEEI\b|\bIED\b|\bmines?\s+artisanales?|\bexplosion\b|\bkamikaze|\bvoiture\s+piégée"
    r"|\btirs?\s+d'obus|\bpris\s+pour\s+cible",
    withdraw=r"\bretir\w*|\bretraits?\b|\bquitt\w*|\bdépart\b|\bpartir\b|\bparti[es]?\b|\bdésengag\w+|\brapatri\w+"
    r"|\bévacu\w+",
    withdrew=r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:quitté|retiré|évacué|rapatrié)\b|\bs'est\s+retiré"
    r"|\bse\s+sont\s+retirés|\best\s+parti|\bsont\s+partis|\bquitté\b",
    ongoing=r"\b(?:est|sont)\s+en\s+train\s+de\s+(?:se\s+retirer|quitter|partir)|\bpoursui\w+\s+(?:son|leur)\s+retrait",
    deadline=r"^\W*(?:\w+\W+){0,3}?(?:d'ici|avant)\s+(?:la\s+fin|le\s+\d|\d|fin|janvier|février|mars|avril|mai|juin"
    r"|juillet|août|septembre|octobre|novembre|décembre)",
    complete=r"\bachev\w+|\bterminé\w*|\bdéfinitif\w*|\bdéfinitivement\b|\bcomplet\w*|\btotal\w*"
    r"|\bderni(?:er|ers|ère|ères)\s+(?:\w+\s+){0,2}?(?:soldats|militaires|casques|éléments|convoi|contingent)",
    start=r"\bcommenc\w+|\bdébut\w*|\bentam\w+|\bamorc\w+|\blanc[ée]\w*|\bpremiers?\s+(?:soldats|militaires|convoi)",
    future=r"\bva\b|\bvont\b|\ballait\b|\bdevr\w+|\bprévoi\w+|\bcompte\b|\bdécid\w+|\bs'apprête\w*|\bd'ici\b"
    r"|\b\w+(?:ra|ront|rait|raient)\b|\bpromis\b|\bs'est\s+engagé",
    announce=r"\bannonc\w+|\bdéclar\w+|\bconfirm\w+|\bdécid\w+",
    demand=r"\bexig\w+|\bdemand\w+|\bréclam\w+|\bappel\w*\s+(?:à|au)\b|\bordonn\w+|\bsomm\w+\s+de|\bexpuls\w+",
    handover=r"\brétrocéd\w+|\brétrocession\b|\bremis\w*\s+(?:\w+\s+){0,3}?(?:aux|à\s+l)|\bpassation\b"
    r"|\btransf[ée]r\w+\s+(?:\w+\s+){0,4}?(?:aux|à\s+l)",
    mission=r"\bmission\b|\bmandat\b|\bMINUSMA\b|\bopération\b|\bBarkhane\b|\bTakuba\b|\bEUTM\b|\bServal\b",
    ended=r"\bfin\s+(?:de|du|à)\b|\bpris\s+fin\b|\bprend\s+fin\b|\bprendra\s+fin\b|\bterminé\w*|\bachev\w+"
    r"|\bclos\w*|\bclôtur\w+|\bexpir\w+",
    casualty=r"\btu[ée]s?\b|\bmorts?\b|\bdécéd\w+|\bblessés?\b|\bpéri\b|\bperdu\s+la\s+vie\b|\bvictimes\b",
    deploy=r"\bdéploi\w*|\b(?:présente?s?|stationnée?s?)\s+(?:au\s+\w+\s+)?depuis\b|\bdéploy\w+|\bredéploy\w+|\benvoy\w+\s+(?:\w+\s+){0,3}?(?:soldats|militaires|troupes)"
    r"|\barriv\w+|\bstationn\w+",
    coup=r"\bcoups?\s+d['’][ée]tat\b|\bputsch\w*|\bpris\s+le\s+pouvoir\b|\bprise\s+du\s+pouvoir\b|\brenvers\w+",
    relative=r"\b(?:qui|que|dont)\b[^,;]{0,40}$",
    sign=r"\bsign\w+|\bparaph\w+|\bconclu\w*",
    agreement_made=r"\b(?:trouvé|obtenu|conclu)\s+(?:un|l')\s*accord\b|\bse\s+sont\s+entendus\b",
    statement=r"\bdéclar\w+|\ba\s+dit\b|\bdit\b|\bselon\b|\baffirm\w+|\bannonc\w+|\bappel\w+|\bexig\w+"
    r"|\bdemand\w+|\bestim\w+|\bassur\w+|\bsoulign\w+|\baccus\w+|\bcondamn\w+|\bdénonc\w+|\bconfirm\w+"
    r"|\bindiqu\w+|\bprécis\w+|\ba\s+promis\b|\bs'est\s+engagé",
)

_VI = _Cues(
    attack=r"tấn\s+công|phục\s+kích|đánh\s+bom|thiết\s+bị\s+nổ|\bIED\b|mìn|nã\s+pháo|pháo\s+kích|vụ\s+nổ"
    r"|đột\s+kích|đánh\s+chiếm|bị\s+bắn",
    withdraw=r"rút\s+(?:quân|khỏi|về|lui|lực\s+lượng|binh\s+sĩ|hết|toàn\s+bộ)|rút\b|rời\s+khỏi|rời\b|hồi\s+hương"
    r"|triệt\s+thoái",
    withdrew=r"đã\s+(?:\w+\s+){0,2}?(?:rút|rời)|rút\s+hết|rút\s+toàn\s+bộ",
    complete=r"hoàn\s+tất|hoàn\s+thành|cuối\s+cùng|kết\s+thúc\s+việc\s+rút|toàn\s+bộ|đã\s+rời\s+khỏi",
    ongoing=r"đang\s+(?:rút|rời)",
    deadline=r"^\W*(?:\w+\W+){0,4}?(?:trước\s+(?:ngày|cuối|tháng)|chậm\s+nhất|muộn\s+nhất)",
    start=r"bắt\s+đầu|khởi\s+động|đầu\s+tiên|tiến\s+hành",
    future=r"\bsẽ\b|dự\s+kiến|kế\s+hoạch|dự\s+định|hy\s+vọng|chuẩn\s+bị|quyết\s+định|cam\s+kết|có\s+thể",
    announce=r"tuyên\s+bố|thông\s+báo|công\s+bố|quyết\s+định",
    demand=r"(?<!theo\s)yêu\s+cầu|đề\s+nghị|kêu\s+gọi|\bbuộc\b|trục\s+xuất|đòi",
    handover=r"bàn\s+giao|chuyển\s+giao|trao\s+lại|giao\s+lại",
    mission=r"sứ\s+mệnh|phái\s+bộ|nhiệm\s+vụ|MINUSMA|chiến\s+dịch|Barkhane|Takuba|EUTM",
    ended=r"kết\s+thúc|chấm\s+dứt|khép\s+lại|hết\s+hạn",
    casualty=r"thiệt\s+mạng|tử\s+vong|bị\s+thương|thương\s+vong|bị\s+giết|hy\s+sinh|\bchết\b|tử\s+nạn",
    deploy=r"hiện\s+diện\s+(?:\S+\s+){0,3}?từ|triển\s+khai|điều\s+động|đưa\s+(?:quân|binh\s+sĩ)|đồn\s+trú|tăng\s+cường\s+lực\s+lượng",
    coup=r"đảo\s+chính|lật\s+đổ|cướp\s+chính\s+quyền|nắm\s+quyền|binh\s+biến",
    relative=r"(?<!\w)(?:vốn|đã\s+từng)(?!\w)[^,;]{0,40}$",
    sign=r"\bký\b|ký\s+kết|ký\s+thỏa\s+thuận",
    agreement_made=r"đạt\s+(?:được\s+)?thỏa\s+thuận|nhất\s+trí",
    statement=r"cho\s+biết|tuyên\s+bố|thông\s+báo|khẳng\s+định|kêu\s+gọi|cam\s+kết|nhấn\s+mạnh|cáo\s+buộc"
    r"|phát\s+biểu|\bnói\b|lên\s+án|bác\s+bỏ|(?<!theo\s)yêu\s+cầu|xác\s+nhận|\btheo\b",
)

_BY_LANGUAGE = {"en": _EN, "fr": _FR, "vi": _VI}
# Languages other than the three fall back to trying all of them.
_ALL = ("en", "fr", "vi")


@dataclass(frozen=True, slots=True)
class _Compiled:
    cues: dict[str, re.Pattern[str]]


@lru_cache(maxsize=4)
def _compiled(lang: str) -> _Compiled:
    cues = _BY_LANGUAGE[lang]
    return _Compiled({name: re.compile(getattr(cues, name), re.IGNORECASE) for name in cues.__slots__})


def _near(pattern: re.Pattern[str], text: str, start: int, end: int, before: int, after: int) -> bool:
    return bool(pattern.search(text[max(0, start - before) : end + after]))


def _clause_before(text: str, start: int, width: int) -> str:
    """Text before ``start`` back to the previous clause break, at most ``width`` characters."""
    chunk = text[max(0, start - width) : start]
    return re.split(r"[;:.!?]\s|,\s(?=(?:but|while|after|mais|tandis|sau\s+khi|nhưng)\b)", chunk)[-1]


# An auxiliary that makes a completion past, whatever deadline follows it.
_PERFECT = re.compile(r"(?:\b(?:has|have|had|a|ont|avait|avaient)\s+(?:\w+\s+)?|đã\s+)$", re.IGNORECASE)


def _withdrawal(text: str, c: dict[str, re.Pattern[str]], future: bool) -> str | None:
    occurrences = []
    for m in c["withdraw"].finditer(text):
        if c["demand"].search(_clause_before(text, m.start(), 60)):
            continue  # "called for the withdrawal", "yêu cầu ... lập tức rút quân": a demand
        occurrences.append(m)
    withdrew = [
        m for m in c["withdrew"].finditer(text) if not c["demand"].search(_clause_before(text, m.start(), 60))
    ]
    if not occurrences and not withdrew:
        return None
    if future:
        return "withdrawal_announced"

    def is_future(start: int) -> bool:
        return bool(c["future"].search(_clause_before(text, start, 30)))

    spans = [(m.start(), m.end()) for m in occurrences] + [(m.start(), m.end()) for m in withdrew]
    planned = any(
        is_future(s) or c["future"].search(text[s:e]) or c["deadline"].search(text[e : e + 60])
        for s, e in spans
    )
    for s, e in spans:
        done = c["complete"].search(text[max(0, s - 60) : e + 60])
        if done:
            at = max(0, s - 60) + done.start()
            if is_future(at):
                planned = True  # "dự kiến sẽ hoàn thành": a completion still to come
            elif not planned or _PERFECT.search(text[max(0, at - 30) : at]):
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


def _classify(text: str, lang: str, future: bool) -> str:
    c = _compiled(lang).cues
    if c["attack"].search(text):
        return "attack"
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
    if c["casualty"].search(text):
        return "casualties"
    if c["deploy"].search(text):
        return "deployment"
    for m in c["coup"].finditer(text):
        if not c["relative"].search(text[max(0, m.start() - 60) : m.start()]):
            return "coup"
    if c["sign"].search(text) and re.search(
        r"agreement|accord|deal|treaty|pact|traité|thỏa\s+thuận|hiệp\s+định|hiệp\s+ước|protocol", text, re.I
    ):
        return "agreement"
    if c["agreement_made"].search(text):
        return "agreement"
    if c["statement"].search(text):
        return "statement"
    return "other"


def classify_event(text: str, language: str, *, future: bool = False) -> str:
    """One of ``EVENT_TYPES`` for the event ``text`` reports.

    ``future`` says the caller knows the event's date is a planned one; a
    withdrawal then counts as announced, whatever its verb.
    """
    lang = (language or "").split("-")[0].lower()
    if lang in _BY_LANGUAGE:
        return _classify(text, lang, future)
    for candidate in _ALL:  # unknown language: the first that finds something specific wins
        kind = _classify(text, candidate, future)
        if kind not in {"other", "statement"}:
            return kind
    return "other"


def event_type_label(event_type: str) -> str:
    """How the browser shows a type: "withdrawal_completed" -> "withdrawal completed"."""
    if event_type not in EVENT_TYPES:
        return event_type.replace("_", " ") if event_type else "other"
    return event_type.replace("_", " ")


_TYPE_CUES: dict[str, tuple[str, ...]] = {
    "attack": ("attack",),
    "withdrawal_completed": ("withdrew", "withdraw"),
    "withdrawal_started": ("withdraw", "withdrew"),
    "withdrawal_announced": ("withdraw", "withdrew"),
    "handover": ("handover",),
    "mission_ended": ("ended",),
    "casualties": ("casualty",),
    "deployment": ("deploy",),
    "coup": ("coup",),
    "agreement": ("sign", "agreement_made"),
    "statement": ("demand", "statement", "announce"),
}
"""Which cues of ``_Cues`` make each type: where its verb (or noun) is in the sentence."""


def event_cue(text: str, language: str, event_type: str) -> tuple[int, int] | None:
    """Where the word that makes ``text`` an event of ``event_type`` is ("withdrew", "rời khỏi").

    A withdrawal someone only demands is skipped, as ``classify_event`` skips
    it; ``None`` for ``other`` or when no cue of the type is found.
    """
    lang = (language or "").split("-")[0].lower()
    langs = (lang,) if lang in _BY_LANGUAGE else _ALL
    for candidate in langs:
        c = _compiled(candidate).cues
        for name in _TYPE_CUES.get(event_type, ()):
            for m in c[name].finditer(text):
                if name.startswith("withdr") and c["demand"].search(_clause_before(text, m.start(), 60)):
                    continue
                return m.start(), m.end()
    return None
