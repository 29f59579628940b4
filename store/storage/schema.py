"""What a store file holds (its tables, its schema version) and how an older one is brought up to date.

Apart from ``storage.db``'s reads and writes because it is a rule of the file,
not of one way of opening it: the quick start-up check
(``storage.store_check``), the corrections file and the migrations read it too.
An older store is migrated step by step (``MIGRATIONS``: version N to N+1); a
newer one is refused rather than half-understood.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from store.errors import StoreError
from store.storage.migrations import MIGRATIONS, Migration
from store.storage.storefile import APP_MARK

SCHEMA_VERSION = 4
CORRECTIONS_OWN_FILE = 4  # the first schema whose corrections live beside the store, not in it
PREVIEW_SINCE = 3  # its migrations to the current schema leave the tables as they are: a preview is safe
DOCUMENTS, EVENTS, CORRECTIONS, META = "documents", "events", "corrections", "meta"
OCCURRENCE_DECISIONS = "occurrence_decisions"  # analysts' "same / different occurrence", by event-id pairs
# The corrections file's decisions, as a load hands them on with the store's tables (never written back)
FILE_DECISIONS = "occurrence_decisions_in_corrections_file"
CORRECTED_FIELDS = ("date", "date_precision", "countries", "type", "target_date", "title")


def schema_of(data: dict[str, Any], path: Path, newest: int = SCHEMA_VERSION) -> int:
    """The schema version of a parsed store, or a one-line error if it is not a store we can read."""
    meta_table = data.get(META)
    meta_rows = list(meta_table.values()) if isinstance(meta_table, dict) else []
    meta = meta_rows[0] if meta_rows and isinstance(meta_rows[0], dict) else {}
    if meta.get("app") != APP_MARK:
        raise StoreError("not a mali-tui store; pass another --db or move this file away", path)
    version = meta.get("schema")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(f"store has an invalid schema version {version!r}; restore a backup", path)
    if version > newest:
        raise StoreError(
            f"store schema {version} is newer than this mali-tui understands ({newest}); upgrade mali-tui",
            path,
        )
    return version


def migrate(
    data: dict[str, Any],
    path: Path,
    *,
    migrations: Mapping[int, Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
) -> dict[str, Any]:
    """``data`` brought up to schema ``target``, one registered step at a time."""
    version = schema_of(data, path, target)
    while version < target:
        step = migrations.get(version)
        if step is None:
            raise StoreError(f"no migration from store schema {version}; restore a backup", path)
        try:
            data = step(data)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(
                f"cannot migrate the store from schema {version} ({exc!r}); restore a backup", path
            ) from exc
        version += 1
        data[META] = {"1": {"app": APP_MARK, "schema": version}}
    return data


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of a version-``version`` store is kept before migrating it."""
    return path.with_name(f"{path.name}.bak-v{version}")
