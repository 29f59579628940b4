"""``mali-tui corrections``: list, make or undo analysts' corrections and occurrence decisions.

Apart from the other commands because it has actions of its own; what a
correction may be and how it is written is ``store.correcting``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.cli_output import EXIT_OK, say
from tui.cli_parser import db_path

if TYPE_CHECKING:
    import argparse

    from store.storage.db import EventStore


def corrections_command(args: argparse.Namespace) -> int:
    from store.storage.db import EventStore

    store = EventStore(db_path(args))
    if args.action in ("same", "different", "undecided"):
        return _decide(store, args)
    if args.action == "set":
        return _correct(store, args)
    if args.action in ("undo", "clear"):
        return _undo_or_clear(store, args)
    return _list(store, orphaned_only=args.orphaned)


def _decide(store: EventStore, args: argparse.Namespace) -> int:
    """``same`` / ``different`` / ``undecided``: what an analyst says of two events' occurrences."""
    from store.storage import occurrence_decisions as decisions  # the corrections file only: no linking

    decide = {
        "same": decisions.set_same_occurrence,
        "different": decisions.set_different_occurrence,
        "undecided": decisions.clear_occurrence_decision,
    }[args.action]
    first, second = args.event_ids
    decide(store, first, second)
    say(f"{first} {second}: {args.action}" + (" occurrence" if args.action != "undecided" else ""))
    return EXIT_OK


def _correct(store: EventStore, args: argparse.Namespace) -> int:
    from store.correcting import correct_event
    from store.storage.corrections import describe

    corrected = correct_event(
        store,
        args.event_id,
        date=args.date,
        date_precision=args.precision,
        countries=args.countries,  # "FR,ML", "FR; ML" or "" for none: the store reads the list
        type=args.type,
        rejected=args.rejected,
        target_date=args.target,
    )
    say(f"{args.event_id}: {describe(corrected.record)}")
    _say_moved(corrected.moved)
    return EXIT_OK


def _undo_or_clear(store: EventStore, args: argparse.Namespace) -> int:
    from store.correcting import clear_event, undo_event
    from store.storage.corrections import describe

    done = (undo_event if args.action == "undo" else clear_event)(store, args.event_id)
    said = describe(done.record) if done.record else "no correction (as extracted)"
    if args.action == "clear":
        said = "correction cleared (undo brings it back)"
    say(f"{args.event_id}: {said}")
    _say_moved(done.moved)
    return EXIT_OK


def _say_moved(moved: int) -> None:
    if moved:
        say(f"{moved} other items of its undated list moved with it (still marked inferred)")


def _list(store: EventStore, *, orphaned_only: bool) -> int:
    """The corrections (and occurrence decisions) stored, the orphaned ones marked and kept."""
    from store.correction_lines import correction_lines
    from store.storage.corrections import correction_statuses
    from store.storage.occurrence_decisions import occurrence_decisions

    snapshot = store.load()
    statuses = correction_statuses(snapshot)
    orphans = sum(s.orphaned for s in statuses)
    if orphaned_only:
        statuses = [s for s in statuses if s.orphaned]
    for row in [] if orphaned_only else occurrence_decisions(snapshot):
        say(f"{row.get('a')} {row.get('b')}  {row.get('decision')} occurrence")
    if not statuses:
        say("no orphaned corrections" if orphaned_only else "no corrections")
        return EXIT_OK
    for line in correction_lines(statuses):
        mark = {"attached": "", "reattached": f"  [re-attached to {line.applies_to}]"}.get(
            line.status, "  [ORPHANED: sentence no longer in the store; kept]"
        )
        say(f"{line.made_on}  {line.doc or '-'}  {line.change}{mark}")
        sentence = line.sentence
        say(f"    {sentence[:117] + '...' if len(sentence) > 120 else sentence}")
    say(f"{len(statuses)} corrections, {orphans} orphaned")
    return EXIT_OK
