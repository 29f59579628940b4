"""Vietnamese cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

# "sớm hơn kế hoạch", "so với dự kiến": measured against a plan, the act itself has happened.
TENSE_FUTURE = (
    r"sẽ|(?<!hơn\s)(?<!với\s)(?:dự\s+kiến|kế\s+hoạch)|dự\s+định|sắp|hạn\s+chót|cho\s+đến|đến\s+hết|"
    r"tới\s+đây|"
    # "có thể rút ngay từ tháng 10": what may come ("có thể đã" is a guess about the past)
    r"có\s+thể(?!\s+đã)|"
    # "phải hoàn tất việc rút quân trước ngày 31/12": what must be done is still ahead ("đã phải", "từng
    # phải" tell an obligation met in the past; "không phải" is "is not"; "trúng phải", "gặp phải",
    # "mắc phải", "vấp phải" are "struck", "met with": something that happened)
    r"(?<!đã\s)(?<!từng\s)(?<!không\s)(?<!trúng\s)(?<!gặp\s)(?<!mắc\s)(?<!vấp\s)phải"
)
TENSE_PAST = (
    r"đã|vừa|từng|qua|ngoái|trước\s+đó|hôm\s+qua|cho\s+biết|thông\s+báo|tuyên\s+bố|khẳng\s+định|"
    r"xác\s+nhận|phát\s+biểu|công\s+bố|"
    # "hôm thứ Bảy", "hôm Chủ nhật": "hôm" before a weekday names a day gone by (one ahead is "thứ Bảy
    # tới", "vào Chủ nhật này"), whatever "sẽ" a later clause holds
    r"hôm(?=\s+(?:thứ\s+\w+|chủ\s+nhật)(?!\s+(?:tới|này|sắp\s+tới)))"
)
INFINITIVE = None
# Vietnamese marks no infinitive: a verb of asking, ordering or deciding before a date in its clause
# makes the date the asked-for act's ("yêu cầu phái bộ rời đi trước ngày 31/12").
PLAN_VERBS = r"yêu\s+cầu|đề\s+nghị|kêu\s+gọi|ra\s+lệnh|quyết\s+định|đồng\s+ý|thúc\s+giục|cho\s+phép"
# "nói" (say), "cho hay", "khẳng định", "nhấn mạnh", "xác nhận": the common verbs of attribution.
SPEECH = (
    "cho biết",
    "tuyên bố",
    "thông báo",
    "phát biểu",
    "nói",
    "cho hay",
    "khẳng định",
    "nhấn mạnh",
    "xác nhận",
    # "thông cáo" (communiqué), as "communiqué", "comunicado", "Mitteilung", "statement" are in theirs
    "thông cáo",
)
# The word that opens a reported statement after a speech verb ("said that ...").
REPORTED_THAT = ("rằng",)
# Người tiếp tục phát biểu mà không được nêu tên lại ("Ông cho biết binh sĩ sẽ rút trước cuối năm"): người
# đưa ra tuyên bố vừa được thuật lại (store/extraction/speaker_days.py).
SPEAKER_PRONOUNS = ("ông", "bà")
# Verbs of saying as chronologies write them ("22/11: Berlin xác nhận quân đội sẽ rời Gao"): what
# follows is what was said, not the entry's own tense (store/dates/tense.py); SPEECH has the rest.
REPORTING_PRESENT = ("xác nhận", "khẳng định", "cam kết", "tuyên bố", "thông báo", "cho biết")
CLAUSE_WORDS = (r"sau\s+khi", r"trước\s+khi", "khi", "và", "nhưng")

# Từ đặt hành động trước ngày của tin ("trước đó", "từng", "đã từng"): câu có chúng không nhận ngày
# của câu trước (store/dates/continuation.py).
BACKGROUND = r"trước\s+đó|từng|trước\s+kia|hồi\s+đó"
# Một khoảng thời gian còn ở phía trước sau việc tuyên bố rút quân ("tuyên bố rút toàn bộ lực lượng ... trong
# vòng 4 đến 6 tháng", "trong những tháng tới"): điều được tuyên bố là một kế hoạch, dù có "toàn bộ".
PERIOD_TO_COME = (
    r"trong\s+vòng\s+(?:\S+\s+){0,4}?(?:ngày|tuần|tháng|năm)|"
    r"trong\s+(?:\S+\s+){0,2}?(?:ngày|tuần|tháng|năm)\s+(?:tới|sắp\s+tới)"
)

# Event-type cues, regex fragments per stage (store/about/event_types.py says how each is used).
# "cho quân Pháp một tháng để rút": tối hậu thư, đòi người khác rời đi (vài giờ cho một người là trục xuất:
# acts.py); không phải "tự cho mình".
_ULTIMATUM = r"(?<!tự\s)\bcho\s+(?!mình\b)(?:\S+\s+){0,4}?(?:một|hai|ba|sáu|\d+)\s+(?:tuần|tháng)\s+để\b"

EVENT_CUES = {
    "attack": (
        r"tấn\s+công|phục\s+kích|đánh\s+bom|thiết\s+bị\s+nổ|\bIED\b|\bmìn\b|nã\s+pháo|pháo\s+kích|"
        r"vụ\s+nổ|đột\s+kích|đánh\s+chiếm|bị\s+bắn"
    ),
    "withdraw": (
        r"rút\s+(?:quân|khỏi|về|lui|lực\s+lượng|binh\s+sĩ|hết|toàn\s+bộ)|rút\b|rời\s+khỏi|rời\b|"
        r"hồi\s+hương|triệt\s+thoái"
    ),
    # Vietnamese verbs carry no tense: "rút khỏi căn cứ" in a dated item is done unless "sẽ", "dự
    # kiến", "bắt đầu" or "đang" says otherwise (store/about/event_types.py checks those first).
    "withdrew": (
        r"đã\s+(?:\w+\s+){0,2}?(?:rút|rời)|rút\s+hết|rút\s+toàn\s+bộ|(?:rút|rời)\s+khỏi|\brời\b|"
        # "không còn binh sĩ Pháp nào ở Mali": the last of a force gone, told as a state
        r"(?:không|chẳng)\s+còn\s+(?:một\s+)?(?:binh\s+sĩ|người\s+lính|lính|quân\s+nhân|binh\s+lính)\b"
    ),
    "ongoing": r"đang\s+(?:rút|rời)",
    "deadline": r"^\W*(?:\w+\W+){0,4}?(?:trước\s+(?:ngày|cuối|tháng)|chậm\s+nhất|muộn\s+nhất)",
    "complete": (
        r"hoàn\s+tất|hoàn\s+thành|cuối\s+cùng|kết\s+thúc\s+việc\s+rút|toàn\s+bộ|đã\s+rời\s+khỏi|"
        # "việc rút khỏi ECOWAS đã chính thức có hiệu lực": a withdrawal in force is done
        r"đã\s+(?:chính\s+thức\s+)?có\s+hiệu\s+lực|"
        # "việc bàn giao đã khép lại cuộc rút quân": an ending said of the withdrawal
        r"(?:khép\s+lại|chấm\s+dứt|kết\s+thúc)\s+(?:cuộc|việc|quá\s+trình)\s+rút"
    ),
    "start": r"bắt\s+đầu|khởi\s+động|đầu\s+tiên|tiến\s+hành",
    "future": (
        r"\bsẽ\b|dự\s+kiến|kế\s+hoạch|dự\s+định|hy\s+vọng|chuẩn\s+bị|quyết\s+định|cam\s+kết|"
        r"có\s+thể|đồng\s+ý|\bmuốn\b|"
        # "tuyên bố rút toàn bộ lực lượng": a withdrawal the announcing verb governs is decided, not done
        # (not "kể từ khi tuyên bố rút quân": the announcement a clause of time dates what is told)
        r"(?<!khi\s)(?:tuyên\s+bố|thông\s+báo|công\s+bố)\s+$"
    ),
    "announce": r"tuyên\s+bố|thông\s+báo|công\s+bố|quyết\s+định",
    "ultimatum": _ULTIMATUM,
    "demand": (r"(?<!theo\s)yêu\s+cầu|đề\s+nghị|kêu\s+gọi|\bbuộc\b|trục\s+xuất|đòi|" + _ULTIMATUM),
    # "trao trả doanh trại", "trại Diré ... đã được trao trả": a camp given back (not "trao trả tù binh");
    # "sẽ tiếp quản nhiệm vụ của nhóm": nhiệm vụ của một lực lượng khác
    "handover": (
        r"bàn\s+giao|chuyển\s+giao|trao\s+lại|giao\s+lại|tiếp\s+(?:quản|nhận)\s+(?:\S+\s+){0,2}?nhiệm\s+vụ|"
        r"(?:trao|trả)\s+(?:lại|trả)\s+(?:\S+\s+){0,3}?(?:căn\s+cứ|trại|doanh\s+trại)|"
        r"(?:căn\s+cứ|trại|doanh\s+trại)\s+(?:[^\s.;]+\s+){0,10}?(?:được\s+)?trao\s+trả"
    ),
    # "hạ cờ tại trụ sở": lá cờ của một lực lượng được hạ xuống nơi nó rời đi (không phải treo cờ rủ)
    # "hạ cờ"; "lá cờ Mali được kéo lên tại căn cứ": a post now the host's (not a town)
    "flag": r"hạ\s+(?:lá\s+)?(?:cờ|quốc\s+kỳ)(?!\s+rủ)|"
    r"(?:kéo|thượng)\s+(?:lá\s+)?(?:cờ|quốc\s+kỳ)\s+(?:\S+\s+){0,4}?(?:tại|ở|trên)\s+(?:căn\s+cứ|doanh\s+trại|trại)|"
    r"(?:cờ|quốc\s+kỳ)\s+(?:\S+\s+){0,3}?được\s+kéo\s+lên\s+"
    r"(?:tại|ở|trên)\s+(?:căn\s+cứ|doanh\s+trại|trại)",
    "mission": (
        r"sứ\s+mệnh|phái\s+bộ|nhiệm\s+vụ|MINUSMA|chiến\s+dịch|Barkhane|Takuba|EUTM|đợt\s+triển\s+khai|"
        r"sự\s+hiện\s+diện"
    ),
    # "hoàn thành nhiệm vụ": a mission that completes its mandate ends
    "ended": r"kết\s+thúc|chấm\s+dứt|khép\s+lại|hết\s+hạn|hoàn\s+thành\s+(?:sứ\s+mệnh|nhiệm\s+vụ)|giải\s+thể",
    "casualty": r"thiệt\s+mạng|tử\s+vong|bị\s+thương|thương\s+vong|bị\s+giết|hy\s+sinh|\bchết\b|tử\s+nạn",
    "deploy": (
        r"hiện\s+diện\s+(?:\S+\s+){0,3}?từ|triển\s+khai|điều\s+động|đưa\s+(?:quân|binh\s+sĩ)|"
        r"đồn\s+trú|tăng\s+cường\s+lực\s+lượng|"
        # "binh sĩ ... sẽ ở lại Niger": quân ở lại (không phải "ở lại nắm quyền")
        r"(?:binh\s+sĩ|quân|lính|lực\s+lượng)\s+(?:\S+\s+){0,4}?ở\s+lại\s+(?!nắm\s+quyền)"
        # "phát động chiến dịch Serval", "mở chiến dịch quân sự"
        r"|(?:phát\s+động|mở)\s+(?:\S+\s+){0,2}?chiến\s+dịch"
        # "Pháp can thiệp quân sự tại Mali" (không phải một đe dọa: "đe dọa can thiệp quân sự")
        r"|(?<!dọa\s)(?<!sàng\s)(?<!gọi\s)(?<!năng\s)(?<!nếu\s)(?<!chống\s)can\s+thiệp\s+quân\s+sự"
        # Troops, instructors or advisers arriving somewhere named: "các huấn luyện viên quân sự Nga đến
        # Niamey", "binh sĩ Nga đã tới Bamako" (a capital after the verb: "đến năm 2024" is a time)
        r"|(?:binh\s+sĩ|quân\s+nhân|\blính\b|lực\s+lượng|huấn\s+luyện\s+viên|cố\s+vấn|chuyên\s+gia\s+quân\s+sự)"
        r"(?:\s+(?!rút|rời|về)\S+){0,5}?\s+(?:đã\s+|vừa\s+)?(?:đến|tới|đặt\s+chân\s+(?:đến|tới|lên))\s+(?-i:[A-ZĐ])"
    ),
    "coup": r"đảo\s+chính|lật\s+đổ|cướp\s+chính\s+quyền|nắm\s+quyền|binh\s+biến",
    # Text before a cue that makes it qualify a noun, not tell the act (store/about/event_types.py
    # _subordinate): "sau cuộc đảo chính", "kể từ cuộc đảo chính".
    # "mười năm sau khi triển khai": the deployment qualifies the time, it is no act
    "modifier": (
        r"(?<!\w)(?:sau|sau\s+khi|kể\s+từ|từ\s+khi)\s+(?:cuộc\s+|vụ\s+)?$"
        # "ba ngày sau khi quân đội lật đổ tổng thống": a clause of time, background to the main one
        r"|(?<!\w)(?:giờ|ngày|tuần|tháng|năm)\s+sau\s+khi\s+(?:\S+\s+){1,3}$"
    ),
    "relative": r"(?<!\w)(?:vốn|đã\s+từng)(?!\w)[^,;]{0,40}$",
    "vote": r"(?:bỏ\s+phiếu|biểu\s+quyết|nghị\s+quyết)\s+(?:\S+\s+){0,4}?(?:chấm\s+dứt|kết\s+thúc)",
    "cross": r"vượt\s+(?:qua\s+)?biên\s+giới|qua\s+biên\s+giới",
    "away": r"về\s+nước|trở\s+về\s+(?:nước|quê\s+nhà|căn\s+cứ\s+tại)|hồi\s+hương",
    # Nhà ngoại giao: người bị buộc rời đi là bị trục xuất, không phải rút quân ("đại sứ Pháp ... rời Mali")
    "envoy": r"đại\s+sứ|nhà\s+ngoại\s+giao|đặc\s+phái\s+viên|lãnh\s+sự",
    "troops": r"binh\s+sĩ|quân\s+nhân|lính|quân\s+đội|lực\s+lượng|đơn\s+vị|\bquân\b|thủy\s+quân",
    # Departures told as movements: out of a place with troops, or any movement of the last troops.
    "exit": (
        r"bay\s+(?:ra\s+)?khỏi|(?:di\s+chuyển|sơ\s+tán|rút)\s+ra\s+khỏi|lên\s+máy\s+bay\s+(?:\S+\s+){0,3}?"
        r"(?:về|rời)|nhổ\s+trại"
    ),
    "travel": r"hạ\s+cánh|cất\s+cánh|lên\s+máy\s+bay|về\s+đến",
    # Hiệp định giữ quân nước ngoài ở lại: chấm dứt nó là thông báo rút quân.
    "pact": (
        r"(?:hiệp\s+định|thỏa\s+thuận|hiệp\s+ước|hợp\s+tác)\s+(?:\S+\s+){0,3}?(?:quốc\s+phòng|quân\s+sự|"
        r"an\s+ninh)"
    ),
    # Động từ chấm dứt một hiệp định, chỉ đọc cạnh "pact".
    "revoke": r"hủy\s+bỏ|bãi\s+bỏ|xé\s+bỏ|đơn\s+phương\s+chấm\s+dứt|rút\s+khỏi",
    "sign": r"\bký\b|ký\s+kết|ký\s+thỏa\s+thuận",
    "agreement_made": r"đạt\s+(?:được\s+)?thỏa\s+thuận|nhất\s+trí",
    "statement": (
        r"cho\s+biết|tuyên\s+bố|thông\s+báo|khẳng\s+định|kêu\s+gọi|cam\s+kết|nhấn\s+mạnh|"
        r"cáo\s+buộc|phát\s+biểu|\bnói\b|lên\s+án|bác\s+bỏ|(?<!theo\s)yêu\s+cầu|xác\s+nhận|"
        r"\btheo\b"
    ),
}

PERFECT_AUX = ("đã",)
CONTRAST_WORDS = (r"sau\s+khi", "nhưng")
AGREEMENT_NOUNS = (r"thỏa\s+thuận", r"hiệp\s+định", r"hiệp\s+ước", r"công\s+ước")
# Verbs that tell the signing itself: then the year in the agreement's name dates the sentence.
SIGNING = r"ký|ký\s+kết"


# Mệnh đề mở bằng các từ này dưới một động từ chỉ tương lai nói điều còn sắp tới ("có thể quay lại một khi
# Chad đã tổ chức bầu cử ngày 6/5"; store/dates/temporal_clauses.py).
PENDING = ("một khi", "ngay khi", "ngay sau khi")
# Viết, đăng trên mạng quy một lời nói cho người nói như "cho biết": "Hôm nay ...", nhà báo viết trên mạng
# xã hội hôm thứ Bảy, là hôm nay của thứ Bảy (store/dates/tense.py).
WRITING = ("viết trên", "đăng trên", "viết trong")


# What opens a list of a group's members ("các đối tác, trong đó có Thụy Điển, Estonia và Italy"):
# those countries are who the group is, not where it is (store/about/member_countries.py).
MEMBERS_LISTED = (r"(?<!\w)(?:trong\s+đó\s+có|trong\s+số\s+đó\s+có)",)
