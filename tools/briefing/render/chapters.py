"""Topic chapters and the executive summary ("Synthèse") as MyST pages.

Every key point is one list item inside a ``briefing-points`` container: the
date in bold, then the verbatim sentence (as literal text; a sentence that
cannot be read alone comes after the preceding sentence of its paragraph),
then its citation, then one "¶" link per source paragraph. The chronology (``briefing-chronology``) and the
quotes (``briefing-quotes``) follow the same pattern. Article text always goes
through ``literal()``. What a page shows is compose's choice (no event or
quote repeating a key point, copies of one event grouped: ``Topic``); render
only writes it. A chronology entry shows what its date dates — the clause or
the sentence — with the date expression in bold, never the bare expression.
"""

from __future__ import annotations

from collections import defaultdict

from ..keys import event_key, quote_key, sentence_key
from ..model import Article, Briefing, Event, EventGroup, Quote, SourceRef, SummarySentence, Topic
from .actors import actor_labels
from .article import article_label, paragraph_label
from .french import format_date
from .myst import cite_p, literal, ref

CHAPTERS_DIR = "chapitres"

_PRECISION = {"day": "", "month": " (au mois près)", "year": " (à l’année près)"}


def topic_label(tid: str) -> str:
    return f"briefing-topic-{tid}"


def topic_docname(tid: str) -> str:
    return f"{CHAPTERS_DIR}/{tid}"


