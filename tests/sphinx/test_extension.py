"""The Sphinx extension on minimal projects (``tests/roots/test-*``), built by
``sphinx.testing`` with Sphinx's plain ``basic`` theme: generation at
config-inited, citations, links, warnings for bad input, the PDF's document
settings, parallel builds. The roots turn the NLP analysis off
(``briefing_analyse = False``): no spaCy, fast suite.

Expected values are written by hand from the roots' articles: the page names
are the article's date and title, the citation labels its agency and year.
"""

from __future__ import annotations

import re

import lxml.html
import pytest

import briefing

GENEVE = "2024-03-04-geneve-accueille-une-reunion-sur-la-securite-des-reseaux"
BRUXELLES = "2023-06-12-un-rapport-recense-les-cyberattaques-contre-les-hopitaux"


def warnings_of(stream) -> list[str]:
    """The warning lines, without the terminal colours."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", stream.getvalue())
    return [line for line in text.splitlines() if "WARNING" in line or "ERROR" in line]


def page(app, docname: str):
    return lxml.html.parse(str(app.outdir / f"{docname}.html")).getroot()


def links(tree, href_start: str) -> list:
    return [a for a in tree.iter("a") if a.get("href", "").startswith(href_start)]


# --- pages generated at config-inited, citations and links resolve ------------
# (each test builds its own copy of a root, ``srcdir``: the extension holds a
# project lock from config-inited to the end of the build)


def check_site(app, warning) -> None:
    """What the basic root's site must show, serial or parallel."""
    assert warnings_of(warning) == []  # every citation key and glossary term found
    geneve = page(app, f"dossier/articles/{GENEVE}")
    # the source citation links to its entry on the Sources page
    cites = links(geneve, "../sources.html#")
    assert [a.text_content() for a in cites] == ["AFP 2024"]
    assert "Fichier source : geneve.txt" in cites[0].get("title")
    target = cites[0].get("href").partition("#")[2]
    sources = page(app, "dossier/sources")
    assert sources.get_element_by_id(target) is not None
    assert "geneve.txt" in sources.text_content() and "bruxelles.txt" in sources.text_content()
    # "ONU" occurs twice on the page: the first use links to the glossary
    assert geneve.text_content().count("ONU") >= 2
    assert len(links(geneve, "../glossaire.html#term-ONU")) == 1
    # no glossary link on the other article, which has no acronym
    assert links(page(app, f"dossier/articles/{BRUXELLES}"), "../glossaire.html") == []


@pytest.mark.sphinx("html", testroot="basic", srcdir="basic", copy_test_root=True)
def test_generated_pages_citations_links_index_and_previews(app, warning):
    # creating the app (config-inited) generated the pages and registered the
    # .bib file with sphinxcontrib-bibtex; nothing is built yet
    dossier = app.srcdir / "dossier"
    assert sorted(p.name for p in (dossier / "articles").glob("*.md")) == [f"{BRUXELLES}.md", f"{GENEVE}.md"]
    assert app.config.bibtex_bibfiles == ["dossier/sources.bib"]
    bib = (dossier / "sources.bib").read_text(encoding="utf-8")
    assert sorted(re.findall(r"^@\w+\{([^,]+),", bib, flags=re.M)) == ["bruxelles", "geneve"]
    assert not list(app.outdir.rglob("*.html"))
    # analysis off: no spaCy run, nothing in the analysis cache
    assert not (app.srcdir / ".briefing-cache" / "analysis").exists()
    # the PDF cover is written from the corpus
    assert "Du 12 juin 2023 au 4 mars 2024" in app.config.latex_elements["maketitle"]
    # setup() says the extension is safe for parallel builds (-j), which Sphinx
    # otherwise refuses with a warning (the build itself: the slow test below)
    ext = app.extensions["briefing"]
    assert (ext.version, ext.parallel_read_safe, ext.parallel_write_safe) == (briefing.__version__, True, True)

    app.build()
    check_site(app, warning)

    # hover previews: the page's script holds the preview of what it links to,
    # and only pages with such links load the previewer
    script = app.outdir / "_static" / "apercus" / "dossier" / "articles" / f"{GENEVE}.js"
    assert '"term-ONU": "Organisation des Nations unies (ONU)"' in script.read_text(encoding="utf-8")
    geneve_scripts = [s.get("src", "").partition("?")[0] for s in page(app, f"dossier/articles/{GENEVE}").iter("script")]
    assert any(s.endswith(f"apercus/dossier/articles/{GENEVE}.js") for s in geneve_scripts)
    assert not any("apercus" in s.get("src", "") for s in page(app, "index").iter("script"))

    # general index: every chapter, under its title and under "Chapitres"
    chapters = [c for c in sorted((app.outdir / "dossier" / "chapitres").glob("*.html")) if c.stem != "index"]
    assert len(chapters) == 2  # one discovered topic per article here
    genindex = page(app, "genindex")
    indexed = {a.text_content(): a.get("href", "").partition("#")[0] for a in genindex.iter("a")}
    assert "Chapitres" in genindex.text_content()
    for chapter in chapters:
        title = page(app, f"dossier/chapitres/{chapter.stem}").find(".//h1").text_content().rstrip("¶")
        assert indexed.get(title) == f"dossier/chapitres/{chapter.name}", title


