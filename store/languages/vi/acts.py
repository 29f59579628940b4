"""Vietnamese cues of acts beyond a force's presence (store/about/acts.py): arrests, releases, expulsions,
media bans and suspensions. Each is read only when nobody merely demands it ("yêu cầu trả tự do")."""

# An order is the act itself when it is the speaker's to carry out: "ra lệnh trục xuất"
ORDER = r"ra\s+lệnh"

# Someone told to leave within hours (an army is given months): "rời khỏi nước Đức trong vòng 48 giờ". Asked
# or told, it is the expulsion (store/about/acts.py).
LEAVE_DEADLINE = r"rời\s+(?:\S+\s+){0,4}?trong\s+(?:vòng\s+)?\d+\s+giờ"

ACT_CUES = {
    # "bị bắt tại sân bay", "bắt giữ 49 binh sĩ" (not "bắt đầu", not a kidnapping: "bị bắt cóc")
    "arrest": (
        r"bị\s+bắt(?!\s+(?:cóc|làm\s+con\s+tin|đầu))|bắt\s+giữ|bắt\s+giam|tạm\s+giữ|giam\s+giữ|câu\s+lưu|"
        # "Mali bắt 49 binh sĩ": the short verb, before the people it takes
        r"\bbắt\s+(?:\S+\s+){0,2}?(?:binh\s+sĩ|lính|quân\s+nhân|sĩ\s+quan|nhà\s+báo|người)"
    ),
    # "ân xá cho 46 binh sĩ", "trả tự do", "phóng thích", "được thả"
    "release": (
        r"ân\s+xá|đặc\s+xá|trả\s+tự\s+do|phóng\s+thích|được\s+thả\b|ra\s+tù|"
        r"\bthả\s+(?:\S+\s+){0,3}?(?:binh\s+sĩ|lính|quân\s+nhân|con\s+tin|tù\s+nhân|nhà\s+báo|người)"
    ),
    # "trục xuất đại sứ Pháp", "không được hoan nghênh" (persona non grata), "yêu cầu đại sứ Pháp rời khỏi"
    "expel": (
        r"trục\s+xuất|persona\s+non\s+grata|không\s+được\s+hoan\s+nghênh|"
        + LEAVE_DEADLINE
        + r"|(?:yêu\s+cầu|buộc)\s+(?:\S+\s+){0,2}?"
        r"(?:đại\s+sứ|nhà\s+ngoại\s+giao|người\s+phát\s+ngôn|đặc\s+phái\s+viên)\s+(?:\S+\s+){0,4}?rời"
    ),
    "media": r"phát\s+sóng|đài\s+(?:phát\s+thanh|truyền\s+hình)|kênh|báo\s+chí|truyền\s+thông|tờ\s+báo",
    "ban": r"đình\s+chỉ|tạm\s+dừng|tạm\s+ngừng|cấm|chặn|cắt\s+sóng",
    # "đình chỉ mọi hoạt động luân chuyển", "tạm dừng hợp tác quân sự"
    # "dừng huấn luyện quân đội Mali", "ngừng đào tạo binh sĩ": a cooperation stopped
    "halt": (
        r"đình\s+chỉ|tạm\s+dừng|tạm\s+ngừng|tạm\s+hoãn|"
        r"(?:dừng|ngừng|ngưng)\s+(?:lại\s+)?(?:việc\s+|các\s+|mọi\s+|chương\s+trình\s+|hoạt\s+động\s+)?"
        r"(?:huấn\s+luyện|đào\s+tạo|hợp\s+tác)"
    ),
    # "cấm mọi hoạt động của các tổ chức phi chính phủ": organisations' activities banned
    "outlaw": r"cấm\s+(?:mọi\s+|các\s+|toàn\s+bộ\s+)?hoạt\s+động",
    # "cắt đứt quan hệ ngoại giao với Ukraine", "cắt quan hệ ngoại giao"
    "ties": r"(?:cắt\s+đứt|cắt|đoạn\s+tuyệt|chấm\s+dứt)\s+(?:\S+\s+){0,2}?quan\s+hệ\s+ngoại\s+giao",
    # Who soldiers hold in a coup: a sitting head of state or government (not "cựu tổng thống")
    "leader": r"(?<!cựu\s)(?:tổng\s+thống|thủ\s+tướng)",
    # "chấm dứt hiệp định hòa bình": a peace accord ended
    "accord_end": (
        r"(?:chấm\s+dứt|rút\s+khỏi|hủy\s+bỏ)\s+(?:\S+\s+){0,3}?(?:hiệp\s+định|thỏa\s+thuận)\s+(?:\S+\s+){0,3}?"
        r"hòa\s+bình"
    ),
}

# Một quyết định kể bằng cách trỏ về quyết định kể trước đó ("N'Djamena đưa ra quyết định đó hôm thứ Sáu")
SAME_DECISION = (
    r"(?:quyết\s+định|động\s+thái|biện\s+pháp)\s+(?:đó|này|tương\s+tự)(?!\w)|"
    # "Mali cũng làm theo hôm thứ Ba", "làm điều tương tự"
    r"làm\s+theo(?!\w)|làm\s+điều\s+tương\s+tự"
)

# Một thứ bị tuyên bố đã chết hay vô hiệu ("tuyên bố hiệp định hòa bình đã chết"): một hiệp định chấm
# dứt, không ai chết.
_VAT = r"(?:thỏa\s+thuận|hiệp\s+định|hiệp\s+ước|tiến\s+trình|lệnh\s+ngừng\s+bắn)"
THING_DECLARED_DEAD = (
    # a few words naming the thing ("hòa bình năm 2015"), no clause in between ("bị phá vỡ khiến hai người")
    rf"tuyên\s+bố\s+(?:\S+\s+){{0,2}}?{_VAT}\s+(?:(?:năm\s+\d{{4}}|[^\s,.;:\d]+)\s+){{0,4}}?"
    r"(?:đã\s+)?(?:chết|vô\s+hiệu|hết\s+hiệu\s+lực)(?!\w)"
)
PEACE_ACCORD = r"(?:hiệp\s+định|thỏa\s+thuận)\s+(?:\S+\s+){0,3}?hòa\s+bình"

# "Thông tin được đưa ra một ngày sau khi chính quyền ... đình chỉ ...": the act after it came that many days
# before the one the story tells (store/extraction/came_after.py); the count as ``CAME_AFTER_COUNTS``.
CAME_AFTER = (
    r"^\W*(?:thông\s+tin|quyết\s+định|động\s+thái)\s+(?:này\s+|đó\s+|trên\s+)?"
    r"(?:được\s+đưa\s+ra|được\s+công\s+bố|diễn\s+ra)\s+(?P<n>một|hai|ba|\d)\s+ngày\s+sau\s+khi(?!\w)"
)
CAME_AFTER_COUNTS = {"một": 1, "hai": 2, "ba": 3}
