"""The whole generated tree: relative path → MyST or BibTeX text."""

from __future__ import annotations

from ..model import Briefing
from .actors import render_actors
from .article import article_docname, assign_docnames, render_article
from .bibtex import render_bibtex
from .chapters import render_chapters
from .front import render_front
from .glossary import GLOSSARY_DOC, render_glossary
from .navigation import render_navigation, render_sources
from .news import article_edition_note, render_news
from .timeline import render_timeline

BIB_FILE = "sources.bib"
#: the generated part of the front page, included by docs/index.md
FRONT_FILE = "accueil.txt"  # not a page of its own (.md are pages)


def render_book(briefing: Briefing, glossary: list | None = None) -> dict[str, str]:
    articles = list(briefing.articles)
    assign_docnames(articles)
    titles = {a.id: a.title or a.source for a in articles}
    fuller = {a.id: a.fuller_than for a in articles}
    files: dict[str, str] = {}
    for a in articles:
        files[article_docname(a.id) + ".md"] = render_article(a, titles, fuller, article_edition_note(briefing, a.id))
    files.update(render_navigation(articles))
    files.update(render_sources(articles))
    files[BIB_FILE] = render_bibtex(articles)
    files.update(render_chapters(briefing))
    files.update(render_timeline(briefing))
    files.update(render_actors(briefing))
    files[FRONT_FILE] = render_front(briefing)
    files.update(render_news(briefing))
    files[GLOSSARY_DOC + ".md"] = render_glossary(glossary or [])
    return files