# --- parallel builds -----------------------------------------------------------


@pytest.mark.slow  # worker processes: seconds on a small machine
@pytest.mark.sphinx("html", testroot="basic", srcdir="basic-parallel", copy_test_root=True, parallel=2)
def test_parallel_build_gives_the_same_site(app, warning):
    app.build()
    assert app.builder.parallel_ok  # Sphinx really wrote in parallel (it warns and falls back otherwise)
    check_site(app, warning)


# --- bad input files, and the switch that silences them ----------------------------


@pytest.mark.sphinx("html", testroot="bad-file", srcdir="bad-file", copy_test_root=True)
def test_a_bad_file_is_named_in_a_warning_and_the_rest_builds(app, warning):
    app.build()
    found = warnings_of(warning)
    assert len(found) == 2, found
    for name in ("articles/vide.txt", "articles/image.txt"):
        named = [w for w in found if name in w]
        assert len(named) == 1 and named[0].endswith("[briefing.unreadable]"), found
    built = sorted(p.name for p in (app.outdir / "dossier" / "articles").glob("*.html"))
    assert built == [f"{GENEVE}.html"]


@pytest.mark.sphinx("html", testroot="bad-file", srcdir="bad-file-quiet", copy_test_root=True,
                    confoverrides={"briefing_report_problems": False})
def test_report_problems_off_silences_the_input_warnings(app, warning):
    app.build()
    assert warnings_of(warning) == []
    built = sorted(p.name for p in (app.outdir / "dossier" / "articles").glob("*.html"))
    assert built == [f"{GENEVE}.html"]


# --- the PDF's document settings (LaTeX builder only, no latexmk) -------------------


def _chapters(tex: str) -> list[str]:
    return re.findall(r"^\\chapter\{(.*)\}$", tex, flags=re.M)


def _toc_depth_after(tex: str, chapter: str) -> str:
    m = re.search(r"^\\chapter\{" + re.escape(chapter) + r"\}\n(?:\\label.*\n)?"
                  r"\\addtocontents\{toc\}\{\\protect\\setcounter\{tocdepth\}\{(\d)\}\}", tex, flags=re.M)
    assert m, chapter
    return m.group(1)


