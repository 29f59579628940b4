"""Vietnamese words that tie a sentence to another or to its source: one pointing back at the
sentence before, one telling the same occasion, how an act was delivered, a source opening the
sentence (read by store/about/main_clause.py, store/extraction/same_occasion.py and told_on.py,
store/dates/attribution_first.py)."""

# A sentence that opens by pointing at the one before it ("Điều này được ... thông báo"): its act is there
# (store/about/main_clause.py refers_back).
ANAPHORA = (r"Điều\s+này\b", r"Thông\s+tin\s+(?:này|trên)\b", r"Quyết\s+định\s+này\b")

# Từ mở đầu câu bằng nguồn tin ("Theo thông cáo phát đi hôm thứ Hai, ..."): sau dấu phẩy là lời của nguồn
# (store/dates/attribution_first.py).
ATTRIBUTION_OPENERS = ("theo",)

# Another act told as of the same occasion as the one before ("Trong một cuộc bỏ phiếu khác, ..."): of that
# act's day (store/extraction/same_occasion.py).
SAME_OCCASION = (
    r"(?<!\w)trong\s+(?:một\s+)?(?:cuộc\s+bỏ\s+phiếu|lần\s+bỏ\s+phiếu|thông\s+báo|tuyên\s+bố|quyết\s+định)\s+"
    r"(?:khác|thứ\s+hai|riêng)(?!\w)"
)

# A sentence that tells how the act told just before was delivered, pointing at it ("Thông báo này được đọc
# trên truyền hình quốc gia"): the same act, told on (store/extraction/told_on.py).
ACT_DELIVERED = (
    r"^\W*(?:Quyết\s+định|Thông\s+báo|Tuyên\s+bố)\s+(?:này|trên|đó)\s+(?:đã\s+)?được\s+"
    r"(?:đọc|công\s+bố|phát|đăng)(?!\w)"
)
