"""Vietnamese date words and shapes CLDR and dateparser lack (see store/languages/en/dates.py).

Vietnamese months are numbered ("tháng 7"), so CLDR month names are not used; dates are "ngày 2/8",
"2/8/2023", "ngày 2 tháng 8 năm 2023".
"""

MONTH_NAMES_FROM_CLDR = False
# CLDR's Vietnamese weekdays are "Thứ Hai".."Chủ Nhật"; news also writes "thứ 2".."thứ 7".
WEEKDAYS_EXTRA = {
    "thứ 2": 0, "thứ 3": 1, "thứ 4": 2, "thứ 5": 3, "thứ 6": 4, "thứ 7": 5, "chủ nhật": 6,
    "thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5,
}  # fmt: skip
WEEKDAYS_CAPITALISED = False
# "thứ hai" is also "second" ("cuộc đảo chính thứ hai", "lần thứ 2"): written all in lower case after a
# word, it is a weekday only after one of these (or with "tuần trước"/"tuần sau" after it).
WEEKDAY_ORDINAL_UNLESS_AFTER = frozenset({
    "hôm", "ngày", "vào", "sáng", "chiều", "tối", "trưa", "đêm", "khuya", "từ", "đến", "tới", "và", "hoặc",
    "cho", "hết", "mỗi", "các", "qua", "nay", "trước", "sau", "hạn", "là",
})  # fmt: skip

MODS = {
    "đầu": "early",
    "giữa": "mid",
    "cuối": "late",
    "thượng tuần": "early",
    "trung tuần": "mid",
    "hạ tuần": "late",
}
ROLES = {
    "kể từ": "since", "từ": "from", "đến": "until", "cho đến": "until", "tới": "until", "trước": "before",
    "sau": "after", "vào": "in", "trong": "in",
}  # fmt: skip
ROLE_ARTICLES = ("ngày", "hôm")
# "kể từ" is "since" in a past or present clause and "as from" in a future one ("sẽ tạm ngừng ... kể từ
# ngày 15/8"): with a future verb it starts what is to come (English "since", German "seit", French
# "depuis" never take a future verb, so they need no such flag).
SINCE_STARTS_PLANS = True
# "lấy ngày 15/9 làm hạn chót": words after a date that make it a deadline.
DEADLINE_AFTER = ("làm hạn chót", "là hạn chót", "làm thời hạn", "là thời hạn", "làm hạn cuối", "là hạn cuối")
# "rời khỏi nước này": the country of the sentence before (store/dates/continuation.py).
THE_COUNTRY = ("nước này", "quốc gia này")
# A sentence that opens by pointing at the act told just before it ("It is the second base the troops
# have left"): it goes on with that act, even in a paragraph of its own (store/dates/continuation.py).
GOES_ON = ("Đây là", "Đó là")
# "Doanh trại đã được bàn giao", "Buổi lễ diễn ra ngắn gọn": nơi hoặc chính sự việc vừa kể, nhắc lại
# (store/dates/continuation.py).
NAMED_AGAIN = (
    "Doanh trại", "Căn cứ này", "Căn cứ quân sự này", "Trại lính", "Lễ bàn giao", "Việc bàn giao", "Buổi lễ",
    "Việc rút quân", "Cuộc rút quân",
)  # fmt: skip
TRIM: tuple[str, ...] = ()
DIRECTIONS = {
    "nay": 0, "này": 0, "ngoái": -1, "trước": -1, "qua": -1, "tới": 1, "sau": 1, "vừa qua": -1,
    "tuần trước": -1, "tuần qua": -1, "tuần tới": 1, "tuần sau": 1,
}  # fmt: skip
# After a weekday these count calendar weeks: "thứ Năm tuần sau" is the Thursday of next week, not the
# next Thursday (on a Wednesday, eight days ahead rather than one).
WEEK_DIRECTIONS = ("tuần trước", "tuần qua", "tuần tới", "tuần sau")
# dateparser has "hôm nay", "hôm qua", "ngày mai"; news adds parts of the day and "hôm kia".
# The weekend before the report: neither CLDR nor dateparser has a weekend.
LAST_WEEKEND = ("cuối tuần trước", "cuối tuần qua", "dịp cuối tuần qua")
# A weekend named bare: in a report told in the past tense, the one just gone ("đã rút đi dịp cuối tuần").
WEEKEND_TOLD = ("dịp cuối tuần", "vào dịp cuối tuần")
RELATIVE_DAYS_EXTRA = {
    "sáng nay": 0, "chiều nay": 0, "tối nay": 0, "trưa nay": 0, "tối qua": -1, "đêm qua": -1, "sáng qua": -1,
    "chiều qua": -1, "trưa qua": -1, "hôm kia": -2,
}  # fmt: skip
NUMBER_WORDS = {"một": 1, "vài": 3, "mấy": 3}
NARRATIVE_FIXED = {
    "ngày hôm sau": 1, "hôm sau": 1, "cùng ngày": 0, "cùng tối": 0, "tối hôm đó": 0, "sáng hôm đó": 0,
    "chiều hôm đó": 0, "đêm hôm đó": 0,
    # "Một ngày trước đó, chính quyền ... đình chỉ": the day before the one told
    "một ngày trước đó": -1, "một ngày sau đó": 1, "ngày hôm trước": -1, "hôm trước đó": -1,
    # The day being told, at another hour ("vài giờ trước đó, quân Pháp đã bàn giao căn cứ"): dateparser
    # counts only from today.
    "vài giờ trước đó": 0, "vài giờ sau đó": 0, "trước đó vài giờ": 0, "sau đó vài giờ": 0,
    "chỉ vài giờ sau": 0, "vài giờ sau": 0,
}  # fmt: skip
NARRATIVE_BACKWARD = frozenset({"trước"})
FUNCTION_WORDS: frozenset[str] = frozenset()
NAME_LINKS: frozenset[str] = frozenset()
# Words before a year that make it say which thing, not when ("the 2015 agreement").
ATTRIBUTIVE_BEFORE = ()
# Words that may follow "ký thỏa thuận năm 2015" inside the signing clause itself (where, with whom,
# when, what for). Vietnamese relative clauses take no pronoun: "Các nhóm vũ trang ký thỏa thuận năm
# 2015 phản đối ..." goes on with another verb, so the signing only says who the groups are
# (store/dates/named_years.py).
SIGNING_CLAUSE_GOES_ON = (
    "tại", "ở", "với", "giữa", "cùng", "vào", "trong", "nhằm", "để", "về", "theo", "hôm", "ngày", "tháng",
    "năm", "và", "nhưng", "khi", "sau", "trước", "do", "bởi", "dưới", "qua",
)  # fmt: skip
TRIGGERS = (
    "nay",
    "qua",
    "mai",
    "kia",
    "ngoái",
    "trước",
    "tới",
    "sau",
    "tháng",
    "năm",
    "tuần",
    "ngày",
    "hôm",
    "cách",
    "giờ",
)
# "cách đây 2 tháng": dateparser's Vietnamese "ago" regex knows only "2 tháng trước".
AGO_EXTRA = (r"cách\s+đây\s+%NUM%\s+(?P<unit>%UNIT%)",)

