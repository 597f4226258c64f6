"""The Sphinx extension: generates the briefing's pages before Sphinx reads them.

Generation runs at ``config-inited`` because sphinxcontrib-bibtex reads its
``.bib`` files when its domain is created, before ``builder-inited``. A plain
``sphinx-build -b html docs OUT`` (as Read the Docs runs it) therefore needs
nothing run beforehand.
"""

from __future__ import annotations

import functools
import html
import os
import re
import sys
import time
import typing
from dataclasses import fields
from pathlib import Path
from types import SimpleNamespace

from docutils import nodes
from docutils.parsers.rst import Directive
from sphinx.errors import ConfigError
from sphinx.transforms import SphinxTransform
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging

from . import __version__
from .config import BriefingConfig
from .heap import collect_less_often, skip_collection_at_exit
from .render.bibstyle import register as register_bib_styles
from .render.navigation import bibliography_files
from .render.front import book_facts, edition_iso, latex_cover

logger = logging.getLogger(__name__)


def sphinx_types(hint) -> tuple[type, ...]:
    """The types a ``briefing_<name>`` value may have in conf.py, from its field's
    type: a folder is text or a Path, a number may be written as a whole one."""
    out: list[type] = []
    for t in typing.get_args(hint) or (hint,):
        if t is Path:
            out += [str, Path]
        elif t is float:
            out += [float, int, str]  # str: ``-D name=0.5`` (see ``_NumberDefault``)
        elif t is not type(None):
            out.append(t)
    return tuple(out)


class _NumberDefault:
    """The default of a fractional value, given to Sphinx as a callable: Sphinx
    converts ``-D name=value`` only for text, whole-number, boolean and list
    defaults, and ignores it (with a warning) for a float one; with a callable
    default it passes the text on, and ``BriefingConfig`` reads it as a number."""

    def __init__(self, value: float):
        self.value = value

    def __call__(self, config) -> float:
        return self.value

    def __repr__(self) -> str:
        return repr(self.value)


def config_values() -> list[tuple[str, object, tuple[type, ...], str]]:
    """(name, default, types, description) of every ``briefing_<field>`` config value."""
    hints = typing.get_type_hints(BriefingConfig)
    out = []
    for f in fields(BriefingConfig):
        default = BriefingConfig.default(f.name, sphinx=True)
        if isinstance(default, Path):
            default = str(default)
        elif isinstance(default, float):
            default = _NumberDefault(default)
        out.append((f"briefing_{f.name}", default, sphinx_types(hints[f.name]), f.metadata["help"]))
    return out


def _config_from_sphinx(app, config) -> BriefingConfig:
    confdir = Path(app.confdir)
    values = {}
    for f in fields(BriefingConfig):
        values[f.name] = getattr(config, f"briefing_{f.name}")
    values["cache_dir"] = values["cache_dir"] or None
    for name in ("source_dir", "output_dir", "cache_dir"):
        if isinstance(values[name], (str, os.PathLike)):  # anything else: BriefingConfig says what is wrong
            values[name] = (confdir / values[name]).resolve()
    # progress bars only on a terminal, never in CI logs
    values["progress"] = bool(values["progress"]) and sys.stderr.isatty() and not os.environ.get("CI")
    try:
        return BriefingConfig(**values)
    except ValueError as exc:  # the message starts with the field's name
        raise ConfigError(f"briefing_{exc}") from None


#: Files the generated pages need in the HTML output (hover previews), shipped
#: with the package so any project using the extension has them.
STATIC_DIR = Path(__file__).parent / "static"
#: Templates any project can name in ``html_sidebars`` (briefing-sidebar-nav.html).
TEMPLATES_DIR = Path(__file__).parent / "templates"


def _editor_author(config) -> str:
    """The author the editor set in conf.py; "" when conf.py leaves Sphinx's
    placeholder ("Author name not set"), which must not print on the cover."""
    return "" if config.author == config.values["author"].default else config.author


