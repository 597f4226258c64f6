"""The who's who and the navigation stay small in real HTML on a large corpus.

A synthetic briefing (tests/unit/test_render_scale.py: 1,000 articles, most
undated, one place mentioned in every article) is rendered by briefing and
built by Sphinx with the book's theme. Every page of the who's who stays
under 1 MB of HTML, and so would a page filled to the budget; no navigation
group lists more than MAX_GROUP pages.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from briefing.render.actors import MAX_PAGE_CHARS
from briefing.render.article import article_docname
from briefing.render.book import render_book
from briefing.render.navigation import MAX_GROUP
from briefing.write import write_tree

from ..unit.test_render_scale import synthetic_briefing

pytestmark = pytest.mark.slow

CONF = '''
from briefing.render.bibstyle import register
register()
project = "Essai"
language = "fr"
extensions = ["myst_parser", "sphinx_design", "sphinxcontrib.bibtex"]
myst_enable_extensions = ["colon_fence"]
myst_disable_syntax = ["html_block", "html_inline"]
suppress_warnings = ["myst.header"]
bibtex_bibfiles = ["_generated/sources.bib"]
bibtex_reference_style = "label"
bibtex_default_style = "briefing"
html_theme = "sphinx_book_theme"
html_theme_options = {"collapse_navbar": True, "show_navbar_depth": 1, "max_navbar_depth": 2}
exclude_patterns = ["_build"]
'''

def conf_for(files) -> str:
    """CONF, reading the BibTeX files the extension would configure."""
    from briefing.render.navigation import bibliography_files

    return CONF + f"bibtex_bibfiles = {['_generated/' + b for b in bibliography_files(files)]!r}\n"


INDEX = """# Essai

:::{toctree}
_generated/articles
_generated/acteurs
_generated/sources
:::
"""


def test_whos_who_pages_under_one_megabyte_of_html(tmp_path):
    briefing = synthetic_briefing(1000)
    docs = tmp_path / "docs"
    files = {k: v for k, v in render_book(briefing).items()
             if k.split("/")[0] in {"articles", "periodes", "acteurs", "sources", "articles.md", "acteurs.md",
                                    "sources.md", "sources.bib"}}
    write_tree(docs / "_generated", files)
    (docs / "conf.py").write_text(conf_for(files))
    (docs / "index.md").write_text(INDEX)
    out = tmp_path / "html"
    proc = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-j", "2", "-q", "-W", "--keep-going", str(docs), str(out)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    pages = list((out / "_generated" / "acteurs").glob("*.html"))
    assert len(pages) >= 3
    for p in pages:
        assert p.stat().st_size < 1_000_000, (p.name, p.stat().st_size)
    # the budget holds for a full page: HTML per MyST character, measured on the
    # biggest page (theme frame included), times the budget stays under 1 MB
    biggest = max(pages, key=lambda p: p.stat().st_size)
    myst = len(files[f"acteurs/{biggest.stem}.md"])
    assert myst > 0.8 * MAX_PAGE_CHARS  # a full page
    assert biggest.stat().st_size / myst * (MAX_PAGE_CHARS + 2000) < 1_000_000
    # every article is linked from the who's who
    linked = set()
    for p in pages:
        linked |= set(re.findall(r'href="\.\./articles/([^"#]+)\.html#art-[^"]+-p1"', p.read_text(encoding="utf-8")))
    assert linked == {article_docname(a.id).split("/", 1)[1] for a in briefing.articles}
    # navigation: no list of pages in the sidebar or in a group page over MAX_GROUP
    for p in (out / "_generated" / "periodes").glob("*.html"):
        body = p.read_text(encoding="utf-8")
        main = body.split('id="main-content"', 1)[-1]
        assert main.count('class="toctree-l1"') <= MAX_GROUP, p.name


def test_bibliography_in_parts_keeps_every_citation_resolved(tmp_path, monkeypatch):
    """A bibliography longer than MAX_SOURCES is cut into parts by key range:
    every entry is listed once, in one part, and every citation links to it."""
    from briefing.render import navigation

    monkeypatch.setattr(navigation, "MAX_SOURCES", 5)
    briefing = synthetic_briefing(12)
    files = render_book(briefing)
    parts = sorted(k for k in files if k.startswith("sources/") and k.endswith(".md"))
    assert len(parts) >= 3
    docs = tmp_path / "docs"
    write_tree(docs / "_generated", {k: v for k, v in files.items()
                                     if k.split("/")[0] in {"articles", "periodes", "acteurs", "sources",
                                                            "articles.md", "acteurs.md", "sources.md", "sources.bib"}
                                     or k.endswith(".bib")})
    (docs / "conf.py").write_text(conf_for(files))
    (docs / "index.md").write_text(INDEX)
    out = tmp_path / "html"
    proc = subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", "-q", "-W", "--keep-going", str(docs), str(out)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    where = {}
    for part in parts:
        html = (out / "_generated" / (part[:-3] + ".html")).read_text(encoding="utf-8")
        entries = html.split('role="doc-biblioentry"')[1:]
        assert len(entries) <= 5
        for a in briefing.articles:  # an entry names its source file
            if any(f"/{a.id}.txt" in e for e in entries):
                where.setdefault(a.id, []).append(part)
    article_html = (out / "_generated" / f"{article_docname(briefing.articles[7].id)}.html").read_text(encoding="utf-8")
    link = re.search(r'href="(\.\./sources/[a-z0-9-]+\.html)#', article_html)
    assert link, "the citation of an article links to a part of the bibliography"
    assert sorted(where) == sorted(a.id for a in briefing.articles)
    assert all(len(v) == 1 for v in where.values()), where
