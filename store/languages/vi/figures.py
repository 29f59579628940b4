"""Vietnamese figures: unit words and outcomes, read by store/about/figures.py."""

# (surface pattern, unit), most specific first.
UNITS = (
    (
        (
            r"(?:binh\s+sĩ|binh\s+sỹ|nhân\s+viên|lính|binh\s+lính)\s+gìn\s+giữ\s+hòa\s+bình|"
            r"lính\s+mũ\s+nồi\s+xanh"
        ),
        "peacekeepers",
    ),
    (r"binh\s+sĩ|binh\s+sỹ|binh\s+lính|người\s+lính|lính|quân\s+nhân|chiến\s+sĩ|sĩ\s+quan|quân", "troops"),
    (r"cảnh\s+sát", "police"),
    (r"dân\s+thường|thường\s+dân", "civilians"),
    (r"người\s+(?:chết|thiệt\s+mạng|tử\s+vong)", "killed"),
    (r"người\s+bị\s+thương", "injured"),
    (r"người\s+(?:phải\s+)?(?:sơ\s+tán|di\s+tản|mất\s+nhà\s+cửa)", "displaced"),
    (r"người\s+tị\s+nạn", "refugees"),
    (r"con\s+tin", "hostages"),
    (r"người", "people"),
    (r"vị\s+trí|địa\s+điểm", "positions"),
    (r"căn\s+cứ|trại|doanh\s+trại", "camps"),
    (r"xe\s+bọc\s+thép|phương\s+tiện|xe", "vehicles"),
    (r"trực\s+thăng|máy\s+bay(?:\s+không\s+người\s+lái)?", "aircraft"),
    (
        (
            r"phiến\s+quân|chiến\s+binh|tay\s+súng|(?:kẻ\s+|phần\s+tử\s+)?khủng\s+bố|"
            r"lính\s+đánh\s+thuê"
        ),
        "militants",
    ),
    (r"vụ\s+(?:tấn\s+công|đánh\s+bom|nổ)|cuộc\s+tấn\s+công", "attacks"),
    (r"cuộc\s+đảo\s+chính|vụ\s+đảo\s+chính", "coups"),
    (r"thành\s+viên", "members"),
    (r"quốc\s+gia|nước", "countries"),
    (r"%|phần\s+trăm", "percent"),
    (r"đô\s+la|USD", "USD"),
    (r"euro", "EUR"),
)
# What happened to the people counted, said after them ("were killed").
OUTCOME_AFTER = (
    (r"thiệt\s+mạng|tử\s+vong|tử\s+nạn|hy\s+sinh|bị\s+giết|chết", "killed"),
    (r"bị\s+thương", "injured"),
    (r"phải\s+sơ\s+tán|phải\s+rời\s+bỏ\s+nhà", "displaced"),
    (r"bị\s+bắt\s+cóc|mất\s+tích", "kidnapped"),
)
# The same, said before the number ("killing at least 22 people").
OUTCOME_BEFORE = (
    (r"giết\s+(?:chết\s+)?|sát\s+hại", "killed"),
    (r"làm\s+bị\s+thương", "injured"),
)
# Thousands separators, decimal mark.
SEPARATORS = (".", ",")
# Words before a number that make it approximate.
APPROX = r"hơn|trên|khoảng|gần|ít\s+nhất|tới|đến"
# Verbs of another event: an outcome after one of these is not the toll of the people counted.
OTHER_VERBS = r"triển\s+khai|rút|điều|rời"
MULTIPLIERS = {"nghìn": 1000, "ngàn": 1000, "triệu": 1000000, "tỷ": 1000000000, "tỉ": 1000000000}
# Vietnamese puts no adjectives between a number and its unit ("460 binh sĩ").
WORDS_BETWEEN = False
