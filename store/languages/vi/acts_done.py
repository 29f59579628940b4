"""Vietnamese words telling that a withdrawal named by its noun happened (store/about/acts_done.py)."""

# "việc rút quân diễn ra an toàn", "cuộc rút quân khỏi Kidal đã diễn ra cuối tháng 10": the act named by its
# noun, told as having happened (not announced, planned, delayed or called for).
WITHDRAWAL_DONE = (
    r"(?:việc|cuộc)\s+rút\s+(?:quân|khỏi)[^.;]{0,60}?(?:đã\s+diễn\s+ra|diễn\s+ra\s+(?:suôn\s+sẻ|an\s+toàn|"
    r"thuận\s+lợi)|là\s+(?:cuộc\s+)?\S+\s+nhất)"
)
