"""English cues of acts beyond a force's presence (store/about/acts.py): arrests, releases, expulsions,
media bans and suspensions. Each is read only when nobody merely demands it ("demanded their release")."""

# People an arrest or a release is of: "arrested 49 soldiers", "the 46 detainees were freed".
_PEOPLE = (
    r"(?:soldiers|troops|servicemen|officers|officials|prisoners|detainees|hostages|captives|suspects|"
    r"journalists|opponents|activists|ministers|nationals|citizens|people|men|women)"
)

# "took note of the request and will withdraw": a conjunction before a verb, not before a second object
# An order is the act itself when it is the speaker's to carry out: "ordered the expulsion of" expels
ORDER = r"\border(?:s|ed)?\b"
# A passive auxiliary: "France 24 was suspended" (the broadcaster is the ban's object, not a source).
PASSIVE = r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\b"

NEW_PREDICATE = r"\s(?:and|but)\s+(?!(?:the|a|an|its|their|his|her|all|that|to|of|for)\b)(?=(?-i:[a-z]))"

# A person told to leave within hours or a few days (troops are given months): "must leave the country
# within 48 hours", "told the envoy to leave within three days". Asked or told, it is the expulsion.
LEAVE_DEADLINE = (
    r"\bleave\s+(?:\S+\s+){0,4}?within\s+(?:(?:\d+|twenty-four|forty-eight|seventy-two)\s+hours|"
    r"(?:[1-7]|one|two|three|four|five|six|seven)\s+days)\b"
)

ACT_CUES = {
    # "arrested 49 soldiers", "were detained on arrival", "the arrest of", "taken into custody"
    "arrest": (
        r"\barrest(?:s|ed|ing)?\b(?!\s+warrants?)|\bdetain(?:s|ed|ing)?\b|\bdetention\s+of\b|"
        r"\btaken\s+into\s+custody\b|\btook\s+(?:\w+\s+){0,3}?into\s+custody\b|\bjail(?:s|ed)\b"
    ),
    # "pardoned 46 soldiers", "the hostages were freed", "released the detainees" (not "released a statement")
    "release": (
        r"\bpardon(?:s|ed|ing)?\b|\bamnest(?:y|ied)\b|\bset\s+(?:\w+\s+){0,3}?free\b|"
        rf"\b(?:released?|releasing|freed|frees|freeing)\s+(?:(?:the|all|its|their|some|about|nearly|"
        rf"over)\s+)*(?:\w+\s+){{0,2}}?{_PEOPLE}\b|"
        rf"\b{_PEOPLE}\s+(?:\w+\s+){{0,4}}?(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
        r"(?:\w+\s+)?(?:released|freed|pardoned)\b|\brelease\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?"
        rf"{_PEOPLE}\b"
    ),
    # "expelled France's ambassador", "declared persona non grata", "gave the envoy 72 hours to leave"
    "expel": (
        r"\bexpel(?:s|led|ling)?\b|\bexpulsions?\b|\bpersona\s+non\s+grata\b|"
        r"\b(?:gave|given|giving|gives|give)\s+(?:\S+\s+){0,6}?(?:hours|days)\s+to\s+leave\b|"
        # "threw out MINUSMA's spokesman", "kicked out the French ambassador" (not "threw out the case")
        r"\b(?:threw|throws|thrown|throwing|kick(?:s|ed|ing)?)\s+out\s+(?:\S+\s+){0,4}?(?:ambassador|envoy|"
        r"diplomats?|representative|spokes(?:man|woman|person)|official|head|chief|director)\b|"
        # "must leave the country within 48 hours": a person given hours to go (troops are given months)
        + LEAVE_DEADLINE
        + "|"
        # "ordered the French ambassador to leave" (not "ordered him out" weeks before he left)
        r"\bordered\s+(?:\S+\s+){0,5}?(?:ambassador|envoy|diplomats?|representative|spokes(?:man|woman|person)|"
        r"charg[ée]\s+d'affaires)\S*\s+(?:\S+\s+){0,4}?to\s+leave\b|"
        # "ordered three French diplomats out of the country" (not "ordered troops out of Gao": a diplomat)
        r"\bordered\s+(?:\S+\s+){0,5}?(?:ambassador|envoy|diplomats?|representative|spokes(?:man|woman|person)|"
        r"charg[ée]\s+d'affaires)\S*\s+out\s+of\b"
    ),
    # What a media ban falls on: broadcasters, channels, newspapers, their broadcasts
    "media": (
        # (not any "channel": "diplomatic channels" carry no broadcast)
        r"\b(?:broadcasters?|broadcasts?|broadcasting|radio\s+stations?|(?:television|TV|news)\s+(?:stations?|"
        r"channels?)|newspapers?|media\s+outlets?|news\s+outlets?|news\s+sites?|transmissions?)\b"
    ),
    # Verbs that stop something (a ban on a medium when it is their object)
    "ban": (
        r"\bban(?:s|ned|ning)?\b|\bshut\s+down\b|\bshutting\s+down\b|\bblock(?:s|ed|ing)?\b|"
        r"\bsuspen(?:d|ds|ded|ding|sion)\b|\bcut\s+(?:off\s+)?(?:the\s+)?signal\b|"
        # "cut off the broadcasts of RFI"
        r"\b(?:cuts?|cutting)\s+off\b"
    ),
    # A ban whose words name the medium: "took France 24 off the air"
    "media_ban": r"\b(?:took|taken|taking|takes)\s+(?:\S+\s+){1,4}?off\s+(?:the\s+)?air\b",
    # "suspended all troop rotations", "the suspension of joint operations", "Mali was suspended from"
    "halt": (
        r"\bsuspen(?:d|ds|ded|ding|sion)\b|"
        # "will temporarily stop its contingent from operating", "temporarily halted its flights"
        r"\btemporarily\s+(?:stop|halt|cease|freeze)(?:s|ped|ed|ping|ing)?\b|"
        # "is halting its training of Malian troops", "stopped training the army": a cooperation stopped
        r"\b(?:halt|stop|cease|freeze)(?:s|ped|ed|ping|ing)?\s+(?:(?:its|their|the|all|military|joint)\s+){0,2}?"
        r"(?:training|instruction|cooperation|co-operation)\b"
    ),
    # Organisations or their activities banned: "barred every non-governmental organisation that", "banned
    # all activities of NGOs" (not an activity its actor suspends: aid, rotations)
    "outlaw": (
        r"\b(?:bann(?:ed|ing)|bans|barred|barring|bars)\s+(?:\S+\s+){0,4}?(?:activities|non-governmental\s+"
        r"organi[sz]ations?|NGOs?|charities)\b"
    ),
    # Diplomatic ties cut: "broke off diplomatic relations with", "severed ties with", "cut diplomatic ties"
    "ties": (
        r"\b(?:broke|breaks|break|breaking|broken|cut|cuts|cutting|sever(?:s|ed|ing)?)\s+(?:off\s+)?"
        r"(?:(?:its|their|all|diplomatic)\s+){0,3}(?:relations|ties)\b|"
        # "broke with Kyiv": broken with a country or its capital (not "broke with tradition")
        r"\b(?:broke|breaks|broken)\s+with\s+(?-i:[A-Z])\w+|"
        r"\b(?:rupture|severing|breaking\s+off)\s+of\s+(?:(?:its|their|all|diplomatic)\s+){0,3}(?:relations|ties)\b"
    ),
    # Who soldiers hold in a coup: a sitting head of state or government (not "former president")
    "leader": r"(?<!former\s)(?<!ex-)\b(?:president|prime\s+minister|head\s+of\s+state)\b",
    # A peace accord ended: "ended the 2015 peace agreement", "pulled out of the peace deal"
    "accord_end": (
        r"\b(?:end(?:s|ed|ing)?|terminat(?:es|ed|ing)|scrap(?:s|ped|ping)|tore\s+up|pull(?:s|ed)?\s+out\s+of|"
        r"withdr(?:ew|aws?)\s+from)\s+(?:\S+\s+){0,4}?peace\s+(?:accord|agreement|deal)\b|"
        r"\bend\s+of\s+(?:\S+\s+){0,4}?peace\s+(?:accord|agreement|deal)\b"
    ),
}

