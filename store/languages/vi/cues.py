"""Vietnamese cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

TENSE_FUTURE = r"sẽ|dự\s+kiến|dự\s+định|kế\s+hoạch|sắp|hạn\s+chót|cho\s+đến|đến\s+hết|tới\s+đây"
TENSE_PAST = (
    r"đã|vừa|từng|qua|ngoái|trước\s+đó|hôm\s+qua|cho\s+biết|thông\s+báo|tuyên\s+bố|khẳng\s+định|"
    r"xác\s+nhận|phát\s+biểu|công\s+bố"
)
CLAUSE_WORDS = (r"sau\s+khi", r"trước\s+khi", "khi", "và", "nhưng")
