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


#: Most events shown on one page: a larger chronology is split by year, and a
#: year with more by month, so that one added article rewrites the page of its
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


def _month(event) -> str:
    date = event[0].date
    return date[:7] if len(date) >= 7 else f"{date[:4]}-annee"


def _split(briefing: Briefing, events: list) -> dict[str, str]:
    """chronologie.md lists the years; chronologie/<year>.md holds the year's
    events under month headings, or lists its month pages chronologie/<year>-<mm>.md."""
    files, years = {}, []
    for year, group in groupby(events, key=lambda ea: ea[0].date[:4]):
        group = list(group)
        doc = f"{TIMELINE_DOC}/{year}"
        years.append(year)
        head = f"(briefing-chronologie-{year})=\n# Chronologie — {year}\n\n{len(group)} événements.\n\n"
        months = [(m, list(g)) for m, g in groupby(group, key=_month)]
        if len(group) <= MAX_EVENTS:
            body = "".join(f"## {month_title(m) if not m.endswith('annee') else year + ' (mois inconnu)'}\n\n"
                           + _block(briefing, g) + "\n" for m, g in months)
            files[doc + ".md"] = head + body
            continue
        files[doc + ".md"] = head + _toctree([m for m, _ in months])
        for m, g in months:
            title = month_title(m) if not m.endswith("annee") else f"{year} (mois inconnu)"
            files[f"{TIMELINE_DOC}/{m}.md"] = (
                f"(briefing-chronologie-{m})=\n# Chronologie — {title}\n\n" + _block(briefing, g))
    files[TIMELINE_DOC + ".md"] = (
        "(briefing-chronologie)=\n# Chronologie\n\n" + _INTRO + "\n"
        f"{len(events)} événements, classés par année.\n\n"
        + _toctree([f"{TIMELINE_DOC}/{y}" for y in years])
    )
    return files


def render_timeline(briefing: Briefing) -> dict[str, str]:
    events = list(briefing.chronology)
    if len(events) > MAX_EVENTS:
        return _split(briefing, events)
    parts = ["(briefing-chronologie)=\n# Chronologie\n", _INTRO]
    if not events:
        parts.append("Aucun événement daté n’a été extrait des articles.\n")
    for year, group in groupby(events, key=lambda ea: ea[0].date[:4]):
        block = _block(briefing, list(group))
        if block:
            parts.append(f"## {year}\n")
            parts.append(block)
    return {TIMELINE_DOC + ".md": "\n".join(parts)}
