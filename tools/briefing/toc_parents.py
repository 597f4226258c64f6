"""A page listing a re-read page is written again only when what it shows of it changed.

When Sphinx reads a page again, it writes again every page whose toctree lists
it (``env.files_to_rebuild``), because a toctree shows the titles, and to its
depth the sections, of the pages it lists. A new article rewrites a few
who's-who letters, and with them the who's-who index that lists the letters;
a new part of a letter rewrites the letter's first page. None of those lists
changes when the titles and sections of the pages they list stay the same,
which is almost always.

Before the read, the title and the table of contents Sphinx keeps of each
page to read (``env.tocs``: its sections, as a toctree shows them) are
noted; when writing starts, a re-read page whose title is the same no longer
pulls into the write the pages listing it, except, when its sections
changed, those whose toctree shows sections (no ``:titlesonly:``, deeper than
one level). Those pages are still written when they changed themselves. The environment Sphinx stores is not touched: the reverse
toctree index is narrowed for the write only, after the environment is
saved, and put back when the build ends.
"""

from __future__ import annotations


def _toc(env, docname: str) -> str | None:
    toc = env.tocs.get(docname)
    return None if toc is None else toc.pformat()


def _title(env, docname: str) -> str | None:
    title = env.titles.get(docname)
    return None if title is None else title.pformat()


# --- which listed pages a page shows the sections of ---------------------------

def note_section_lists(app, doctree) -> None:
    """``doctree-read``: the pages this page's visible toctrees show with their
    sections (a toctree without ``:titlesonly:`` and deeper than one level)."""
    from sphinx import addnodes

    shown = set()
    for node in doctree.findall(addnodes.toctree):
        if node.get("hidden") or node.get("titlesonly") or node.get("maxdepth", -1) == 1:
            continue
        shown.update(doc for _, doc in node.get("entries", ()) if doc)
    store = _sections_shown(app.env)
    store.pop(app.env.docname, None)
    if shown:
        store[app.env.docname] = shown


def _sections_shown(env) -> dict[str, set[str]]:
    if not hasattr(env, "briefing_sections_shown"):
        env.briefing_sections_shown = {}
    return env.briefing_sections_shown


def purge(app, env, docname) -> None:
    _sections_shown(env).pop(docname, None)


def merge(app, env, docnames, other) -> None:
    mine = _sections_shown(env)
    for docname, shown in _sections_shown(other).items():
        if docname in docnames:
            mine[docname] = shown


# --- the write ---------------------------------------------------------------------

def note_tocs(app, env, docnames) -> None:
    """``env-before-read-docs``: the titles and tables of contents of the pages about to be read."""
    app.briefing_tocs_before = {d: (_title(env, d), _toc(env, d)) for d in docnames if d in env.tocs}


def narrow_listing_rewrites(app, builder) -> None:
    """``write-started``: a re-read page pulls in only the listing pages that
    show something of it that changed."""
    before = getattr(app, "briefing_tocs_before", None) or {}
    env = builder.env
    sections = _sections_shown(env)
    narrowed, changed = {}, False
    for docname, parents in env.files_to_rebuild.items():
        if docname in before and before[docname][0] is not None and before[docname][0] == _title(env, docname):
            if before[docname][1] == _toc(env, docname):
                keep = set()  # nothing shown of it changed
            else:  # new sections: only for the lists that show them
                keep = {p for p in parents if docname in sections.get(p, ())}
            changed |= keep != parents
            narrowed[docname] = keep
        else:
            narrowed[docname] = parents
    if changed:
        app.briefing_files_to_rebuild = env.files_to_rebuild
        env.files_to_rebuild = narrowed


def restore_listing_rewrites(app, exception) -> None:
    """``build-finished``: the reverse toctree index as Sphinx keeps it."""
    kept = getattr(app, "briefing_files_to_rebuild", None)
    if kept is not None:
        app.env.files_to_rebuild = kept
        app.briefing_files_to_rebuild = None


def setup(app):
    app.connect("doctree-read", note_section_lists)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
    app.connect("env-before-read-docs", note_tocs)
    app.connect("write-started", narrow_listing_rewrites)
    app.connect("build-finished", restore_listing_rewrites)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
