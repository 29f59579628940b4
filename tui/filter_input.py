"""The filter's text boxes: an ``Input`` whose editing keys act in the order they were typed.

Textual's ``Input`` inserts a printable key as soon as it arrives, but acts on
its other keys (backspace, delete, the cursor keys) through key bindings, which
the app runs when the key has bubbled back up to it: behind every key already
waiting in the app's queue. On a large store a keystroke takes some tens of
milliseconds, so typing "troops", erasing it and typing "kidal" quickly gave
"trkid": two backspaces applied after the letters typed after them. Here the
box runs its own bindings when the key reaches it, in typing order.

The first time a box takes the focus it loads, in a worker, the country and
force names a typed word is looked up in (``store.query.search_terms``): the
first keystroke waited 0.2 s for them. Not earlier: loaded right after the first
frame, they held the GIL while that frame was being written to the terminal.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, work
from textual.widgets import Input


class FilterInput(Input):
    """An ``Input`` that runs its own key bindings (not the app's or a priority one) on arrival."""

    names_loaded: ClassVar[bool] = False  # once per process: the tables are the module's

    def on_focus(self, event: events.Focus) -> None:
        if not FilterInput.names_loaded:
            FilterInput.names_loaded = True
            self._load_names()

    @work(thread=True, group="filter-names", exit_on_error=False)
    def _load_names(self) -> None:
        """Look one word up: the name tables load now, while the user starts typing."""
        from store.query import search_terms

        search_terms("mali")

    async def _on_key(self, event: events.Key) -> None:
        await super()._on_key(event)  # printable keys: inserted
        if event.is_printable:
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
