"""The whole Wikinews corpus (964 articles, no topic config) builds warning-free."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest



pytestmark = pytest.mark.slow


def test_wikinews_html_build_is_warning_free(wikinews_dir, wikinews_html):
    build = wikinews_html
    tmp_path = build.out.parent
    assert build.returncode == 0, build.stderr[-5000:]
    assert build.warnings == []

    n_articles = len(list(wikinews_dir.rglob("*.txt")))
    pages = list((tmp_path / "html" / "_generated" / "articles").glob("*.html"))
    assert len(pages) == n_articles
    chapters = [p for p in (tmp_path / "html" / "_generated" / "chapitres").glob("*.html")
                if p.stem != "index"]
    assert len(chapters) >= 5
    # every article feeds at least one chapter: its page is linked from a chapter
    linked = set()
    for chapter in chapters:
        text = chapter.read_text(encoding="utf-8")
        linked.update(p.stem for p in pages if f"articles/{p.stem}.html" in text)
    assert linked == {p.stem for p in pages}
