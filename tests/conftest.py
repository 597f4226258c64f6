"""Shared test helpers: paths to the repo, its seeds and the shared corpora."""

from __future__ import annotations

import inspect
import re
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


@pytest.fixture(autouse=True)
def scratch_working_folder(tmp_path_factory, monkeypatch) -> Path:
    """Every test runs from an empty folder of its own: what a command or a
    config with relative defaults (``docs/dossier``, its cache) writes lands
    there, never in the repository, and no test reads a cache another left."""
    folder = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def wikinews_dir() -> Path:
    if not WIKINEWS.is_dir():
        pytest.fail(f"shared corpus missing: {WIKINEWS} (CI provides ../shared)")
    return WIKINEWS


# --- every test that reads ../shared/corpora or builds a real corpus is slow ------------

#: fixtures that hand a test the shared corpora or a Sphinx/LaTeX build of a
#: real corpus (directly or through another fixture)
SLOW_FIXTURES = frozenset({"wikinews_dir", "seeds_html", "seeds_latex", "seeds_pdf", "seeds_book"})
#: the names by which a test's own code reaches the shared corpora or builds a corpus
_SLOW_NAMES = re.compile(r"\b(?:WIKINEWS|SHARED)\b|shared/corpora|\b(?:sphinx_build|latexmk_like_rtd)\(")


def slow_tests_not_marked(items) -> list[str]:
    """Node ids of the collected tests that read ``../shared/corpora`` or build
    a real corpus with Sphinx (through a fixture, or by name in their own code)
    without the ``slow`` marker."""
    bad = []
    for item in items:
        slow = bool(SLOW_FIXTURES & set(getattr(item, "fixturenames", ())))
        function = getattr(item, "function", None)
        if not slow and function is not None:
            try:
                slow = bool(_SLOW_NAMES.search(inspect.getsource(function)))
            except (OSError, TypeError):
                slow = False
        if slow and item.get_closest_marker("slow") is None:
            bad.append(item.nodeid)
    return bad


@pytest.hookimpl(tryfirst=True)  # before `-m "not slow"` deselects them
def pytest_collection_modifyitems(config, items):
    bad = slow_tests_not_marked(items)
    if bad:
        raise pytest.UsageError(
            "tests that read ../shared/corpora or build a corpus with Sphinx must be marked slow "
            "(@pytest.mark.slow):\n  " + "\n  ".join(bad))
