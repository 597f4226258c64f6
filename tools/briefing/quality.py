"""``briefing check``: a plain-text quality report on the cleaned corpus.

Per article: fields that are unknown or derived (and those the editor set),
the lines the cleaner dropped with their reasons, and same-story links; then
the input problems (unreadable files, bad overrides). With ``strict``, the
report fails when a required field is unknown or a file could not be read.
"""

from __future__ import annotations

from collections import Counter

from .model import META_FIELDS, Article, Briefing

#: Fields without which an article cannot be placed or cited.
REQUIRED_FIELDS = ("title", "date")

_PRECISION = {"day": "day", "month": "month only", "year": "year only"}


def _article_section(a: Article, by_id: dict[str, Article]) -> tuple[list[str], list[str]]:
    """(lines of the report, required fields missing)."""
    prov = {name: a.provenance_of(name) for name in META_FIELDS}
    missing = [n for n in META_FIELDS if prov[n] == "unknown"]
    required_missing = [n for n in REQUIRED_FIELDS if n in missing]
    title = a.title or "(no title)"
    lines = [f"{a.id}  [{a.source}]", f"  title ({prov['title']}): {title}"]
    if a.date:
        lines.append(f"  date ({prov['date']}): {a.date} (precision: {_PRECISION.get(a.date_precision or '', '?')})")
    if required_missing:
        lines.append(f"  MISSING required: {', '.join(required_missing)}")
    other_missing = [n for n in missing if n not in REQUIRED_FIELDS]
    if other_missing:
        lines.append(f"  unknown: {', '.join(other_missing)}")
    for label, kind in (("derived", "derived"), ("set by editor", "editor")):
        names = [n for n in META_FIELDS if prov[n] == kind]
        if names:
            lines.append(f"  {label}: {', '.join(names)}")
    kinds = Counter(p.kind for p in a.paragraphs)
    lines.append("  kept: " + ", ".join(f"{k} {kinds[k]}" for k in ("lead", "body", "subheading", "caption") if kinds[k]))
    if a.dropped:
        counts = Counter(d.kind for d in a.dropped)
        lines.append(f"  dropped {len(a.dropped)} line(s): " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
        for d in a.dropped:
            where = f"line {d.line}" if d.line else "line ?"
            text = d.text if len(d.text) <= 90 else d.text[:87] + "..."
            lines.append(f"    {where:>9}  {d.kind:<12} {d.reason}: {text}")
    else:
        lines.append("  dropped: nothing")
    if a.same_story:
        notes = []
        for other in a.same_story:
            if other in a.fuller_than:
                notes.append(f"{other} (this one is fuller)")
            elif other in by_id and a.id in by_id[other].fuller_than:
                notes.append(f"{other} (fuller)")
            else:
                notes.append(other)
        lines.append("  same story as: " + ", ".join(notes))
    return lines, required_missing


def same_story_groups(articles: tuple[Article, ...]) -> list[tuple[str, ...]]:
    seen: set[str] = set()
    groups = []
    for a in articles:
        if a.same_story and a.id not in seen:
            group = tuple(sorted((a.id, *a.same_story)))
            seen.update(group)
            groups.append(group)
    return groups


def check_report(briefing: Briefing, strict: bool) -> tuple[str, bool]:
    """Return (report text, failed). ``failed`` is only ever True with ``strict``."""
    by_id = {a.id: a for a in briefing.articles}
    out: list[str] = [f"briefing check: {len(briefing.articles)} article(s)", ""]
    incomplete: list[tuple[str, list[str]]] = []
    for a in briefing.articles:
        lines, required_missing = _article_section(a, by_id)
        out.extend(lines)
        out.append("")
        if required_missing:
            incomplete.append((a.id, required_missing))
    groups = same_story_groups(briefing.articles)
    out.append(f"same-story groups: {len(groups)}")
    for g in groups:
        out.append("  " + " = ".join(g))
    unreadable = [p for p in briefing.problems if p.kind == "unreadable"]
    if briefing.problems:
        out.append(f"input problems: {len(briefing.problems)}")
        for p in briefing.problems:
            out.append(f"  {p.location}: [{p.kind}] {p.message}")
    dropped = sum(len(a.dropped) for a in briefing.articles)
    derived = sum(1 for a in briefing.articles for n in META_FIELDS if a.provenance_of(n) == "derived")
    out.append(
        f"summary: {len(briefing.articles)} articles, {len(incomplete)} missing a required field "
        f"({', '.join(REQUIRED_FIELDS)}), {derived} derived field(s), {dropped} dropped line(s), "
        f"{len(unreadable)} unreadable file(s)"
    )
    failed = strict and bool(incomplete or unreadable)
    if strict:
        if failed:
            for aid, names in incomplete:
                out.append(f"FAIL {aid}: missing {', '.join(names)} (set it in the front matter or the metadata file)")
            for p in unreadable:
                out.append(f"FAIL {p.location}: unreadable")
        else:
            out.append("strict: every article has its required fields")
    return "\n".join(out), failed
