"""English verbs of warning and fear (store/about/withdrawals.py ``noun_with_future``)."""

# "Aid groups warned that the departure would leave civilians exposed": what a withdrawal will do, feared.
FOREBODING = r"warn(?:s|ed|ing)?|fear(?:s|ed|ing)?|worr(?:y|ies|ied)|caution(?:s|ed)?|predict(?:s|ed)?"
