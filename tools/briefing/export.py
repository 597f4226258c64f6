"""The extracted model as plain JSON-ready data (``briefing export``); records
are written by ``serialise``, the form the analysis cache stores too."""

from __future__ import annotations

from dataclasses import asdict

from .editions import edition_data
from .model import Briefing, SummarySentence, Topic
from .serialise import article_data
from .serialise import summary_data as point_data


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
