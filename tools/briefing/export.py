"""The extracted model as plain JSON-ready data (``briefing export``)."""

from __future__ import annotations

from dataclasses import asdict

from .editions import edition_data
from .model import META_FIELDS, Article, Briefing, SummarySentence, Topic
from .serialise import entity_data, event_data, quote_data
from .serialise import summary_data as point_data


def article_data(a: Article) -> dict:
    return {
        "id": a.id,
        "source": a.source,
        "title": a.title,
        "title_source": a.provenance_of("title"),
        "date": a.date,
        "date_precision": a.date_precision,
        "time": a.time,
        "place": a.place,
        "agency": a.agency,
        "authors": list(a.authors),
        "outlet": a.outlet,
        "language": a.language,
        "provenance": {name: a.provenance_of(name) for name in META_FIELDS},
        "paragraphs": [{"id": p.id, "kind": p.kind, "text": p.text} for p in a.paragraphs],
        "dropped": [{"kind": d.kind, "text": d.text, "reason": d.reason, "line": d.line} for d in a.dropped],
        "same_story": list(a.same_story),
        "fuller_than": list(a.fuller_than),
        "entities": [entity_data(e) for e in a.entities],
        "quotes": [quote_data(q) for q in a.quotes],
        "events": [event_data(e) for e in a.events],
    }


def summary_data(sentences: tuple[SummarySentence, ...]) -> list[dict]:
    return [point_data(s) for s in sentences]


def topic_data(t: Topic) -> dict:
    return {
        "id": t.id,
        "title": t.title,
        "articles": list(t.articles),
        "summary": summary_data(t.summary),
    }


def briefing_data(b: Briefing) -> dict:
    return {
        "articles": [article_data(a) for a in b.articles],
        "topics": [topic_data(t) for t in b.topics],
        "executive_summary": summary_data(b.executive_summary),
        "problems": [asdict(p) for p in b.problems],
        "edition": edition_data(b.edition),
    }
