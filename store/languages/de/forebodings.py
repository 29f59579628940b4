"""German verbs of warning and fear (store/about/withdrawals.py ``noun_with_future``)."""

# "Hilfsorganisationen warnten, der Abzug werde die Zivilisten schutzlos lassen": befürchtet, nicht geplant.
FOREBODING = r"warn\w*|befürcht\w*|fürcht\w+|sorg\w+\s+sich"
