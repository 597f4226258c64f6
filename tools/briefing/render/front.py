"""What the cover of the PDF and the front page of the site say about the book:
the period covered, how many articles, distinct stories and outlets, and the
edition date.

``book_facts`` computes them once from the model; ``render_front`` writes the
generated fragment that ``docs/index.md`` includes, and the Sphinx extension
writes the PDF cover from the same facts.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from ..groups import components
from ..model import Briefing
from .french import format_date
from .myst import literal


@dataclass(frozen=True)
class BookFacts:
    first: str | None  # earliest (partial) ISO date of an article
    last: str | None
    articles: int
    stories: int  # articles carrying the same story count once
    outlets: int  # distinct outlets and agencies named by the articles
    undated: int
    edition: str  # "23 novembre 2026"


def edition_iso() -> str:
    """Today as YYYY-MM-DD, or the day of ``SOURCE_DATE_EPOCH`` (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    t = time.gmtime(int(epoch)) if epoch and epoch.isdigit() else time.localtime()
    return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"


def edition_date() -> str:
    """The edition date in French: "23 novembre 2026"."""
    return format_date(edition_iso())


def _stories(briefing: Briefing) -> int:
    """Connected groups of the same-story relation."""
    arts = briefing.articles
    return len(set(components([a.id for a in arts], ((a.id, b) for a in arts for b in a.same_story)).values()))


def book_facts(briefing: Briefing) -> BookFacts:
    dates = sorted(a.date for a in briefing.articles if a.date)
    # who published: the outlet, or for wire copy without one the agency
    outlets = {" ".join(name.split()).casefold()
               for a in briefing.articles for name in (a.outlet, a.agency) if name}
    edition = getattr(briefing, "edition", None)
    return BookFacts(
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        articles=len(briefing.articles),
        stories=_stories(briefing),
        outlets=len(outlets),
        undated=sum(1 for a in briefing.articles if not a.date),
        edition=format_date(edition.date) if edition is not None else edition_date(),
    )


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def period_text(facts: BookFacts) -> str:
    """'Du 2 juin 2013 à juillet 2023' — in the precision the dates have."""
    if not facts.first:
        return "Période inconnue (aucun article daté)"
    if facts.first == facts.last:
        return format_date(facts.first)[0].upper() + format_date(facts.first)[1:]
    first, last = format_date(facts.first), format_date(facts.last)
    start = "Du " + first if facts.first.count("-") == 2 else "De " + first
    # "à juillet 2023" reads badly: a month or a year is "à … " only with a day
    end = ("au " + last) if facts.last.count("-") == 2 else ("à " + last)
    return f"{start} {end}"


def counts_text(facts: BookFacts) -> str:
    parts = [
        _plural(facts.articles, "article", "articles"),
        _plural(facts.stories, "information distincte", "informations distinctes"),
        _plural(facts.outlets, "média ou agence", "médias et agences"),
    ]
    return " · ".join(parts)


def render_front(briefing: Briefing, facts: BookFacts | None = None) -> str:
    """The generated part of the front page: period, counts, edition, downloads.

    The Synthèse's key points and the chapter guide are not repeated here:
    ``docs/index.md`` includes them from the generated Synthèse page.
    """
    facts = facts or book_facts(briefing)
    undated = (
        f" ({_plural(facts.undated, 'article sans date', 'articles sans date')})"
        if facts.undated else ""
    )
    from .news import edition_line

    edition = getattr(briefing, "edition", None)
    number = f" (n° {edition.number})" if edition is not None else ""
    since = edition_line(briefing)
    return "\n".join(
        [
            ":::{container} briefing-front-facts",
            f"**{literal(period_text(facts))}**{literal(undated)}\n",
            f"{literal(counts_text(facts))}\n",
            f"Édition du {literal(facts.edition)}{number}" + (f"\n\n{since}" if since else ""),
            ":::",
            "",
        ]
    )


_TEX = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "%": r"\%",
    "#": r"\#", "_": r"\_", "^": r"\textasciicircum{}", "~": r"\textasciitilde{}",
}


def tex_escape(text: str) -> str:
    """Text for the cover, typeset as written: TeX's special characters are
    escaped and control characters dropped (the title and author are the
    editor's text; no command in them can take effect)."""
    from .myst import clean_text

    return "".join(_TEX.get(c, c) for c in clean_text(text))


def latex_cover(config, facts: BookFacts) -> str:
    """The PDF's cover: title, period covered, counts, edition date; the author
    only when the editor set one. No version number."""
    title = tex_escape(config.project or "Dossier de presse")
    author = tex_escape(config.author) if config.author else ""
    lines = [
        r"\begin{titlepage}",
        r"\centering\sffamily",
        r"\vspace*{5cm}",
        r"{\Huge\bfseries " + title + r"\par}",
        r"\vspace{1.2cm}",
        r"{\LARGE " + tex_escape(period_text(facts)) + r"\par}",
        r"\vspace{2.5cm}",
        r"{\Large " + tex_escape(counts_text(facts)).replace(" · ", r"\quad·\quad ") + r"\par}",
        r"\vfill",
    ]
    if author:
        lines.append(r"{\Large " + author + r"\par}\vspace{0.8cm}")
    lines += [r"{\large Édition du " + tex_escape(facts.edition) + r"\par}", r"\end{titlepage}"]
    return "\n".join(lines) + "\n"
