"""briefing: turn a folder of raw news articles into a cited, cross-referenced briefing book.

The pipeline (see ``pipeline.run``)::

    ingest ──▶ analyse ──▶ compose ──▶ render ──▶ write ──▶ Sphinx

Use it as a Sphinx extension (``extensions = ["briefing"]``) or from the
``briefing`` command line.
"""

__version__ = "0.1.0"


def setup(app):  # Sphinx entry point
    from .sphinx_ext import setup as _setup

    return _setup(app)
