"""German words of a report correcting its own earlier version (store/extraction/corrected_versions.py)."""

# "Korrektur: In einer früheren Version dieser Meldung hieß es, die Armee sei am Wochenende eingerückt;
# ...": what follows says what was wrong, up to the clause that gives the right fact.
EARLIER_VERSION = (
    r"in einer (?:früheren|vorherigen|ersten) (?:Version|Fassung)"
    r" (?:dieser|dieses) (?:Meldung|Berichts|Artikels)"
    r" (?:hieß es|war (?:irrtümlich|fälschlich) (?:von|die Rede))",
    r"(?:diese|die) Meldung (?:hatte|gab) (?:irrtümlich|fälschlicherweise)",
)
# Words that open the right fact after the wrong one: "..., tatsächlich rückte sie am Dienstag ein".
RIGHT_FACT = ("aber", "tatsächlich", "richtig ist")
