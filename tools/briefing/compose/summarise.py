"""Extractive key points: chapters by relevance (MMR), the Synthèse by salience.

Every key point is a verbatim sentence that can be read alone: a sentence
that leans on what came before ("En réaction, …", "Cette rencontre…", "la
veille"; the rule list is ``rules/dependent_sentences.yaml``) is shown after
the preceding sentence of its paragraph, or not at all (``corpus``).

**Chapters.** A sentence's relevance to a topic is its TF-IDF cosine with the
topic's profile, plus a bonus per seed term it contains, a small one when it
opens its article and a small one when several articles carry it. It is a
candidate only when it shares at least two distinct words or terms with what
defines the topic (its terms and description; for a discovered topic, its
terms and the most characteristic words of its paragraphs): one shared
generic word ("défense", "Asean") is not enough. Selection is greedy MMR:
each step takes the sentence maximising ``λ·relevance − (1−λ)·redundancy``,
where redundancy is its highest cosine with a sentence already taken; a
sentence too close to one already taken (a rewritten copy of the same wire) is
never taken. Identical copies were merged before (``corpus.sentence_candidates``):
one key point cites every article that carries it; and of a story carried by
several outlets, the key points come from its fullest version.

**Synthèse.** Sentences are ranked across the whole corpus, not chapter by
chapter: a sentence of the lead of a story (its chapô, else its first
paragraph) weighs most, then its centrality (how many other stories say
nearly the same: copies of one story count once), the recency of its story,
and its relevance to a chapter. With few stories, the best lead sentence of
every story is taken first; with many, the greedy choice takes at most one
sentence per story first, favouring stories not yet represented and chapters
not yet covered. 5 to 10 points.

**Dates and order.** Every point carries a date: the date the analysis gives
to an expression of the sentence that modifies its main clause, otherwise its
article's date, with its precision. Points are ordered by date, then story by
story, then in the order of the article.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

import numpy as np

from ..model import Article, SummarySentence, stories  # noqa: F401  stories: re-exported
from ..text import fold
from .corpus import Candidate, CorpusVectors
from .topics import TopicDraft

LAMBDA = 0.7
#: Two sentences at least this similar say the same thing: only one is kept.
DUPLICATE_SIMILARITY = 0.55
MIN_RELEVANCE = 0.08
#: A chapter point shares at least this many distinct words or terms with the topic.
MIN_EVIDENCE = 2
#: For a discovered topic (no description), its most characteristic words stand for it.
PROFILE_WORDS = 20
#: Another story says "the same thing" from this cosine on (centrality).
ECHO_SIMILARITY = 0.3
SYNTHESE_LOW, SYNTHESE_HIGH = 5, 10


@dataclass(frozen=True)
class ScoredPoint:
    candidate: Candidate
    relevance: float


def point_count(n_candidates: int) -> int:
    return max(3, min(8, round(2 + math.sqrt(n_candidates))))


# --- relevance to a chapter ------------------------------------------------------------


@dataclass(frozen=True)
class TopicWords:
    """What defines a topic, as words: its terms and its description (or profile) features."""

    features: frozenset[str]
    #: each term of the topic, folded without its "*", with its pattern
    terms: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, draft: TopicDraft, vectors: CorpusVectors) -> TopicWords:
        spec = draft.spec
        words = set(_features(vectors, " ".join([spec.label, spec.description, *spec.terms])))
        if draft.discovered or not spec.description:
            names = vectors.feature_names
            top = np.argsort(-draft.profile, kind="stable")[:PROFILE_WORDS]
            words |= {names[i] for i in top if draft.profile[i] > 0}
        terms = tuple((fold(t).rstrip("*"), p) for t, p in zip(spec.terms, draft.patterns))
        return cls(frozenset(fold(w) for w in words), terms)


@functools.lru_cache(maxsize=1 << 14)
def _words(text: str) -> frozenset[str]:
    """The words of a folded term or feature."""
    return frozenset(re.findall(r"\w+", text))


def _features(vectors: CorpusVectors, text: str) -> list[str]:
    from .vocabulary import features

    return features(text)


def evidence(draft: TopicDraft, words: TopicWords, vectors: CorpusVectors, row: int) -> int:
    """Distinct topic terms and defining words a sentence contains.

    A term is matched as the editor wrote it (``term_hits``); a defining word
    counts when the sentence's analysed features include it and it is not part
    of a term already counted.
    """
    folded = vectors.folded_sentences[row]
    hit_terms = {t for t, p in words.terms if p.search(folded)}
    # nested terms ("défense", "ministre de la Défense") are one piece of evidence
    hit_terms = {t for t in hit_terms if not any(t != u and t in u for u in hit_terms)}
    feats = vectors.folded_features(row)
    term_words = [_words(t) for t in hit_terms]
    extra = {f for f in feats & words.features
             if not any(_words(f) <= tw for tw in term_words)}
    # a multi-word feature and its own words are one piece of evidence
    extra = {f for f in extra if not any(f != g and f in g.split() for g in extra)}
    return len(hit_terms) + len(extra)


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


def overlap(a: Candidate, b: Candidate) -> bool:
    """Whether two points would show the same words (a context sentence is the other point)."""
    if a.unit != b.unit:
        return False
    a0 = a.start if a.context_start is None else a.context_start
    b0 = b.start if b.context_start is None else b.context_start
    return a0 < b.end and b0 < a.end


def _cosines(vectors: CorpusVectors, rows: list[int]) -> np.ndarray:
    """Cosines of the rows' sentences; 1 where two points overlap in their paragraph."""
    if not rows:
        return np.zeros((0, 0))
    S = vectors.sentences[rows]
    sim = np.asarray((S @ S.T).todense())
    by_unit: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        by_unit.setdefault(vectors.candidates[r].unit, []).append(i)
    for same in by_unit.values():
        for i in same:
            for j in same:
                if i != j and overlap(vectors.candidates[rows[i]], vectors.candidates[rows[j]]):
                    sim[i, j] = 1.0
    return sim


