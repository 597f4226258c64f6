"""The global "Chronologie" page: every dated event of the corpus, by year.

Each entry shows what its date dates (the subordinate clause the expression
belongs to, else its sentence) with the expression in bold, the citation of
every article that carries it (a wire copy is one entry) and a "¶" link to
each paragraph.
"""

from __future__ import annotations

from itertools import groupby

from ..model import Briefing
from .chapters import event_items, new_keys
from .french import month_title

TIMELINE_DOC = "chronologie"


#: Most events shown on one page: a larger chronology is split by decade, a
#: decade with more by year, a year with more by month, so that one added article rewrites the page of its
#: month, not one page holding every event of the corpus.
MAX_EVENTS = 400

_INTRO = (
    "Tous les événements datés du dossier, du plus ancien au plus récent. Chaque entrée "
    "recopie la proposition ou la phrase que la date situe, l’expression de date en gras ; "
    "la date est celle que donne le texte, rapportée à la date de l’article quand elle est "
    "relative (« jeudi », « en mars dernier »), avec sa précision. Un événement rapporté par "
    "plusieurs médias n’apparaît qu’une fois et cite chacun d’eux ; le lien « ¶ » ouvre le "
    "paragraphe.\n"
)


def _block(briefing: Briefing, events: list) -> str:
    items = event_items(events, new=new_keys(briefing, "events"))
    return (":::{container} briefing-chronology\n" + "\n".join(items) + "\n:::\n") if items else ""


def _toctree(entries: list[str]) -> str:
    return ":::{toctree}\n:maxdepth: 1\n\n" + "\n".join(entries) + "\n:::\n"


def _month(group) -> str:
    date = group[0][0].date
    return date[:7] if len(date) >= 7 else f"{date[:4]}-annee"


def _year_title(month_key: str, year: str) -> str:
    return month_title(month_key) if not month_key.endswith("annee") else f"{year} (mois inconnu)"


def _sections(briefing: Briefing, events: list, key, title) -> str:
    return "".join(f"## {title(k)}\n\n" + _block(briefing, list(g)) + "\n"
                   for k, g in groupby(events, key=key))


def _split(briefing: Briefing, events: list) -> dict[str, str]:
    """chronologie.md lists the decades; a decade page holds its events under
    year headings, or (over MAX_EVENTS) lists its year pages; a year page holds
    its events under month headings, or lists its month pages. Page names are
    dates only, and a page that lists other pages carries no count: an added
    event changes the page of its decade, year or month, not the pages above."""
    files, decades = {}, []
    year_of = lambda g: g[0][0].date[:4]  # noqa: E731
    for decade, dgroup in groupby(events, key=lambda g: g[0][0].date[:3]):
        dgroup = list(dgroup)
        dkey = f"annees-{decade}0"  # never a year's name: the decade 2010 holds the year 2010
        decades.append(f"{TIMELINE_DOC}/{dkey}")
        head = f"(briefing-chronologie-{dkey})=\n# Chronologie — années {decade}0\n\n"
        if len(dgroup) <= MAX_EVENTS:
            count = f"{len(dgroup)} événement{'s' if len(dgroup) > 1 else ''}.\n\n"
            files[f"{TIMELINE_DOC}/{dkey}.md"] = head + count + _sections(briefing, dgroup, year_of, str)
            continue
        years = []
        for year, group in groupby(dgroup, key=year_of):
            group = list(group)
            years.append(year)
            yhead = f"(briefing-chronologie-{year})=\n# Chronologie — {year}\n\n"
            if len(group) <= MAX_EVENTS:
                files[f"{TIMELINE_DOC}/{year}.md"] = yhead + f"{len(group)} événements.\n\n" + _sections(
                    briefing, group, _month, lambda m, y=year: _year_title(m, y))
                continue
            months = [(m, list(g)) for m, g in groupby(group, key=_month)]
            files[f"{TIMELINE_DOC}/{year}.md"] = yhead + "Les événements de l’année, par mois.\n\n" + _toctree(
                [m for m, _ in months])
            for m, g in months:
                files[f"{TIMELINE_DOC}/{m}.md"] = (
                    f"(briefing-chronologie-{m})=\n# Chronologie — {_year_title(m, year)}\n\n" + _block(briefing, g))
        files[f"{TIMELINE_DOC}/{dkey}.md"] = head + "Les événements de la décennie, par année.\n\n" + _toctree(years)
    files[TIMELINE_DOC + ".md"] = (
        "(briefing-chronologie)=\n# Chronologie\n\n" + _INTRO + "\n"
        "Les événements sont classés par décennie.\n\n" + _toctree(decades)
    )
    return files


def render_timeline(briefing: Briefing) -> dict[str, str]:
    events = list(briefing.chronology)
    if len(events) > MAX_EVENTS:
        return _split(briefing, events)
    parts = ["(briefing-chronologie)=\n# Chronologie\n", _INTRO]
    if not events:
        parts.append("Aucun événement daté n’a été extrait des articles.\n")
    for year, group in groupby(events, key=lambda g: g[0][0].date[:4]):
        block = _block(briefing, list(group))
        if block:
            parts.append(f"## {year}\n")
            parts.append(block)
    return {TIMELINE_DOC + ".md": "\n".join(parts)}