# A decision told by pointing back at one told before ("Bamako had taken the same decision on Sunday"): it is
# an act of that kind (store/extraction/act_then_day.py).
SAME_DECISION = (
    r"\b(?:the\s+same|a\s+similar|that|this)\s+(?:decision|step|move)\b|"
    # "Mali followed suit", "Mali followed on Tuesday with a statement": did what the sentence before told
    r"\bfollowed\s+suit\b|\bfollowed\s+(?:on\s+\w+day|the\s+next\s+day|a\s+day\s+later)\b"
)

# A thing declared dead, void or over ("the junta declared it dead", "declared the 2015 accord null and void",
# "the peace deal is dead"): an agreement ended, no death. "it" is a thing; "him" could be a person.
_THINGS = r"(?:accord|agreement|deal|pact|treaty|process|talks|truce|ceasefire|charter)"
THING_DECLARED_DEAD = (
    rf"\bdeclar(?:ed|es|ing)\s+(?:it|(?:the|a|its|this|that)\s+(?:[\w'’-]+\s+){{0,6}}?{_THINGS})\s+"
    # "over" only ends the phrase: "declared a ceasefire over the holiday" ends nothing
    r"(?:dead|void|null(?:\s+and\s+void)?|defunct|over(?=\s*[,.;:]|\s*$))\b|"
    rf"\b{_THINGS}\s+(?:is|was)\s+(?:now\s+)?dead\b"
)
# A thing declared dead with no noun of its own ("declared it dead"): it is what an earlier sentence names
THING_PRONOUN = r"\bdeclar(?:ed|es|ing)\s+it\s+(?:dead|void|null|defunct|over(?=\s*[,.;:]|\s*$))"
# A peace accord, named or told as one made with rebels ("the agreement brokered between Bamako and the rebel
# coalition"): what a thing declared dead ends
PEACE_ACCORD = (
    r"\bpeace\s+(?:accord|agreement|deal|process)\b|"
    r"\b(?:accord|agreement|deal)\b(?:\s+\S+){0,12}?\s+(?:with|between)\s+(?:\S+\s+){0,8}?(?:rebels?|armed\s+groups)\b"
)

# "The news came a day after Mali's junta suspended all rotations": the act after "after" came that many
# days before the one the story tells (store/extraction/came_after.py); the count as ``CAME_AFTER_COUNTS``.
CAME_AFTER = (
    r"^\W*(?:the|this|that)\s+(?:news|decision|move|announcement|step|expulsion|suspension|ban)\s+"
    r"(?:came|comes)\s+(?:just\s+|only\s+)?(?P<n>a|one|two|three|\d)\s+days?\s+after\b"
)
CAME_AFTER_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