def _unique(items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def sources_md(sources) -> str:
    """Citation of every article, then a "¶" link to each exact paragraph."""
    keys = _unique(s.article for s in sources)
    links = " ".join(ref(paragraph_label(s.article, s.paragraph), "¶") for s in _unique(sources))
    return f"{cite_p(*keys)} {links}"


def date_text(date: str | None, precision: str | None) -> str:
    """'2 juin 2013', 'juillet 2023', '2019', 'semaine du 7 juillet 2014', or 'date inconnue'."""
    if not date:
        return "date inconnue"
    if precision == "week":
        return "semaine du " + format_date(date)
    return format_date(date)


def highlighted(text: str, expression: str) -> str:
    """``text`` as literal MyST with its first occurrence of ``expression`` in bold."""
    i = text.find(expression) if expression else -1
    if i < 0:
        return literal(text)
    before, after = text[:i], text[i + len(expression):]
    out = literal(before)
    if out and before[-1:].isspace():
        out += " "
    out += "**" + literal(expression) + "**"
    tail = literal(after)
    if tail:
        out += (" " if after[:1].isspace() else "") + tail
    return out


def sourcing_md(s: SummarySentence) -> str:
    """How many other stories confirm the point (with a "¶" link to each), and its caveats."""
    n = len(s.corroborated_by)
    if n:
        links = " ".join(ref(paragraph_label(r.article, r.paragraph), "¶") for r in s.corroborated_by)
        what = f"confirmé par {n} autre{'s' if n > 1 else ''} source{'s' if n > 1 else ''} {links}"
    else:
        what = "source unique"
    if s.anonymous:
        what += " ; repose sur une source anonyme"
    if s.relayed_from:
        what += f" ; rapporté d’après {literal(s.relayed_from)}"
    return f" *({what})*"


#: the mark of what is new since the previous edition (a badge on the site, text in the PDF)
NEW_BADGE = "{bdg-success}`Nouveau`"


def _badge(new: bool) -> str:
    return f" {NEW_BADGE}" if new else ""


def new_keys(briefing: Briefing, kind: str) -> frozenset[str]:
    """Keys of the points, events or quotes new in this edition (``editions.Edition``)."""
    edition = briefing.edition
    return getattr(edition, f"new_{kind}", frozenset()) if edition is not None else frozenset()


def point_md(s: SummarySentence, extra: str = "", new: bool = False) -> str:
    """A key point: its date in bold, the verbatim text (context sentence first), its sources,
    then how it is corroborated, and "Nouveau" when it is new in this edition."""
    return (f"- **{literal(date_text(s.date, s.date_precision))}** — {literal(s.shown)} "
            f"{sources_md(s.sources)}{sourcing_md(s)}{extra}{_badge(new)}")


def points_block(sentences, extras=None, new: frozenset[str] = frozenset()) -> str:
    if not sentences:
        return "Aucun point clé n’a pu être extrait.\n"
    extras = extras or [""] * len(sentences)
    items = "\n".join(point_md(s, x, sentence_key(s.shown) in new) for s, x in zip(sentences, extras))
    return f":::{{container}} briefing-points\n{items}\n:::\n"


def _date_text(event: Event) -> str:
    if event.precision == "week" and event.date:
        return "semaine du " + format_date(event.date)
    return format_date(event.date) + _PRECISION.get(event.precision or "day", "")


def event_items(groups: tuple[EventGroup, ...], new: frozenset[str] = frozenset()) -> list[str]:
    """One list item per event group (copies of one event cite every carrier).

    The item shows what the date dates — the subordinate clause the
    expression belongs to, else its sentence — with the expression in bold.
    """
    items = []
    for group in groups:
        event = group[0][0]
        sources = [SourceRef(aid, e.paragraph) for e, aid in group]
        what = highlighted(event.dated_text, event.text)
        fresh = event_key(event) in new
        items.append(f"- **{literal(_date_text(event))}** — {what} {sources_md(sources)}{_badge(fresh)}")
    return items


def chronology_block(topic: Topic, new: frozenset[str] = frozenset()) -> str:
    items = event_items(topic.chronology, new)
    if not items:
        return (
            "Aucun autre événement daté n’a été extrait des paragraphes de ce chapitre "
            "(l’analyse linguistique repère les dates ; les points clés portent la leur, "
            "et les articles sont classés par date plus bas).\n"
        )
    return ":::{container} briefing-chronology\n" + "\n".join(items) + "\n:::\n"


def quotes_block(topic: Topic, new: frozenset[str] = frozenset()) -> str:
    groups: dict[str, list[tuple[Quote, str]]] = defaultdict(list)
    for qa in topic.quotes:  # compose left out the quotes repeating a key point
        groups[quote_key(qa[0].text)].append(qa)
    if not groups:
        return "Aucune citation n’a été relevée en dehors des points clés.\n"
    items = []
    for group in groups.values():
        quote = group[0][0]
        speaker = next((q.speaker for q, _ in group if q.speaker), None)
        who = literal(speaker) if speaker else "*locuteur non identifié*"
        sources = [SourceRef(aid, q.paragraph) for q, aid in group]
        if quote.kind == "reported":
            # reported speech is the article's own sentence, never shown as a quotation
            items.append(f"- *Propos rapportés :* {literal(quote.text)} — {who} {sources_md(sources)}")
            continue
        text = literal(quote.text.strip(" «»“”\"\u00a0"))
        items.append(f"- « {text} » — {who} {sources_md(sources)}{_badge(quote_key(quote.text) in new)}")
    return ":::{container} briefing-quotes\n" + "\n".join(items) + "\n:::\n"


def actors_block(topic: Topic, labels: dict[str, str]) -> str:
    """The topic's actors, each linked to its who's-who entry."""
    if not topic.actors:
        return "Aucun acteur n’a été identifié (l’analyse linguistique repère les personnes et organisations).\n"
    names = [ref(labels[a], a) if a in labels else literal(a) for a in topic.actors]
    return ", ".join(names) + ".\n"


def _article_title(a: Article) -> str:
    return a.title or f"Article sans titre ({a.source})"


def articles_block(topic: Topic, briefing: Briefing) -> str:
    counts: dict[str, int] = defaultdict(int)
    for r in topic.paragraphs:
        counts[r.article] += 1
    by_id = {a.id: a for a in briefing.articles}  # briefing.article() scans: quadratic on a large corpus
    arts = [by_id[aid] for aid in topic.articles]
    arts.sort(key=lambda a: (a.date or "9999", a.id))
    new = new_articles(briefing)
    lines = []
    for a in arts:
        n = counts[a.id]
        date = literal(format_date(a.date)) if a.date else "date inconnue"
        lines.append(
            f"- {ref(article_label(a.id), _article_title(a))} — {date} {cite_p(a.id)} "
            f"({n} paragraphe{'s' if n > 1 else ''}){_badge(a.id in new)}"
        )
    return "\n".join(lines) + "\n"


def new_articles(briefing: Briefing) -> frozenset[str]:
    edition = briefing.edition
    return frozenset(edition.new_articles) if edition is not None else frozenset()


def _origin(topic: Topic) -> str:
    terms = ", ".join(topic.terms)
    if topic.discovered:
        return f"*Chapitre découvert automatiquement. Mots clés : {literal(terms)}.*\n"
    return f"*Chapitre défini par l’éditeur. Termes de recherche : {literal(terms)}.*\n"


def render_topic(topic: Topic, briefing: Briefing, actor_targets: dict[str, str]) -> str:
    n = len(topic.articles)
    parts = [
        f"({topic_label(topic.id)})=\n# {literal(topic.title)}\n",
        (literal(topic.description) + "\n") if topic.description else "",
        _origin(topic),
        f"Ce chapitre s’appuie sur {len(topic.paragraphs)} paragraphes de {n} article{'s' if n > 1 else ''}. "
        "Chaque point clé est une phrase recopiée telle quelle (précédée de la phrase qui la précède "
        "quand elle ne se comprend pas seule), datée et classée par date ; le lien « ¶ » ouvre le "
        "paragraphe source.\n",
        "## Points clés\n",
        points_block(topic.summary, new=new_keys(briefing, "points")),
        "## Chronologie\n",
        chronology_block(topic, new_keys(briefing, "events")),
        "## Citations\n",
        quotes_block(topic, new_keys(briefing, "quotes")),
        "## Acteurs\n",
        actors_block(topic, actor_targets),
        "## Articles\n",
        articles_block(topic, briefing),
    ]
    return "\n".join(p for p in parts if p)


def _topic_of(sentence: SummarySentence, topics: tuple[Topic, ...]) -> Topic | None:
    for t in topics:
        if t.id == sentence.topic:
            return t
    for t in topics:
        if any(s.text == sentence.text for s in t.summary):
            return t
    return None


def render_synthese(briefing: Briefing) -> str:
    n_art, n_top = len(briefing.articles), len(briefing.topics)
    extras = []
    for s in briefing.executive_summary:
        t = _topic_of(s, briefing.topics)
        extras.append(f" — {ref(topic_label(t.id), t.title)}" if t else "")
    guide = []
    for t in briefing.topics:
        n = len(t.articles)
        desc = f" — {literal(t.description)}" if t.description and not t.discovered else ""
        guide.append(f"- {ref(topic_label(t.id), t.title)}{desc} ({n} article{'s' if n > 1 else ''})")
    return "\n".join(
        [
            "(briefing-synthese)=\n# Synthèse\n",
            f"Les points essentiels des {n_art} articles du dossier, classés par date : l’ouverture "
            "de chaque affaire d’abord, puis ce que plusieurs sources rapportent, les faits les plus "
            f"récents et de quoi couvrir ses {n_top} chapitres. "
            "Chaque phrase est recopiée telle quelle d’un article : la citation donne sa source, "
            "le lien « ¶ » ouvre le paragraphe exact, et le chapitre dont elle relève suit.\n",
            "## Points clés\n",
            points_block(briefing.executive_summary, extras, new_keys(briefing, "points")),
            "## Guide des chapitres\n",
            ("\n".join(guide) + "\n") if guide else "Aucun chapitre.\n",
        ]
    )


def render_chapters_index(briefing: Briefing) -> str:
    topics = briefing.topics
    if not topics:
        return "(briefing-chapitres)=\n# Chapitres\n\nAucun chapitre.\n"
    discovered = all(t.discovered for t in topics)
    intro = (
        "Aucun fichier de thèmes n’a été fourni : les chapitres ont été découverts "
        "automatiquement dans le corpus et portent ses expressions les plus caractéristiques."
        if discovered
        else "Les chapitres suivent les thèmes définis par l’éditeur du dossier."
    )
    fed = {aid for t in topics for aid in t.articles}
    left = [a for a in briefing.articles if a.id not in fed]
    out = [
        "(briefing-chapitres)=\n# Chapitres\n",
        intro + " Un article peut nourrir plusieurs chapitres : les thèmes sont attribués paragraphe par paragraphe.\n",
        ":::{toctree}\n:maxdepth: 1\n\n" + "\n".join(t.id for t in topics) + "\n:::\n",
    ]
    if left:
        out.append("## Articles hors chapitres\n")
        out.append("\n".join(f"- {ref(article_label(a.id), _article_title(a))}" for a in left) + "\n")
    return "\n".join(out)


def render_chapters(briefing: Briefing) -> dict[str, str]:
    files = {
        "synthese.md": render_synthese(briefing),
        f"{CHAPTERS_DIR}/index.md": render_chapters_index(briefing),
    }
    actor_targets = actor_labels(briefing)
    for t in briefing.topics:
        files[topic_docname(t.id) + ".md"] = render_topic(t, briefing, actor_targets)
    return files
