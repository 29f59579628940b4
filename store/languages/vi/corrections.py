"""Vietnamese words of a report correcting its own earlier version (extraction/corrected_versions.py)."""

# "Đính chính: phiên bản trước của bài viết này đưa tin quân đội tiến vào thành phố dịp cuối tuần; ...":
# what follows says what was wrong, up to the clause that gives the right fact.
EARLIER_VERSION = (
    r"(?:phiên bản|bản tin) (?:trước|trước đó|đầu tiên) của (?:bài viết|bài báo|bản tin|tin) (?:này )?"
    r"(?:đưa tin|ghi|nói|viết|cho biết)(?: nhầm| sai)?",
    r"bài (?:viết|báo) (?:này )?(?:đã )?(?:ghi|đưa tin|viết) (?:nhầm|sai)",
)
# Words that open the right fact after the wrong one: "..., nhưng thực tế quân đội tiến vào hôm thứ Ba".
RIGHT_FACT = ("nhưng", "thực tế", "trên thực tế")
