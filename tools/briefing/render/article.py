"""One article → one MyST page: title, metadata with provenance, citation,
labelled paragraphs, and the lines the cleaner dropped."""

from __future__ import annotations

from ..model import META_FIELDS, Article
from ..text import slug as ascii_slug
from ..text import unique_name
from .french import DROPPED_KINDS, FIELD_LABELS, PROVENANCE_LABELS, format_date, french_reason
from .myst import cite_p, heading, literal, ref


def article_label(aid: str) -> str:
    """Target of an article's page: ``art-<readable name>`` (see ``assign_docnames``)."""
    return f"art-{_NAMES.get(aid, aid)}"


def paragraph_label(aid: str, pid: str) -> str:
    return f"art-{_NAMES.get(aid, aid)}-{pid}"


#: article id → readable page name, set by ``assign_docnames`` for the book
#: being rendered (navigation pages only know article ids).
_NAMES: dict[str, str] = {}

_SLUG_WORDS = 60  # characters of title kept in a page name


def readable_name(article: Article) -> str:
    """``2013-06-02-cybersecurite-des-rencontres-regulieres``: date, then the
    title's first words (cut at a word boundary); no id, no hash."""
    date = article.date or "sans-date"
    slug = ascii_slug(article.title or "") or "sans-titre"
    if len(slug) > _SLUG_WORDS:
        cut = slug[: _SLUG_WORDS + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:_SLUG_WORDS]
    return f"{date}-{slug}"


def assign_docnames(articles) -> dict[str, str]:
    """A unique readable page name per article. Names depend only on each
    article's date and title; articles sharing one are told apart by a suffix
    ``-2``, ``-3``… in the order of their ids, so a rebuild gives the same names."""
    names: dict[str, str] = {}
    used: set[str] = set()
    for a in sorted(articles, key=lambda a: a.id):
        names[a.id] = unique_name(readable_name(a), used)
    _NAMES.clear()
    _NAMES.update(names)
    return names


def article_docname(aid: str) -> str:
    return f"articles/{_NAMES.get(aid, aid)}"


def _field_value(article: Article, name: str) -> str:
    value = getattr(article, name)
    if name == "date":
        text = format_date(value)
        if value and article.date_precision:
            text += f" (précision : {_PRECISION[article.date_precision]})"
        return literal(text) if value else "*inconnue*"
    if name == "authors":
        return literal(", ".join(value)) if value else "*inconnus*"
    return literal(value) if value else "*inconnu*"


_PRECISION = {"day": "jour", "month": "mois", "year": "année"}


def render_metadata(article: Article) -> str:
    """The metadata table; column widths are set so that the PDF wraps long
    values inside the page instead of squeezing or overflowing a column.

    A pipe table inside ``{table}``: the same table as a ``list-table`` (header
    row, widths, class), parsed about four times faster — every cell of a
    list-table is a nested Markdown parse, a tenth of the read phase of a
    large corpus. ``literal`` escapes ``|`` like any punctuation."""
    rows = [
        ":::{table}",
        ":widths: 22 53 25",
        ":class: briefing-metadata",
        "",
        "| Champ | Valeur | Provenance |",
        "| --- | --- | --- |",
    ]
    for name in META_FIELDS:
        rows.append(f"| {FIELD_LABELS[name]} | {_field_value(article, name)} "
                    f"| {PROVENANCE_LABELS[article.provenance_of(name)]} |")
    rows += [f"| Fichier source | {literal(article.source)} | — |", ":::"]
    return "\n".join(rows) + "\n"


def render_dropped(article: Article) -> str:
    if not article.dropped:
        return ""
    out = [
        f":::{{dropdown}} Lignes écartées par le nettoyage ({len(article.dropped)})",
        ":class-container: briefing-dropped",
        "",
    ]
    for d in article.dropped:
        where = f"ligne {d.line}" if d.line else "ligne ?"
        kind = DROPPED_KINDS.get(d.kind, d.kind)
        out.append(f"- **{literal(kind)}** ({where}, {literal(french_reason(d))}) : {literal(d.text)}")
    out.append(":::")
    return "\n".join(out) + "\n"


def render_paragraph(aid: str, p) -> str:
    target = f"({paragraph_label(aid, p.id)})=\n"
    if p.kind == "subheading":
        return target + "### " + literal(p.text) + "\n"
    if p.kind == "caption":
        return (
            target
            + ":::{admonition} Légende de photo\n:class: briefing-caption\n\n"
            + literal(p.text)
            + "\n:::\n"
        )
    if p.kind == "lead":
        return target + "**" + literal(p.text) + "**\n"
    return target + literal(p.text) + "\n"


def render_article(article: Article, titles: dict[str, str], fuller: dict[str, tuple[str, ...]],
                   edition_note: str = "") -> str:
    """The MyST page of one article.

    ``titles`` maps article ids to display titles (for same-story links);
    ``fuller`` maps each article id to the ids it is fuller than;
    ``edition_note``: a line saying the article is new or updated in this edition.
    """
    title = article.title or f"Article sans titre ({article.source})"
    parts = [
        heading(1, title, article_label(article.id)),
        edition_note,
        f"Source : {cite_p(article.id)}\n",
        render_metadata(article),
    ]
    if article.same_story:
        items = []
        for other in article.same_story:
            if other in fuller.get(article.id, ()):
                note = "cette page-ci est la version la plus complète"
            elif article.id in fuller.get(other, ()):
                note = "version plus complète"
            else:
                note = "autre version"
            items.append(f"- {ref(article_label(other), titles.get(other, other))} ({note})")
        parts.append("Même dépêche publiée ailleurs :\n\n" + "\n".join(items) + "\n")
    parts.append(render_dropped(article))
    parts.append("## Texte\n")
    for p in article.paragraphs:
        parts.append(render_paragraph(article.id, p))
    return "\n".join(part for part in parts if part)
