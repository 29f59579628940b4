"""Vietnamese words of troops on the move and of the moves still to come: harm told with the
movement (store/extraction/harm_on_the_way.py), a deadline named before a completion and posts to be
closed (store/about/withdrawals.py, store/extraction/deadline_days.py)."""

# Những từ chỉ chính cuộc di chuyển (store/extraction/harm_on_the_way.py): thiệt hại kể cùng chúng, ngay sau
# một cuộc rút quân có ngày, đã xảy ra với binh sĩ khi rời đi hôm đó.
ON_THE_WAY = (
    "đoàn xe", "đoàn quân", "trên đường", "đường rút lui", "khi rút", "trong lúc rút", "trong quá trình rút",
)  # fmt: skip

# Thời hạn nêu trước việc hoàn tất ("hôm nay là hạn chót để hoàn tất việc rút quân"): kế hoạch, chưa
# xong (store/about/withdrawals.py).
DEADLINE_NOUNS = r"hạn\s+chót|thời\s+hạn|hạn\s+cuối"

# Đóng cửa một căn cứ ("sẽ đóng cửa căn cứ", "căn cứ sẽ đóng cửa"): một bước của việc rút quân
# (store/about/withdrawals.py ``closing_to_come``, chỉ đọc khi sắp tới và có ngày).
CLOSING_POSTS = (
    r"đóng\s+cửa\s+(?:các\s+|những\s+)?(?:căn\s+cứ|doanh\s+trại|trại)|"
    r"(?:căn\s+cứ|doanh\s+trại)\s+(?:[^\s,;.]+\s+){0,6}?đóng\s+cửa"
)
