"""English cues: the tense of a clause (store/dates/tense.py) and event types (store/about/event_types.py)."""

TENSE_FUTURE = (
    r"will|shall|won't|'ll|would|going\s+to|must|(?:has|have)\s+to|(?:is|are|was|were)\s+(?:expected|set|scheduled|due|slated|"
    r"poised|planned|supposed)\s+to|plans?\s+to|"
    # "is to be complete by December 31", "are to leave by June": the "be to" of an arrangement
    r"(?:is|are|was|were)\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)(?-i:[a-z])\w+|"
    r"planning\s+to|intends?\s+to|aims?\s+to|to\s+be\s+\w+ed|"
    r"upcoming|next|coming|until|till|deadline|"
    # "the handover, planned for January 15, was confirmed": a date a plan is set for lies ahead of it
    r"(?:planned|scheduled|slated|set|due)\s+(?:for|on)(?=\s+(?:\d|[A-Z]))|"
    # A term that ends on a date told in the present ("the mandate expires on June 30"): ahead, as
    # Spanish "vence el 30 de junio".
    r"(?:expires?|ends|lapses?|runs\s+out)(?=\s+on\s+(?:\d|[A-Z][a-z]+\.?\s+\d))"
)
TENSE_PAST = (
    r"was|were|had|did|has|have|having|ago|last|previously|earlier|yesterday|since|began|begun|"
    r"left|took|"
    r"said|told|led|broke|seized|saw|made|held|came|went|gave|sent|withdrew|fought|lost|met|paid|won|"
    r"struck|killed|overthrew|drove|fled|rose|fell|ran|hit|shot|spent|built|kept|brought|caught|sought|"
    r"wrote|spoke|chose|stood|became|overran|swept|stole|forced|"
    r"flew|drew|threw|grew|knew|wore|rode|hid|bought|taught|sold|found|meant|dealt|shook|woke|arose|swore|"
    r"tore|sank|slept|dug|hung|stuck|withheld|upheld|overtook|undertook|oversaw|\w{3,}ed"
)
# No PERFECT_INFINITIVE: "must have crossed the border on August 2" guesses at the past far more often
# than it sets a deadline.
# Passive or adjectival "-ed" words that do not mark the past ("expected to", "planned withdrawal").
NOT_PAST = frozenset(
    {
        "expected", "scheduled", "planned", "set", "authorized", "authorised", "intended", "proposed",
        "supposed", "destined", "aimed", "determined", "committed", "concerned", "based", "united",
        "integrated", "armed", "called", "tied", "named", "related", "linked", "described",
        "unprecedented", "interested", "advanced",
    }
)  # fmt: skip
# Before a "-ed" word, these make it a present passive ("is being groomed", "are based"), not the past.
PRESENT_PASSIVE_BEFORE = r"(?:is|are|am|being|be)\s+(?:\w+ly\s+)?$"
# A past-looking word after a determiner is an adjective or a noun: "the last soldiers", "the wounded".
NOUN_AFTER = r"(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$"
# A span of time still to come after an announced withdrawal ("announced the complete withdrawal within four
# to six months", "over the next six months"): what is announced is a plan, whatever "complete" says.
PERIOD_TO_COME = (
    r"\b(?:within|over\s+the\s+(?:next|coming)|in\s+the\s+(?:next|coming))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:days|weeks|months|years)\b"
)
# An infinitive or "that" between a past verb and a date makes the date a plan ("asked it to start on
# July 1", "asked that the withdrawal start on July 1"); a past verb after them takes the date back.
# A past verb of phase or attempt before an infinitive dates the act itself, no plan ("began to leave in
# mid-July", "tried to cross on Monday").
ASPECTUAL = r"began|begun|started|continued|kept|stopped|ceased|resumed|tried|attempted|managed|failed"
# "to" before a verb, not the preposition before a place, a name or a possession ("its ambassador to
# Niamey", "returned to France", "handed over to its army"): a verb is written in lower case.
INFINITIVE = (
    r"\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|some|all|about|around|nearly|power|"
    r"office)\b)(?-i:[a-z])\w+|\bthat\s+"
)
# Verbs and phrases that attribute a statement: the day they give is the day of "today" in the quote.
SPEECH = (
    "said",
    "says",
    "read",
    "stated",
    "statement",
    "announced",
    "told",
    "declared",
    "according to",
)
# The word that opens a reported statement after a speech verb ("said that ...").
REPORTED_THAT = ("that",)
# Who goes on speaking without being named again ("He said the troops would leave by December"): the
# speaker of the statement just reported (store/extraction/speaker_days.py).
SPEAKER_PRONOUNS = ("he", "she")
# Present verbs of saying, as chronology entries write them ("Nov. 22: Berlin confirms its troops will
# leave"): what follows is what was said, not the entry's own tense (store/dates/tense.py).
REPORTING_PRESENT = (
    "says", "say", "confirms", "confirm", "announces", "announce", "declares", "declare", "states",
    "warns", "insists", "promises", "pledges", "vows", "tells", "informs", "notifies", "adds", "notes",
    "explains", "stresses",
)  # fmt: skip
CLAUSE_WORDS = ("and", "but", "while", "whereas", "after", "before", "as", "when", "that")

