"""Vietnamese cues of sanctions imposed and lifted (store/about/sanctions.py)."""

_SANCTIONS = r"(?:lệnh\s+)?(?:trừng\s+phạt|cấm\s+vận)"
# "ECOWAS dỡ bỏ phần lớn các lệnh trừng phạt đối với Niger"
SANCTIONS_LIFTED = rf"\b(?:dỡ\s+bỏ|gỡ\s+bỏ|bãi\s+bỏ|nới\s+lỏng)\s+(?:\S+\s+){{0,5}}?{_SANCTIONS}\b"
# "ECOWAS áp đặt lệnh trừng phạt kinh tế và tài chính đối với Niger"
SANCTIONS_IMPOSED = rf"\b(?:áp\s+đặt|ban\s+hành)\s+(?:\S+\s+){{0,3}}?{_SANCTIONS}\b"
