"""Các tổ chức khu vực viết đầy đủ (dữ liệu; chữ viết tắt ở common/)."""

from __future__ import annotations

ORGANISATIONS: dict[str, str] = {
    "ECOWAS": (
        r"\bCộng\s+đồng\s+Kinh\s+tế\s+(?:các\s+)?(?:(?:quốc\s+gia|nước)\s+)?Tây\s+Phi\b"
        r"|\b(?:các\s+)?nhà\s+lãnh\s+đạo\s+Tây\s+Phi\b"
    ),
    "African Union": r"\bLiên\s+minh\s+châu\s+Phi\b",
    "AES": r"\bLiên\s+minh\s+các\s+(?:quốc\s+gia|nước)\s+Sahel\b",
    "Francophonie": r"\bTổ\s+chức\s+Quốc\s+tế\s+(?:các\s+nước\s+)?(?:Pháp\s+ngữ|nói\s+tiếng\s+Pháp)\b",
}
