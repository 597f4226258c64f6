"""The whole Wikinews corpus (964 articles, no topic config) builds warning-free."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import copy_docs, sphinx_build
from .test_summary_html import (
    Pages, _container_items, _summary_pages, check_chronology_entries, check_global_chronology,
    check_points_page,
)

pytestmark = pytest.mark.slow


def test_wikinews_html_build_is_warning_free(wikinews_dir, wikinews_html):
    build = wikinews_html
    tmp_path = build.out.parent
    assert build.returncode == 0, build.stderr[-5000:]
    assert build.warnings == []

    n_articles = len(list(wikinews_dir.rglob("*.txt")))
    pages = list((tmp_path / "html" / "dossier" / "articles").glob("*.html"))
    assert len(pages) == n_articles
    chapters = [p for p in (tmp_path / "html" / "dossier" / "chapitres").glob("*.html")
                if p.stem != "index"]
    assert len(chapters) >= 5
    # every article feeds at least one chapter: its page is linked from a chapter
    linked = set()
    for chapter in chapters:
        text = chapter.read_text(encoding="utf-8")
        linked.update(p.stem for p in pages if f"articles/{p.stem}.html" in text)
    assert linked == {p.stem for p in pages}

    # issue 9: the Synthèse and every chapter: dated, self-contained points in date order;
    # no chronology entry is only a date phrase; the global chronology links to its paragraphs
    html = tmp_path / "html"
    built = Pages(html)
    synthese = html / "dossier" / "synthese.html"
    assert 5 <= len(_container_items(built.get(synthese), "briefing-points")) <= 10
    assert sum(check_points_page(p, built.get(p)) for p in _summary_pages(html)) >= len(chapters)
    assert sum(check_chronology_entries(p, built.get(p)) for p in _summary_pages(html)) > 0
    assert check_global_chronology(html) > 100
