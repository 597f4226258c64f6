"""Rules of the test suite itself: a test reading the shared corpora, or
building a real corpus with Sphinx, is slow."""

from __future__ import annotations

from ..conftest import WIKINEWS, slow_tests_not_marked
from ..e2e.conftest import sphinx_build


class Item:
    """What the check reads of a collected pytest item."""

    def __init__(self, nodeid, function, fixturenames=(), slow=False):
        self.nodeid, self.function, self.fixturenames, self._slow = nodeid, function, fixturenames, slow

    def get_closest_marker(self, name):
        return object() if name == "slow" and self._slow else None


def reads_the_corpus_by_name():
    return sorted(WIKINEWS.glob("*.csv"))


def reads_nothing():
    return 1


def builds_with_sphinx(tmp_path):
    return sphinx_build(tmp_path, tmp_path, "html", tmp_path / "html")


def test_a_corpus_test_without_the_slow_marker_is_reported():
    items = [
        Item("fixture", reads_nothing, ("tmp_path", "wikinews_dir")),
        Item("fixture-slow", reads_nothing, ("wikinews_dir",), slow=True),
        Item("by-name", reads_the_corpus_by_name),
        Item("by-name-slow", reads_the_corpus_by_name, slow=True),
        Item("plain", reads_nothing, ("seeds_dir",)),
        Item("built", reads_nothing, ("seeds_html",)),
        Item("builds", builds_with_sphinx),
        Item("builds-slow", builds_with_sphinx, slow=True),
    ]
    assert slow_tests_not_marked(items) == ["fixture", "by-name", "built", "builds"]
