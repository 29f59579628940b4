"""Every test runs with its own settings file: the browser saves the view as it changes.

The real ``mali-tui`` launched by a test (a pty, ``serve``) would otherwise read and write
the user's ``settings.json``, so a filter typed in one terminal would reach the tests (and a
test's filter the user). The variable is set in ``os.environ`` so subprocesses inherit it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.settings import SETTINGS_ENV


@pytest.fixture(autouse=True, scope="session")
def _own_settings_file(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("settings") / "settings.json"
    before = os.environ.get(SETTINGS_ENV)
    os.environ[SETTINGS_ENV] = str(path)
    yield path
    if before is None:
        os.environ.pop(SETTINGS_ENV, None)
    else:
        os.environ[SETTINGS_ENV] = before