_MOD = r"(?:(?P<mod>thượng\s+tuần|trung\s+tuần|hạ\s+tuần|đầu|giữa|cuối)\s+)"
SHAPES = (
    (
        r"(?<![\w/])(?P<x>(?:(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|rạng\s+sáng)\s+)?(?P<day>[0-3]?\d)/"
        r"(?P<month>[01]?\d)(?:/%YEAR%)?)(?![\w/])",
        "absolute",
    ),
    (
        r"(?<!\w)(?P<x>ngày\s+(?P<day>[0-3]?\d)\s+tháng\s+(?P<month>[01]?\d)(?:\s+năm\s+%YEAR%)?)(?!\w)",
        "absolute",
    ),
    (rf"(?<!\w)(?P<x>{_MOD}?tháng\s+(?P<month>[01]?\d)(?:(?:/|\s+năm\s+)%YEAR%)?)(?![\w/])", "absolute"),
    (
        rf"(?<!\w)(?P<x>{_MOD}?tháng\s+(?P<month>[01]?\d)\s+(?P<dir>năm\s+(?:nay|ngoái|trước|tới|sau)))(?!\w)",
        "month_year_rel",
    ),
    # A bare year may close a name ("Hiệp định Alger 2015", "World Cup 2014"): year_alone tells which.
    (rf"(?<!\w)(?P<x>{_MOD}?(?:(?P<prep>năm)\s+)?%NNB%%YEAR%)%NNA%", "year_alone"),
    # "thứ Ba tới" (this coming Tuesday), "thứ Ba vừa qua" (the Tuesday gone by); "hôm thứ Ba tới Niamey",
    # "tới thăm": "tới" before a name or a verb of visiting is the verb "to come"
    (
        r"(?<!\w)(?P<x>%WD%(?:\s+(?P<dir>tuần\s+trước|tuần\s+qua|tuần\s+tới|tuần\s+sau|vừa\s+qua|"
        r"tới(?!\s+(?-i:[A-ZÀ-ỸĐ])|\s+(?:thăm|dự|gặp|làm|nơi|đây|đó))))?)(?!\w)",
        "weekday",
    ),
    (r"(?<!\w)(?P<x>(?P<rel>%REL%))(?!\w)", "relative_day"),
    (
        rf"(?<!\w)(?P<x>{_MOD}?(?P<unit>năm|tháng|tuần)\s+(?P<dir>nay|này|ngoái|trước|qua|tới))(?!\w)",
        "relative_unit",
    ),
    # "hồi đầu năm", "cuối tháng": the reference's own year or month with its modifier ("cuối tuần" is the
    # weekend, left out)
    (
        r"(?<!\w)(?P<x>(?P<mod>đầu|giữa|cuối)\s+(?P<unit>năm|tháng))"
        r"(?!\w|\s+(?:nay|này|ngoái|trước|qua|tới|sau|\d))",
        "relative_this",
    ),
    (r"(?<!\w)(?P<x>%AGO%)(?!\w)", "ago"),
    (
        # "ba năm sau đã triển khai": a past marker right after "sau" opens the clause it dates ("sau khi"
        # and a noun after "sau" make it "after" something else)
        r"(?<!\w)(?P<x>(?:sau\s+đó\s+)?%NUM%\s+(?P<unit>ngày|tuần|tháng|năm)\s+(?P<dir>sau)(?:\s+đó)?)"
        r"(?=\W*$|\s*[,.;:]|\s+(?:đã|lại|mới|thì)\s)",
        "narrative",
    ),
    # "Trước đó một ngày, ...", "Hai ngày trước đó, ...": that many days before the act just told
    (r"(?<!\w)(?P<x>(?P<dir>trước)\s+đó\s+%NUM%\s+(?P<unit>ngày|tuần|tháng|năm))(?!\w)", "narrative"),
    (r"(?<!\w)(?P<x>%NUM%\s+(?P<unit>ngày|tuần|tháng|năm)\s+(?P<dir>trước)\s+đó)(?!\w)", "narrative"),
    # "Tuần sau đó, ...", "tháng sau đó": the week or month after the act told ("tuần sau" alone is next week)
    (r"(?<!\w)(?P<x>(?P<unit>tuần|tháng)\s+(?P<dir>sau|trước)\s+đó)(?!\w)", "narrative"),
    (r"(?<!\w)(?P<x>(?P<fixed>%FIXED%))(?!\w)", "narrative_fixed"),
    # "trước khi hết năm", "trước khi năm nay kết thúc": by the end of this year (month)
    (r"(?<!\w)(?P<x>trước\s+khi\s+hết\s+(?P<unit>năm|tháng)(?:\s+nay|\s+này)?)(?!\w)", "unit_ending"),
    (r"(?<!\w)(?P<x>trước\s+khi\s+(?P<unit>năm|tháng)\s+(?:nay|này)\s+kết\s+thúc)(?!\w)", "unit_ending"),
    # "ngày 4 vừa qua", "ngày 15 tới": a day of this month or the one next to it
    (
        r"(?<!\w)(?P<x>ngày\s+(?P<day>[0-3]?\d)\s+(?P<dir>vừa\s+qua|tới))(?![\w/])"
        # "từ ngày 1 tới ngày 15 tháng 8": "tới" there is "to", a range
        r"(?!\s*(?:ngày|hôm|mùng|\d))",
        "day_of_month",
    ),
)

