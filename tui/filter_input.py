"""The filter's text boxes: an ``Input`` whose editing keys act in the order they were typed.

Textual's ``Input`` inserts a printable key as soon as it arrives, but acts on
its other keys (backspace, delete, the cursor keys) through key bindings, which
the app runs when the key has bubbled back up to it: behind every key already
waiting in the app's queue. On a large store a keystroke takes some tens of
milliseconds, so typing "troops", erasing it and typing "kidal" quickly gave
"trkid": two backspaces applied after the letters typed after them. Here the
box runs its own bindings when the key reaches it, in typing order.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class FilterInput(Input):
    """An ``Input`` that runs its own key bindings (not the app's or a priority one) on arrival."""

    async def _on_key(self, event: events.Key) -> None:
        await super()._on_key(event)  # printable keys: inserted
        if event.is_printable:
            return
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if not binding.priority and await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()
                return
