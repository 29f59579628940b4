"""One event for a sentence no date shape gave one, as the rules dating a sentence by its neighbours build it.

A sentence whose act is dated by what surrounds it (another act of the same sitting, the wire story's day,
"the news came a day after ...") gets its event here, with the places, figures and title read from the words
that tell the act (the sentence, the story, or the clause after "after"), so that every such rule builds it
alike.
"""

from __future__ import annotations

from store.about.figures import find_figures
from store.about.headline import event_title
from store.about.places import find_places
from store.model import Event, event_id


def sentence_event(
    doc_name: str,
    sentence: str,
    occurrence: int,
    span: tuple[int, int],
    language: str,
    kind: str,
    countries: list[str],
    told: str | None = None,
    titled: str | None = None,
) -> Event:
    """An undated event of ``kind`` on ``sentence``; places and figures come from ``told`` (the sentence by
    default), the title from ``titled`` (``told`` by default)."""
    told = sentence if told is None else told
    places = find_places(told, language)
    figures = [f.as_dict() for f in find_figures(told, language)]
    return Event(
        id=event_id(doc_name, sentence, occurrence, 0),
        doc=doc_name,
        start=span[0],
        end=span[1],
        sentence=sentence,
        countries=countries,
        places=places,
        type=kind,
        figures=figures,
        language=language,
        title=event_title(
            told if titled is None else titled, language, kind, countries, figures, places, None
        ),
    )