def lesser_copies(articles: list[Article]) -> frozenset[str]:
    """Articles that a same-story article is fuller than (``Article.fuller_than``)."""
    return frozenset(x for a in articles for x in a.fuller_than)


def topic_candidates(draft: TopicDraft, vectors: CorpusVectors, lesser: frozenset[str] = frozenset()) -> list[int]:
    """Sentences of the topic's paragraphs that can be read alone.

    A sentence found only in a lesser copy of a story (one that a same-story
    article is fuller than) is left out: what it adds is the outlet's own
    rewording of the same news (its headline, its chapô), which would report
    the story twice. Its sentences shared with the fuller version stay, and
    cite it.
    """
    by_unit = vectors.candidates_by_unit
    rows = sorted({r for i in draft.units for r in by_unit.get(i, ())})
    cands = vectors.candidates
    return [
        r for r in rows
        if cands[r].self_contained and not all(s.article in lesser for s in cands[r].sources)
    ]


def select_points(
    draft: TopicDraft, vectors: CorpusVectors, lesser: frozenset[str] = frozenset()
) -> list[ScoredPoint]:
    words = TopicWords.of(draft, vectors)
    rows = [r for r in topic_candidates(draft, vectors, lesser)
            if evidence(draft, words, vectors, r) >= MIN_EVIDENCE]
    rel = relevance(draft, vectors, rows)
    picked = mmr_select(rows, rel, _cosines(vectors, rows), point_count(len(rows)))
    return [ScoredPoint(vectors.candidates[rows[i]], float(rel[i])) for i in picked]


# --- dates and reading order -----------------------------------------------------------


def _precision_of(iso: str) -> str:
    return ("year", "month", "day")[min(iso.count("-"), 2)]


