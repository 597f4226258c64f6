"""The who's-who page: every person, organisation and place in the news, with
its role(s) and links to the paragraphs that mention it.

Journalists (entity type ``JOURNALIST``: bylines, photo credits,
correspondents) are not actors and are left out. Each actor gets a target
``acteur-<slug>`` (``actor_label(name)``) so chapters can link to it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from ..model import Briefing
from .article import article_label, paragraph_label
from .myst import heading, literal, ref

TYPE_TITLES = (
    ("PER", "Personnes"),
    ("ORG", "Organisations"),
    ("LOC", "Lieux"),
    ("MISC", "Autres noms"),
)
TYPE_NAMES = {"PER": "personne", "ORG": "organisation", "LOC": "lieu", "MISC": "autre"}


def actor_slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


def actor_label(name: str) -> str:
    """Target of an actor on the who's-who page: ``acteur-<slug>``."""
    return "acteur-" + actor_slug(name)


def render_actors(briefing: Briefing) -> dict[str, str]:
    """{"acteurs.md": MyST text} for the who's-who page."""
    titles = {a.id: a.title or a.source for a in briefing.articles}
    # (type, name) -> roles, [(article id, paragraph ids)]
    roles: dict[tuple[str, str], list[str]] = defaultdict(list)
    mentions: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for a in briefing.articles:
        for e in a.entities:
            if e.type not in TYPE_NAMES:
                continue
            key = (e.type, e.name)
            if e.role and actor_slug(e.role) not in {actor_slug(r) for r in roles[key]}:
                roles[key].append(e.role)
            mentions[key].append((a.id, e.mentions))
    out = [
        "(acteurs)=",
        "# Acteurs",
        "",
        "Les personnes, organisations et lieux nommés dans les articles, sous un nom "
        "canonique, avec le rôle que leur donne le texte et les paragraphes qui les "
        "mentionnent. Les journalistes signataires n’y figurent pas.",
        "",
    ]
    used: set[str] = set()
    for etype, title in TYPE_TITLES:
        keys = sorted((k for k in mentions if k[0] == etype),
                      key=lambda k: (-sum(len(m) or 1 for _, m in mentions[k]), actor_slug(k[1])))
        if not keys:
            continue
        out.append(f"## {title}\n")
        for key in keys:
            name = key[1]
            label = actor_label(name)
            if label in used:  # same slug, other type: keep targets unique
                label = f"{label}-{etype.lower()}"
            used.add(label)
            out.append(heading(3, name, label))
            line = f"*{TYPE_NAMES[etype]}*"
            if roles[key]:
                line += " — " + " ; ".join(literal(r) for r in roles[key])
            out.append(line + "\n")
            for aid, pids in mentions[key]:
                links = ", ".join(ref(paragraph_label(aid, pid), f"§{pid[1:] if pid[:1] == 'p' else pid}") for pid in pids)
                out.append(f"- {ref(article_label(aid), titles[aid])} : {links}")
            out.append("")
    if len(out) == 6:
        out.append("*Aucun acteur extrait (analyse désactivée ou articles vides).*\n")
    return {"acteurs.md": "\n".join(out)}
