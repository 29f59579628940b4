"""Spanish cues: the tense of a clause and event types (see store/languages/en/cues.py)."""

TENSE_FUTURE = (
    r"va|van|iba|iban|deberá|deberán|debería|deberían|será|serán|prevé|previsto|prevista|planea|hasta|"
    r"próximo|próxima|tendrá|tendrán|\w{3,}(?:ará|erá|irá|arán|erán|irán)"
)
TENSE_PAST = (
    r"fue|fueron|era|eran|había|habían|ha|han|ayer|pasado|pasada|desde|hace|dijo|"
    r"\w{3,}(?:ó|aron|ieron|ado|ido)"
)
CLAUSE_WORDS = ("pero", "mientras", "cuando", "aunque", "y", "que")
