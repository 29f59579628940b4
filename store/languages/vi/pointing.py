"""Vietnamese shapes of a sentence that tells again the act its report told before, in words no cue types
(store/extraction/act_pointed_back.py): "gọi sự kiện là một bước tiến", "Việc rút quân được đẩy nhanh",
"quyết định có hiệu lực ngay lập tức". Vietnamese has no article: a nominalised act ("việc rút quân") or
"sự kiện" after a verb of reacting points back.
"""

_DEPARTURE = r"\bviệc\s+(?:\S+\s+){0,3}?(?:rút|ra\s+đi|rời)\b|\bsự\s+ra\s+đi\b|\bcuộc\s+rút\s+quân\b"
_REACTED = r"\b(?:hoan\s+nghênh|ca\s+ngợi|chào\s+mừng|gọi|coi|đánh\s+giá)\s+"
_WENT = r"\s+(?:\S+\s+){0,2}?(?:được|bị)\s+đẩy\s+nhanh\b|\s+diễn\s+ra\b"
ACT_NAMED_BACK = {
    "withdrawal": rf"{_REACTED}(?:{_DEPARTURE})|(?:{_DEPARTURE})(?:{_WENT})",
    "decision": r"\bquyết\s+định\s+(?:này\s+)?(?:có|đã\s+có)\s+hiệu\s+lực\b",
    "any": rf"{_REACTED}sự\s+kiện\b|\b(?:thời\s+khắc|bước\s+ngoặt)\s+lịch\s+sử\b",
}
NEGATION = r"\b(?:không|chưa|chẳng)\b"

# Another act of the same sitting: "ECOWAS cũng dỡ bỏ lệnh trừng phạt đối với Guinea" (also_that_day.py).
ALSO = r"\b(?:cũng|đồng\s+thời|tại\s+cùng\s+hội\s+nghị)\b"