class ReadingOrder:
    """Dates of sentences, and the sort key: date, then story (same-story group), then position."""

    def __init__(self, articles: list[Article], vectors: CorpusVectors | None = None):
        self.vectors = vectors
        self.rank = {a.id: i for i, a in enumerate(articles)}
        self.articles = {a.id: a for a in articles}
        self.story: dict[str, int] = {}
        for a in articles:
            group = [a.id, *a.same_story]
            self.story[a.id] = min(self.rank.get(x, self.rank[a.id]) for x in group)

    def event_date(self, c: Candidate) -> tuple[str, str] | None:
        """The date the analysis gives to the sentence's main clause, if any.

        An expression inside a subordinate clause ("les attaques menées en
        mars dernier") dates that clause, not the sentence's news.
        """
        if self.vectors is None:
            return None
        unit = self.vectors.units[c.unit]
        sentence = unit.text[c.start:c.end]
        for e in unit.events:
            if e.date and e.precision and e.text in sentence and not e.clause:
                return e.date, e.precision
        return None

    def article_date(self, c: Candidate) -> tuple[str, str] | None:
        dated = [self.articles[s.article] for s in c.sources
                 if s.article in self.articles and self.articles[s.article].date]
        if not dated:
            return None
        a = min(dated, key=lambda a: a.date)
        return a.date, a.date_precision or _precision_of(a.date)

    def sentence_date(self, c: Candidate) -> tuple[str | None, str | None]:
        return self.event_date(c) or self.article_date(c) or (None, None)

    def key(self, c: Candidate) -> tuple:
        first = min(c.sources, key=lambda s: self.rank.get(s.article, 0))
        return (self.sentence_date(c)[0] or "9999", self.story.get(first.article, 0),
                self.rank.get(first.article, 0), c.first_position)


def summary_sentence(c: Candidate, order: ReadingOrder) -> SummarySentence:
    date, precision = order.sentence_date(c)
    context = ""
    if c.context_start is not None and order.vectors is not None:
        unit = order.vectors.units[c.unit]
        context = unit.text[c.context_start:c.start].strip()
    return SummarySentence(c.text, c.sources, date, precision, context)


def to_summary(points: list[Candidate], order: ReadingOrder) -> tuple[SummarySentence, ...]:
    return tuple(summary_sentence(c, order) for c in sorted(points, key=order.key))


# --- the Synthèse: salience across the corpus ------------------------------------------


@dataclass(frozen=True)
class Salience:
    lead: float  # 1 for a sentence of a story's lead, 1.3 for its first sentence
    centrality: int  # other stories saying nearly the same
    recency: float  # 0 (oldest story) … 1 (newest)
    relevance: float  # best relevance to a chapter, clipped to 0…1

    @property
    def score(self) -> float:
        return self.lead + 0.25 * min(self.centrality, 4) + 0.5 * self.recency + 0.3 * self.relevance


def _story_recency(articles: list[Article], story_of: dict[str, int]) -> dict[int, float]:
    newest: dict[int, str] = {}
    for a in articles:
        if a.date:
            s = story_of[a.id]
            newest[s] = max(newest.get(s, ""), a.date)
    ranked = sorted(set(newest.values()))
    if len(ranked) <= 1:
        return {s: 1.0 for s in newest}
    place = {d: i / (len(ranked) - 1) for i, d in enumerate(ranked)}
    return {s: place[d] for s, d in newest.items()}


class _StoriesOf(dict):
    """Candidate row → the stories of its sources (sorted), computed when first
    asked: the Synthèse asks for its pool and their echoes, not every sentence."""

    def __init__(self, cands: list[Candidate], story_of: dict[str, int]) -> None:
        super().__init__()
        self.cands, self.story_of = cands, story_of

    def __missing__(self, row: int) -> list[int]:
        sources = self.cands[row].sources
        if len(sources) == 1:
            got = [self.story_of.get(sources[0].article, -1)]
        else:
            got = sorted({self.story_of.get(s.article, -1) for s in sources})
        self[row] = got
        return got