# Words that put an act before the story's own day ("had handed over", "earlier", "already"): a sentence
# with one does not take the date of the sentence before it (store/dates/continuation.py).
BACKGROUND = r"had|earlier|previously|already|before|once|formerly"
# Of those, the auxiliaries a report shifts back after a past verb of saying and "that" ("confirmed that
# the withdrawal had been completed"): the tense of what was said, no step back of the story.
BACKSHIFT = ("had",)
# "Rebels said they had taken the camp": English may leave out the "that" opening what was said.
THAT_MAY_BE_LEFT_OUT = True

# Event-type cues, regex fragments per stage (store/about/event_types.py says how each is used).
# What a government withdraws that is no troop: "withdrew approval for the EU mission", "withdrew its
# consent", "withdrew its support for the candidate" (the mission may end; nobody left yet).
_NOT_TROOPS = (
    r"(?!\s+(?:(?:its|their|the|his|her|all)\s+)?(?:approval|consent|support|recognition|accreditation|"
    r"authori[sz]ation|permission|candidacy|invitation|nomination)\b)"
)

# Who is brought back when a force goes home ("brought its special forces back"): not an envoy, not a law.
_TROOPS = (
    r"(?:troops|soldiers|forces|contingent|personnel|peacekeepers|units|detachment|servicemen|instructors)"
)

# "gave French troops a month to leave", "gives Paris one month to pull its soldiers out": an ultimatum,
# someone else's departure demanded (a person given hours is expelled: acts.py); not "gave itself".
_ULTIMATUM = (
    r"\b(?:gave|give[sn]?|giving)\s+(?!(?:itself|themselves|himself|herself)\b)(?:\S+\s+){0,4}?"
    r"(?:a|one|two|three|six|\d+)\s+(?:weeks?|months?)\s+to\b"
)