def _self_contained(config) -> None:
    """What the generated pages need, whatever conf.py says: MyST's ``:::``
    fences (colon_fence), the previewer's scripts in the static path, the
    extension's templates (the shared sidebar navigation), and
    citations labelled by outlet and year (the "briefing" bibliography style,
    unless conf.py chose a style other than sphinxcontrib-bibtex's default)."""
    if config.bibtex_default_style == config.values["bibtex_default_style"].default:
        config.bibtex_default_style = "briefing"
    if "colon_fence" not in config.myst_enable_extensions:
        config.myst_enable_extensions = [*config.myst_enable_extensions, "colon_fence"]
    if str(STATIC_DIR) not in map(str, config.html_static_path):
        config.html_static_path = [*config.html_static_path, str(STATIC_DIR)]
    if str(TEMPLATES_DIR) not in map(str, config.templates_path):
        config.templates_path = [*config.templates_path, str(TEMPLATES_DIR)]


#: The application of the build under way, for this module's transforms: Sphinx 9
#: deprecates ``SphinxTransform.app`` (gone in Sphinx 11) and names no replacement. Set when
#: the configuration is read; forked reading processes inherit it.
_BUILD_APP: list = [None]


def generate(app, config) -> None:
    from .analyse import warm
    from .pipeline import run  # imported here: the model loads meanwhile (``setup``)

    _BUILD_APP[0] = app

    try:
        bconf = _config_from_sphinx(app, config)
        started = time.perf_counter()
        briefing, report = run(bconf)
    finally:
        warm.stop()
    # `briefing build` runs Sphinx once per format on one generation: the
    # input problems are reported by the first run only.
    for problem in briefing.problems if config.briefing_report_problems else ():
        # Before the build environment exists Sphinx only accepts "path:line"
        # locations; a whole-file problem names its file in the message.
        located = ":" in problem.location
        logger.warning(
            problem.message if located else f"{problem.location}: {problem.message}",
            type="briefing",
            subtype=problem.kind.value,  # model.ProblemKind
            location=problem.location if located else None,
        )
    rel_out = Path(bconf.output_dir).relative_to(Path(app.confdir).resolve()).as_posix()
    app.briefing_rel_out = rel_out
    _prepare_links(app, bconf, briefing)
    app.briefing_pdf_rows = pdf_article_rows(briefing)
    facts = book_facts(briefing)
    if not config.version:
        # EPUB 3 needs a version: the edition date, never a program version
        # (a rebuild of an unchanged edition keeps its date: ``editions``)
        config.version = briefing.edition.date if briefing.edition is not None else edition_iso()
    if "maketitle" not in config.latex_elements:
        cover = SimpleNamespace(project=config.project, author=_editor_author(config))
        config.latex_elements = {**config.latex_elements, "maketitle": latex_cover(cover, facts)}
    _self_contained(config)
    if getattr(config, "myst_ref_domains", None) is None:
        # the generated pages link to labels ("(label)=" targets) only: the std
        # domain resolves them, and asking every other domain too (the C++ one
        # parses each target) cost a tenth of a one-article rebuild
        config.myst_ref_domains = ["std"]
    bibfiles = list(config.bibtex_bibfiles or [])  # sphinxcontrib-bibtex's default is None
    generated = (*report.written, *report.unchanged)
    for bib in bibliography_files(generated):
        if f"{rel_out}/{bib}" not in bibfiles:
            bibfiles.append(f"{rel_out}/{bib}")
    config.bibtex_bibfiles = bibfiles
    logger.info(
        "briefing: %d articles, %d written, %d unchanged, %d removed (%.1f s)",
        len(briefing.articles),
        len(report.written),
        len(report.unchanged),
        len(report.removed),
        time.perf_counter() - started,
    )


#: longest preview text, in characters (a paragraph is cut at a word)
_PREVIEW_CHARS = 500


