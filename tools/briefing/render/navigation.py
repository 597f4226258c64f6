"""Navigation pages: articles grouped by month, and the bibliography.

Grouping keeps every page's navigation small: with one flat toctree of
thousands of articles, Sphinx renders the whole list into every page and the
build grows quadratically.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Article
from .article import article_docname
from .french import format_date, month_title
from .myst import literal


def group_key(article: Article) -> str:
    if not article.date:
        return "inconnue"
    return article.date[:7]


def group_docname(key: str) -> str:
    return f"periodes/{key}"


def sort_key(article: Article) -> tuple:
    return (article.date or "", article.time or "", article.id)


def groups(articles: list[Article]) -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = defaultdict(list)
    for a in sorted(articles, key=sort_key):
        out[group_key(a)].append(a)
    # chronological, unknown dates last
    return dict(sorted(out.items(), key=lambda kv: (kv[0] == "inconnue", kv[0]), reverse=False))


def render_articles_index(articles: list[Article]) -> str:
    grouped = groups(articles)
    toc = "\n".join(group_docname(key) for key in grouped)
    return (
        "(briefing-articles)=\n# Articles\n\n"
        f"{len(articles)} articles, classés par mois de publication. Chaque page reproduit "
        "le texte nettoyé de l’article, paragraphe par paragraphe, avec sa source et les "
        "lignes écartées par le nettoyage.\n\n"
        ":::{toctree}\n:maxdepth: 1\n\n" + toc + "\n:::\n"
    )


def render_group_page(key: str, members: list[Article]) -> str:
    toc = "\n".join("../" + article_docname(a.id) for a in members)
    return (
        f"(briefing-group-{key})=\n# {literal(month_title(key))}\n\n"
        ":::{toctree}\n:maxdepth: 1\n\n" + toc + "\n:::\n"
    )


def render_bibliography() -> str:
    return (
        "(briefing-bibliography)=\n# Sources\n\n"
        "Toutes les sources citées dans ce dossier.\n\n"
        ":::{bibliography}\n:all:\n:::\n"
    )