EVENT_CUES = {
    "attack": (
        r"(?:an?|the|this|that|deadly|suicide|terrorist|jihadist|latest)\s+(?:\w+\s+)?(?:attack|"
        r"ambush|assault)\b|\battack\s+on\b|\battacked\b|\bambushed\b|\bIEDs?\b|"
        r"improvised\s+explosive|explosive\s+device|\blandmine|\broadside\s+bomb|\bcar\s+bomb|"
        r"suicide\s+bomb|\bshelling\b|\bmortar\s+fire|\brocket\s+fire|\bstruck\s+by\b|"
        r"\bexplosion\b|\bblast\b"
    ),
    "withdraw": (
        rf"\bwithdr[ae]w\w*\b{_NOT_TROOPS}|"
        r"\bwithdrawals?\b|\bpull(?:s|ed|ing)?\s+(?:\w+\s+){0,5}?out\b|"
        r"\bpull-?outs?\b|\bleav(?:e|es|ing)\b|\bleft\b|\bdepart(?:s|ed|ing|ure)?\b|\bexit(?:s|"
        r"ed)?\b|\brepatriat\w+|\bdrawdown|\bvacat(?:e|ed|es|ing)\b|\bgone\b|\bquit(?:s|ting)?\b|"
        r"\bdisengage\w*|\bredeploy\w*\s+(?:\w+\s+){0,4}?(?:from|out\s+of)\b|"
        r"\brelocat\w+\s+(?:\w+\s+){0,4}?(?:from|out\s+of)\b|"
        # "will bring home its 100 soldiers": a repatriation
        r"\b(?:bring|brings|bringing|brought)\s+(?:\w+\s+){0,5}?home\b|"
        # "will bring back its special forces", "brought its soldiers back": troops, not an envoy or a law
        rf"\b(?:bring|brings|bringing|brought)\s+(?:back\s+(?:\w+\s+){{0,3}}?{_TROOPS}|(?:\w+\s+){{0,4}}?{_TROOPS}\s+back)\b"
    ),
    "withdrew": (
        rf"\bwithdrew\b{_NOT_TROOPS}|"
        # "all Chinese peacekeepers are now out of Mali": out of a named place, no longer there
        r"\b(?:are|were)\s+(?:now\s+|all\s+|finally\s+){0,2}out\s+of\s+(?-i:[A-Z])\w+|"
        # "had already quit Aguelhok", "has now fully withdrawn": a perfect, an adverb or two between
        r"\b(?:has|have|had)\s+(?:(?:now|fully|completely|already|also|just|finally)\s+){0,2}(?:withdrawn|left|"
        r"departed|pulled|quit)\b|\bpulled\s+(?:\w+\s+){0,5}?out\b|\bleft\s+the\s+country\b|"
        r"\bvacated\b|\bdeparted\b|"
        # "left their camp": leaving a military post (not "left 10 dead", "left behind")
        r"\b(?:left|abandoned|evacuated)\s+(?:(?:their|its|the|a)\s+)?(?:\w+\s+){0,2}?(?:camp|base|post|"
        r"positions?|garrison|outpost)s?\b|"
        r"\b(?:redeployed|relocated)\s+(?:\w+\s+){0,4}?(?:from|out\s+of)\b|\bbrought\s+(?:\w+\s+){0,5}?home\b|"
        rf"\bbrought\s+(?:back\s+(?:\w+\s+){{0,3}}?{_TROOPS}|(?:\w+\s+){{0,4}}?{_TROOPS}\s+back)\b|"
        # "there are no more French soldiers in Mali": the last of a force gone, told as a state
        r"\bthere\s+(?:are|is)\s+(?:now\s+)?no\s+(?:more|longer\s+any)\s+(?:[\w-]+\s+){0,4}?"
        r"(?:troops|soldiers|forces|peacekeepers)\b"
    ),
    "ongoing": (
        r"\b(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+)?(?:withdrawing|leaving|"
        r"departing|pulling)\b"
    ),
    "deadline": (
        r"^\W*(?:\w+\W+){0,3}?by\s+(?:mid-?|the\s+end\s+of\s+|early\s+|late\s+|end-)?(?:\d|jan|"
        r"feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|the\s+end|spring|summer|autumn|winter)"
    ),
    "complete": (
        r"\bcomplet(?:ed|es|e|ing|ion)\b|\bcompletely\b|\bfinali[sz]ed\b|\bfinished\b|\bwrapped\s+up\b|"
        r"\bdefinitive(?:ly)?\b|\bfully\b|\blast\s+(?:\w+\s+){0,2}?(?:troops|soldiers|"
        r"peacekeepers|convoy|contingent|elements|personnel|members|units|detachment)\b|"
        r"\bfinal\s+(?:\w+\s+){0,2}?(?:troops|soldiers|peacekeepers|convoy|contingent|elements)\b|\bgone\b|"
        # "the official end of the withdrawal": its completion
        r"\bend\s+of\s+(?:the|its|their)\s+(?:\w+\s+)?(?:withdrawal|pull-?out|drawdown)\b|"
        # "the handover brought the pull-out to an end", "put an end to the withdrawal", "ended the drawdown":
        # an ending said of the withdrawal, whatever its subject (a step, a handover, a convoy)
        r"\b(?:br(?:ings?|ought)|puts?|putting)\s+(?:the|its|their)\s+(?:\w+\s+)?(?:withdrawal|pull-?out|"
        r"drawdown)\b[^,;.]{0,40}?\bto\s+an?\s+(?:end|close)\b|"
        r"\bput(?:s|ting)?\s+an\s+end\s+to\s+(?:the|its|their)\s+(?:\w+\s+)?(?:withdrawal|pull-?out|drawdown)\b|"
        r"\b(?:end(?:s|ed)?|clos(?:es|ed))\s+(?:the|its|their)\s+(?:\w+\s+)?(?:withdrawal|pull-?out|drawdown)\b|"
        # "their withdrawal became effective at midnight": a withdrawal in force is done
        r"\b(?:became|has\s+become|have\s+become)\s+effective\b|\b(?:took|has\s+taken|have\s+taken)\s+effect\b"
    ),
    "start": (
        r"\bbeg[ai]n\w*|\bbegun\b|\bstart(?:s|ed|ing)?\b|\bcommenc\w+|\bkick(?:s|ed)?\s+off\b|"
        r"\blaunch(?:es|ed)\b|\bunder\s?way\b|\bfirst\s+(?:\w+\s+){0,2}?(?:troops|soldiers|convoy|"
        r"contingent|batch|group)\b|\bproceed(?:s|ed|ing)\b|\bin\s+the\s+process\s+of\b|"
        r"\bongoing\b"
    ),
    "future": (
        r"\bwill\b|\bwould\b|\bshall\b|'ll\b|\bto\s+(?:\w+ly\s+)?$|\bplans?\b|\bintends?\b|"
        r"\bexpected\b|\bset\s+to\b|\bgoing\s+to\b|\bdecided\b|\bdecision\b|\bpromised\b|"
        r"\bpledged\b|\bvowed\b"
    ),
    # "notified the organisation of its withdrawal": leaving a body is notified to it
    "announce": (
        r"\bannounc\w+|\bdeclar\w+|\bconfirm\w*|\bdecided\b|\bunveil\w*|\bnotif(?:y|ies|ied|ication)\b"
    ),
    "ultimatum": _ULTIMATUM,
    "demand": (
        r"\bcall(?:s|ed|ing)?\s+(?:for|on)\b|\bdemand\w*|\brequest\w*|\border(?:s|ed)?\b|"
        r"\burg(?:e|es|ed)\b|\basked\b|\bpush(?:ed)?\s+for\b|\bexpel\w*|"
        # "wanted French troops gone": wanting someone else out (not "wanted to leave")
        r"\bwant(?:s|ed)?\s+(?!to\b)|" + _ULTIMATUM
    ),
    # "lowered its flag at the camp": a force's flag comes down where it leaves (not to half-mast)
    "flag": (
        r"\blower(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?flags?\b(?!\s+(?:\w+\s+){0,2}?(?:to\s+)?half)|"
        r"\bflags?\s+(?:was|were|has\s+been|had\s+been)\s+lowered\b(?!\s+(?:\w+\s+){0,2}?(?:to\s+)?half)|"
        # "the Malian flag was raised over the camp": a post now the host's (a camp, not a town retaken)
        r"\b(?:raised|hoisted)\s+(?:\w+\s+){0,3}?flags?\s+(?:over|on|at|above)\s+(?:the|its|their)\s+"
        r"(?:\w+\s+){0,2}?(?:camp|base|post|garrison)\b|\bflags?\s+(?:was|were|has\s+been|had\s+been)\s+"
        r"(?:raised|hoisted)\s+(?:over|on|at|above)\s+(?:the|its|their)\s+(?:\w+\s+){0,2}?(?:camp|base|post|garrison)\b"
    ),
    "handover": (
        r"\bhand(?:s|ed|ing)?\s+(?:\w+\s+){0,4}?over\b|"
        # "will take over the group's tasks": another force's tasks (not "take over the mine")
        r"\b(?:take|takes|took|taken|taking)\s+over\s+(?:[^\s,;]+\s+){0,3}?(?:tasks|duties|role|missions?|"
        r"responsibilit(?:y|ies))\b|"
        # "turned it over to the army", "turned over its base to": a post is handed over, not a tide
        r"\bturn(?:s|ed|ing)?\s+(?:it|them|(?:the|its|their|a)\s+(?:\w+\s+){0,2}?(?:camp|base|post|positions?|"
        r"compound|garrison)s?)\s+over\s+to\b|"
        r"\bturn(?:s|ed|ing)?\s+over\s+(?:the|its|their|a)\s+(?:\w+\s+){0,2}?(?:camp|base|post|positions?|"
        r"compound|garrison)s?\b|"
        r"\bhandover\b|\bhand-over\b|"
        # "handed its camp in Mopti to the army": a post given to someone, without "over"
        r"\bhand(?:s|ed|ing)\s+(?:(?:its|their|the|a)\s+)?(?:[\w'’-]+\s+){0,2}?(?:camp|base|post|compound|garrison)s?\s+"
        r"(?:\w+\s+){0,3}?to\b|"
        r"\btransferr?(?:ed|ing)?\s+(?:\w+\s+){0,4}?to\s+the\b|\bretroceded\b|"
        # "had already handed back its Timbuktu base": a post given back
        r"\bhand(?:s|ed|ing)?\s+back\s+(?:its|their|the|a|two|three|both)\s+(?:\w+\s+){0,2}?(?:camp|base|post|compound|"
        r"garrison)s?\b|"
        r"\btook\s+over\s+the\s+(?:camp|base)|"
        # "the first of the three bases to be handed back": a post named as given back
        r"\b(?:camp|base|post|compound|garrison)s?\b[^.;]{0,80}?\bto\s+be\s+(?:handed|given)\s+back\b|"
        # "had handed back its Timbuktu base", "handed the camp back to the army": a post given back
        r"\bhand(?:s|ed|ing)?\s+back\s+(?:(?:its|their|the|a)\s+)?(?:[\w-]+\s+){0,2}?(?:camp|base|post|compound|"
        r"garrison|barracks)s?\b|\bhand(?:s|ed|ing)?\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,2}?(?:camp|base|post|"
        r"compound|garrison|barracks)s?\s+back\b|"
        # "gave its military camp at Port-Bouet back to Ivory Coast", "gave the keys of their camp to"
        r"\b(?:gave|give[sn]?|giving)\s+(?:its|their|the|a|two|three|both)\s+(?:\w+\s+){0,2}?(?:camp|base|post|"
        r"compound|garrison|barracks)s?\b[^.;]{0,60}?\bback\s+to\b|"
        r"\b(?:gave|given|giving|handed)\s+(?:the|its|their)\s+keys\s+of\b|"
        # "returned its last base in Chad to the authorities", "gave up two camps in Dakar": a post given back
        r"\breturn(?:s|ed|ing)?\s+(?:its|their|the|a|two|three|both)\s+(?:\w+\s+){0,3}?(?:camp|base|post|compound|"
        r"garrison)s?\b|\b(?:gave|give[sn]?|giving)\s+up\s+(?:its|their|the|a|two|three|both)\s+(?:\w+\s+){0,3}?"
        r"(?:camp|base|post|compound|garrison)s?\b"
    ),
    "mission": (
        # "ended their operations in Burkina Faso": a force's operations, as its mission
        r"\bmission\b|\bmandate\b|\bMINUSMA\b|\boperations?\b|\bBarkhane\b|\bTakuba\b|\bEUTM\b|"
        r"\bServal\b|"
        # "ended its ten-year deployment", "ended its military presence": the end of a mission
        r"\bdeployment\b|\b(?:military|troop|foreign|armed)\s+presence\b|"
        r"\bpresence\s+of\s+(?:its|their|the)\s+(?:\w+\s+)?(?:troops|forces|soldiers)\b|"
        # "the task force ceased operating in Mali": a force that stops operating ends its mission
        r"\b(?:force|mission|contingent|troops|unit)\b[^.;:]{0,60}?\b(?:ceas(?:ed|es|ing)|stopped)\s+operating\b"
    ),
    "ended": (
        r"\bend(?:s|ed|ing)\b|\bcame\s+to\s+an?\s+end\b|\bcomes\s+to\s+its\s+end\b|\bend\s+of\b|"
        # "the mission formally completes its mandate": a mission that completes its mandate ends
        r"\bcomplet(?:e|es|ed|ing)\s+(?:its|their)\s+mandate\b|"
        # "France would end Operation Barkhane", read as "mettrait fin à", "werde ... beenden" are
        r"\b(?:will|would|shall)\s+(?:soon\s+|formally\s+|officially\s+)?end\b(?!\s+(?:up|of|in)\b)|"
        r"\bterminat\w+|\bexpir(?:ed|es)\b|\bofficially\s+over\b|\bofficial\s+end\b|"
        # "the mission formally closed on Dec. 31" (not "closed its camp"), "wound down its operations"
        r"\b(?:formally|officially)\s+closed\b(?!\s+(?:its|the|their|a|an|down|off)\b)|"
        r"\b(?:wound|winds|winding)\s+down\s+(?:its|their|the)\s+(?:\w+\s+)?(?:operations?|mission|presence|mandate)\b|"
        r"\b(?:ceas(?:ed|es|ing)|stopped)\s+(?:all\s+)?(?:its\s+|their\s+)?(?:operating|operations|activities)\b|"
        # "the task force had wound up", "was disbanded", "dissolved": a force that ceases to exist
        r"\b(?:wound|winds|winding)\s+up\b|\bdisband(?:ed|s|ing)?\b|\bdissol(?:ved|ves|ving|ution)\b"
    ),
    "casualty": (
        r"\bkill(?:ed|s|ing)\b|\bdied\b|\bdead\b|\bdeaths?\b|\bwounded\b|\binjur(?:ed|ies|ing)\b|"
        r"\blost\s+their\s+lives\b|\blosing\s+their\s+lives\b|\bcasualties\b|"
        r"\bkilled\s+in\s+action\b"
    ),
    "deploy": (
        r"\bdeploy\w*|\bredeploy\w*|\bdispatch\w*|\b(?:in\s+place|present|stationed|"
        r"based)\s+(?:in\s+\w+\s+)?since\b|\bsen[dt]s?\s+(?:\w+\s+){0,3}?(?:troops|soldiers|"
        r"forces)\b|\barriv(?:ed|al)\b(?!\s+at\s+(?:an?|the)\s+(?:agreement|deal|decision|conclusion|compromise|consensus)\b)|\bstation(?:ed|s)\b"
        # "will remain in the country", "stay on to train": a presence kept (not "remain in power")
        r"|\b(?:remain|stay)(?:s|ed|ing)?\s+(?:on\b|behind\b|in\s+the\s+country\b|on\s+the\s+ground\b)"
        # "launches Operation Serval", "launched a military operation": forces sent into action
        r"|\blaunch(?:es|ed|ing)?\s+(?:an?\s+|the\s+|its\s+)?(?:\w+\s+){0,2}?(?:operation|intervention)\b"
        # "France intervened militarily in Mali": troops sent into a war (not a threatened intervention)
        r"|\bintervene[sd]?\s+militarily\b"
        # "renewed for another year the Marfil air detachment": a force's stay prolonged
        r"|\b(?:renewed|extended|prolonged)\s+(?:\S+\s+){0,7}?(?:detachment|contingent)\b"
    ),
    "coup": (
        r"\bcoups?\b|\bputsch(?!ist)\w*|\bseized\s+power\b|\bseize\s+power\b|\btook\s+power\b|"
        # "announced that the army had taken power", "grabbed power", "seized control of the state"
        r"\b(?:taken|grabbed|grabs|seizes|takes)\s+power\b|\bseized\s+control\s+of\s+the\s+(?:state|country)\b|"
        r"\boverthrew\b|\bjunta\s+took\b|\bremoved\s+(?:\w+\s+){0,4}?from\s+power\b|"
        # "officers ousted the president", "was toppled" (not "the ousted president": an adjective)
        r"(?<!the\s)(?<!'s\s)(?<!\bits\s)\b(?:ousted|deposed|toppled|overthrown)\b"
    ),
    # Text before a cue that makes it qualify a noun, not tell the act (store/about/event_types.py
    # _subordinate): a participle after a comma (", closing a deployment"), "born of the coup", "after
    # the coup", an agreement noun its participle qualifies ("the defence pact signed with Paris").
    "modifier": (
        r",\s+(?!and\b|but\b|or\b)\w+ing\b[^,;]{0,40}$|\b(?:born|resulting|stemming|emerging)\s+(?:of|from)\s+"
        r"[^,;]{0,30}$|\b(?:after|since|following)\s+(?:the|a|its|their|last\s+year's)\s+(?:\w+\s+){0,2}$|"
        # "four days after soldiers overthrew the president": a clause of time, background to the main one
        r"\b(?:hours?|days?|weeks?|months?|years?)\s+after\s+(?:\w+\s+){1,3}$|"
        r"\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|protocols?)\b(?:(?!\b(?:was|were|is|are|be|"
        r"been|being|has|have|had|will|would|and)\b)[^,;.]){0,60}$"
    ),
    "relative": r"\b(?:which|who|that)\b[^,;]{0,40}$",
    "vote": (
        r"\bvot(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}?(?:to\s+(?:end|terminate|close|wind\s+up)|for\s+(?:the\s+)?"
        r"(?:end|termination|closure))\b|\bresolution\s+(?:\w+\s+){0,3}?(?:ending|terminating|closing|"
        r"to\s+end|to\s+terminate|that\s+ends)\b"
    ),
    "cross": (
        r"\bcross(?:ed|es|ing)?\s+(?:(?:the|a)\s+)?(?:\w+\s+)?(?:border|frontier)\b|\bcrossed\s+into\b|"
        # "crossed from Mali into Niger": from one country into another is a border
        r"\bcross(?:ed|es|ing)?\s+from\s+(?:\w+\s+){1,3}?into\b"
    ),
    "away": (
        r"\breturn(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?home\b|\b(?:arrived|landed|flew|came)\s+(?:\w+\s+){0,2}?"
        r"back\s+(?:home|in|to)\b|\bback\s+home\b|\bhomecoming\b|"
        # "left Tessalit", "left the town": troops leaving a place (a president who left Bamako did not)
        r"\bleft\s+(?:the\s+)?(?:town|city|region|area)\b|\bleft\s+(?-i:[A-Z])\w+"
    ),
    # Diplomats: one made to leave is expelled, not withdrawn ("gave France's ambassador three days to leave")
    "envoy": (r"\b(?:ambassadors?|envoys?|diplomats?|charg[ée]\s+d'affaires|consuls?)\b"),
    "troops": (
        r"\b(?:troops|soldiers|peacekeepers|forces|contingent|personnel|units|detachment|battalion|"
        r"servicemen|servicewomen|marines|paratroopers)\b"
    ),
    # Departures told as movements (store/about/event_types.py _departures): out of a place with troops
    # ("flew out of Niamey", "were airlifted out of Gao"), or any movement of "the last" troops.
    "exit": (
        r"\b(?:fl(?:y|ew|own|ying)|dr(?:ive|ove|iven|iving)|roll(?:ed|ing)?|sail(?:ed|ing)?|march(?:ed|ing)?|"
        r"mov(?:e|ed|ing)|head(?:ed|ing)?|truck(?:ed|ing)|airlift(?:ed|ing)|ferr(?:ied|ying)|ship(?:ped|ping)|"
        r"stream(?:ed|ing)|rode|steam(?:ed|ing)|evacuat(?:ed|ing)|decamp(?:ed|ing))"
        # (not "had driven Islamist fighters out of northern towns": others driven out)
        r"(?!\s+(?:\w+\s+)?(?:fighters|militants|jihadists|rebels|insurgents|terrorists|gunmen|Islamists)\b)"
        r"\s+(?:\w+\s+){0,2}?(?:out\s+of|away\s+from)\b|\b(?:took|taken|taking)\s+off\s+from\b"
    ),
    "travel": r"\b(?:landed|touched\s+down|took\s+off|flew|sailed|drove|rolled|boarded|embarked)\b",
    # An agreement that keeps troops in a country: its end is the announcement that they go.
    "pact": (
        r"\b(?:defen[cs]e|military|security|status[- ]of[- ]forces|basing)\s+(?:\w+\s+){0,2}?(?:agreements?|"
        r"accords?|pacts?|treat(?:y|ies)|cooperation|co-operation|partnership|deals?)\b|\bSOFA\b"
    ),
    # Verbs that end an agreement, read only beside a "pact" ("tore up the military accord").
    "revoke": (
        r"\b(?:tore|torn|tearing|tear)\s+up\b|\bscrap(?:s|ped|ping)?\b|\brevok(?:e|ed|es|ing)\b|\brescind\w*|"
        r"\bcancel(?:s|led|ed|ling|ing)?\b|\babrogat\w+|\brenounc\w+|\bdenounc\w+|\bwithdr[ae]w\w*\s+from\b|"
        r"\bpull(?:s|ed|ing)?\s+out\s+of\b"
    ),
    "sign": r"\bsign(?:s|ed|ing)?\b|\binked\b|\bconcluded\b",
    "agreement_made": (
        r"\b(?:reached|struck|clinched)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:agreement|deal|"
        r"accord)\b|\bagreed\s+(?:to|on)\b|\b(?:formed|established|created|"
        r"founded)\s+(?:\w+\s+){0,5}?(?:alliance|pact|confederation)\b"
    ),
    "statement": (
        r"\bsa(?:id|ys|y)\b|\bstat(?:ed|ement)\b|\bstates\s+that\b|\btold\b|\bdeclar\w+|"
        r"\bannounc\w+|\bcall(?:s|ed)\s+(?:on|for)\b|\burg(?:ed|es)\b|\baccus\w+|\bpledg\w+|"
        r"\bclaim\w*|\bstress\w+|\bwarn\w*|\bcriticiz\w+|\bcriticis\w+|\brequest\w*|\bdemand\w*|"
        r"\bconfirm\w*|\bdenie[sd]\b|\bcondemn\w*|\brejected\b|\baccording\s+to\b"
    ),
    # a demonstrative before a cue points at what was told before ("this deployment"): no new act
    "pointing": r"\b(?:this|that|these|those)\s+$",
}