def _cut(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _PREVIEW_CHARS:
        return text
    return text[:_PREVIEW_CHARS].rsplit(" ", 1)[0] + " …"


def _prepare_previews(app, briefing) -> None:
    """Plain-text previews, keyed by the anchor a link points to: paragraphs
    ("¶" links), articles, who's-who entries, glossary terms. Citations carry
    their full reference in their title already."""
    from .render.actors import actor_labels
    from .render.article import article_label, paragraph_label
    from .render.french import format_date

    previews: dict[str, str] = {}
    for a in briefing.articles:
        title = a.title or a.source
        previews[article_label(a.id)] = _cut(" — ".join(
            x for x in (title, a.outlet or a.agency, format_date(a.date) if a.date else None) if x))
        for p in a.paragraphs:
            previews[paragraph_label(a.id, p.id)] = _cut(f"{title} : {p.text}")
    labels = actor_labels(briefing)
    kinds = {"PER": "personne", "ORG": "organisation", "LOC": "lieu", "MISC": "autre"}
    roles: dict[str, list[str]] = {}
    types: dict[str, str] = {}
    for a in briefing.articles:
        for e in a.entities:
            if e.name in labels:
                types.setdefault(e.name, kinds.get(e.type, ""))
                if e.role and e.role not in roles.setdefault(e.name, []):
                    roles[e.name].append(e.role)
    for name, label in labels.items():
        previews[label] = _cut(f"{name} ({types.get(name, '')})"
                               + (" — " + " ; ".join(roles.get(name, [])) if roles.get(name) else ""))
    app.briefing_previews = previews


def _prepare_links(app, bconf: BriefingConfig, briefing) -> None:
    """What the link transform needs: the glossary's terms, and per article
    page the who's-who entries of the names it mentions."""
    from .glossary import build_glossary, load_editor_glossary
    from .render.actors import actor_labels
    from .render.article import article_docname

    source = Path(bconf.source_dir)
    editor, _ = load_editor_glossary(source / bconf.glossary_file, "")
    glossary = build_glossary(briefing.articles, editor)
    app.briefing_terms = [e.term for e in glossary]
    _prepare_previews(app, briefing)
    for e in glossary:
        # Sphinx's id for a glossary term
        app.briefing_previews[f"term-{e.term}"] = f"{e.expansion} ({e.term})"
    labels = actor_labels(briefing)
    per_page: dict[str, dict[str, str]] = {}
    for a in briefing.articles:
        names = {e.name: labels[e.name] for e in a.entities if e.name in labels and len(e.name) > 1}
        if names:
            per_page[f"{app.briefing_rel_out}/{article_docname(a.id)}"] = names
    app.briefing_article_actors = per_page


_NO_LINK_INSIDE = (nodes.title, nodes.reference, nodes.literal, nodes.raw, nodes.term,
                   nodes.rubric, nodes.FixedTextElement)


def _link_pattern(words) -> re.Pattern | None:
    return _compiled_pattern(tuple(sorted(set(words), key=lambda w: (-len(w), w))))


@functools.lru_cache(maxsize=4096)
def _compiled_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """The alternation of ``words`` (longest first), compiled once per word
    set: a page asks for the same patterns for each of its text nodes, and
    compiling one alternation of a page's names cost most of writing it."""
    if not words:
        return None
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


class LinkTerms(SphinxPostTransform):
    """Links in the generated pages, added to the text as nodes (the article
    text itself stays literal): the first use of a glossary acronym on each
    page links to its glossary entry; in an article, the first mention of a
    who's-who entry in each paragraph links to that entry."""

    default_priority = 5  # before Sphinx resolves references (10)

    def run(self, **kwargs) -> None:
        from sphinx import addnodes

        app = _BUILD_APP[0]
        prefix = getattr(app, "briefing_rel_out", None)
        if prefix is None:
            return
        terms = getattr(app, "briefing_terms", [])
        term_re = _link_pattern(terms)
        actors_by_page = getattr(app, "briefing_article_actors", {})
        glossary_doc = f"{prefix}/glossaire"
        seen_terms: dict[str, set[str]] = {}
        seen_actors: dict[int, set[str]] = {}
        actor_res: dict[str, re.Pattern | None] = {}
        for text in list(self.document.findall(nodes.Text)):
            para, docname, skip = None, self.env.docname, False
            node = text.parent
            while node is not None:
                if isinstance(node, _NO_LINK_INSIDE) or isinstance(node, (addnodes.pending_xref, addnodes.index)):
                    skip = True
                    break
                if para is None and isinstance(node, nodes.paragraph):
                    para = node
                if isinstance(node, addnodes.start_of_file):
                    docname = node["docname"]
                    break
                node = node.parent
            if skip or para is None or not docname.startswith(prefix + "/") or docname == glossary_doc:
                continue
            actors = actors_by_page.get(docname, {})
            if docname not in actor_res:
                actor_res[docname] = _link_pattern(actors) if actors else None
            actor_re = actor_res[docname]
            matches = []
            if term_re:
                done = seen_terms.setdefault(docname, set())
                for m in term_re.finditer(text.astext()):
                    if m.group(1) not in done:
                        done.add(m.group(1))
                        matches.append((m.start(), m.end(), "term", m.group(1)))
            if actor_re:
                done = seen_actors.setdefault(id(para), set())
                for m in actor_re.finditer(text.astext()):
                    if m.group(1) not in done:
                        done.add(m.group(1))
                        matches.append((m.start(), m.end(), "ref", actors[m.group(1)]))
            if not matches:
                continue
            matches.sort()
            value, pos, out = text.astext(), 0, []
            for start, end, kind, target in matches:
                if start < pos:
                    continue  # overlapping (a term inside a name): the first wins
                out.append(nodes.Text(value[pos:start]))
                word = value[start:end]
                xref = addnodes.pending_xref(
                    "", refdomain="std", reftype=kind, refexplicit=True, refwarn=True,
                    reftarget=target.lower() if kind == "term" else target, refdoc=docname,
                )
                xref += nodes.inline(word, word, classes=["xref", "std", f"std-{kind}",
                                                          "briefing-term" if kind == "term" else "briefing-actor"])
                out.append(xref)
                pos = end
            out.append(nodes.Text(value[pos:]))
            text.parent.replace(text, [n for n in out if not (isinstance(n, nodes.Text) and not n.astext())])


def _index_text(text: str) -> str:
    # ";" separates sub-entries and a leading "!" marks a main entry in Sphinx's
    # index syntax: a name is one plain entry
    return " ".join(text.replace(";", ",").split()).lstrip("!")


def add_index_entries(app, doctree) -> None:
    """General index: every who's-who entry (its section, ``acteur-…``) and
    every chapter of the generated book."""
    from sphinx import addnodes

    prefix = getattr(app, "briefing_rel_out", None)
    docname = app.env.docname
    if prefix is None or not docname.startswith(prefix + "/"):
        return
    page = docname[len(prefix) + 1:]
    is_chapter = page.startswith("chapitres/") and page != "chapitres/index"
    for i, section in enumerate(list(doctree.findall(nodes.section))):
        ids = section.get("ids", [])
        actor = next((x for x in ids if x.startswith("acteur-")), None)
        if not actor and not (is_chapter and i == 0):
            continue
        title = next(iter(section.findall(nodes.title)), None)
        if title is None or not ids:
            continue
        name = _index_text(title.astext())
        if not name:
            continue
        entries = [("single", name, actor or ids[0], "", None)]
        if is_chapter and not actor:
            entries.append(("single", f"Chapitres ; {name}".replace(" ; ", "; "), ids[0], "", None))
        index = addnodes.index(entries=entries, inline=False)
        section.insert(section.index(title) + 1, index)


class IndexEntries(SphinxTransform):
    """Adds the index entries while a page is read, before the index domain
    collects them (Sphinx's SphinxDomains transform, priority 850)."""

    default_priority = 840

    def apply(self, **kwargs) -> None:
        if _BUILD_APP[0] is not None:
            add_index_entries(_BUILD_APP[0], self.document)


#: tocdepth in the PDF's table of contents, per top-level page (LaTeX levels:
#: 0 chapter, 1 section, 2 subsection): chapters list their topics, the annex
#: lists its articles (under their month), other pages only their title.
_TOC_DEPTH = {"chapitres/index": 1, "articles": 2}


def pdf_article_rows(briefing) -> list[str]:
    """One line per article for the PDF's short annex: title, date, source."""
    from .render.french import format_date
    from .render.navigation import sort_key

    rows = []
    for a in sorted(briefing.articles, key=sort_key):
        date = format_date(a.date) if a.date else "date inconnue"
        source = a.outlet or a.agency or a.source
        rows.append(f"{a.title or a.source} — {date} — {source}")
    return rows


def _pdf_articles_annex(node, mode: str, rows: list[str]) -> set[str]:
    """PDF, ``briefing_pdf_articles``: the annex of articles (``node``, the
    articles page with its period pages and article pages inside) is removed
    ("none") or keeps only its title and one line per article ("summary").
    Returns the pages taken out of the book."""
    from sphinx import addnodes

    removed = {n["docname"] for n in node.findall(addnodes.start_of_file)}
    section = next(iter(node.findall(nodes.section)), None)
    if mode == "none" or section is None:
        node.parent.remove(node)
        return removed  # (a summary without a section to put it in: nothing is shown either)
    removed.discard(node["docname"])
    title = next(iter(section.findall(nodes.title)), None)
    section.children = [title] if title is not None else []
    section += nodes.paragraph("", f"{len(rows)} articles, par date de publication ; leur texte "
                                   "intégral figure dans la version en ligne du dossier.")
    items = nodes.bullet_list()
    for row in rows:
        items += nodes.list_item("", nodes.paragraph("", row))
    section += items
    return removed


def _unlink(document, removed: set[str]) -> None:
    """Links to pages left out of the PDF become their text (a "¶" alone goes)."""
    for ref in list(document.findall(nodes.reference)):
        uri = ref.get("refuri", "")
        if uri.startswith("%") and uri[1:].partition("#")[0] in removed:
            text = ref.astext()
            ref.replace_self(nodes.Text(text) if text.strip() != "¶" else nodes.Text(""))


class LatexBookStructure(SphinxPostTransform):
    """PDF only: the table of contents lists chapters and articles but not the
    sections inside them, and the "Sources" page — whose entries LaTeX prints
    as the bibliography at the end of the book — leaves no near-empty chapter."""

    default_priority = 760  # after Sphinx gathers citations into the bibliography (750)
    formats = ("latex",)

    def run(self, **kwargs) -> None:
        prefix = getattr(_BUILD_APP[0], "briefing_rel_out", "") + "/"
        from sphinx import addnodes

        removed: set[str] = set()
        for node in list(self.document.findall(addnodes.start_of_file)):
            docname = node["docname"]
            if docname in removed:
                continue
            if docname == self.config.root_doc or not isinstance(node.parent, nodes.Element):
                continue
            section = next(iter(node.findall(nodes.section)), None)
            if section is None:
                continue
            if docname == prefix + "sources" or docname in self.config.briefing_latex_exclude:
                # the sources' citations are already moved to the bibliography;
                # keep no near-empty chapter behind. Excluded pages are site-only.
                node.parent.remove(node)
                continue
            if docname == prefix + "articles" and self.config.briefing_pdf_articles != "all":
                mode = self.config.briefing_pdf_articles
                removed |= _pdf_articles_annex(node, mode, getattr(_BUILD_APP[0], "briefing_pdf_rows", []))
                if mode == "none":
                    continue
            if docname == self.config.briefing_latex_appendix:
                node.parent.insert(node.parent.index(node), nodes.raw("", "\\appendix\n", format="latex"))
            page = docname.removeprefix(prefix)
            if page not in _TOC_DEPTH and "/" in page:
                continue  # a page inside a part: the part's depth holds
            depth = _TOC_DEPTH.get(page, 0)
            raw = nodes.raw("", rf"\addtocontents{{toc}}{{\protect\setcounter{{tocdepth}}{{{depth}}}}}" "\n",
                            format="latex")
            title = next(iter(section.findall(nodes.title)), None)
            index = section.index(title) + 1 if title is not None and title.parent is section else 0
            section.insert(index, raw)
        if removed:
            _unlink(self.document, removed)


class LatexNewMarker(SphinxPostTransform):
    """PDF: the "Nouveau" badge of an edition (a sphinx-design badge, which LaTeX
    would print as a bare word) becomes a bold text marker "[Nouveau]"."""

    default_priority = 200
    builders = ("latex",)

    def run(self, **kwargs) -> None:
        for node in list(self.document.findall(nodes.inline)):
            if "sd-badge" in node.get("classes", []) and node.astext().strip() == "Nouveau":
                node.replace_self(nodes.strong("", "[Nouveau]"))


class EpubNoInlineSvg(SphinxPostTransform):
    """EPUB only: drop the inline SVG chevron sphinx-design puts in each
    dropdown's summary (EPUB 3 wants SVG declared per file; the reader's
    ``<details>`` marker does the same job)."""

    default_priority = 200  # after sphinx-design builds the dropdown (199)
    builders = ("epub",)

    def run(self, **kwargs) -> None:
        for node in list(self.document.findall(nodes.inline)):
            if "sd-summary-state-marker" in node.get("classes", []):
                node.parent.remove(node)
        for node in list(self.document.findall(nodes.raw)):
            if "<svg" in node.astext():
                node.parent.remove(node)


#: An update that reads fewer pages than this share of the book reads them in
#: the main process (see ``serial_small_updates``).
SERIAL_READ_SHARE = 0.1
#: ... and, when it reads fewer pages than this, writes them there too.
SERIAL_WRITE_PAGES = 40


def serial_small_updates(app, env, docnames) -> None:
    """Read a small update (a few added or changed pages in a large book) in
    the main process. Sphinx's parallel read sends the whole environment back
    from every worker (a pickle of every page's metadata, several MB for a
    thousand pages) and merges them one by one: for 24 pages of a 1,200-page
    book that cost 11 s, three times reading them in one process. The
    parallel setting is restored once the pages are read (``env-updated``),
    so the pages are written in parallel, unless the update reads fewer than
    ``SERIAL_WRITE_PAGES``: then the parallel write's worker process costs
    more than it saves (one added Wikinews article, about 20 pages to write:
    0.12 s slower in parallel)."""
    known = len(env.all_docs)
    if app.parallel > 1 and known and len(docnames) < SERIAL_READ_SHARE * known:
        app.briefing_parallel = app.parallel
        app.briefing_serial_write = len(docnames) < SERIAL_WRITE_PAGES
        app.parallel = 1


def restore_parallel(app, env) -> None:
    parallel = getattr(app, "briefing_parallel", None)
    if parallel and not getattr(app, "briefing_serial_write", False):
        app.parallel = parallel
        app.briefing_parallel = None


def download_links(app) -> list[tuple[str, str, str]]:
    """(format, label, address) of the PDF and EPUB a reader can download.

    ``briefing build`` puts the files it built next to the HTML pages and says
    which (``briefing_downloads``); on Read the Docs they are the project's
    offline formats, at ``/_/downloads/<language>/<version>/<format>/``."""
    wanted = [f.strip() for f in str(app.config.briefing_downloads or "").split(",") if f.strip()]
    labels = {"pdf": "Télécharger le PDF", "epub": "Télécharger l’EPUB"}
    if os.environ.get("READTHEDOCS") == "True":
        from urllib.parse import urlsplit

        canonical = urlsplit(os.environ.get("READTHEDOCS_CANONICAL_URL", ""))
        lang = os.environ.get("READTHEDOCS_LANGUAGE", "fr")
        version = os.environ.get("READTHEDOCS_VERSION", "latest")
        base = f"{canonical.scheme or 'https'}://{canonical.netloc}" if canonical.netloc else ""
        return [(f, labels[f], f"{base}/_/downloads/{lang}/{version}/{f}/") for f in ("pdf", "epub")]
    return [(f, labels[f], f"briefing.{f}") for f in ("pdf", "epub") if f in wanted]


class DownloadsDirective(Directive):
    """``{briefing-downloads}``: buttons to download the PDF and the EPUB (HTML only)."""

    has_content = False

    def run(self):
        env = self.state.document.settings.env
        links = download_links(env.app)
        if not links:
            return []
        box = nodes.container(classes=["briefing-downloads"])
        para = nodes.paragraph()
        for fmt, label, url in links:
            if url.startswith("briefing."):
                # relative to the page: docs in sub-folders climb to the root
                depth = env.docname.count("/")
                url = "../" * depth + url
            para += nodes.reference("", label, refuri=url, classes=["sd-btn", "sd-btn-primary", f"briefing-download-{fmt}"])
            para += nodes.Text(" ")
        box += para
        return [box]


def downloads_context(app, pagename, templatename, context, doctree) -> None:
    """The sidebar's download links (template ``briefing-downloads.html``)."""
    links = []
    for fmt, label, url in download_links(app):
        if url.startswith("briefing."):
            url = context["pathto"](url, 1)
        links.append({"format": fmt, "label": label, "url": url})
    context["briefing_downloads"] = links


def page_previews(app, pagename, templatename, context, doctree) -> None:
    """Writes ``_static/apercus/<page>.js``: the previews of the anchors this
    page links to, as data (shown as text, never as HTML), and adds it with
    the shared previewer to the page."""
    import json

    previews = getattr(app, "briefing_previews", None)
    if doctree is None or not previews or app.builder.format != "html" or app.builder.name == "epub":
        return
    wanted = {}
    for ref in doctree.findall(nodes.reference):
        target = ref.get("refid") or ref.get("refuri", "").partition("#")[2]
        if target and target in previews:
            wanted[target] = previews[target]
    if not wanted:
        return
    rel = Path("apercus", *f"{pagename}.js".split("/"))
    path = Path(app.outdir, "_static", rel)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "window.briefingPreviews = " + json.dumps(wanted, ensure_ascii=False, sort_keys=True) + ";\n"
    if not path.exists() or path.read_text(encoding="utf-8") != data:
        path.write_text(data, encoding="utf-8")
    for js in ("vendor/popper.min.js", "vendor/tippy-bundle.umd.min.js", rel.as_posix(), "briefing-apercus.js"):
        app.add_js_file(js, loading_method="defer")


def escape_page_title(app, pagename, templatename, context, doctree) -> None:
    """Article titles are untrusted: sphinx-book-theme puts ``pagetitle`` (plain
    text) into the page unescaped, so escape it once the theme has set it."""
    if "pagetitle" in context and doctree is not None:
        context["pagetitle"] = html.escape(str(context["pagetitle"]))


#: Folder of the cache where the page templates are kept compiled.
TEMPLATE_CACHE = "templates"


def keep_templates_compiled(app) -> None:
    """The theme's page templates (about thirty) are compiled once and kept in
    the cache folder (Jinja's bytecode cache: a template whose source changed
    is compiled again). Sphinx compiles them afresh in every build, which
    cost a rebuild of one article about 0.1 s on its first page."""
    environment = getattr(getattr(app.builder, "templates", None), "environment", None)
    if environment is None or getattr(environment, "bytecode_cache", None) is not None:
        return
    try:
        folder = _config_from_sphinx(app, app.config).resolved_cache_dir / TEMPLATE_CACHE
        folder.mkdir(parents=True, exist_ok=True)
    except Exception:  # noqa: BLE001 - a bad setting is reported where it is read; unwritable: compile as Sphinx does
        return
    from jinja2 import FileSystemBytecodeCache

    environment.bytecode_cache = FileSystemBytecodeCache(str(folder))


def setup(app):
    collect_less_often()
    skip_collection_at_exit()
    register_bib_styles()
    for name, default, types, description in config_values():
        app.add_config_value(name, default, "env", types=types, description=description)
    if app.config.briefing_analyse is True and isinstance(app.config.briefing_spacy_model, str):
        # the model loads in a child process while Sphinx sets up and the
        # pipeline reads the corpus: most of a one-article rebuild otherwise
        from .analyse import patterns, warm

        try:
            patterns.keep_in(_config_from_sphinx(app, app.config).resolved_cache_dir / patterns.PATTERNS_DIR)
        except Exception:  # noqa: BLE001 - a bad setting is reported where it is read (config-inited)
            patterns.keep_in(None)
        warm.start(app.config.briefing_spacy_model)
    app.setup_extension("sphinxcontrib.bibtex")
    from .bibtex_index import IndexedBibtexDomain

    app.add_domain(IndexedBibtexDomain, override=True)  # same entries, without its entries × citations scan
    app.setup_extension("myst_parser")
    app.setup_extension("sphinx_design")
    app.setup_extension("briefing.build_guard")  # project lock, LaTeX line length, search index
    app.setup_extension("briefing.toc_parents")  # a list page is rewritten when what it lists changed
    app.connect("config-inited", generate, priority=400)
    app.connect("env-before-read-docs", serial_small_updates)
    app.connect("env-updated", restore_parallel)
    app.connect("builder-inited", keep_templates_compiled)
    app.add_config_value("briefing_report_problems", True, "", types=(bool,),
                         description="Report the input problems (bad files, bad fields) as warnings; "
                         "`briefing build` turns it off for its second and later formats.")
    app.add_config_value("briefing_downloads", "", "env", types=(str,),
                         description="Formats offered for download from the site (pdf, epub); "
                         "set by `briefing build`, automatic on Read the Docs.")
    app.add_config_value("briefing_latex_appendix", "", "env", types=(str,),
                         description="PDF: the page where the annexes start (\\appendix).")
    app.add_config_value("briefing_latex_exclude", [], "env", types=(list, tuple),
                         description="PDF: pages of the site left out of the printed book.")
    app.add_directive("briefing-downloads", DownloadsDirective)
    app.add_post_transform(LatexBookStructure)
    app.add_post_transform(LinkTerms)
    app.add_transform(IndexEntries)
    app.add_post_transform(EpubNoInlineSvg)
    app.add_post_transform(LatexNewMarker)
    app.connect("html-page-context", escape_page_title, priority=900)
    app.connect("html-page-context", downloads_context)
    app.connect("html-page-context", page_previews)
    from .sidebar_nav import share_sidebar_nav

    app.connect("html-page-context", share_sidebar_nav, priority=400)  # before the theme renders its sidebar (500)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