# Một mốc thời gian chỉ lại lúc vừa kể ("tối cùng ngày", "tháng đó"), ghép bởi store/dates/same_time.py;
# CLDR và dateparser không đếm từ câu chuyện. Không có "cùng năm": "cùng năm nước" là "cùng với năm nước".
SAME_TIME_FRAMES = ("{} cùng ngày", "cùng {}", "{} đó", "{} ấy", "{} hôm đó")
SAME_TIME_PERIODS = {
    "sáng": "day", "chiều": "day", "tối": "day", "đêm": "day", "ngày": "day", "tháng": "month",
}  # fmt: skip
# A Vietnamese name capitalises only its first syllable ("Tầm nhìn 2050", "Chiến lược 2030", "Hiệp định
# Paris"): a year right after a capitalised syllable and one more closes a name (store/dates/handlers.py).
NAMES_CAPITALISE_FIRST_SYLLABLE = True
# Function words never end such a name: "Mali từ năm 2013", "ở Gao năm 2022" are dates.
NOT_NAME_SYLLABLES = frozenset({
    "ở", "tại", "khỏi", "của", "với", "và", "cho", "hồi", "là", "thì", "đã", "sẽ", "đang", "vẫn", "cũng",
    "từ", "đến", "tới", "vào", "trong", "sau", "trước", "năm", "từng", "nay", "này", "đó", "ấy", "qua",
    "về", "theo", "do", "bởi", "như", "nhưng", "khi", "lúc", "hơn", "nữa", "rồi", "mới", "ra", "lên",
    "xuống", "đi", "lại", "được", "bị", "có", "không", "chưa", "kể", "cuối", "đầu", "giữa", "hết",
})  # fmt: skip
# Thông điệp của một ngày trong năm (store/dates/occasions.py): nguyên thủ phát biểu tối 31/12.
OCCASIONS = {
    phrase: (12, 31)
    for phrase in (
        "thông điệp năm mới", "thông điệp mừng năm mới", "diễn văn năm mới", "thông điệp đầu năm mới",
    )
}  # fmt: skip

