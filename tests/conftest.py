"""Shared test helpers: paths to the repo, its seeds and the shared corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
WIKINEWS = SHARED / "corpora" / "wikinews-fr"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def wikinews_dir() -> Path:
    if not WIKINEWS.is_dir():
        pytest.fail(f"shared corpus missing: {WIKINEWS} (CI provides ../shared)")
    return WIKINEWS
