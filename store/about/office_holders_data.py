"""Who held the offices that matter to this domain, 2010 onward: one row per term.

(name, office, country or body, start, end or None while in office, source). Used only as evidence for
inferred years (store/about/office_holders.py); dates are the days a term began and ended, a term still
open is ``None``. Source: the English Wikipedia pages named in each row, as the author knew them (the rows
were not checked against the pages online when written: verify a row before relying on it).
"""

from __future__ import annotations

_FR_PRES = "List of presidents of France"
_FR_PM = "List of prime ministers of France"
_FR_FM = "Minister of Foreign Affairs (France)"
_FR_DEF = "Minister of the Armed Forces (France)"
_ML = "List of heads of state of Mali; Prime Minister of Mali"
_ML_MIN = "Ministry of Foreign Affairs (Mali); Ministry of Defence (Mali)"
_DE = "Chancellor of Germany; President of Germany"
_DE_MIN = "Federal Foreign Office; Federal Ministry of Defence (Germany)"
_UK = "List of prime ministers of the United Kingdom"
_UK_MIN = "Foreign Secretary; Secretary of State for Defence"
_NE = "List of heads of state of Niger; Prime Minister of Niger"
_BF = "List of heads of state of Burkina Faso"
_EG = "President of Egypt; Minister of Foreign Affairs (Egypt)"
_CI = "President of Ivory Coast"
_DK = "Prime Minister of Denmark; Minister of Foreign Affairs (Denmark)"
_SE = "Prime Minister of Sweden; Minister for Foreign Affairs (Sweden)"
_US = "List of presidents of the United States; Secretary of State; Secretary of Defense"
_UN = "Secretary-General of the United Nations; MINUSMA"

