"""English words of troops on the move and of the moves still to come: harm told with the
movement (store/extraction/harm_on_the_way.py), a deadline named before a completion and posts to be
closed (store/about/withdrawals.py, store/extraction/deadline_days.py), missions of no troops."""

# Words of the movement itself (store/extraction/harm_on_the_way.py): harm told with them, right after a
# withdrawal of a day, befell the troops as they left that day.
ON_THE_WAY = (
    "convoy", "convoys", "column", "on the road", "on the way", "en route", "the journey", "the route",
    "as they left", "while leaving", "during the withdrawal", "during the departure", "the pullout",
)  # fmt: skip

# A deadline named before a completion ("Today is the deadline agreed for the end of the withdrawal"): the
# completion is the plan the deadline sets, not done (store/about/withdrawals.py).
DEADLINE_NOUNS = r"\b(?:deadline|time\s+limit|cut-?off\s+date)s?\b"

# Closing a military post ("will close its base in Gao", "the camps would be closed"): a step of a withdrawal
# (store/about/withdrawals.py ``closing_to_come``, read only when still to come and dated).
CLOSING_POSTS = (
    r"\bclos(?:e|es|ing)\s+(?:down\s+)?(?:\w+\s+){0,3}?(?:bases?|camps?|outposts?|garrisons?)\b|"
    r"\b(?:bases?|camps?|outposts?|garrisons?)\s+(?:[^\s,;.]+\s+){0,6}?be\s+closed\b"
)

# Missions of no troops: one leaving a place is no withdrawal ("the IMF mission left Bamako")
# (store/about/withdrawals.py ``_force_mission``).
CIVILIAN_MISSIONS = (
    r"\b(?:IMF|World\s+Bank|election|electoral|observers?|observation|diplomatic|trade|fact-finding|assessment|"
    r"technical|audit|medical|humanitarian|ECOWAS|AU)\s+(?:\w+\s+){0,2}?mission\b|\bmission\s+of\s+(?:the\s+)?"
    r"(?:IMF|World\s+Bank|ECOWAS|African\s+Union|observers|experts)\b"
)
