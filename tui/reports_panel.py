"""The reports of the selected occurrence, above the source viewer: who said it, when, in which words.

One line per report (publisher, date, language, the sentence), the one being
read marked ``▶``; then why the reports were linked and where they disagree.
Hidden when the event is its occurrence's only report. Every piece of document
text goes through ``store.text.visible.visible``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.widget import Widget

from store.text.visible import visible
from tui.timeline import display_date, fit

if TYPE_CHECKING:
    from store.browse import Corpus
    from store.linking.occurrences import Occurrence
    from store.occurrence_view import OccurrenceRows

READING_MARK = "▶"
HINT = "[ ] step through the reports · X split this one out · m mark · M merge into the marked"
ONE_LINE_WIDTH = 70  # from this width a report and its sentence share one line
SOURCE_CELLS = 22  # a publisher's name is cut here: "Autonomous Nonprofit Organization…" hides the date
COMPACT_BELOW = 10  # a max-height under this many lines: one line per report and reason, no key hint


class ReportsPanel(Widget):
    """Reports, link reasons and conflicts of the occurrence whose report the viewer shows."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reports--title",
        "reports--reading",
        "reports--muted",
        "reports--conflict",
    }

    DEFAULT_CSS = """
    ReportsPanel {
        display: none; height: auto; max-height: 16; padding: 0 1; border-bottom: hkey $panel;
        &.-shown { display: block; }
        & > .reports--title { text-style: bold; }
        & > .reports--reading { text-style: bold; color: $text-accent; }
        & > .reports--muted { color: $text-muted; }
        & > .reports--conflict { color: $text-warning; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.occurrence: Occurrence | None = None
        self.members: tuple[int, ...] = ()
        self.reading: int | None = None
        self._corpus: Corpus | None = None
        self._width = 0

    def show(self, corpus: Corpus | None, occurrences: OccurrenceRows | None, index: int | None) -> None:
        """Show the occurrence of event ``index`` (reading that report), or hide when it is alone."""
        occurrence = None
        if corpus is not None and occurrences is not None and index is not None:
            occurrence = occurrences.occurrence_of(index)
        if occurrence is None or corpus is None or index is None or occurrences is None:
            self.occurrence, self.members, self.reading, self._corpus = None, (), None, None
            self.remove_class("-shown")
            return
        self.occurrence, self.members, self.reading = occurrence, occurrences.members_of(index), index
        self._corpus = corpus
        self.add_class("-shown")
        self.clear_cached_dimensions()  # another occurrence: another height
        self.refresh(layout=True)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._width = width  # the lines depend on the width: render for the one measured
        return super().get_content_height(container, viewport, width) if self.occurrence else 0

    def render(self) -> RenderableType:
        if self.occurrence is None or self._corpus is None:
            return ""
        width = self._width or self.content_region.width or 80
        return Group(*self.lines(self._corpus, self.occurrence, width))

    def _style(self, name: str) -> Style:
        # Called from message handlers: an occurrence arriving while the app closes finds no stylesheet.
        return self.get_component_rich_style(name, partial=True, default=Style())

    def lines(self, corpus: Corpus, occurrence: Occurrence, width: int) -> list[Text]:
        """What the panel says, one ``Text`` per line (reasons and conflicts wrap, sentences are cut).

        Wide enough, a report is one line (source, date, language, sentence); narrower,
        its sentence goes on a second line. Given few lines (the narrow layout's
        ``max-height``), every report and reason is one line and the key hint is left to the help.
        """
        most = self.styles.max_height
        compact = most is not None and most.value < COMPACT_BELOW
        members = self.members
        number = {corpus.event_id(i): n for n, i in enumerate(members, 1)}
        muted, conflict_style = self._style("reports--muted"), self._style("reports--conflict")
        cut: dict[str, Any] = {"no_wrap": True, "overflow": "ellipsis"}
        title = Text(**cut)
        sources = f" from {occurrence.reports} sources" if occurrence.reports != len(members) else ""
        title.append(f"{len(members)} reports{sources}", style=self._style("reports--title"))
        if occurrence.conflicts:
            count = len(occurrence.conflicts)
            title.append(f" · {count} conflict{'s' if count > 1 else ''}", style=conflict_style)
        title.append(f" · {visible(occurrence.title)}", style=muted)
        out = [title]
        for n, i in enumerate(members, 1):
            event = corpus.event(i)
            reading = i == self.reading
            date = display_date(event) + ("~" if event.date_inferred else "")
            language = event.language or corpus.document_at(i).language or "und"
            source = fit(visible(corpus.source_label(i)), SOURCE_CELLS).rstrip()
            head = f"{READING_MARK if reading else ' '}{n} {source} · {date} · "
            head += visible(language)
            sentence = visible(" ".join(event.sentence.split()))
            line = Text(head, style=self._style("reports--reading") if reading else None, **cut)
            if width >= ONE_LINE_WIDTH or compact:
                line.append(f" · {sentence}")
                out.append(line)
            else:
                out += [line, Text(f"   {sentence}", **cut)]
        pairs_by_reason: dict[str, list[str]] = {}  # one line per reason: most links give the same one
        for link in occurrence.links:
            if link.a in number and link.b in number:
                pair = "–".join(str(n) for n in sorted((number[link.a], number[link.b])))
                pairs_by_reason.setdefault(link.reason, []).append(pair)
        for reason, pairs in pairs_by_reason.items():
            line = Text(f"  linked {', '.join(pairs)}: {visible(reason)}", muted)
            out.append(line if not compact else Text(line.plain, muted, **cut))
        for conflict in occurrence.conflicts:
            values = " vs ".join(
                f"{visible(v.value)} ({', '.join(str(number[e]) for e in v.events if e in number) or '?'})"
                for v in conflict.values
            )
            line = Text(f"  conflict on {visible(conflict.field)}: {values}", conflict_style)
            out.append(line if not compact else Text(line.plain, conflict_style, **cut))
        if not compact:
            out.append(Text(HINT, muted, **cut))
        return out
