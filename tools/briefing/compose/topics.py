"""Topics: the editor's (from topics.yaml) or discovered, assigned per paragraph.

The topics.yaml format is documented at the top of ``topic_config.py``
(``topics:`` list of ``id``, ``label``, ``description``, ``terms``).

An editor's topic takes a paragraph when one of its seed terms occurs in it,
or when the paragraph's TF-IDF vector is close to the topic's profile (the
mean of the paragraphs its terms found, plus its label, description and
terms). So one article can feed several chapters, and a paragraph that speaks
of a topic in other words than the seed terms still joins it.

Without a topic file (or with a malformed one) topics are discovered: see
``discovery``. ``suggest_topics_config`` prints what discovery finds as a
topics.yaml the editor can start from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from ..config import BriefingConfig
from ..model import Article, Problem
from .corpus import CorpusVectors
from .discovery import discover_topics
from .topic_config import TopicSpec, dump_topic_config, load_topic_config, term_pattern
from .vocabulary import fold

#: A paragraph without a seed term joins an editor's topic from this cosine on.
EXPAND_SIMILARITY = 0.35


@dataclass(frozen=True)
class TopicDraft:
    """A topic with its paragraphs, before summaries are chosen."""

    spec: TopicSpec
    discovered: bool
    units: tuple[int, ...]  # paragraph rows of CorpusVectors
    profile: np.ndarray  # L2-normalised TF-IDF vector of what the topic is about
    patterns: tuple[re.Pattern, ...] = ()

    def term_hits(self, folded: str) -> int:
        """How many of the topic's terms occur in a ``vocabulary.fold``-ed text."""
        return sum(1 for p in self.patterns if p.search(folded))


def assign_configured(specs: list[TopicSpec], vectors: CorpusVectors) -> list[TopicDraft]:
    X = vectors.paragraphs
    folded = [fold(u.text) for u in vectors.units]
    drafts = []
    for spec in specs:
        patterns = tuple(term_pattern(t) for t in spec.terms)
        hits = np.array([sum(1 for p in patterns if p.search(f)) for f in folded], dtype=float)
        query = vectors.transform([" ".join([spec.label, spec.description, *spec.terms])])
        profile = np.asarray(query.todense()).ravel()
        seeded = np.flatnonzero(hits > 0)
        if len(seeded):
            profile = profile + np.asarray(X[seeded].mean(axis=0)).ravel()
        profile = normalize(profile.reshape(1, -1)).ravel()
        sim = X @ profile if X.shape[0] else np.zeros(0)
        taken = np.flatnonzero((hits > 0) | (sim >= EXPAND_SIMILARITY)) if len(vectors.units) else []
        drafts.append(TopicDraft(spec, False, tuple(int(i) for i in taken), profile, patterns))
    return drafts


def discovered_drafts(vectors: CorpusVectors, articles: list[Article]) -> list[TopicDraft]:
    found = discover_topics(vectors, [a.id for a in articles])
    return [
        TopicDraft(t.spec, True, t.units, t.profile, tuple(term_pattern(x) for x in t.spec.terms[:3]))
        for t in found
    ]


def topic_drafts(
    articles: list[Article], vectors: CorpusVectors, config: BriefingConfig
) -> tuple[list[TopicDraft], list[Problem]]:
    specs, problems = load_topic_config(Path(config.source_dir), config.topics_file)
    if specs is not None:
        return assign_configured(specs, vectors), problems
    return discovered_drafts(vectors, articles), problems


def suggest_topics_config(config: BriefingConfig) -> str:
    """A topics.yaml, discovered from the corpus, for the editor to start from."""
    from ..analyse import analyse_corpus
    from ..ingest import read_corpus

    source_dir = Path(config.source_dir)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"source folder not found: {source_dir}")
    articles, _ = read_corpus(source_dir, reserved=(config.topics_file, config.metadata_file))
    articles = analyse_corpus(articles, config)
    with threadpool_limits(limits=1):  # see compose_briefing
        vectors = CorpusVectors.build(articles)
        drafts = discovered_drafts(vectors, articles)
    header = (
        f"Topics suggested by `briefing topics --suggest` for {source_dir.name}/ "
        f"({len(articles)} articles, {len(drafts)} topics).\n"
        f"Edit labels, descriptions and terms, drop or merge topics, then save as\n"
        f"{source_dir.name}/{config.topics_file}. Format: see briefing/compose/topic_config.py.\n"
        "Terms match whole words, ignoring case and accents; 'mot*' matches any word starting so."
    )
    specs = [
        TopicSpec(d.spec.id, d.spec.label, d.spec.description, d.spec.terms) for d in drafts
    ]
    return dump_topic_config(specs, header)
