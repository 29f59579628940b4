"""German words telling that a withdrawal named by its noun happened (store/about/acts_done.py)."""

# "Der Abzug aus Kidal fand Ende Oktober statt", "der Abzug verlief ohne Zwischenfälle": the act named by its
# noun, told as having happened (not announced, planned, delayed or called for).
WITHDRAWAL_DONE = (
    r"\b(?:der|sein|ihr)\s+(?:\w+\s+)?(?:Abzug|Rückzug)\b[^.;]{0,60}?\b(?:fand\s+(?:[^\s,;]+\s+){0,4}?statt|"
    r"hatte\s+(?:[^\s,;]+\s+){0,4}?stattgefunden|verlief|war\s+(?:der|am)\s+\w+(?:ste|sten))\b"
)