# Auxiliaries that make a completion past ("had completed"), contrast words that open a new clause,
# nouns that make a signing an agreement.
PERFECT_AUX = ("has", "have", "had")
CONTRAST_WORDS = ("but", "while", "after")
AGREEMENT_NOUNS = (
    "agreement", "accord", "deal", "treaty", "pact", "protocol", "charter", "memorandum", "convention",
)  # fmt: skip
# Verbs that tell the signing itself: then the year in the agreement's name dates the sentence.
SIGNING = r"sign(?:ed|s|ing)?|seal(?:ed|s)|conclud(?:ed|es)|inked"


# Words that, before "that", make a conjunction of time or cause: no statement or plan follows ("now that
# the troops had left in May"; store/dates/temporal_clauses.py).
CONJUNCTION_BEFORE_THAT = ("now", "given", "except", "in spite of the fact", "despite the fact")
# A clause opened by these under a future or modal verb tells what is still to come ("could return once
# Chad has held its election on May 6"), whatever tense its own verb wears.
PENDING = ("once", "as soon as", "the moment")
# Verbs of what may come that TENSE_FUTURE leaves out ("could", "might": alone they also tell the past).
MODALS = ("could", "might", "can", "should")  # not "may": the month reads the same
# Verbs of writing and posting attribute a statement as "said" does: '"Today we were given 24 hours,"
# one of the reporters wrote on Saturday' is Saturday's today (store/dates/tense.py).
WRITING = ("wrote", "tweeted")  # not "posted": troops are "posted" to a town


# What opens a list of a group's members ("the partners, among them Sweden, Estonia and Italy"):
# those countries are who the group is, not where it is (store/about/member_countries.py).
MEMBERS_LISTED = (r"\b(?:among\s+them|among\s+whom)",)
