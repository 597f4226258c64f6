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

TIMELINE_DOC = "chronologie"


def render_timeline(briefing: Briefing) -> dict[str, str]:
    events = briefing.chronology
    parts = [
        "(briefing-chronologie)=\n# Chronologie\n",
        "Tous les événements datés du dossier, du plus ancien au plus récent. Chaque entrée "
        "recopie la proposition ou la phrase que la date situe, l’expression de date en gras ; "
        "la date est celle que donne le texte, rapportée à la date de l’article quand elle est "
        "relative (« jeudi », « en mars dernier »), avec sa précision. Un événement rapporté par "
        "plusieurs médias n’apparaît qu’une fois et cite chacun d’eux ; le lien « ¶ » ouvre le "
        "paragraphe.\n",
    ]
    if not events:
        parts.append("Aucun événement daté n’a été extrait des articles.\n")
    for year, groups in groupby(events, key=lambda g: g[0][0].date[:4]):
        items = event_items(tuple(groups), new=new_keys(briefing, "events"))
        if items:
            parts.append(f"## {year}\n")
            parts.append(":::{container} briefing-chronology\n" + "\n".join(items) + "\n:::\n")
    return {TIMELINE_DOC + ".md": "\n".join(parts)}