@pytest.mark.slow  # (0.3 s: a LaTeX build)
@pytest.mark.sphinx("latex", testroot="latex", srcdir="latex", copy_test_root=True)
def test_latex_appendix_excluded_pages_and_toc_depth(app, warning):
    app.build()
    assert warnings_of(warning) == []
    tex = (app.outdir / "essai.tex").read_text(encoding="utf-8")
    # the annexes start at briefing_latex_appendix, once
    assert tex.count("\\appendix") == 1
    before, _, after = tex.partition("\\appendix")
    assert _chapters(before)[-1] == "Glossaire"
    assert _chapters(after)[0] == "Comment lire ce dossier"
    # briefing_latex_exclude: the page is not in the book; "Sources" leaves no
    # chapter, its entries are the bibliography at the end
    assert "Notes internes" not in tex and "Cette page reste sur le site" not in tex
    assert "Sources" not in _chapters(tex)
    assert re.findall(r"\\bibitem\[([^\]]*)\]", tex) == ["Reuters 2023", "AFP 2024"]
    # table of contents: chapters list their topics, the annex its articles
    assert _toc_depth_after(tex, "Chapitres") == "1"
    assert _toc_depth_after(tex, "Articles") == "2"
    assert _toc_depth_after(tex, "Synthèse") == "0"
    # the cover, from the corpus
    assert "Du 12 juin 2023 au 4 mars 2024" in tex


# --- who's who: links and index entries (spaCy: slow) ----------------------------------

LYON = "2024-05-14-sommet-europeen-sur-la-cybersecurite-a-lyon"
PARIS = "2024-05-20-un-plan-pour-proteger-les-hopitaux"
MOREAU = "../acteurs/personnes-c.html#acteur-claire-moreau"
LUND = "../acteurs/personnes-h.html#acteur-henrik-lund"


@pytest.mark.slow  # the NLP analysis loads spaCy's French model
@pytest.mark.sphinx("html", testroot="actors", srcdir="actors", copy_test_root=True)
def test_first_mention_per_paragraph_links_to_the_whos_who(app, warning):
    app.build()
    assert warnings_of(warning) == []
    lyon = page(app, f"dossier/articles/{LYON}")
    # Claire Moreau: the lead and the second paragraph; Henrik Lund: the third
    assert (len(links(lyon, MOREAU)), len(links(lyon, LUND))) == (2, 1)
    paris = page(app, f"dossier/articles/{PARIS}")
    lead = next(p for p in paris.iter("p") if "mille techniciens" in p.text_content())
    assert lead.text_content().count("Claire Moreau") == 2
    assert len(links(lead, MOREAU)) == 1  # once per paragraph
    assert (len(links(paris, MOREAU)), len(links(paris, LUND))) == (1, 1)
    # the general index lists each person at their who's-who entry
    genindex = page(app, "genindex")
    indexed = {a.text_content(): a.get("href") for a in genindex.iter("a")}
    assert indexed["Claire Moreau"] == "dossier/acteurs/personnes-c.html#acteur-claire-moreau"
    assert indexed["Henrik Lund"] == "dossier/acteurs/personnes-h.html#acteur-henrik-lund"


# --- a project that only adds the extension -----------------------------------------


@pytest.mark.slow  # (0.3 s: a whole site)
@pytest.mark.sphinx("html", testroot="minimal", srcdir="minimal", copy_test_root=True)
def test_a_project_with_only_the_extension_builds_the_whole_site(app, warning):
    # conf.py enables no MyST extension and has no static folder: the extension
    # brings the ::: fences its pages use and the previewer's scripts
    app.build()
    assert warnings_of(warning) == []
    geneve = page(app, f"dossier/articles/{GENEVE}")
    assert ":::" not in geneve.text_content()
    assert [a.text_content() for a in links(geneve, "../sources.html#")] == ["AFP 2024"]
    loaded = [s.get("src", "").partition("?")[0] for s in geneve.iter("script")]
    for js in ("vendor/popper.min.js", "vendor/tippy-bundle.umd.min.js", "briefing-apercus.js"):
        assert any(src.endswith(f"_static/{js}") for src in loaded), js
        assert (app.outdir / "_static" / js).is_file(), js
    # only what a reader's browser loads is published (licences stay in the
    # package: an EPUB refuses files of unknown type)
    assert not [p.name for p in (app.outdir / "_static").rglob("*.txt")]


@pytest.mark.sphinx("latex", testroot="minimal", srcdir="minimal-latex", copy_test_root=True)
def test_the_cover_never_prints_sphinxs_author_placeholder(app, warning):
    # conf.py sets no author: Sphinx's "Author name not set" stays off the cover
    assert app.config.author == "Author name not set"
    cover = app.config.latex_elements["maketitle"]
    assert "Du 12 juin 2023 au 4 mars 2024" in cover
    assert "Author" not in cover


