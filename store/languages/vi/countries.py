"""Vietnamese country forms CLDR (Babel) lacks: read by store/about/countries.py."""

# Short names news uses beside CLDR's; the code "" marks a blocker: a phrase that must not count
# ("Latin America" is not the US).
SHORT_NAMES = {
    "BF": ("Burkina",),  # "au Burkina", "Burkina junta": news drops "Faso"
    "GB": ("Anh", "Anh quốc", "Anh Quốc", "Vương Quốc Anh", "Liên hiệp Anh"),
    "US": ("Mỹ", "Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ"),
    "FR": ("Pháp", "Cộng hòa Pháp"),
    "DE": ("Đức", "Cộng hòa Liên bang Đức"),
    "RU": ("Nga", "Liên bang Nga"),
    "EG": ("Ai Cập",),
    "DK": ("Đan Mạch",),
    "CI": ("Bờ Biển Ngà",),
    "IT": ("Ý", "I-ta-li-a"),
    "SA": ("Ả Rập Saudi", "Ả-rập Xê-út", "Arab Saudi"),
    "AE": ("UAE",),
    "JP": ("Nhật",),
    "KR": ("Hàn Quốc",),
    "KP": ("Triều Tiên",),
    "NL": ("Hà Lan",),
    "SE": ("Thụy Điển",),
    "NO": ("Na Uy",),
    "BE": ("Bỉ",),
    "ES": ("Tây Ban Nha",),
    "CN": ("Trung Quốc",),
    "IN": ("Ấn Độ",),
    "TR": ("Thổ Nhĩ Kỳ",),
    "CD": ("CHDC Congo", "Cộng hòa Dân chủ Congo"),
    "TD": ("Tchad", "Cộng hòa Tchad"),  # the French spelling Vietnamese papers use beside CLDR's "Chad"
    "": (
        "Mỹ Latinh",
        "Nam Mỹ",
        "Bắc Mỹ",
        "Trung Mỹ",
        "Tây Phi",
        "Đông Phi",
        "Bắc Phi",
        "Trung Phi",
        "sông Niger",
        "Đông Âu",
        "Tây Âu",
    ),
}

# Words around a single-syllable name that show it is a person or another word ("ông Anh", "Tuấn Anh").
HONORIFICS = {
    "Anh",
    "Bà",
    "Bác",
    "Chú",
    "Chị",
    "Cô",
    "Em",
    "anh",
    "bà",
    "bác",
    "cháu",
    "chú",
    "chị",
    "con",
    "cô",
    "cậu",
    "dì",
    "em",
    "mợ",
    "thím",
    "Ông",
    "ông",
}
NOT_COUNTRY_NEXT = {
    "chí",
    "chị",
    "dũng",
    "em",
    "hùng",
    "kiến",
    "luật",
    "lý",
    "nghĩa",
    "nhân",
    "sư",
    "ta",
    "thức",
    "tuấn",
    "tài",
    "tưởng",
    "định",
    "ơi",
    "ấy",
}
# Diacritics change the word ("Mỹ" is not "my"): match this language's forms with accents.
MATCH_ACCENTS = True
# English forms are fine in Vietnamese text ("Senegal"), English demonyms are not.
FOREIGN_DEMONYMS = False
# Chính quyền mà câu không nêu tên ("chính quyền đã đình chỉ RFI"): trong bài về một nước, chính quyền
# nước đó (store/about/unnamed_rulers.py). Không phải "tổ chức phi chính phủ".
# "chính quyền quân sự Mali", "chính phủ chuyển tiếp Mali", "chính quyền ở Niamey"
RULERS_QUALIFIED_BY = r"(?:chuyển\s+tiếp\s+)?(?:(?:ở|tại|của)\s+)?"
UNNAMED_RULERS = r"(?<!phi\s)\b(?:chính\s+quyền(?:\s+quân\s+sự)?|chính\s+phủ|giới\s+cầm\s+quyền)\b"
