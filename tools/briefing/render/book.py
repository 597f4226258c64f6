"""The whole generated tree: relative path → MyST or BibTeX text."""

from __future__ import annotations

from ..model import Briefing
from .actors import render_actors
from .article import article_docname, render_article
from .bibtex import render_bibtex
from .chapters import render_chapters
from .navigation import render_navigation, render_sources

BIB_FILE = "sources.bib"


def render_book(briefing: Briefing) -> dict[str, str]:
    articles = list(briefing.articles)
    titles = {a.id: a.title or a.source for a in articles}
    fuller = {a.id: a.fuller_than for a in articles}
    files: dict[str, str] = {}
    for a in articles:
        files[article_docname(a.id) + ".md"] = render_article(a, titles, fuller)
    files.update(render_navigation(articles))
    files.update(render_sources(articles))
    files[BIB_FILE] = render_bibtex(articles)
    files.update(render_chapters(briefing))
    files.update(render_actors(briefing))
    return files
