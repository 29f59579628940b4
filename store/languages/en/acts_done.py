"""English words telling that a withdrawal named by its noun happened (store/about/acts_done.py)."""

# "the withdrawal from Kidal took place in late October", "the pull-out had been the most delicate": the
# act named by its noun, told as having happened (not announced, planned, delayed or called for).
WITHDRAWAL_DONE = (
    r"\b(?:the|its|their)\s+(?:\w+\s+)?(?:withdrawal|pull-?out|departure)\b[^.;]{0,60}?\b(?:took\s+place|"
    r"happened|occurred|went\s+(?:smoothly|well|off)|was\s+carried\s+out|(?:was|had\s+been)\s+the\s+most)\b"
)
