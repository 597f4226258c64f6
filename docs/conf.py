"""Sphinx configuration of the briefing book.

The ``briefing`` extension generates the article pages, topic chapters and the
BibTeX file into ``dossier/`` at ``config-inited``, from ``../seeds``.
"""

project = "Dossier de presse : cyberdiplomatie sino-américaine"
author = "briefing"
copyright = "textes © leurs auteurs et éditeurs ; dossier généré par briefing"
language = "fr"

import briefing  # noqa: E402  (the extension; its version names the edition)

version = release = briefing.__version__

extensions = ["briefing", "myst_parser", "sphinx_design", "sphinxcontrib.bibtex"]

# --- briefing -------------------------------------------------------------
briefing_source_dir = "../seeds"
briefing_output_dir = "dossier"

# --- sources ---------------------------------------------------------------
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", ".briefing-cache", "Thumbs.db", ".DS_Store"]
bibtex_bibfiles: list[str] = []  # the extension adds dossier/sources.bib
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
    "use_download_button": True,
    "show_toc_level": 2,
}
html_static_path = ["_static"]
html_css_files = ["briefing.css"]
html_copy_source = False
html_show_sourcelink = False

# --- LaTeX / PDF --------------------------------------------------------------
latex_engine = "xelatex"
latex_documents = [(root_doc, "briefing.tex", project, author, "manual")]
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "11pt",
    # room for the running heads at 11pt (fancyhdr asks for 13.6pt)
    "preamble": r"\setlength{\headheight}{14pt}",
}
latex_show_urls = "no"

# --- EPUB ---------------------------------------------------------------------
epub_basename = "briefing"
epub_show_urls = "no"
epub_exclude_files = ["search.html"]
