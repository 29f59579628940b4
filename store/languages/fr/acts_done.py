"""French words telling that a withdrawal named by its noun happened (store/about/acts_done.py)."""

# « le retrait de Kidal, fin octobre, avait été le plus délicat », « le départ a eu lieu dimanche »: the act
# named by its noun, told as having happened (not announced, planned, delayed or called for).
WITHDRAWAL_DONE = (
    r"\b(?:le|son|leur)\s+(?:\w+\s+)?(?:retrait|départ|désengagement)\b[^.;]{0,60}?(?:\b(?:a|avait)\s+eu\s+lieu|"
    r"\bs['’](?:est|était)\s+(?:déroulée?|effectuée?|passée?)|\b(?:a|avait)\s+été\s+(?:le|la)\s+plus)\b"
)