# --- rebuilds format only the bibliography entries that changed ----------------


@pytest.mark.slow  # (0.5 s: two builds)
@pytest.mark.sphinx("html", testroot="basic", srcdir="basic-bib-rebuild", copy_test_root=True)
def test_a_rebuild_formats_only_the_changed_bibliography_entries(app, warning, make_app, monkeypatch):
    from pybtex.style.formatting import BaseStyle

    formatted: list[str] = []
    real = BaseStyle.format_entry

    def counting(self, label, entry, bib_data=None):
        formatted.append(entry.key)
        return real(self, label, entry, bib_data=bib_data)

    monkeypatch.setattr(BaseStyle, "format_entry", counting)
    app.build()
    assert len(formatted) == 2  # the first build formats both entries
    articles = app.srcdir / "articles"
    geneve = articles / "geneve.txt"
    geneve.write_text(geneve.read_text(encoding="utf-8").replace(
        "Genève accueille une réunion", "Genève reçoit une conférence", 1), encoding="utf-8")
    (articles / "lyon.txt").write_text(
        "Lyon ouvre un centre de réponse aux incidents\n\n"
        "LYON, 5 mars 2024 (AFP) - La ville a ouvert mardi un centre de réponse aux incidents.\n",
        encoding="utf-8")
    formatted.clear()
    app.cleanup()  # the next app registers the extension's directives again
    again = make_app("html", srcdir=app.srcdir, warning=warning)
    again.build()
    assert sorted(formatted) == ["geneve", "lyon"]  # bruxelles unchanged: its formatting is reused
    sources = page(again, "dossier/sources").text_content()
    assert "Genève reçoit une conférence" in sources and "Genève accueille une réunion" not in sources
    assert "Lyon ouvre un centre" in sources and "Un rapport recense les cyberattaques" in sources
    assert warnings_of(warning) == []


# --- the sidebar navigation, made once per distinct navigation -----------------

BOOK_THEME = {"html_theme": "sphinx_book_theme",
              "html_theme_options": {"collapse_navbar": True, "show_navbar_depth": 1, "max_navbar_depth": 2},
              "html_sidebars": {"**": ["briefing-sidebar-nav.html"]}}
#: the same site with the theme's own sidebar navigation template
THEME_NAV = {**BOOK_THEME, "html_sidebars": {"**": ["sbt-sidebar-nav.html"]}}


