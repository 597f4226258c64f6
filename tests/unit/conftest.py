"""Fixtures of every unit test (the e2e tests import them too)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def user_cache_folder(tmp_path_factory, monkeypatch) -> Path:
    """Commands run outside a Sphinx project (``briefing export|check|topics``)
    cache in the user's cache folder (platformdirs, which reads XDG_CACHE_HOME
    on Linux): during the tests it is a temporary folder, never ~/.cache."""
    folder = tmp_path_factory.mktemp("user-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder
