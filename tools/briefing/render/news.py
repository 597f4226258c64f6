"""The "Nouveautés" page: what this edition adds to the previous one, cited.

New stories (the articles of one story in one entry, every outlet cited),
updated articles and what moved in them, then the new key points, dated
events and quotes, each with its citation and "¶" links. The front page
carries a one-line summary (``edition_line``).
"""

from __future__ import annotations

from ..keys import event_key, quote_key, sentence_key
from ..model import Briefing, Topic, stories
from .article import article_label
from .chapters import NEW_BADGE, _article_title, event_items, new_keys, points_block, quotes_block
from .french import format_date
from .myst import cite_p, literal, ref

NEWS_DOC = "nouveautes"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _new_points(briefing: Briefing):
    keys = new_keys(briefing, "points")
    seen, out = set(), []
    for s in [*briefing.executive_summary, *(p for t in briefing.topics for p in t.summary)]:
        k = sentence_key(s.shown)
        if k in keys and k not in seen:
            seen.add(k)
            out.append(s)
    return sorted(out, key=lambda s: (s.date or "9999", s.text))


def _new_events(briefing: Briefing):
    keys = new_keys(briefing, "events")
    return tuple(g for g in briefing.chronology if g[0][0].date and event_key(g[0][0]) in keys)


def _new_quotes(briefing: Briefing):
    keys = new_keys(briefing, "quotes")
    seen, out = set(), []
    for t in briefing.topics:
        for q, aid in t.quotes:
            if quote_key(q.text) in keys and (quote_key(q.text), aid, q.paragraph) not in seen:
                seen.add((quote_key(q.text), aid, q.paragraph))
                out.append((q, aid))
    return out


def _story_groups(briefing: Briefing, ids) -> list[list[str]]:
    story = stories(list(briefing.articles))
    groups: dict[int, list[str]] = {}
    for aid in ids:
        groups.setdefault(story.get(aid, -1 - len(groups)), []).append(aid)
    return list(groups.values())


def counts(briefing: Briefing) -> dict[str, int]:
    e = briefing.edition
    return {
        "articles": len(e.new_articles),
        "stories": len(_story_groups(briefing, e.new_articles)),
        "updated": len(e.updated_articles),
        "points": len(_new_points(briefing)),
        "events": len(event_items(_new_events(briefing))),  # copies of one event: one entry
        "quotes": len({quote_key(q.text) for q, _ in _new_quotes(briefing)}),
    }


def summary_text(briefing: Briefing) -> str:
    """"2 articles (1 information), 3 points clés, 4 dates et 2 citations nouveaux"."""
    c = counts(briefing)
    parts = []
    if c["articles"]:
        parts.append(_plural(c["articles"], "nouvel article", "nouveaux articles")
                     + f" ({_plural(c['stories'], 'information', 'informations')})")
    if c["updated"]:
        parts.append(_plural(c["updated"], "article mis à jour", "articles mis à jour"))
    parts.append(_plural(c["points"], "nouveau point clé", "nouveaux points clés"))
    parts.append(_plural(c["events"], "nouvelle date", "nouvelles dates"))
    parts.append(_plural(c["quotes"], "nouvelle citation", "nouvelles citations"))
    return ", ".join(parts[:-1]) + " et " + parts[-1]


def edition_line(briefing: Briefing) -> str:
    """The front page's line: "Depuis l’édition 1 (2 juin 2026) : … — voir Nouveautés."."""
    e = briefing.edition
    if e is None or e.previous is None:
        return ""
    n, date = e.previous
    return (f"Depuis l’édition {n} ({literal(format_date(date))}) : {literal(summary_text(briefing))} "
            f"— {ref('briefing-nouveautes', 'voir les nouveautés')}.")


def article_edition_note(briefing: Briefing, aid: str) -> str:
    """On an article's page: new in this edition, or updated (and what moved)."""
    e = briefing.edition
    if e is None or e.previous is None:
        return ""
    if aid in e.new_articles:
        return f"{NEW_BADGE} Article ajouté dans l’édition {e.number}.\n"
    for uid, added, changed, removed in e.updated_articles:
        if uid == aid:
            return f"*Mis à jour dans l’édition {e.number} : {_moved(added, changed, removed)}.*\n"
    return ""


def _moved(added: int, changed: int, removed: int) -> str:
    parts = []
    if added:
        parts.append(_plural(added, "paragraphe ajouté", "paragraphes ajoutés"))
    if changed:
        parts.append(_plural(changed, "paragraphe modifié", "paragraphes modifiés"))
    if removed:
        parts.append(_plural(removed, "paragraphe retiré", "paragraphes retirés"))
    return ", ".join(parts) or "données de l’article modifiées"


def render_news(briefing: Briefing) -> dict[str, str]:
    e = briefing.edition
    head = "(briefing-nouveautes)=\n"
    if e is None:
        return {NEWS_DOC + ".md": head + "# Nouveautés\n\nCe dossier n’est pas comparé à une édition précédente.\n"}
    title = f"# Nouveautés de l’édition {e.number}\n"
    if e.previous is None:
        return {NEWS_DOC + ".md": head + title + (
            f"\nPremière édition du dossier, datée du {literal(format_date(e.date))} : il n’y a pas "
            "d’édition précédente à laquelle la comparer.\n")}
    n, date = e.previous
    parts = [
        head + title,
        f"Édition du {literal(format_date(e.date))}. Depuis l’édition {n} du "
        f"{literal(format_date(date))} : {literal(summary_text(briefing))}. Ailleurs dans le "
        "dossier, ces éléments portent la mention « Nouveau ». Un article déjà présent dont le "
        "texte a changé est « mis à jour », non nouveau.\n",
        "## Articles\n",
    ]
    by_id = {a.id: a for a in briefing.articles}
    lines = []
    for group in _story_groups(briefing, e.new_articles):
        arts = sorted((by_id[i] for i in group), key=lambda a: (-len(a.paragraphs), a.id))
        first = arts[0]
        date_txt = literal(format_date(first.date)) if first.date else "date inconnue"
        others = "".join(f", {ref(article_label(a.id), 'autre version')}" for a in arts[1:])
        lines.append(f"- {ref(article_label(first.id), _article_title(first))} — {date_txt} "
                     f"{cite_p(*(a.id for a in arts))}{others}")
    for aid, added, changed, removed in e.updated_articles:
        a = by_id[aid]
        lines.append(f"- {ref(article_label(aid), _article_title(a))} {cite_p(aid)} — mis à jour : "
                     f"{_moved(added, changed, removed)}")
    parts.append(("\n".join(lines) + "\n") if lines else "Aucun nouvel article.\n")
    parts.append("## Points clés\n")
    points = _new_points(briefing)
    parts.append(points_block(points) if points else "Aucun nouveau point clé.\n")
    parts.append("## Chronologie\n")
    events = event_items(_new_events(briefing))
    parts.append((":::{container} briefing-chronology\n" + "\n".join(events) + "\n:::\n")
                 if events else "Aucune nouvelle date.\n")
    parts.append("## Citations\n")
    quotes = _new_quotes(briefing)
    parts.append(quotes_block(Topic(id=NEWS_DOC, title="", quotes=tuple(quotes))) if quotes
                 else "Aucune nouvelle citation.\n")
    return {NEWS_DOC + ".md": "\n".join(parts)}
