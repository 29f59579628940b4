"""What one regional organisation decided about one country on one day is one occurrence, told as speech
or without a type.

A summit's decision is told without any act the types know ("Los líderes de la CEDEAO levantaron el
sábado la mayoría de las sanciones contra Níger" / "Les chefs d'État de la CEDEAO ont levé samedi
l'essentiel des sanctions" / "24/2: ECOWAS dỡ bỏ phần lớn các lệnh trừng phạt đối với Niger"): the
country is the one every report names, no place is given, no person is named alike. The organisation
both name (``store.about.organisations``: one key whatever the language writes) is the body that acted,
and with the country and the day it says which decision it is.

Only with (the first two checked for every party by ``identifying_parties.speech_of_one_day``):

- one day told by both sentences' own words (a list's inferred year counts), never a day apart;
- speech or an untyped sentence on one side at least (typed acts are matched by their types, and
  ``act_evidence.same_organisation_left`` reads a government leaving an organisation);
- the same organisation named in both, and a country both name, neither naming a country the other
  leaves out unless one names all the other's (a government more is another decision).
"""

from __future__ import annotations

from store.about.organisations import organisations_in
from store.linking.kinds import WILDCARD
from store.linking.profiles import Profile

SPEECH = frozenset({WILDCARD, "other"})  # speech, or a sentence without a type


def same_body_that_day(a: Profile, b: Profile) -> list[str]:
    """Why ``a`` and ``b`` tell one organisation's decision about one country that day, or []."""
    if not (a.countries & b.countries) or not (a.countries <= b.countries or b.countries <= a.countries):
        return []
    named = organisations_in(a.text, a.language) & organisations_in(b.text, b.language)
    if not named:
        return []
    return [
        f"same organisation {', '.join(sorted(named))} about {', '.join(sorted(a.countries & b.countries))}"
    ]


def body_keys(
    kind: str, sentence: str, language: str, precision: str | None, looking: bool = False
) -> tuple[tuple[str, ...], ...]:
    """Candidate keys: speech or an untyped report is filed under its organisations and looks for any
    report's; a typed report is filed for speech to find and looks only for speech's."""
    if precision != "day" or not sentence:
        return ()
    named = organisations_in(sentence, language)
    if not named:
        return ()
    if kind in SPEECH:
        tags = ("body of speech", "body of act") if looking else ("body of speech",)
    else:
        tags = ("body of speech",) if looking else ("body of act",)
    return tuple((tag, n) for n in sorted(named) for tag in tags)