TERMS: tuple[tuple[str, str, str, str, str | None, str], ...] = (
    ("Nicolas Sarkozy", "president", "FR", "2007-05-16", "2012-05-15", _FR_PRES),
    ("François Hollande", "president", "FR", "2012-05-15", "2017-05-14", _FR_PRES),
    ("Emmanuel Macron", "president", "FR", "2017-05-14", None, _FR_PRES),
    ("François Fillon", "prime minister", "FR", "2007-05-17", "2012-05-15", _FR_PM),
    ("Jean-Marc Ayrault", "prime minister", "FR", "2012-05-15", "2014-03-31", _FR_PM),
    ("Manuel Valls", "prime minister", "FR", "2014-03-31", "2016-12-06", _FR_PM),
    ("Bernard Cazeneuve", "prime minister", "FR", "2016-12-06", "2017-05-15", _FR_PM),
    ("Édouard Philippe", "prime minister", "FR", "2017-05-15", "2020-07-03", _FR_PM),
    ("Jean Castex", "prime minister", "FR", "2020-07-03", "2022-05-16", _FR_PM),
    ("Élisabeth Borne", "prime minister", "FR", "2022-05-16", "2024-01-09", _FR_PM),
    ("Gabriel Attal", "prime minister", "FR", "2024-01-09", "2024-09-05", _FR_PM),
    ("Michel Barnier", "prime minister", "FR", "2024-09-05", "2024-12-13", _FR_PM),
    ("François Bayrou", "prime minister", "FR", "2024-12-13", "2025-09-09", _FR_PM),
    ("Alain Juppé", "foreign minister", "FR", "2011-02-27", "2012-05-16", _FR_FM),
    ("Laurent Fabius", "foreign minister", "FR", "2012-05-16", "2016-02-11", _FR_FM),
    ("Jean-Marc Ayrault", "foreign minister", "FR", "2016-02-11", "2017-05-17", _FR_FM),
    ("Jean-Yves Le Drian", "foreign minister", "FR", "2017-05-17", "2022-05-20", _FR_FM),
    ("Catherine Colonna", "foreign minister", "FR", "2022-05-20", "2024-01-11", _FR_FM),
    ("Stéphane Séjourné", "foreign minister", "FR", "2024-01-11", "2024-09-21", _FR_FM),
    ("Jean-Noël Barrot", "foreign minister", "FR", "2024-09-21", None, _FR_FM),
    ("Alain Juppé", "defence minister", "FR", "2010-11-14", "2011-02-27", _FR_DEF),
    ("Gérard Longuet", "defence minister", "FR", "2011-02-27", "2012-05-16", _FR_DEF),
    ("Jean-Yves Le Drian", "defence minister", "FR", "2012-05-16", "2017-05-17", _FR_DEF),
    ("Sylvie Goulard", "defence minister", "FR", "2017-05-17", "2017-06-21", _FR_DEF),
    ("Florence Parly", "defence minister", "FR", "2017-06-21", "2022-05-20", _FR_DEF),
    ("Sébastien Lecornu", "defence minister", "FR", "2022-05-20", "2025-09-09", _FR_DEF),
    ("Amadou Toumani Touré", "president", "ML", "2002-06-08", "2012-03-22", _ML),
    ("Dioncounda Traoré", "president", "ML", "2012-04-12", "2013-09-04", _ML),
    ("Ibrahim Boubacar Keïta", "president", "ML", "2013-09-04", "2020-08-18", _ML),
    ("Bah N'Daw", "president", "ML", "2020-09-25", "2021-05-24", _ML),
    ("Assimi Goïta", "president", "ML", "2020-08-18", None, _ML),
    ("Cheick Modibo Diarra", "prime minister", "ML", "2012-04-17", "2012-12-11", _ML),
    ("Moussa Mara", "prime minister", "ML", "2014-04-05", "2015-01-08", _ML),
    ("Boubou Cissé", "prime minister", "ML", "2019-04-22", "2020-08-18", _ML),
    ("Moctar Ouane", "prime minister", "ML", "2020-09-27", "2021-05-24", _ML),
    ("Choguel Kokalla Maïga", "prime minister", "ML", "2021-06-07", "2024-11-20", _ML),
    ("Abdoulaye Diop", "foreign minister", "ML", "2014-04-11", "2017-04-08", _ML_MIN),
    ("Abdoulaye Diop", "foreign minister", "ML", "2021-06-11", None, _ML_MIN),
    ("Sadio Camara", "defence minister", "ML", "2020-10-05", None, _ML_MIN),
    ("Angela Merkel", "chancellor", "DE", "2005-11-22", "2021-12-08", _DE),
    ("Olaf Scholz", "chancellor", "DE", "2021-12-08", "2025-05-06", _DE),
    ("Friedrich Merz", "chancellor", "DE", "2025-05-06", None, _DE),
    ("Joachim Gauck", "president", "DE", "2012-03-18", "2017-03-18", _DE),
    ("Frank-Walter Steinmeier", "president", "DE", "2017-03-19", None, _DE),
    ("Guido Westerwelle", "foreign minister", "DE", "2009-10-28", "2013-12-17", _DE_MIN),
    ("Frank-Walter Steinmeier", "foreign minister", "DE", "2013-12-17", "2017-01-27", _DE_MIN),
    ("Sigmar Gabriel", "foreign minister", "DE", "2017-01-27", "2018-03-14", _DE_MIN),
    ("Heiko Maas", "foreign minister", "DE", "2018-03-14", "2021-12-08", _DE_MIN),
    ("Annalena Baerbock", "foreign minister", "DE", "2021-12-08", "2025-05-06", _DE_MIN),
    ("Johann Wadephul", "foreign minister", "DE", "2025-05-06", None, _DE_MIN),
    ("Thomas de Maizière", "defence minister", "DE", "2011-03-03", "2013-12-17", _DE_MIN),
    ("Ursula von der Leyen", "defence minister", "DE", "2013-12-17", "2019-07-17", _DE_MIN),
    ("Annegret Kramp-Karrenbauer", "defence minister", "DE", "2019-07-17", "2021-12-08", _DE_MIN),
    ("Christine Lambrecht", "defence minister", "DE", "2021-12-08", "2023-01-19", _DE_MIN),
    ("Boris Pistorius", "defence minister", "DE", "2023-01-19", None, _DE_MIN),
    ("David Cameron", "prime minister", "GB", "2010-05-11", "2016-07-13", _UK),
    ("Theresa May", "prime minister", "GB", "2016-07-13", "2019-07-24", _UK),
    ("Boris Johnson", "prime minister", "GB", "2019-07-24", "2022-09-06", _UK),
    ("Liz Truss", "prime minister", "GB", "2022-09-06", "2022-10-25", _UK),
    ("Rishi Sunak", "prime minister", "GB", "2022-10-25", "2024-07-05", _UK),
    ("Keir Starmer", "prime minister", "GB", "2024-07-05", None, _UK),
    ("William Hague", "foreign minister", "GB", "2010-05-12", "2014-07-14", _UK_MIN),
    ("Philip Hammond", "foreign minister", "GB", "2014-07-15", "2016-07-13", _UK_MIN),
    ("Boris Johnson", "foreign minister", "GB", "2016-07-13", "2018-07-09", _UK_MIN),
    ("Jeremy Hunt", "foreign minister", "GB", "2018-07-09", "2019-07-24", _UK_MIN),
    ("Dominic Raab", "foreign minister", "GB", "2019-07-24", "2021-09-15", _UK_MIN),
    ("Liz Truss", "foreign minister", "GB", "2021-09-15", "2022-09-06", _UK_MIN),
    ("James Cleverly", "foreign minister", "GB", "2022-09-06", "2023-11-13", _UK_MIN),
    ("David Cameron", "foreign minister", "GB", "2023-11-13", "2024-07-05", _UK_MIN),
    ("David Lammy", "foreign minister", "GB", "2024-07-05", "2025-09-05", _UK_MIN),
    ("Michael Fallon", "defence minister", "GB", "2014-07-15", "2017-11-01", _UK_MIN),
    ("Gavin Williamson", "defence minister", "GB", "2017-11-02", "2019-05-01", _UK_MIN),
    ("Ben Wallace", "defence minister", "GB", "2019-07-24", "2023-08-31", _UK_MIN),
    ("Grant Shapps", "defence minister", "GB", "2023-08-31", "2024-07-05", _UK_MIN),
    ("John Healey", "defence minister", "GB", "2024-07-05", None, _UK_MIN),
    ("Mahamadou Issoufou", "president", "NE", "2011-04-07", "2021-04-02", _NE),
    ("Mohamed Bazoum", "president", "NE", "2021-04-02", "2023-07-26", _NE),
    ("Abdourahamane Tiani", "president", "NE", "2023-07-26", None, _NE),
    ("Brigi Rafini", "prime minister", "NE", "2011-04-07", "2021-04-03", _NE),
    ("Ouhoumoudou Mahamadou", "prime minister", "NE", "2021-04-03", "2023-07-26", _NE),
    ("Ali Lamine Zeine", "prime minister", "NE", "2023-08-08", None, _NE),
    ("Hassoumi Massaoudou", "foreign minister", "NE", "2021-04-07", "2023-07-26", _NE),
    ("Blaise Compaoré", "president", "BF", "1987-10-15", "2014-10-31", _BF),
    ("Michel Kafando", "president", "BF", "2014-11-18", "2015-12-29", _BF),
    ("Roch Marc Christian Kaboré", "president", "BF", "2015-12-29", "2022-01-24", _BF),
    ("Paul-Henri Sandaogo Damiba", "president", "BF", "2022-01-24", "2022-09-30", _BF),
    ("Ibrahim Traoré", "president", "BF", "2022-09-30", None, _BF),
    ("Mohamed Morsi", "president", "EG", "2012-06-30", "2013-07-03", _EG),
    ("Abdel Fattah el-Sisi", "president", "EG", "2014-06-08", None, _EG),
    ("Sameh Shoukry", "foreign minister", "EG", "2014-06-17", "2024-07-03", _EG),
    ("Badr Abdelatty", "foreign minister", "EG", "2024-07-03", None, _EG),
    ("Alassane Ouattara", "president", "CI", "2010-12-04", None, _CI),
    ("Helle Thorning-Schmidt", "prime minister", "DK", "2011-10-03", "2015-06-28", _DK),
    ("Mette Frederiksen", "prime minister", "DK", "2019-06-27", None, _DK),
    ("Jeppe Kofod", "foreign minister", "DK", "2019-06-27", "2022-12-15", _DK),
    ("Lars Løkke Rasmussen", "prime minister", "DK", "2009-04-05", "2011-10-03", _DK),
    ("Lars Løkke Rasmussen", "prime minister", "DK", "2015-06-28", "2019-06-27", _DK),
    ("Lars Løkke Rasmussen", "foreign minister", "DK", "2022-12-15", None, _DK),
    ("Fredrik Reinfeldt", "prime minister", "SE", "2006-10-06", "2014-10-03", _SE),
    ("Stefan Löfven", "prime minister", "SE", "2014-10-03", "2021-11-30", _SE),
    ("Magdalena Andersson", "prime minister", "SE", "2021-11-30", "2022-10-18", _SE),
    ("Ulf Kristersson", "prime minister", "SE", "2022-10-18", None, _SE),
    ("Margot Wallström", "foreign minister", "SE", "2014-10-03", "2019-09-10", _SE),
    ("Ann Linde", "foreign minister", "SE", "2019-09-10", "2022-10-18", _SE),
    ("Tobias Billström", "foreign minister", "SE", "2022-10-18", "2024-09-10", _SE),
    ("Barack Obama", "president", "US", "2009-01-20", "2017-01-20", _US),
    ("Donald Trump", "president", "US", "2017-01-20", "2021-01-20", _US),
    ("Joe Biden", "president", "US", "2021-01-20", "2025-01-20", _US),
    ("Donald Trump", "president", "US", "2025-01-20", None, _US),
    ("Hillary Clinton", "foreign minister", "US", "2009-01-21", "2013-02-01", _US),
    ("John Kerry", "foreign minister", "US", "2013-02-01", "2017-01-20", _US),
    ("Rex Tillerson", "foreign minister", "US", "2017-02-01", "2018-03-31", _US),
    ("Mike Pompeo", "foreign minister", "US", "2018-04-26", "2021-01-20", _US),
    ("Antony Blinken", "foreign minister", "US", "2021-01-26", "2025-01-20", _US),
    ("Marco Rubio", "foreign minister", "US", "2025-01-21", None, _US),
    ("Leon Panetta", "defence minister", "US", "2011-07-01", "2013-02-26", _US),
    ("Chuck Hagel", "defence minister", "US", "2013-02-27", "2015-02-17", _US),
    ("Ashton Carter", "defence minister", "US", "2015-02-17", "2017-01-20", _US),
    ("Jim Mattis", "defence minister", "US", "2017-01-20", "2019-01-01", _US),
    ("Lloyd Austin", "defence minister", "US", "2021-01-22", "2025-01-20", _US),
    ("Pete Hegseth", "defence minister", "US", "2025-01-25", None, _US),
    ("Ban Ki-moon", "secretary-general", "UN", "2007-01-01", "2016-12-31", _UN),
    ("António Guterres", "secretary-general", "UN", "2017-01-01", None, _UN),
    ("Bert Koenders", "head of MINUSMA", "UN", "2013-05-01", "2014-12-31", _UN),
    ("Mongi Hamdi", "head of MINUSMA", "UN", "2015-01-01", "2015-12-22", _UN),
    ("Mahamat Saleh Annadif", "head of MINUSMA", "UN", "2015-12-23", "2021-01-31", _UN),
    ("El-Ghassim Wane", "head of MINUSMA", "UN", "2021-03-01", "2023-12-31", _UN),
)

# Short forms news uses for a listed person, unambiguous within this domain.
ALIASES: dict[str, tuple[str, ...]] = {
    "Emmanuel Macron": ("Macron",),
    "François Hollande": ("Hollande",),
    "Jean-Yves Le Drian": ("Le Drian",),
    "Laurent Fabius": ("Fabius",),
    "Boris Pistorius": ("Pistorius",),
    "Ursula von der Leyen": ("von der Leyen",),
    "Annegret Kramp-Karrenbauer": ("Kramp-Karrenbauer",),
    "Annalena Baerbock": ("Baerbock",),
    "Ban Ki-moon": ("Ban Ki-Moon",),
    "António Guterres": ("Guterres",),
    "Abdel Fattah el-Sisi": ("al-Sisi", "el-Sissi", "Sisi"),
    "Ibrahim Boubacar Keïta": ("IBK",),
    "Assimi Goïta": ("Goïta", "Goita"),
    "Mohamed Bazoum": ("Bazoum",),
    "Abdourahamane Tiani": ("Tiani",),
    "Sébastien Lecornu": ("Lecornu",),
    "Florence Parly": ("Parly",),
}
