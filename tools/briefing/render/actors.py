"""The who's-who page: every person, organisation and place in the news, with
its role(s) and links to the paragraphs that mention it.

Journalists (entity type ``JOURNALIST``: bylines, photo credits,
correspondents) are not actors and are left out. Each actor gets a target
``acteur-<slug>`` (``actor_label(name)``) so chapters can link to it.
"""

from __future__ import annotations

from collections import defaultdict

from ..model import Briefing
from ..slugs import ascii_slug
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
    return ascii_slug(name) or "x"


def actor_label(name: str) -> str:
    """Target of an actor on the who's-who page: ``acteur-<slug>``."""
    return "acteur-" + actor_slug(name)


def _collect(briefing: Briefing):
    """(type, name) -> roles and -> [(article id, paragraph ids)], journalists left out."""
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
    return roles, mentions


def _page_order(mentions) -> list[tuple[str, str]]:
    """Actors as the page lists them: by type, most mentioned first."""
    order = []
    for etype, _ in TYPE_TITLES:
        order += sorted((k for k in mentions if k[0] == etype),
                        key=lambda k: (-sum(len(m) or 1 for _, m in mentions[k]), actor_slug(k[1])))
    return order


def _labels(order: list[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """A unique target per actor: ``acteur-<slug>``, then ``-<type>``, then a number."""
    labels: dict[tuple[str, str], str] = {}
    used: set[str] = set()
    for etype, name in order:
        label = actor_label(name)
        if label in used:
            label = f"{label}-{etype.lower()}"
        n = 2
        base = label
        while label in used:
            label = f"{base}-{n}"
            n += 1
        used.add(label)
        labels[(etype, name)] = label
    return labels


def actor_labels(briefing: Briefing) -> dict[str, str]:
    """Name → target of its entry on the who's-who page (its first entry when a
    name has several types), for chapters to link to."""
    _, mentions = _collect(briefing)
    out: dict[str, str] = {}
    for (etype, name), label in _labels(_page_order(mentions)).items():
        out.setdefault(name, label)
    return out


def render_actors(briefing: Briefing) -> dict[str, str]:
    """{"acteurs.md": MyST text} for the who's-who page."""
    titles = {a.id: a.title or a.source for a in briefing.articles}
    roles, mentions = _collect(briefing)
    order = _page_order(mentions)
    labels = _labels(order)
    out = [
        "(acteurs)=",
        "# Acteurs",
        "",
        "Les personnes, organisations et lieux nommés dans les articles, sous un nom "
        "canonique, avec le rôle que leur donne le texte et les paragraphes qui les "
        "mentionnent. Les journalistes signataires n’y figurent pas.",
        "",
    ]
    for etype, title in TYPE_TITLES:
        keys = [k for k in order if k[0] == etype]
        if not keys:
            continue
        out.append(f"## {title}\n")
        for key in keys:
            name = key[1]
            out.append(heading(3, name, labels[key]))
            line = f"*{TYPE_NAMES[etype]}*"
            if roles[key]:
                line += " — " + " ; ".join(literal(r) for r in roles[key])
            out.append(line + "\n")
            for aid, pids in mentions[key]:
                links = ", ".join(ref(paragraph_label(aid, pid), f"§{pid[1:] if pid[:1] == 'p' else pid}") for pid in pids)
                out.append(f"- {ref(article_label(aid), titles[aid])} : {links}")
            out.append("")
    if not order:
        out.append("*Aucun acteur extrait (analyse désactivée ou articles vides).*\n")
    return {"acteurs.md": "\n".join(out)}