def executive_points(
    articles: list[Article],
    drafts: list[TopicDraft],
    per_topic: list[list[ScoredPoint]],
    vectors: CorpusVectors,
    lesser: frozenset[str] = frozenset(),
    low: int = SYNTHESE_LOW,
    high: int = SYNTHESE_HIGH,
) -> list[tuple[int | None, Candidate]]:
    """5–10 points chosen by salience across the corpus: (topic index or None, candidate)."""
    story_of = stories(articles)
    n_stories = len(set(story_of.values()))
    recency = _story_recency(articles, story_of)
    cands = vectors.candidates
    chapter_points = {p.candidate.index: t for t, pts in enumerate(per_topic) for p in pts}
    pool = [
        c.index for c in cands
        if c.self_contained and not all(s.article in lesser for s in c.sources)
        and (c.in_lead or c.index in chapter_points)
    ]
    if not pool:
        return []
    # chapter of each pooled sentence: where it is a key point, else the topic it is most relevant to
    unit_topics: dict[int, list[int]] = {}
    for t, d in enumerate(drafts):
        for u in d.units:
            unit_topics.setdefault(u, []).append(t)
    unit_of = {u.ref: u.index for u in vectors.units}
    S = vectors.sentences[pool]
    # every pooled sentence against every topic's profile, in one product
    to_topics = np.asarray(S @ np.vstack([d.profile for d in drafts]).T) if drafts else None
    topic_of: dict[int, int | None] = {}
    best_rel: dict[int, float] = {}
    for i, row in enumerate(pool):
        c = cands[row]
        units = {unit_of[r] for r in c.sources if r in unit_of}
        ts = sorted({t for u in units for t in unit_topics.get(u, [])})
        rels = {t: float(to_topics[i, t]) for t in ts}
        if row in chapter_points:
            topic_of[row] = chapter_points[row]
        else:
            topic_of[row] = max(rels, key=rels.get) if rels else None
        best_rel[row] = min(1.0, max(rels.values(), default=0.0))
    # centrality: other stories with a sentence nearly the same
    sims = (S @ vectors.sentences.T).tocsr()
    cand_story = _StoriesOf(cands, story_of)
    salience: dict[int, Salience] = {}
    for i, row in enumerate(pool):
        c = cands[row]
        own = set(cand_story[row])
        start, end = sims.indptr[i], sims.indptr[i + 1]
        echoes = {
            st for j, v in zip(sims.indices[start:end], sims.data[start:end])
            if v >= ECHO_SIMILARITY for st in cand_story[j]
        } - own - {-1}
        lead = (1.3 if c.first_position == 0 else 1.0) if c.in_lead else 0.0
        rec = max((recency.get(st, 0.0) for st in own), default=0.0)
        salience[row] = Salience(lead, len(echoes), rec, best_rel[row])
    target = max(low, min(high, n_stories + 3))
    ranked = sorted(pool, key=lambda r: (-salience[r].score, cands[r].first_position, r))
    chosen: list[int] = []

    def redundant(row: int) -> bool:
        if not chosen:
            return False
        if any(overlap(cands[row], cands[r]) for r in chosen):
            return True
        v = vectors.sentences[[row]] @ vectors.sentences[chosen].T
        return bool(v.max() >= DUPLICATE_SIMILARITY) if v.nnz else False

    represented: set[int] = set()
    if n_stories <= target:
        # few stories: the best lead sentence of each one
        for row in ranked:
            st = set(cand_story[row])
            if cands[row].in_lead and not st & represented and not redundant(row):
                chosen.append(row)
                represented |= st
    covered = {topic_of[r] for r in chosen}
    while len(chosen) < target:
        def adjusted(row: int) -> float:
            score = salience[row].score
            if set(cand_story[row]) & represented:
                score -= 1.0
            if topic_of[row] is not None and topic_of[row] not in covered:
                score += 0.3
            return score

        best = next(
            (r for r in sorted((r for r in ranked if r not in chosen), key=lambda r: -adjusted(r))
             if not redundant(r)),
            None,
        )
        if best is None:
            break
        chosen.append(best)
        represented |= set(cand_story[best])
        covered.add(topic_of[best])
    return [(topic_of[r], cands[r]) for r in chosen]
