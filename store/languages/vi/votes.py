"""Vote words in this language: who votes, what makes it a vote, a veto, a tally (store/about/votes.py,
store/about/vote_types.py, store/extraction/vote_tallies.py, store/linking/votes.py)."""

# Who votes and the words that make what it did a vote (store/about/votes.py).
VOTE_BODIES = {
    r"Hội\s+đồng\s+Bảo\s+an": "UNSC",
    # Phủ quyết một nghị quyết của Liên hợp quốc là ở Hội đồng Bảo an, dù có nêu tên hay không
    r"phủ\s+quyết(?=.{0,80}?(?:nghị\s+quyết|Liên\s+hợp\s+quốc|LHQ))": "UNSC",
    # một nghị quyết theo số ("bỏ phiếu thông qua Nghị quyết 2640"): của Hội đồng Bảo an
    r"[Nn]ghị\s+quyết\s+(?:số\s+)?\d{3,4}\b": "UNSC",
    r"Quốc\s+hội|nghị\s+sĩ|đại\s+biểu|Hạ\s+viện|Thượng\s+viện": "parliament",
}

VOTE_BODY_WORDS = (
    "hội đồng",
    "nghị quyết ",
    "phủ quyết",
    "quốc hội",
    "nghị sĩ",
    "đại biểu",
    "hạ viện",
    "thượng viện",
)  # lower case: one of them is in every body above

# What a vote decides when it is no mission: sanctions ("renewed sanctions on Malian officials"). Two
# votes of one body on one day, one on sanctions and one on a mission, are two votes.
VOTE_SANCTIONS = r"trừng\s+phạt|cấm\s+vận|đóng\s+băng\s+tài\s+sản|cấm\s+đi\s+lại"

# Phủ quyết trong một cơ quan biểu quyết: phủ quyết là hành động (store/about/vote_types.py).
VOTE_VETO = r"phủ\s+quyết"

VOTE_VERBS = r"phủ\s+quyết|bỏ\s+phiếu|biểu\s+quyết|thông\s+qua|gia\s+hạn|phê\s+chuẩn|bác\s+bỏ|dỡ\s+bỏ"

# Kết quả kiểm phiếu kể sau cuộc bỏ phiếu ("nhận được 13 phiếu thuận, Trung Quốc bỏ phiếu trắng").
VOTE_TALLY = (
    r"(?<!\w)(?:phiếu\s+(?:thuận|chống|trắng)|bỏ\s+phiếu\s+(?:thuận|chống|tán\s+thành|phản\s+đối))(?!\w)"
)
