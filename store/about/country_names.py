"""Country display names without loading CLDR at every start-up.

``store.about.countries.country_name`` is the one definition of a country's
display name (CLDR through Babel). Getting it means importing that module (its
language tables) and unpickling Babel's whole locale: about 90 ms, the largest
single cost between the browser's first frame and its first rows. The names
only change with Babel's data or that module, so they are kept in a small JSON
file in the user's cache folder, keyed by the size and time of both files, and
built again from the one definition whenever either changes. Each install
(each copy of that module) has its own file: two installs sharing a cache
folder (a venv per project, a user's and a system's) would otherwise rewrite
one file in turn and every launch would pay the 90 ms. Without a usable cache
folder the names are simply computed.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import orjson

CACHE_ENV = "MALI_TUI_CACHE"  # another cache folder (tests, read-only homes)


def _cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("mali-tui", appauthor=False))


def _babel_data(locale: str) -> list[Path]:
    """Babel's files for ``locale``'s territory names: its own and the root it falls back on."""
    spec = importlib.util.find_spec("babel")
    if spec is None or not spec.origin:
        return []
    folder = Path(spec.origin).with_name("locale-data")
    return [folder / f"{locale}.dat", folder / "root.dat"]


def _sources(locale: str) -> list[Path]:
    """The files the names are made from: Babel's locale data and the module that filters them."""
    return [Path(__file__).with_name("countries.py"), *_babel_data(locale)]


@lru_cache(maxsize=1)
def _install_id() -> str:
    """A short name for this install: the folder this module was loaded from."""
    here = str(Path(__file__).resolve().parent)
    return hashlib.blake2s(here.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()


def _stamp(files: list[Path]) -> str:
    parts = []
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            return ""
        parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts)


def _computed(locale: str) -> dict[str, str]:
    from store.about.countries import country_name
    from store.about.country_lexicon import cldr_names

    return {code: country_name(code, locale) for code in cldr_names(locale)}


@lru_cache(maxsize=4)
def country_names(locale: str = "en") -> dict[str, str]:
    """Every country code's display name in ``locale``, as ``countries.country_name`` gives it."""
    return _cached(f"country-names-{locale}", _stamp(_sources(locale)), lambda: _computed(locale))


@lru_cache(maxsize=16)
def cldr_territories(locale: str) -> dict[str, str]:
    """Babel's ``Locale.parse(locale).territories`` (code -> name), from the cache when it is current.

    What the filter reads to know which typed words name a country: with it
    cached, a remembered filter costs no Babel import and no locale unpickling
    (10 to 20 ms a language) before the first rows.
    """

    def computed() -> dict[str, str]:
        from babel import Locale

        return dict(Locale.parse(locale).territories)

    return _cached(f"territories-{locale}", _stamp(_babel_data(locale)), computed)


def _cached(name: str, stamp: str, compute: Callable[[], dict[str, str]]) -> dict[str, str]:
    """``compute()``, kept in ``NAME-INSTALL.json`` of the cache folder while ``stamp`` is unchanged."""
    path = _cache_dir() / f"{name}-{_install_id()}.json"
    if stamp:
        with contextlib.suppress(OSError, orjson.JSONDecodeError, TypeError, AttributeError):
            cached = orjson.loads(path.read_bytes())
            if cached.get("stamp") == stamp and isinstance(cached.get("names"), dict):
                return cached["names"]
    names = compute()
    if stamp:
        _save(path, {"stamp": stamp, "names": names})
    return names


def _save(path: Path, payload: dict[str, object]) -> None:
    """Best effort, atomic: a cache that cannot be written is rebuilt next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(orjson.dumps(payload))
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def cached_country_name(code: str, locale: str = "en") -> str:
    """``countries.country_name(code, locale)``, from the cache when it is current."""
    if not code:
        return code
    try:
        names = country_names(locale)
    except (ValueError, TypeError, LookupError):
        names = country_names("en")
    return names.get(code.upper(), code)
