"""The sidebar's navigation, computed once per distinct navigation.

pydata-sphinx-theme (under sphinx-book-theme) builds each page's sidebar by
resolving the site's whole table of contents, then rewriting it with
BeautifulSoup: about a quarter of the HTML write phase on 963 articles, and
the same work again for every page. Yet with a collapsed sidebar of bounded
depth the navigation of two pages differs only by

- which entries it shows as current: the page and its ancestors among the
  entries the sidebar can show (the top ``max_navbar_depth`` levels), and
- where its links point from: the folder of the page's output file.

So the navigation is made once for each (folder, current entries) and reused
for every page with the same pair — the very HTML the theme makes for the
first of them (the 963 article pages of a period share one). The sidebar
template ``briefing-sidebar-nav.html`` (the theme's ``sbt-sidebar-nav.html``
calling ``briefing_sidebar_nav``) asks for it: the theme renders its sidebar
templates once to drop the empty ones, before any later handler could wrap
its function, so the sharing has to sit in the template's call. Anything else
is passed to the theme's function unchanged.
"""

from __future__ import annotations

import posixpath

from markupsafe import Markup


def _visible(env, root_doc: str, depth: int) -> frozenset[str]:
    """Pages the sidebar can show: the root's toctree entries and their
    descendants down to ``depth`` levels."""
    shown, level = set(), [root_doc]
    for _ in range(depth):
        level = [child for doc in level for child in env.toctree_includes.get(doc, ())]
        shown.update(level)
    return frozenset(shown)


def _parents(env) -> dict[str, str]:
    """Each page's toctree parent, the last one listing it winning — what
    Sphinx's ``_get_toctree_ancestors`` rebuilds on every call (a scan of the
    whole toctree per call: quadratic over a build's pages)."""
    parent: dict[str, str] = {}
    for p, children in env.toctree_includes.items():
        parent |= dict.fromkeys(children, p)
    return parent


def nav_key(app, pagename: str, depth: int) -> tuple:
    """What a page's collapsed sidebar depends on (see the module's docstring)."""
    known = getattr(app.builder, "_briefing_nav_tree", None)
    if known is None or known[0] != depth:
        known = (depth, _visible(app.env, app.config.root_doc, depth), _parents(app.env))
        app.builder._briefing_nav_tree = known
    _, visible, parent = known
    chain, doc = [], pagename  # the page and its ancestors, as Sphinx walks them
    while doc in parent and doc not in chain:
        chain.append(doc)
        doc = parent[doc]
    if pagename not in chain:
        chain.insert(0, pagename)
    folder = posixpath.dirname(app.builder.get_target_uri(pagename))
    return folder, tuple(d for d in chain if d in visible)


def share_sidebar_nav(app, pagename, templatename, context, doctree) -> None:
    """``briefing_sidebar_nav``: the theme's ``generate_toctree_html`` (looked
    up when the template calls it), shared for the collapsed sidebar."""
    store = app.builder.__dict__.setdefault("_briefing_navs", {})
    page_key: dict[int, tuple] = {}  # the page's nav_key, per depth (the theme renders its sidebar several times)

    def shared(kind, startdepth=1, show_nav_level=1, **kwargs):
        generate = context.get("generate_toctree_html")
        if generate is None:  # not a pydata-sphinx-theme theme: no such navigation
            return ""
        depth = kwargs.get("maxdepth")
        if (kind != "sidebar" or startdepth != 0 or not kwargs.get("collapse")
                or not isinstance(depth, int) or depth < 1):
            return generate(kind, startdepth, show_nav_level, **kwargs)
        if depth not in page_key:
            page_key[depth] = nav_key(app, pagename, depth)
        key = (page_key[depth], startdepth, show_nav_level, tuple(sorted(kwargs.items())))
        if key not in store:
            store[key] = Markup(str(generate(kind, startdepth, show_nav_level, **kwargs)))
        return store[key]

    context["briefing_sidebar_nav"] = shared
