"""The steps of extraction (``store.extract.extract_events`` runs them in order, sentence by sentence).

``sentence_dates``: a body sentence's date mentions and their resolution against the right reference;
``list_years``: the years of an undated list's entries; ``events``: the events a sentence reports, with
their types, countries, places and figures.
"""
