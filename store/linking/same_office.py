"""One office's decision told of its day in one report and recalled in its month in another.

A wire names the minister ("Mali's foreign minister Abdoulaye Diop on Friday asked the Council to
withdraw the mission"); a review or a translation names only the office ("Giữa tháng 6, Bộ trưởng Ngoại
giao Mali yêu cầu phái bộ rời đi", "le chef de la diplomatie malienne avait exigé le départ de la
mission"). An office is held by one person at a time: two reports of one kind of decision rare on its day,
naming the same countries (one within the other's), one dated to a day and one to the month holding it,
and the same office (``store.about.offices``: by title or through a listed holder), tell one decision, as
two naming the holder do (``act_evidence.same_holder``). Two offices (the foreign minister's demand, the
prime minister's) or none named link nothing.

On one day, speech or an untyped sentence naming the office ("El ministro británico de las Fuerzas
Armadas justificó el lunes la salida") beside a report of that office's act or words that day ("Britain
will withdraw its troops, the armed forces minister told the House of Commons on Monday") is what that
person said or did that day, as a listed person's name says (``one_persons_day``; the day's conditions
are ``identifying_parties.speech_of_one_day``'s).
"""

from __future__ import annotations

from store.about.office_holders import holder_names
from store.about.offices import offices_named
from store.linking.profiles import Profile


def _shared_office(a: Profile, b: Profile) -> frozenset[str]:
    """The offices both sentences name, unless each names a listed holder and none is the other's: two
    people ("the coup that brought General Tiani to power" / "detained President Bazoum") are two
    holders of one office, not one person."""
    held_a, held_b = holder_names(a.text), holder_names(b.text)
    if held_a and held_b and not held_a & held_b:
        return frozenset()
    return offices_named(a.text, a.language) & offices_named(b.text, b.language)


def same_office(a: Profile, b: Profile) -> list[str]:
    """Why ``a`` and ``b`` tell one office's decision of one month (see the module), or []."""
    if a.type != b.type or not (a.countries and b.countries):
        return []
    if not (a.countries <= b.countries or b.countries <= a.countries):
        return []
    if {a.precision, b.precision} != {"day", "month"}:
        return []
    named = _shared_office(a, b)
    return [f"same office ({n})" for n in sorted(named)]


def same_office_that_day(a: Profile, b: Profile) -> list[str]:
    """Why ``a`` and ``b``, told of one day as speech on one side at least, tell one office holder's
    occurrence of that day (see the module), or []."""
    if not (a.countries and b.countries) or not (a.countries <= b.countries or b.countries <= a.countries):
        return []
    return [f"same office ({n}) that day" for n in sorted(_shared_office(a, b))]


def office_keys(text: str, language: str, precision: str | None) -> tuple[tuple[str, ...], ...]:
    """Candidate keys of an event ``same_office_that_day`` may link: each office its sentence names, for
    an event dated to a day."""
    if precision != "day" or not text:
        return ()
    return tuple(("office", n) for n in sorted(offices_named(text, language)))
