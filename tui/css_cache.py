"""The browser's parsed CSS, kept between launches: Textual parses every stylesheet at every start.

Textual tokenises and parses the app's ``app.tcss`` and each widget's
``DEFAULT_CSS`` (172 rules on the first screen) at every launch, about 17 ms of
CPU where a bare Textual app spends 6. The parsed rules depend only on the CSS
text, where it was read from and the theme's variables, so a launch keeps what
it parsed in a file of the user's cache folder (beside the country-names cache,
``$MALI_TUI_CACHE`` or the platform's one), and the next launch unpickles it in
a few milliseconds.

``ParsedCss`` stands in for the stylesheet's own parse cache (a mapping Textual
reads with ``[]`` and fills after each parse), so Textual still parses anything
not found, and a theme change (which clears that cache) parses as before. The
file is named after this install and the Textual module that parses, so
another install or another Textual never reads it; a file that cannot be read
is ignored and written again. Like the ``.pyc`` files beside the modules, it
is code the user's own account wrote: it is never read from anywhere else.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from textual.css import stylesheet as textual_stylesheet
from textual.css.stylesheet import Stylesheet

from store.about.country_names import CACHE_ENV

FORMAT = 1


def cache_path() -> Path:
    """This install's file: named after the folder of ``tui`` and the Textual parser's file and date."""
    env = os.environ.get(CACHE_ENV)
    if env:
        folder = Path(env).expanduser()
    else:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("mali-tui", appauthor=False))
    parser = Path(textual_stylesheet.__file__)
    stamp = parser.stat()
    ident = f"{FORMAT}|{Path(__file__).resolve().parent}|{parser}|{stamp.st_size}|{stamp.st_mtime_ns}"
    digest = hashlib.blake2s(ident.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
    return folder / f"parsed-css-{digest}.pickle"


def _private(path: Path) -> bool:
    """Reading a pickle runs what it says: read only a file, in a folder, that this user owns and that
    nobody else may write (a cache folder made under ``umask 000`` would let anyone replace it)."""
    uid = os.getuid()
    for part in (path, path.parent):
        status = part.stat()
        if status.st_uid != uid or status.st_mode & 0o022:
            return False
    return True


class ParsedCss:
    """The stylesheet's parse cache, backed by the rules an earlier launch parsed with the same variables."""

    def __init__(self, stylesheet: Stylesheet, path: Path) -> None:
        self._stylesheet = stylesheet
        self._path = path
        self._memory: dict[tuple[Any, ...], Any] = {}
        self._saved: dict[tuple[Any, ...], Any] | None = None  # read on the first parse
        self._new = False
        self._variables: tuple[int, Any] | None = None

    def _variables_key(self) -> Any:
        variables = self._stylesheet._variables
        if self._variables is None or self._variables[0] != id(variables):
            self._variables = (id(variables), tuple(sorted(variables.items())))
        return self._variables[1]

    def _read(self) -> dict[tuple[Any, ...], Any]:
        if self._saved is None:
            self._saved = {}
            with contextlib.suppress(Exception):  # missing, truncated, from an older layout: parse instead
                if not _private(self._path):
                    return self._saved
                saved = pickle.loads(self._path.read_bytes())
                if isinstance(saved, dict):
                    self._saved = saved
        return self._saved

    def __getitem__(self, key: tuple[Any, ...]) -> Any:
        rules = self._memory.get(key)
        if rules is not None:
            return rules
        rules = self._read().get((self._variables_key(), key))
        if rules is None:
            raise KeyError(key)
        self._memory[key] = rules
        return rules

    def __setitem__(self, key: tuple[Any, ...], rules: Any) -> None:
        self._memory[key] = rules
        self._read()[(self._variables_key(), key)] = rules
        self._new = True

    def clear(self) -> None:
        """New variables (a theme): the rules parsed with them are looked up under their own key."""
        self._memory.clear()
        self._variables = None

    def save(self) -> None:
        """Write what this launch parsed, once, atomically; a read-only cache folder is no error."""
        if not self._new or self._saved is None:
            return
        self._new = False
        with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
            self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self._path.parent, prefix=".parsed-css-")
            try:
                with os.fdopen(handle, "wb") as out:
                    pickle.dump(self._saved, out, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(temporary, self._path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)


def keep_parsed_css(stylesheet: Stylesheet) -> ParsedCss:
    """Give ``stylesheet`` a parse cache that outlives the process; ``save()`` it after the first frame."""
    cache = ParsedCss(stylesheet, cache_path())
    stylesheet._parse_cache = cache  # type: ignore[assignment]
    return cache