def sidebar_navs(app) -> dict[str, str]:
    """Each HTML page's sidebar navigation, as written."""
    out = {}
    for path in sorted(app.outdir.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        start = text.find('<nav class="bd-links bd-docs-nav"')
        if start >= 0:
            out[path.relative_to(app.outdir).as_posix()] = text[start:text.index("</nav>", start)]
    return out


@pytest.mark.slow  # (1.3 s: two real builds of the book theme)
@pytest.mark.sphinx("html", testroot="basic", srcdir="basic-nav-shared", copy_test_root=True,
                    confoverrides=BOOK_THEME)
def test_shared_sidebar_navigation_is_the_themes_own_on_every_page(app, warning, make_app, monkeypatch):
    from sphinx.builders.html import StandaloneHTMLBuilder

    resolved: list[str] = []  # the site's toctree resolved for a page's navigation
    real = StandaloneHTMLBuilder._get_local_toctree

    def counting(self, docname, *args, **kwargs):
        resolved.append(docname)
        return real(self, docname, *args, **kwargs)

    monkeypatch.setattr(StandaloneHTMLBuilder, "_get_local_toctree", counting)
    # a page in no toctree, in a folder of its own: the same current entries as
    # the index pages (none) but links written from another folder
    (app.srcdir / "notes").mkdir()
    (app.srcdir / "notes" / "annexe.md").write_text("---\norphan: true\n---\n# Annexe\n\nTexte.\n",
                                                    encoding="utf-8")
    app.build()
    shared = sidebar_navs(app)
    assert shared["notes/annexe.html"] != shared["genindex.html"]
    made = app.builder._briefing_navs
    assert len(shared) >= 15 and 0 < len(made) < len(shared)  # pages really share a navigation
    assert len(resolved) == len(made)  # resolved once per distinct navigation, not per page
    articles = [p for p in shared if p.startswith("dossier/articles/")]
    assert len(articles) == 2 and "current" in shared[articles[0]]
    assert shared[articles[0]] != shared[articles[1]]  # different periods: different current entries

    # the theme's own navigation template, made for every page
    app.cleanup()
    again = make_app("html", srcdir=app.srcdir, warning=warning, freshenv=True, confoverrides=THEME_NAV)
    resolved.clear()
    again.build(force_all=True)
    assert sidebar_navs(again) == shared
    assert len(resolved) >= len(shared)  # the theme's template: once per page
    assert warnings_of(warning) == []


# --- page templates compiled once, kept in the cache folder ---------------------


@pytest.mark.slow  # (0.7 s: two real builds)
@pytest.mark.sphinx("html", testroot="basic", srcdir="basic-templates", copy_test_root=True)
def test_page_templates_are_compiled_once_and_kept_in_the_cache(app, warning, make_app, monkeypatch):
    import jinja2

    compiled: list[str] = []
    real = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        compiled.append(name)
        return real(self, source, name, filename, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    app.build()
    assert "page.html" in compiled and "layout.html" in compiled
    kept = sorted((app.srcdir / ".briefing-cache" / "templates").iterdir())
    assert len(kept) >= len(set(compiled)) - 2  # one file per template (some are rendered from strings)
    first = (app.outdir / f"dossier/articles/{GENEVE}.html").read_text(encoding="utf-8")
    compiled.clear()
    app.cleanup()
    again = make_app("html", srcdir=app.srcdir, warning=warning, freshenv=True)
    again.build()
    assert "page.html" not in compiled and "layout.html" not in compiled
    assert (again.outdir / f"dossier/articles/{GENEVE}.html").read_text(encoding="utf-8") == first
    assert warnings_of(warning) == []


# --- Sphinx's slow paths made fast, with the same results ----------------------


@pytest.mark.slow  # (0.3 s: a build and its search index)
@pytest.mark.sphinx("html", testroot="basic", srcdir="basic-fast-paths", copy_test_root=True)
def test_search_index_pruning_and_bibliography_lookups_give_what_sphinx_gives(app, warning, monkeypatch):
    import json

    from sphinx.search import IndexBuilder
    from sphinxcontrib.bibtex.domain import BibtexDomain, get_docnames

    given: list[type] = []
    real = IndexBuilder.prune

    def recording(self, docnames):
        given.append(type(docnames))
        return real(self, docnames)

    monkeypatch.setattr(IndexBuilder, "prune", recording)
    app.build()
    # the last pruning, before the index is written, got a set (Sphinx passes a dict)
    assert given and given[-1] is set
    text = (app.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[len("Search.setIndex("):-1])
    assert sorted(index["docnames"]) == sorted(app.env.all_docs)
    # the bibliography domain's memoised lookups (inside env-updated) and plain
    # ones (outside) against sphinxcontrib-bibtex's own methods
    domain = app.env.get_domain("cite")
    docnames = list(get_docnames(app.env))
    assert len({c.docname for c in domain.citation_refs}) >= 2 and domain.bibliographies
    expected_keys = list(BibtexDomain.get_all_cited_keys(domain, docnames))
    assert len(expected_keys) >= 2
    for updating in (False, True, True):  # the second pass inside reads the memo
        domain._updating = updating
        assert list(domain.get_all_cited_keys(docnames)) == expected_keys
        for key in domain.bibliographies:
            assert list(domain.get_filtered_entries(key)) == list(BibtexDomain.get_filtered_entries(domain, key))
    domain._updating, domain._cited_by, domain._cited_keys = False, None, {}
    assert warnings_of(warning) == []
