"""Sphinx-side guards against hostile input and broken builds.

* ``wrap_latex_text``: TeX reads its input line by line into a fixed buffer
  (200,000 characters in TeX Live); a paragraph of a few hundred KB written on
  one ``.tex`` line breaks the PDF. Long text nodes are cut for the LaTeX
  builder only: at a space (a line end is a space to TeX) or, inside a word
  with no space, with ``%`` + line end (which TeX ignores). What is typeset
  does not change.
* ``project lock``: one build at a time per Sphinx project (generation writes
  the pages Sphinx reads); a second build stops with a clear message.
* ``search index``: a build killed while writing leaves a search index that
  covers only part of the pages, and Sphinx's next incremental build keeps it.
  A marker file in the output folder says "build in progress"; when the next
  build finds it, every page is written again, so the index is complete.
  The index is also pruned with a set (``prune_search_index_with_a_set``).

Registered by ``briefing.sphinx_ext.setup``.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx.util import logging

logger = logging.getLogger(__name__)

#: Longest run of source characters written on one .tex line (an escape map
#: may lengthen it ~20 times: still far below TeX's buffer).
LATEX_CHUNK = 1000
#: Longest piece of a word without spaces between two allowed line breaks.
WORD_PIECE = 40
_LITERAL = (nodes.literal_block, nodes.literal, nodes.raw, nodes.math, nodes.math_block,
            nodes.comment)

#: Written in the HTML output folder when writing starts, removed when the build ends well.
IN_PROGRESS = ".briefing-build-in-progress"


def latex_pieces(text: str, chunk: int = LATEX_CHUNK) -> list[nodes.Node]:
    """``text`` as Text nodes of lines of at most ``chunk`` characters, cut at a
    space when there is one in the second half of the chunk, else by ``%``
    (inside a word, with a permitted line break every ``WORD_PIECE`` letters)."""
    out: list[nodes.Node] = []
    lines: list[str] = []
    i = 0
    while len(text) - i > chunk:
        cut = text.rfind(" ", i + chunk // 2, i + chunk)
        if cut >= 0:
            lines.append(text[i:cut])
            i = cut + 1
            continue
        # no space: a "word" longer than a line; let TeX break it every
        # WORD_PIECE characters (a 30,000-letter box overflows TeX's dimensions)
        segment = text[i:i + chunk]
        lines.append(segment[:WORD_PIECE])
        out.append(nodes.Text("\n".join(lines)))
        lines = []
        for k in range(WORD_PIECE, len(segment), WORD_PIECE):
            piece = segment[k:k + WORD_PIECE]
            glue = "\\allowbreak{}%\n" if " " not in segment[k - WORD_PIECE:k + WORD_PIECE] else "%\n"
            out.append(nodes.raw("", glue, format="latex"))
            out.append(nodes.Text(piece))
        joined = " " not in text[i + chunk - WORD_PIECE:i + chunk + WORD_PIECE]
        out.append(nodes.raw("", "\\allowbreak{}%\n" if joined else "%\n", format="latex"))
        i += chunk
    lines.append(text[i:])
    out.append(nodes.Text("\n".join(lines)))
    return out


def wrap_latex_text(app, doctree, docname) -> None:
    if getattr(app.builder, "format", "") != "latex":
        return
    for node in list(doctree.findall(nodes.Text)):
        if len(node) <= LATEX_CHUNK or node.parent is None:
            continue
        parent, literal = node.parent, False
        while parent is not None:
            if isinstance(parent, _LITERAL):
                literal = True
                break
            parent = parent.parent
        if not literal:
            node.parent.replace(node, latex_pieces(str(node)))


# ---------------------------------------------------------------- lock

def acquire_project_lock(app, config) -> None:
    from .pipeline import ProjectBusy, acquire_lock

    try:
        app._briefing_lock = acquire_lock(Path(app.confdir))
    except ProjectBusy as exc:
        raise ExtensionError(str(exc)) from None


def release_project_lock(app, exception) -> None:
    lock = getattr(app, "_briefing_lock", None)
    if lock is not None:
        lock.release()
        app._briefing_lock = None


# ---------------------------------------------------------------- search index

def _marker(app) -> Path | None:
    if getattr(app.builder, "format", "") != "html" or not getattr(app.builder, "search", False):
        return None
    return Path(app.outdir) / IN_PROGRESS


def rewrite_all_after_interrupted_build(app, env, added, changed, removed) -> list[str]:
    """At the start of a build: if the last one did not finish, write every page again."""
    marker = _marker(app)
    if marker is None or not marker.exists():
        return []
    logger.info("briefing: the previous build was interrupted; every page is written again")
    return sorted(env.found_docs)


def mark_writing(app, env) -> None:
    marker = _marker(app)
    if marker is not None:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text("A build is writing this folder; if it stays, the build was interrupted.\n")


def unmark_writing(app, exception) -> None:
    marker = _marker(app)
    if marker is not None and exception is None:
        marker.unlink(missing_ok=True)


def prune_search_index_with_a_set(app) -> list:
    """Sphinx prunes the search index with ``env.all_docs`` (a dict) before
    writing it: each of its ~20,000 words intersects its pages with that
    dict, which Python turns into a new set every time (0.28 s of a one-added
    rebuild on 963 Wikinews articles). The same pruning, given one set."""
    indexer = getattr(app.builder, "indexer", None)
    if indexer is not None and "prune" not in vars(indexer):
        prune = indexer.prune
        indexer.prune = lambda docnames: prune(docnames if isinstance(docnames, (set, frozenset)) else set(docnames))
    return []  # html-collect-pages: no page of its own


def setup(app):
    app.connect("config-inited", acquire_project_lock, priority=100)
    app.connect("build-finished", release_project_lock, priority=900)
    app.connect("doctree-resolved", wrap_latex_text, priority=900)
    app.connect("env-get-outdated", rewrite_all_after_interrupted_build)
    app.connect("env-updated", mark_writing)
    app.connect("html-collect-pages", prune_search_index_with_a_set)
    app.connect("build-finished", unmark_writing, priority=100)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
