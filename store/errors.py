"""User-facing errors: one line, naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class MaliTuiError(Exception):
    """An error the CLI prints as one line instead of a traceback."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class StoreError(MaliTuiError):
    """The store file cannot be opened, read or written safely."""


class StoreLockedError(StoreError):
    """Another process is writing the store."""


class InputError(MaliTuiError):
    """A document given to ingest cannot be read or used."""
