"""Shared test helpers: paths to the repo, its seeds and the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews-fr"
#: minimal Sphinx projects (``test-<name>/``) for the ``sphinx.testing`` fixtures
ROOTS = Path(__file__).resolve().parent / "roots"

pytest_plugins = "sphinx.testing.fixtures"
collect_ignore = ["roots"]


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where ``@pytest.mark.sphinx(testroot="x")`` finds ``test-x/``."""
    return ROOTS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def wikinews_dir() -> Path:
    if not WIKINEWS.is_dir():
        pytest.fail(f"shared corpus missing: {WIKINEWS} (CI provides ../shared)")
    return WIKINEWS
