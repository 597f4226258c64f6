"""The Sphinx extension: generates the briefing's pages before Sphinx reads them.

Generation runs at ``config-inited`` because sphinxcontrib-bibtex reads its
``.bib`` files when its domain is created, before ``builder-inited``. A plain
``sphinx-build -b html docs OUT`` (as Read the Docs runs it) therefore needs
nothing run beforehand.
"""

from __future__ import annotations

import html
import os
import sys
import time
from dataclasses import fields
from pathlib import Path

from sphinx.util import logging

from . import __version__
from .config import BriefingConfig
from .pipeline import run
from .warnings import WarningKind
from .render.bibstyle import register as register_bib_styles
from .render.book import BIB_FILE

logger = logging.getLogger(__name__)

#: defaults as seen from a Sphinx project in docs/ next to seeds/
SPHINX_DEFAULTS = {
    "source_dir": "../seeds",
    "output_dir": "_generated",
    "cache_dir": "",
}


def _config_from_sphinx(app, config) -> BriefingConfig:
    confdir = Path(app.confdir)
    values = {}
    for f in fields(BriefingConfig):
        values[f.name] = getattr(config, f"briefing_{f.name}")
    for name in ("source_dir", "output_dir"):
        values[name] = (confdir / values[name]).resolve()
    values["cache_dir"] = (confdir / values["cache_dir"]).resolve() if values["cache_dir"] else None
    # progress bars only on a terminal, never in CI logs
    values["progress"] = bool(values["progress"]) and sys.stderr.isatty() and not os.environ.get("CI")
    return BriefingConfig(**values)


def generate(app, config) -> None:
    bconf = _config_from_sphinx(app, config)
    started = time.perf_counter()
    briefing, report = run(bconf)
    for problem in briefing.problems:
        # Before the build environment exists Sphinx only accepts "path:line"
        # locations; a whole-file problem names its file in the message.
        located = ":" in problem.location
        logger.warning(
            problem.message if located else f"{problem.location}: {problem.message}",
            type="briefing",
            subtype=WarningKind(problem.kind).value,
            location=problem.location if located else None,
        )
    rel_out = Path(bconf.output_dir).relative_to(Path(app.confdir).resolve()).as_posix()
    bib = f"{rel_out}/{BIB_FILE}"
    if bib not in config.bibtex_bibfiles:
        config.bibtex_bibfiles = [*config.bibtex_bibfiles, bib]
    logger.info(
        "briefing: %d articles, %d written, %d unchanged, %d removed (%.1f s)",
        len(briefing.articles),
        len(report.written),
        len(report.unchanged),
        len(report.removed),
        time.perf_counter() - started,
    )


def escape_page_title(app, pagename, templatename, context, doctree) -> None:
    """Article titles are untrusted: sphinx-book-theme puts ``pagetitle`` (plain
    text) into the page unescaped, so escape it once the theme has set it."""
    if "pagetitle" in context and doctree is not None:
        context["pagetitle"] = html.escape(str(context["pagetitle"]))


def setup(app):
    register_bib_styles()
    for f in fields(BriefingConfig):
        default = SPHINX_DEFAULTS.get(f.name, f.default)
        if isinstance(default, Path):
            default = str(default)
        app.add_config_value(f"briefing_{f.name}", default, "env", description=f.metadata["help"])
    app.setup_extension("sphinxcontrib.bibtex")
    app.setup_extension("myst_parser")
    app.setup_extension("sphinx_design")
    app.setup_extension("briefing.build_guard")  # project lock, LaTeX line length, search index
    app.connect("config-inited", generate, priority=400)
    app.connect("html-page-context", escape_page_title, priority=900)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
