"""Navigation pages: articles grouped by period, and the bibliography.

Grouping keeps every page's navigation small: with one flat toctree of
thousands of articles, Sphinx renders the whole list into every page and the
build grows quadratically. No navigation group (toctree) holds more than
``MAX_GROUP`` entries:

- dated articles are grouped by month; a month with more than ``MAX_GROUP``
  articles is split by day, and a day with more is cut into numbered parts;
- undated articles (scraped press often carries no date) are grouped by
  outlet, then by the folder of their source file, then cut into numbered
  parts of at most ``MAX_GROUP`` articles;
- a list of groups longer than ``MAX_GROUP`` (many months, many outlets) is
  itself grouped by year, then cut into parts.

Each group is one page ``periodes/<key>``; keys are built from the dates,
outlet and folder names only, so adding one article changes its own group
page (and the parts after it when a group is cut into parts), never the rest.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from ..model import Article
from ..text import slug
from .article import article_docname
from .bibtex import render_bibtex, shorthands
from .french import format_date, month_title
from .myst import literal

#: Most entries one navigation group (one toctree) holds.
MAX_GROUP = 100

UNKNOWN = "inconnue"


@dataclass
class Group:
    """One navigation page: its articles (a leaf) or its sub-groups."""

    key: str
    title: str
    articles: list[Article] = field(default_factory=list)
    children: list["Group"] = field(default_factory=list)

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()

    def count(self) -> int:
        return len(self.articles) + sum(c.count() for c in self.children)


def group_key(article: Article) -> str:
    """The month group of an article ("2021-07"), its year when the month is
    unknown, or "inconnue"."""
    if not article.date:
        return UNKNOWN
    return article.date[:7]


def group_docname(key: str) -> str:
    return f"periodes/{key}"


def sort_key(article: Article) -> tuple:
    return (article.date or "", article.time or "", article.id)


def _parts(key: str, title: str, items: list, make_leaf: bool) -> list[Group]:
    """Cut a list (of articles or of groups) into numbered parts of MAX_GROUP."""
    out = []
    for n, start in enumerate(range(0, len(items), MAX_GROUP), start=1):
        chunk = items[start:start + MAX_GROUP]
        last = start + len(chunk)
        sub = Group(f"{key}-{n}", f"{title} ({start + 1} à {last})")
        if make_leaf:
            sub.articles = chunk
        else:
            sub.children = chunk
        out.append(sub)
    return out


def _fill(group: Group, members: list[Article], splitters) -> Group:
    """Put members into the group, splitting with the first splitter that
    divides them when there are more than MAX_GROUP."""
    if len(members) <= MAX_GROUP:
        group.articles = members
        return group
    for i, split in enumerate(splitters):
        buckets = split(group, members)
        if len(buckets) > 1:
            children = [_fill(sub, arts, splitters[i + 1:]) for sub, arts in buckets]
            group.children = _limit(group, children)
            return group
    group.children = _limit(group, _parts(group.key, group.title, members, make_leaf=True))
    return group


def _limit(group: Group, children: list[Group]) -> list[Group]:
    if len(children) <= MAX_GROUP:
        return children
    return _limit(group, _parts(group.key + "-g", group.title, children, make_leaf=False))


def _by_day(group: Group, members: list[Article]):
    days: dict[str, list[Article]] = defaultdict(list)
    for a in members:
        day = a.date if a.date and len(a.date) >= 10 and a.date_precision in (None, "day") else ""
        days[day[:10]].append(a)
    out = []
    for day, arts in sorted(days.items()):
        if day:
            title = format_date(day)
            out.append((Group(day, title[0].upper() + title[1:]), arts))
        else:
            out.append((Group(f"{group.key}-sans-jour", f"{group.title} (jour inconnu)"), arts))
    return out


def _by_outlet(group: Group, members: list[Article]):
    outlets: dict[str, list[Article]] = defaultdict(list)
    names: dict[str, str] = {}
    for a in members:
        s = slug(a.outlet or "", fallback="sans-media")
        outlets[s].append(a)
        names.setdefault(s, a.outlet or "média inconnu")
    return [
        (Group(f"{group.key}-{s}", f"{group.title} — {names[s]}"), arts)
        for s, arts in sorted(outlets.items())
    ]


def _by_folder(group: Group, members: list[Article]):
    folders: dict[str, list[Article]] = defaultdict(list)
    for a in members:
        folders[str(PurePosixPath(a.source).parent)].append(a)
    return [
        (Group(f"{group.key}-d-{slug(f if f != '.' else '', fallback='racine')}",
               f"{group.title} — dossier {f if f != '.' else 'racine'}"), arts)
        for f, arts in sorted(folders.items())
    ]


def _undated_key(a: Article) -> tuple:
    return (a.outlet or "", a.source, a.id)


def tree(articles: list[Article]) -> list[Group]:
    """The top-level groups, chronological, undated articles last."""
    months: dict[str, list[Article]] = defaultdict(list)
    for a in sorted(articles, key=sort_key):
        months[group_key(a)].append(a)
    top: list[Group] = []
    for key in sorted(k for k in months if k != UNKNOWN):
        top.append(_fill(Group(key, month_title(key)), months[key], [_by_day]))
    if len(top) > MAX_GROUP:
        years: dict[str, list[Group]] = defaultdict(list)
        for g in top:
            years[g.key[:4]].append(g)
        top = [
            Group(f"annee-{y}", y, children=_limit(Group(f"annee-{y}", y), gs))
            for y, gs in sorted(years.items())
        ]
        top = _limit(Group("annees", "Années"), top)
    if UNKNOWN in months:
        undated = sorted(months[UNKNOWN], key=_undated_key)
        top.append(_fill(Group(UNKNOWN, month_title(UNKNOWN)), undated, [_by_outlet, _by_folder]))
    return top


def groups(articles: list[Article]) -> dict[str, list[Article]]:
    """Leaf group key → its articles (every article in exactly one leaf)."""
    out: dict[str, list[Article]] = {}
    for g in tree(articles):
        for node in g.walk():
            if not node.children:
                out[node.key] = node.articles
    return out


def _toctree(entries: list[str]) -> str:
    return ":::{toctree}\n:maxdepth: 1\n\n" + "\n".join(entries) + "\n:::\n"


def render_articles_index(articles: list[Article], top: list[Group] | None = None) -> str:
    top = tree(articles) if top is None else top
    toc = [group_docname(g.key) for g in top]
    return (
        "(briefing-articles)=\n# Articles\n\n"
        "Les articles sont classés par mois de publication ; ceux sans date "
        "sont regroupés par média et par dossier d’origine. Chaque page reproduit "
        "le texte nettoyé de l’article, paragraphe par paragraphe, avec sa source et les "
        "lignes écartées par le nettoyage.\n\n" + _toctree(toc)
    )


def render_group(group: Group) -> str:
    """The page of one navigation group: its sub-groups or its articles."""
    if group.children:
        entries = [g.key for g in group.children]
        n = group.count()
        intro = f"{n} article{'s' if n > 1 else ''}.\n\n"
    else:
        entries = ["../" + article_docname(a.id) for a in group.articles]
        intro = ""
    return f"(briefing-group-{group.key})=\n# {literal(group.title)}\n\n" + intro + _toctree(entries)


def render_group_page(key: str, members: list[Article]) -> str:
    """A leaf group page (kept for callers that group articles themselves)."""
    return render_group(Group(key, month_title(key), articles=list(members)))


def render_navigation(articles: list[Article]) -> dict[str, str]:
    """Every navigation page: ``articles.md`` and one page per group."""
    top = tree(articles)
    files = {"articles.md": render_articles_index(articles, top)}
    for g in top:
        for node in g.walk():
            files[group_docname(node.key) + ".md"] = render_group(node)
    return files


#: Most entries on one page of the bibliography (about 300 bytes of HTML each).
MAX_SOURCES = 500


def stable_parts(keys: list[str], most: int) -> list[list[str]]:
    """Sorted ``keys`` cut into runs of at most ``most``, where the cut points
    depend on the keys themselves (content-defined chunking, as rsync does): a
    key ends a run when its hash falls on one value in ``most // 4`` (runs of
    about a quarter of ``most``), and a run reaching ``most`` keys — rare — is
    cut there. Adding or removing one key changes the run it falls in (two
    when it is itself a cut point, or the next one after a rare forced cut),
    not the others — with runs of a fixed size every later run would shift."""
    period = max(1, most // 4)
    parts: list[list[str]] = [[]]
    for key in keys:
        parts[-1].append(key)
        digest = int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:8], "big")
        if len(parts[-1]) >= most or digest % period == 0:
            parts.append([])
    return [p for p in parts if p]


def render_sources(articles: list[Article]) -> dict[str, str]:
    """The bibliography: one page, or for a large corpus ``sources.md`` and
    parts of at most ``MAX_SOURCES`` entries (every entry in exactly one part,
    so every citation has one target). A part is named and titled by its first
    and last keys, never by its rank, and lists its own BibTeX file
    (``sources/<part>.bib``, the entries of the corpus-wide ``sources.bib``
    that fall in it): sphinxcontrib-bibtex reads again every page whose
    bibliography uses a file that changed, so an added article makes Sphinx
    read and write the one part it falls in, not every part."""
    ids = sorted({a.id.lower() for a in articles})
    if len(ids) <= MAX_SOURCES:
        return {"sources.md": render_bibliography()}
    by_id = {a.id.lower(): a for a in articles}
    labels = shorthands(articles)
    files = {}
    toc = []
    for chunk in stable_parts(ids, MAX_SOURCES):
        name = slug(chunk[0], fallback="sources")
        doc = f"sources/{name}"
        n = 2
        while doc in toc:
            doc, n = f"sources/{name}-{n}", n + 1
        toc.append(doc)
        files[doc + ".bib"] = render_bibtex([by_id[k] for k in chunk], labels)
        files[doc + ".md"] = (
            f"(briefing-{doc.replace('/', '-')})=\n"
            f"# Sources {literal(chunk[0])} à {literal(chunk[-1])}\n\n"
            f":::{{bibliography}} {doc.rpartition('/')[2]}.bib\n:all:\n:::\n"
        )
    files["sources.md"] = (
        "(briefing-bibliography)=\n# Sources\n\n"
        f"Toutes les sources citées dans ce dossier, en {len(toc)} parties, "
        "dans l'ordre de leurs clés.\n\n"
        + _toctree(toc)
    )
    return files


def bibliography_files(files) -> list[str]:
    """The BibTeX files Sphinx reads, among the generated ``files`` (paths
    relative to the output folder): the parts' when the bibliography is cut
    into parts, else the one ``sources.bib`` (which stays, whole, for export)."""
    parts = sorted(f for f in files if f.startswith("sources/") and f.endswith(".bib"))
    return parts or ["sources.bib"]


def render_bibliography() -> str:
    return (
        "(briefing-bibliography)=\n# Sources\n\n"
        "Toutes les sources citées dans ce dossier.\n\n"
        ":::{bibliography}\n:all:\n:::\n"
    )
