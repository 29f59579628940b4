"""French verbs of warning and fear (store/about/withdrawals.py ``noun_with_future``)."""

# « Des ONG ont averti que le départ laissera les civils sans protection »: ce que fera un retrait, redouté.
FOREBODING = (
    r"averti\w*|mett\w+\s+en\s+garde|mis\s+en\s+garde|craign\w+|crai[nt]\w*|redout\w+|s['’]inqui[eè]t\w*"
)
