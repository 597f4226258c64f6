"""Extractive key points: maximal marginal relevance over verbatim sentences.

A sentence's relevance to a topic is its TF-IDF cosine with the topic's
profile, plus a bonus per seed term it contains, a small one when it opens
its article (news copy puts the essential first) and a small one when several
articles carry it. Selection is greedy MMR:
each step takes the sentence maximising ``λ·relevance − (1−λ)·redundancy``,
where redundancy is its highest cosine with a sentence already taken; a
sentence too close to one already taken (a rewritten copy of the same wire) is
never taken. Identical copies were merged before (``corpus.sentence_candidates``):
one key point cites every article that carries it; and of a story carried by
several outlets, the key points come from its fullest version.

The points are then ordered to read well: by date, then story by story
(same-story articles together), then in the order of the article.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..model import Article, SummarySentence
from .corpus import Candidate, CorpusVectors
from .topics import TopicDraft

LAMBDA = 0.7
#: Two sentences at least this similar say the same thing: only one is kept.
DUPLICATE_SIMILARITY = 0.55
MIN_RELEVANCE = 0.08


@dataclass(frozen=True)
class ScoredPoint:
    candidate: Candidate
    relevance: float


def point_count(n_candidates: int) -> int:
    return max(3, min(8, round(2 + math.sqrt(n_candidates))))


def relevance(draft: TopicDraft, vectors: CorpusVectors, rows: list[int]) -> np.ndarray:
    if not rows:
        return np.zeros(0)
    S = vectors.sentences[rows]
    rel = np.asarray(S @ draft.profile).ravel()
    bonus = np.array(
        [
            0.15 * min(draft.term_hits(vectors.folded_sentences[r]), 2)
            + (0.1 if vectors.candidates[r].first_position == 0 else 0.0)
            + 0.05 * min(len({s.article for s in vectors.candidates[r].sources}) - 1, 2)
            for r in rows
        ]
    )
    return rel + bonus


def mmr_select(
    rows: list[int], rel: np.ndarray, sim: np.ndarray, k: int, lam: float = LAMBDA,
    duplicate: float = DUPLICATE_SIMILARITY, min_relevance: float = MIN_RELEVANCE,
) -> list[int]:
    """Indices (into ``rows``) chosen by MMR; ``sim`` is the rows × rows cosine matrix."""
    chosen: list[int] = []
    available = [i for i in range(len(rows)) if rel[i] >= min_relevance]
    while available and len(chosen) < k:
        best, best_score = None, -np.inf
        for i in available:
            redundancy = max((sim[i, j] for j in chosen), default=0.0)
            score = lam * rel[i] - (1 - lam) * redundancy
            if score > best_score + 1e-12:
                best, best_score = i, score
        available.remove(best)
        if any(sim[best, j] >= duplicate for j in chosen):
            continue
        chosen.append(best)
    return chosen


def _cosines(vectors: CorpusVectors, rows: list[int]) -> np.ndarray:
    if not rows:
        return np.zeros((0, 0))
    S = vectors.sentences[rows]
    return np.asarray((S @ S.T).todense())


def lesser_copies(articles: list[Article]) -> frozenset[str]:
    """Articles that a same-story article is fuller than (``Article.fuller_than``)."""
    return frozenset(x for a in articles for x in a.fuller_than)


def topic_candidates(draft: TopicDraft, vectors: CorpusVectors, lesser: frozenset[str] = frozenset()) -> list[int]:
    """Sentences of the topic's paragraphs.

    A sentence found only in a lesser copy of a story (one that a same-story
    article is fuller than) is left out: what it adds is the outlet's own
    rewording of the same news (its headline, its chapô), which would report
    the story twice. Its sentences shared with the fuller version stay, and
    cite it.
    """
    members = {vectors.units[i].ref for i in draft.units}
    return [
        c.index
        for c in vectors.candidates
        if any(s in members for s in c.sources)
        and not all(s.article in lesser for s in c.sources)
    ]


def select_points(
    draft: TopicDraft, vectors: CorpusVectors, lesser: frozenset[str] = frozenset()
) -> list[ScoredPoint]:
    rows = topic_candidates(draft, vectors, lesser)
    rel = relevance(draft, vectors, rows)
    picked = mmr_select(rows, rel, _cosines(vectors, rows), point_count(len(rows)))
    return [ScoredPoint(vectors.candidates[rows[i]], float(rel[i])) for i in picked]


class ReadingOrder:
    """Sort key for sentences: date, then story (same-story group), then position."""

    def __init__(self, articles: list[Article]):
        self.rank = {a.id: i for i, a in enumerate(articles)}
        self.date = {a.id: a.date for a in articles}
        self.story: dict[str, int] = {}
        for a in articles:
            group = [a.id, *a.same_story]
            self.story[a.id] = min(self.rank.get(x, self.rank[a.id]) for x in group)

    def sentence_date(self, c: Candidate) -> str | None:
        dates = sorted(d for d in (self.date.get(s.article) for s in c.sources) if d)
        return dates[0] if dates else None

    def key(self, c: Candidate) -> tuple:
        first = min(c.sources, key=lambda s: self.rank.get(s.article, 0))
        return (self.sentence_date(c) or "9999", self.story.get(first.article, 0),
                self.rank.get(first.article, 0), c.first_position)


def to_summary(points: list[Candidate], order: ReadingOrder) -> tuple[SummarySentence, ...]:
    return tuple(
        SummarySentence(c.text, c.sources, order.sentence_date(c))
        for c in sorted(points, key=order.key)
    )


def executive_points(
    per_topic: list[list[ScoredPoint]], vectors: CorpusVectors, low: int = 5, high: int = 10
) -> list[tuple[int, Candidate]]:
    """5–10 points across topics: each topic's best point first, then second-best…

    ``per_topic`` is in chapter order, most important chapters first; the
    result is (topic index, candidate) in chapter order.
    """
    taken: list[tuple[int, Candidate]] = []
    keys: set[str] = set()
    ranked = [sorted(points, key=lambda p: -p.relevance) for points in per_topic]
    for depth in range(max((len(r) for r in ranked), default=0)):
        if len(taken) >= low and depth > 0:
            break
        for t, points in enumerate(ranked):
            if len(taken) >= high:
                break
            if depth >= len(points):
                continue
            c = points[depth].candidate
            if c.key in keys:
                continue
            rows = [x.index for _, x in taken]
            if rows:
                sims = np.asarray((vectors.sentences[[c.index]] @ vectors.sentences[rows].T).todense()).ravel()
                if sims.max() >= DUPLICATE_SIMILARITY:
                    continue
            taken.append((t, c))
            keys.add(c.key)
    return sorted(taken, key=lambda tc: tc[0])
