"""Spanish verbs of warning and fear (store/about/withdrawals.py ``noun_with_future``)."""

# "Las ONG advirtieron de que la retirada dejará a los civiles sin protección": lo que hará, temido.
FOREBODING = r"advirt\w+|adviert\w+|alert\w+|tem(?:e|en|emos|ía|ían|ió|ieron|or(?:es)?)|preocupa\w*"
