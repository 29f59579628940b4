"""English date words and shapes that CLDR (month, weekday names) and dateparser (relative days,
"ago", unit words, "last week") do not give. Placeholders in shapes: see store/dates/grammar.py."""

# News abbreviations CLDR lacks: it has "Sep" but wire copy writes "Sept. 27", "Dec 22".
MONTHS_EXTRA = {
    "sept": 9, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# English capitalises months and weekdays: lowercase "may", "march" are a verb and a noun.
NOT_MONTHS_WHEN_LOWERCASE = frozenset({"may", "march", "mar", "jun", "sep", "oct"})
WEEKDAYS_CAPITALISED = True

# "early/mid/late" and "the end of": CLDR and dateparser have no period modifiers.
MODS = {
    "early": "early", "mid": "mid", "late": "late", "the end of": "late", "end of": "late",
    "the beginning of": "early", "beginning of": "early", "the start of": "early", "start of": "early",
    "the middle of": "mid", "middle of": "mid", "the close of": "late",
}  # fmt: skip
# The preposition before a date says what it bounds ("since", "by"): dateparser drops these.
ROLES = {
    "since": "since", "until": "until", "till": "until", "by": "by", "before": "before", "after": "after",
    "following": "after", "from": "from", "in": "in", "on": "on", "during": "in", "ahead of": "before",
    "through": "until", "as of": "from", "as from": "from",
}  # fmt: skip
ROLE_ARTICLES = ("the",)
# Prepositions a shape may include in its span and that are trimmed from the date text.
# "set September 15 as the deadline": words after a date that make it a deadline (no preposition says so).
DEADLINE_AFTER = ("as the deadline", "as a deadline", "as the cut-off date", "as the final date")
# "left the country": the country of the sentence before (store/dates/continuation.py).
THE_COUNTRY = ("the country", "this country")
# A sentence that opens by pointing at the act told just before it ("It is the second base the troops
# have left"): it goes on with that act, even in a paragraph of its own (store/dates/continuation.py).
GOES_ON = (
    "It is the", "It was the", "This is the", "This was the", "That is the", "That was the",
    "This ",  # "This step ends the withdrawal": a demonstrative points at the act told before
)  # fmt: skip
# "The camp has been handed over": the site the act told just before left, or the act itself ("The handover
# went smoothly", "The withdrawal was completed in good order"), named again to go on with that act in a
# paragraph of its own (store/dates/continuation.py).
NAMED_AGAIN = (
    "The camp", "The base", "The air base", "The garrison", "The site", "The handover", "The ceremony",
    "The hand-over", "The withdrawal", "The pull-out", "The pullout", "The disengagement",
)  # fmt: skip
TRIM = ("in", "since", "by", "until", "till", "from", "during", "through", "before", "after", "of")
# "last Friday", "next month": direction words before a weekday, month or unit.
DIRECTIONS = {
    "last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
    "earlier this": 0, "later this": 0,
}  # fmt: skip
# dateparser lists "yesterday"/"today"; news also writes parts of the day.
# The weekend before the report: neither CLDR nor dateparser has a weekend.
LAST_WEEKEND = ("last weekend", "this past weekend", "the past weekend")
# A weekend named bare: in a report told in the past tense, the one just gone ("left over the weekend").
WEEKEND_TOLD = ("over the weekend", "at the weekend", "during the weekend", "on the weekend", "this weekend")
RELATIVE_DAYS_EXTRA = {
    "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
    "the day before yesterday": -2,
}  # fmt: skip
# Counting words dates use besides store.text.numbers ("a few days later").
NUMBER_WORDS = {"a": 1, "an": 1, "several": 3, "a few": 3, "few": 3}
# Narrative anchors: counted from the previous event, not from the publication date.
NARRATIVE_FIXED = {
    "the next day": 1, "the following day": 1, "the day before": -1, "the same day": 0, "that day": 0,
    "the previous day": -1,
    # The day being told, at another hour: "had handed over the base earlier in the day", "came hours
    # after the president said": neither CLDR nor dateparser counts from the story's own day.
    "earlier in the day": 0, "later in the day": 0, "earlier that day": 0, "later that day": 0,
    "that same day": 0, "that morning": 0, "that afternoon": 0, "that evening": 0, "the same morning": 0,
    "that night": 0,
    "the same evening": 0, "the same night": 0, "the same afternoon": 0, "that same evening": 0,
    "hours earlier": 0, "hours later": 0, "a few hours earlier": 0, "a few hours later": 0,
    "hours after": 0, "hours before": 0, "just hours after": 0, "only hours after": 0,
}  # fmt: skip
NARRATIVE_BACKWARD = frozenset({"earlier", "before", "previous", "preceding"})
# Words that open a sentence or a name-less phrase: "After 2015 Mali ...", "The 2012 Tuareg uprising".
FUNCTION_WORDS = frozenset({"The", "A", "An", "After", "Since", "When", "In", "By", "From", "Until"})
# Words that link the parts of a proper name ("the 2015 Agreement on Peace").
NAME_LINKS = frozenset({"on", "of", "for", "in", "and", "the", "to", "at"})
# Words no date shape can match without: a sentence with none of them (and no digit, month or weekday)
# skips every pattern.
# Words before a year that make it say which thing, not when ("the 2015 agreement").
ATTRIBUTIVE_BEFORE = ("the", "a", "an", "its", "their", "his", "her", "this", "that", "of")
TRIGGERS = (
    "today", "tonight", "yesterday", "tomorrow", "morning", "afternoon", "evening", "night", "last", "next",
    "this", "previous", "following", "coming", "earlier", "later", "ago", "afterwards", "day", "week",
    "month", "year", "end", "beginning", "start", "middle", "close", "hours",
)  # fmt: skip

_MOD = (
    r"(?:(?P<mod>early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|"
    r"the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of)[\s-]+)"
)
_PREP = r"in|since|by|until|till|from|during|through|before|after|of|early|late|mid"
# (regex with placeholders, handler) in priority order.
SHAPES = (
    (r"\b(?P<x>(?:%WD%,?\s+)?(?:the\s+)?%DAY%\.?(?:\s+of)?\s+%MONTH%,?\s+%YEAR%)\b", "absolute"),
    (r"\b(?P<x>(?:%WD%,?\s+)?%MONTH%\s+%DAY%,?\s+%YEAR%)\b", "absolute"),
    (r"\b(?P<x>(?:%WD%,?\s+)?(?:the\s+)?%DAY%(?:\s+of)?\s+%MONTH%)\b(?!\s*\d)", "absolute"),
    (r"\b(?P<x>(?:%WD%,?\s+)?%MONTH%\s+%DAY%)\b(?!\d|:\d|,?\s+(?:19|20)\d\d)", "absolute"),
    (rf"\b(?P<x>{_MOD}?%MONTH%,?\s+(?:of\s+)?%YEAR%)\b", "absolute"),
    (
        rf"(?:\b(?P<prep>{_PREP}|as\s+early\s+as|as\s+late\s+as|as\s+soon\s+as|as\s+recently\s+as)\s+|\b(?=(?:the\s+)?(?:end|beginning|start|middle)\s+of)|(?<=-))"
        rf"(?P<x>{_MOD}?%MONTH%)\b(?!\s+\d)",
        "month_alone",
    ),
    (r"\b(?P<x>(?P<dir>last|next|this|past)\s+%MONTH%)\b(?!\s+\d)", "month_alone_rel"),
    (
        rf"\b(?P<x>(?:{_MOD}|(?P<prep>in|since|by|until|till|from|during|before|after)\s+)?"
        # "mid-2023": after a modifier, the hyphen is no range
        r"(?(mod)|%NNB%)%YEAR%)%NNA%(?!th\b|s\b|'s\b|\s*[-–]\s*(?:19|20)?\d\d\b(?!,))",
        "year_alone",
    ),
    (r"\b(?P<x>(?:(?P<dir>last|next|this|past|coming)\s+)?%WD%)\b", "weekday"),
    (r"\b(?P<x>(?P<rel>%REL%))\b", "relative_day"),
    (
        rf"\b(?P<x>{_MOD}?(?P<dir>last|next|this|previous|coming|earlier\s+this|later\s+this)"
        r"\s+(?P<unit>week|month|year))\b",
        "relative_unit",
    ),
    (
        r"\b(?P<x>(?P<mod>the\s+end|the\s+beginning|the\s+start|the\s+middle|the\s+close)\s+of\s+"
        r"the\s+(?P<unit>year|month))\b",
        "relative_this",
    ),
    (r"\b(?P<x>%AGO%)\b", "ago"),
    (
        # "two years later sent troops": "later" and "earlier" date the clause they open, whatever follows
        # (but "later than planned"); "after" before a noun is "after the coup", counted from that
        r"\b(?P<x>%NUM%\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>later|afterwards|after|earlier))"
        r"(?=\W*$|\s*[,.;:]|(?<=later|rlier)\s+(?!than\b)[a-z])",
        "narrative",
    ),
    (
        r"\b(?P<x>(?:the\s+)?(?P<dir>following|next|previous|preceding)\s+(?P<unit>day|month|year))\b",
        "narrative",
    ),
    # "The following week, ...": from the act told ("next week" alone counts from the report's date)
    (r"\b(?P<x>(?:the\s+)?(?P<dir>following|previous|preceding)\s+(?P<unit>week))\b", "narrative"),
    # "Two days before the summit, the juntas had ...": a clause opened by a count before or after an act
    # the story has just told is counted from that act's day (as Spanish "dos días antes de la cumbre")
    (
        r"^\W*(?P<x>%NUM%\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+the\s+[a-z]+(?:\s+[a-z]+)?)"
        r"(?=\s*,)",
        "narrative",
    ),
    (r"\b(?P<x>(?P<fixed>%FIXED%))\b", "narrative_fixed"),
    # "before the year is out", "before the month ends": by the end of this year (month)
    (
        r"\b(?P<x>before\s+the\s+(?P<unit>year|month)\s+(?:is\s+out|ends|ended|was\s+out|runs\s+out))\b",
        "unit_ending",
    ),
    # "on the 4th of this month", "on the 4th.": a day of this month or the one next to it
    (r"\b(?P<x>the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+this\s+month)\b", "day_of_month"),
    (r"\bon\s+(?P<x>the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th))(?=\s*[,.;]|\s*$)", "day_of_month"),
)

# A pointing word and a period: the time the report told last ("The same evening, ...", "that month"),
# spelled out by store/dates/same_time.py. Neither CLDR nor dateparser counts from a story's own time.
SAME_TIME_FRAMES = ("the same {}", "that same {}", "that {}", "later that {}", "earlier that {}")
SAME_TIME_PERIODS = {
    "day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
    "month": "month", "year": "year",
}  # fmt: skip
# Addresses given on one day of the year (store/dates/occasions.py): heads of state speak on December 31.
OCCASIONS = {
    phrase: (12, 31)
    for phrase in (
        "New Year's Eve address", "New Year's Eve speech", "New Year's Eve message", "New Year's address",
        "New Year's speech", "New Year's message", "New Year address", "New Year speech", "New Year message",
        "end-of-year address",
    )
}  # fmt: skip
# Nouns whose date is a deadline, whatever the verb that set it ("the deadline was set for January 31";
# store/dates/deadline_nouns.py).
DEADLINE_NOUNS = ("deadline", "cut-off date", "cutoff date", "ultimatum")

# "the first base handed back since March": an act counted among those since a date, so after it
# (store/extraction/after_since.py)
COUNTED_SINCE = r"\b(?:first|second|third|fourth|fifth|last|latest|only)\b|\b\d+(?:st|nd|rd|th)\b"

# Words that open a relative clause ("a deployment that began in 2013"): store/dates/relative_clauses.py
RELATIVE_PRONOUNS = ("that", "which", "who", "whom", "whose", "where")
# Words right before "that" that make it a conjunction ("now that the last troops left on Friday"):
# store/dates/relative_clauses.py
CONJUNCTION_HEADS = ("so", "now", "given", "such", "except", "provided", "in order")
# Words before a year that say how old something is: store/dates/handlers.py ``_tells_an_age``
AGE_BEFORE = ("dating back to", "dating from", "date back to", "dates back to", "dating to")
# "In November, ...: Britain on the 14th and Germany on the 22nd": a day of the month the sentence names
# (store/dates/days_of_a_told_month.py)
# "The withdrawal, begun in February, ended on Monday": a participle of beginning set off by commas after a
# noun dates that noun's start (store/dates/begun_phrases.py); an auxiliary makes it a tense ("has begun").
BEGUN = (
    r"[^\W\d_][\w'’-]*\s*,\s+(?P<verb>begun|started|launched|initiated|commenced|undertaken|set\s+in\s+motion)"
    r"\s+(?:[^\W\d_][\w'’-]*\s+){0,3}",
    r"[^\S\n]*(?:[,.;)]|—|–)",
)
AUXILIARIES = ("has", "have", "had", "was", "were", "been", "be", "is", "are", "being", "having", "'s", "’s")
# Verbs of making an act known, in an attribution after it ("..., the state broadcaster reported on
# Thursday"): that day dates the report of the act (store/extraction/made_public.py).
MADE_PUBLIC = ("reported", "announced", "disclosed", "revealed", "confirmed", "made public", "broadcast")
# ("... in November, and on the 3rd the camp was handed over": a clause opening right after the day)
DAY_AFTER_MONTH = (
    r"\bon\s+(?P<x>the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th))"
    r"(?=\s*(?:[,.;:)]|$|and\b|or\b)|\s+(?:the|its|their|his|her|a|an|it|they|he|she|we)\s)"
)
# "a little over a week ago", "some ten days earlier": a count only roughly (store/dates/hedged_counts.py)
HEDGES_BEFORE_A_COUNT = (
    r"a\s+little\s+over", r"a\s+bit\s+over", r"a\s+little\s+more\s+than", r"just\s+over", r"just\s+under",
    r"more\s+than", r"less\s+than", r"over", r"under", r"about", r"around", r"some", r"roughly", r"nearly",
    r"almost", r"close\s+to", r"approximately",
)  # fmt: skip
# "the attack of Sunday" (and "Sunday's attack"): what stands between an act's noun and the day it carries;
# a day on the noun dates that act, not the claim told beside it (store/extraction/act_noun_days.py)
DAY_OF_A_NOUN = r"\s+of\s+(?:last\s+)?"