# "the first base handed back since March": an act counted among those since a date, so after it
# (store/extraction/after_since.py)
COUNTED_SINCE = r"\b(?:đầu\s+tiên|thứ\s+(?:hai|ba|tư|năm)|duy\s+nhất|cuối\s+cùng)\b"

# Words that open a relative clause ("căn cứ mà họ chiếm đóng từ năm 2013"): store/dates/relative_clauses.py
RELATIVE_PRONOUNS = ("mà", "nơi")
# Words before a year that say how old something is: store/dates/handlers.py ``_tells_an_age``
AGE_BEFORE = ("có từ năm", "có từ", "từ tận năm")
# "Tháng 11, ba nước tuyên bố rút quân: Anh ngày 14 và Đức ngày 22": một ngày của tháng mà câu đã nêu
# (store/dates/days_of_a_told_month.py)
DAY_AFTER_MONTH = r"(?<!\w)(?P<x>ngày\s+(?P<day>[0-3]?\d))(?![\w/.,:-]\d)(?=\s*(?:[,.;:)]|$|và\b|hoặc\b))"
# "Cuộc rút quân bắt đầu từ tháng 2 đã kết thúc": ngày sau động từ bắt đầu, rồi đến dấu thời của vị ngữ,
# nằm trong chủ ngữ: nó ghi ngày bắt đầu của danh từ, không phải việc câu kể (store/dates/begun_phrases.py).
BEGUN = (
    r"(?P<verb>bắt\s+đầu|khởi\s+động|khởi\s+đầu|phát\s+động|triển\s+khai|tiến\s+hành)\s+"
    r"(?:(?:từ|vào|hồi|trong)\s+)?",
    r"\s*,?\s*(?:đã|vừa|đang|sẽ|nay|hiện|cũng|vẫn)\s",
)
AUXILIARIES = ("đã", "đang", "vừa", "sẽ", "mới")
# Động từ công bố trong lời dẫn sau hành động ("..., đài phát thanh quốc gia đưa tin hôm thứ Năm"): ngày đó
# là ngày hành động được công bố (store/extraction/made_public.py).
MADE_PUBLIC = ("đưa tin", "loan tin", "thông báo", "công bố", "xác nhận", "cho biết")
# "hơn một tuần trước", "khoảng mười ngày trước": a count only roughly (store/dates/hedged_counts.py)
HEDGES_BEFORE_A_COUNT = (r"hơn", r"gần", r"khoảng", r"chừng", r"ngót", r"độ")
# "vụ tấn công hôm Chủ nhật": a classifier ("vụ", "cuộc", "việc") makes the act's cue a noun, and the day
# right after it dates that act, not the claim told beside it (store/extraction/act_noun_days.py)
DAY_OF_A_NOUN = r"\s+(?:(?:hôm|ngày)\s+)?"
ACT_NOUN_BEFORE = r"(?:vụ|cuộc|việc)\s+$"
