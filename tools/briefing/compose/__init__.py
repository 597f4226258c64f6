"""Compose: cross-article work — topic chapters and the executive summary.

``compose_briefing`` vectorises the corpus once (``corpus``), takes the
editor's topics or discovers them (``topics``), and for each topic selects
extractive key points (``summarise``), its dated events, quotes and actors
(``chronology``); the executive summary ranks sentences across the corpus by salience (``summarise``).
Every sentence it outputs is verbatim from a paragraph, with every source
that carries it. It outputs what the pages show (``model.Topic``) and reads no
file: the editor's topics and the stored discovered topics come from the
pipeline, which also stores the new ones.
"""

from __future__ import annotations

from dataclasses import replace

from threadpoolctl import threadpool_limits

from ..config import BriefingConfig
from ..keys import sentence_key
from ..model import Article, Briefing, Problem, Topic
from .chronology import corpus_chronology, topic_actors, topic_chronology, topic_quotes
from .corpus import CorpusVectors
from .corroboration import Corroboration
from .summarise import (
    ReadingOrder, executive_points, lesser_copies, select_points, summary_sentence, to_summary,
)
from .topic_config import TopicSpec
from .topics import TopicDraft, kept_space, topic_drafts


def _topic(draft: TopicDraft, vectors: CorpusVectors, articles: list[Article], points, order) -> Topic:
    refs = [vectors.units[i].ref for i in draft.units]
    fed = {r.article for r in refs}
    summary = to_summary([p.candidate for p in points], order)
    shown = frozenset(sentence_key(x) for s in summary for x in (s.text, s.context) if x)
    return Topic(
        id=draft.spec.id,
        title=draft.spec.label,
        description=draft.spec.description,
        terms=draft.spec.terms,
        articles=tuple(a.id for a in articles if a.id in fed),
        paragraphs=tuple(refs),
        summary=summary,
        chronology=topic_chronology(draft, vectors, articles, shown),
        quotes=topic_quotes(draft, vectors, articles, [s.text for s in summary]),
        actors=topic_actors(draft, vectors, articles),
        discovered=draft.discovered,
    )


def compose_briefing(
    articles: list[Article], config: BriefingConfig, problems: list[Problem],
    specs: list[TopicSpec] | None = None, state: dict | None = None,
) -> Briefing:
    """The briefing of ``articles``: chapters on the editor's topics (``specs``),
    else on discovered ones (kept from the stored ``state`` when given)."""
    return compose(articles, config, problems, specs, state)[0]


def compose(
    articles: list[Article], config: BriefingConfig, problems: list[Problem],
    specs: list[TopicSpec] | None = None, state: dict | None = None, units: dict | None = None,
) -> tuple[Briefing, dict | None]:
    """``compose_briefing``, with the discovered topics to store (None for the
    editor's). ``units``: the paragraphs' sentences and phrases kept from the
    last build (``corpus.analyse_units``), completed here."""
    # Small matrices: BLAS/OpenMP threads cost more than they bring, and on a
    # busy machine k-means with 2 threads ran 20 times slower than with one.
    with threadpool_limits(limits=1):
        return _compose(list(articles), config, problems, specs, state, units)


def _compose(articles: list[Article], config: BriefingConfig, problems: list[Problem],
             specs: list[TopicSpec] | None, state: dict | None,
             units: dict | None = None) -> tuple[Briefing, dict | None]:
    space = kept_space(articles, config, specs, state)
    vectors = CorpusVectors.build(articles, space, units)
    drafts, new_state = topic_drafts(articles, vectors, config, specs, state)
    order = ReadingOrder(articles, vectors)
    drafts = [d for d in drafts if d.units]
    lesser = lesser_copies(articles)
    per_topic = [select_points(d, vectors, lesser) for d in drafts]
    topics = [_topic(d, vectors, articles, pts, order) for d, pts in zip(drafts, per_topic)]
    executive = executive_points(articles, drafts, per_topic, vectors, lesser)
    summary = tuple(
        replace(summary_sentence(c, order), topic=topics[t].id if t is not None else None)
        for t, c in sorted(executive, key=lambda tc: order.key(tc[1]))
    )
    check = Corroboration(articles, vectors)
    check.prepare([*summary, *(s for t in topics for s in t.summary)])
    summary = tuple(check.apply(s) for s in summary)
    topics = [replace(t, summary=tuple(check.apply(s) for s in t.summary)) for t in topics]
    return Briefing(
        articles=tuple(articles),
        topics=tuple(topics),
        executive_summary=summary,
        problems=tuple(problems),
        chronology=corpus_chronology(articles),
    ), new_state


__all__ = ["compose", "compose_briefing"]
