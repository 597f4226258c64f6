"""Sphinx configuration of the briefing book.

The ``briefing`` extension generates the article pages, topic chapters and the
BibTeX file into ``dossier/`` at ``config-inited``, from ``../seeds``.
"""

project = "Dossier de presse : cyberdiplomatie sino-américaine"
# The editor's name or service, printed on the cover when set.
author = ""
copyright = "textes © leurs auteurs et éditeurs"
language = "fr"

# No version number in the book: the cover and the front page give the
# edition date and the period the articles cover.
version = release = ""

extensions = ["briefing", "myst_parser", "sphinx_design", "sphinxcontrib.bibtex"]

# --- briefing -------------------------------------------------------------
briefing_source_dir = "../seeds"
briefing_output_dir = "dossier"
# PDF: the annexes start with the reader's method; the editor's technical
# annex stays on the site only
briefing_latex_appendix = "methodologie"
briefing_latex_exclude = ["cleaning"]

# --- sources ---------------------------------------------------------------
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", ".briefing-cache", "Thumbs.db", ".DS_Store"]
templates_path = ["_templates"]
bibtex_bibfiles: list[str] = []  # the extension adds the generated ones (dossier/sources.bib, or its parts)
bibtex_reference_style = "label"
bibtex_default_style = "briefing"

# Article text is untrusted: no raw HTML, no Jinja substitutions, and text
# renders exactly as written (no smart quotes rewriting the sources' quotes).
myst_enable_extensions = ["colon_fence"]
myst_disable_syntax = ["html_block", "html_inline"]
smartquotes = False
suppress_warnings = ["myst.header"]

# --- HTML ---------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_title = "Dossier de presse"
html_theme_options = {
    "collapse_navbar": True,
    "show_navbar_depth": 1,
    "max_navbar_depth": 2,
    # the theme's own buttons only print the page or show an empty source:
    # the PDF and EPUB of the whole book are linked from the sidebar instead
    "use_download_button": False,
    "use_source_button": False,
    "show_toc_level": 2,
}
html_sidebars = {
    "**": [
        "navbar-logo.html",
        "search-button-field.html",
        "briefing-downloads.html",
        "briefing-sidebar-nav.html",
    ]
}
html_static_path = ["_static"]
# Hover previews: the briefing extension adds its own static files
# (tools/briefing/static: the previewer and local copies of Popper and Tippy),
# so nothing is fetched from the network to build or to read the site.
html_css_files = ["briefing.css"]
html_js_files = ["briefing.js"]
html_copy_source = False
html_show_sourcelink = False

# --- LaTeX / PDF --------------------------------------------------------------
latex_engine = "xelatex"
latex_documents = [(root_doc, "briefing.tex", project, author, "manual")]
# The book's order (docs/index.md): Synthèse, chapters, who's who, then the
# annexes: how to read the book, the articles; LaTeX prints the bibliography
# ("Sources") and the index after them.
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    # printed and read on screen: no blank pages, chapters start on any page
    "extraclassoptions": "oneside,openany",
    "releasename": "",
    # chapters with their topics, the annex with its articles (see the
    # briefing extension, which trims the depth inside each page)
    "tocdepth": r"\setcounter{tocdepth}{2}",
    "preamble": r"""
% room for the running heads at 11pt (fancyhdr asks for 13.6pt)
\setlength{\headheight}{14pt}
% French spacing only where the text has a space: times (16:01:44) and
% addresses (https://) stay as written
\frenchsetup{AutoSpacePunctuation=false}
\addto\captionsfrench{\renewcommand{\bibname}{Sources}\renewcommand{\contentsname}{Sommaire}}
% long words and addresses may break rather than overflow the margin
\setlength{\emergencystretch}{3em}
\usepackage{xurl}
""",
    # the extension writes the cover ("maketitle") from the corpus: title,
    # period covered, counts, edition date
}
latex_show_urls = "no"
# makeindex, not xindy: Read the Docs runs latexmk without the XINDYOPTS that
# Sphinx's Makefile passes, and xindy fails without them
latex_use_xindy = False

# --- EPUB ---------------------------------------------------------------------
epub_basename = "briefing"
# EPUB 3 requires an author and a publisher: the editor when set, else the title
epub_author = epub_publisher = author or project
epub_show_urls = "no"
epub_exclude_files = ["search.html"]
