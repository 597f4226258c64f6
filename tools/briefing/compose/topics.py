"""Topics: the editor's (from topics.yaml) or discovered, assigned per paragraph.

The topics.yaml format is documented at the top of ``topic_config.py``
(``topics:`` list of ``id``, ``label``, ``description``, ``terms``).

An editor's topic takes a paragraph when one of its seed terms occurs in it,
or when the paragraph's TF-IDF vector is close to the topic's profile (the
mean of the paragraphs its terms found, plus its label, description and
terms). So one article can feed several chapters, and a paragraph that speaks
of a topic in other words than the seed terms still joins it.

Without a topic file (or with a malformed one) topics are discovered: see
``discovery``. ``topics_suggestion`` writes what discovery finds as a
topics.yaml the editor can start from.

Nothing here reads or writes a file: the pipeline reads the editor's topics
and the stored discovered topics, and stores the new ones (``pipeline``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace

import numpy as np
from threadpoolctl import threadpool_limits

from ..config import BriefingConfig
from ..model import Article
from .corpus import CorpusVectors, l2_normalize as normalize
from .discovery import mean_profile, assign_to_topics, describe, discover_topics
from .topic_config import RESERVED_IDS, TermPattern, TopicSpec, dump_topic_config, term_pattern
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
    patterns: tuple[TermPattern, ...] = ()

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


def _draft(spec: TopicSpec, units, profile) -> TopicDraft:
    return TopicDraft(spec, True, tuple(units), profile, tuple(term_pattern(x) for x in spec.terms[:3]))


def discovered_drafts(vectors: CorpusVectors, articles: list[Article]) -> list[TopicDraft]:
    found = discover_topics(vectors, [a.id for a in articles])
    return [_draft(t.spec, t.units, t.profile) for t in found]


# --- stable discovered topics ------------------------------------------------
#
# Discovered topics are stored in the cache (``pipeline.STATE_FILE``): their id,
# label, terms and member paragraphs, and a fingerprint of every article they
# were computed from. The next build keeps them: paragraphs of known, unchanged
# articles stay in their topics; paragraphs of new or changed articles join the
# closest existing topic; the corpus is vectorised in the TF-IDF space of the
# discovery, stored with the topics (``kept_space``), so a chapter that no new
# article joins stays exactly as it was. Topics are discovered afresh only when the corpus grew
# by more than ``config.topics_regrowth`` since the last discovery, or when the
# editor asks (``briefing topics --rediscover`` forgets the stored topics); even
# then a new topic that mostly covers the articles of an old one keeps the old
# one's id and label, so chapter pages keep their names.

STATE_VERSION = 1
#: A re-discovered topic keeps an old topic's id when they share this much of
#: their articles (Jaccard index).
KEEP_ID_OVERLAP = 0.5


def article_fingerprint(article: Article) -> str:
    data = json.dumps([[p.id, p.text] for p in article.paragraphs], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:24]


def valid_state(state) -> dict | None:
    """The stored topics (parsed JSON) when they have the expected shape, else None."""
    try:
        if state.get("version") != STATE_VERSION or not isinstance(state.get("topics"), list):
            return None
        for t in state["topics"]:
            TopicSpec(str(t["id"]), str(t["label"]), str(t["description"]), tuple(map(str, t["terms"])))
            [(str(a), str(p)) for a, p in t["paragraphs"]]
        return state
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # a broken state: discover afresh


def state_data(drafts: list[TopicDraft], vectors: CorpusVectors,
               articles: list[Article], discovered_with: int) -> dict:
    """The discovered topics to store for the next build."""
    return {
        "version": STATE_VERSION,
        "discovered_with": discovered_with,
        "articles": {a.id: article_fingerprint(a) for a in articles},
        # the TF-IDF space of the discovery, kept until the next one (``kept_space``)
        "space": vectors.space(),
        "topics": [
            {
                "id": d.spec.id,
                "label": d.spec.label,
                "description": d.spec.description,
                "terms": list(d.spec.terms),
                "paragraphs": [[vectors.units[i].ref.article, vectors.units[i].ref.paragraph] for i in d.units],
            }
            for d in drafts
        ],
    }


def _ordered(drafts: list[TopicDraft], vectors: CorpusVectors) -> list[TopicDraft]:
    def n_articles(d):
        return len({vectors.units[i].ref.article for i in d.units})
    return sorted(drafts, key=lambda d: (-n_articles(d), d.spec.id))


def _keep_old_ids(drafts: list[TopicDraft], state: dict, vectors: CorpusVectors) -> list[TopicDraft]:
    """Re-discovered topics take the id and label of the old topic whose
    articles they mostly cover."""
    old = [(t, {a for a, _ in t["paragraphs"]}) for t in state["topics"]]
    pairs = []
    for n, d in enumerate(drafts):
        arts = {vectors.units[i].ref.article for i in d.units}
        for m, (t, old_arts) in enumerate(old):
            inter = len(arts & old_arts)
            if inter:
                jac = inter / len(arts | old_arts)
                if jac >= KEEP_ID_OVERLAP:
                    pairs.append((-jac, n, m))
    taken_new, taken_old, out = set(), set(), list(drafts)
    for _, n, m in sorted(pairs):
        if n in taken_new or m in taken_old:
            continue
        taken_new.add(n)
        taken_old.add(m)
        t = old[m][0]
        spec = out[n].spec
        out[n] = _draft(replace(spec, id=t["id"], label=t["label"], terms=tuple(t["terms"])),
                        out[n].units, out[n].profile)
    # an unmatched new topic whose id is now used by a kept one gets a new suffix
    kept = {out[n].spec.id for n in taken_new}
    used = set(RESERVED_IDS) | kept
    for n, d in enumerate(out):
        if n in taken_new:
            continue
        tid, k = d.spec.id, 2
        while tid in used:
            tid, k = f"{d.spec.id}-{k}", k + 1
        used.add(tid)
        if tid != d.spec.id:
            out[n] = _draft(replace(d.spec, id=tid), d.units, d.profile)
    return out


def _incremental(state: dict, vectors: CorpusVectors, articles: list[Article]) -> list[TopicDraft] | None:
    """The stored topics, with the paragraphs of new or changed articles added;
    None when no stored topic has a paragraph left."""
    known = state["articles"]
    fresh = {a.id for a in articles if known.get(a.id) != article_fingerprint(a)}
    row = {(u.ref.article, u.ref.paragraph): i for i, u in enumerate(vectors.units)}
    members = []
    for t in state["topics"]:
        rows = {row[(a, p)] for a, p in t["paragraphs"] if a not in fresh and (a, p) in row}
        members.append(rows)
    keep = [k for k, rows in enumerate(members) if rows]
    if not keep:
        return None
    X = vectors.paragraphs
    profiles = normalize(np.vstack([np.asarray(X[sorted(members[k])].mean(axis=0)).ravel() for k in keep]))
    todo = [i for i, u in enumerate(vectors.units) if u.ref.article in fresh]
    for i, topics in assign_to_topics(vectors, [a.id for a in articles], profiles, todo).items():
        for t in topics:
            members[keep[t]].add(i)
    drafts = []
    for k in keep:
        t = state["topics"][k]
        rows = sorted(members[k])
        n_art = len({vectors.units[i].ref.article for i in rows})
        spec = TopicSpec(t["id"], t["label"], describe(n_art), tuple(t["terms"]))
        # the profile of all its paragraphs, the new ones included: the next
        # build recomputes the same from the stored members
        drafts.append(_draft(spec, rows, mean_profile(X, rows)))
    return _ordered(drafts, vectors)


def _kept_base(articles: list[Article], config: BriefingConfig, state: dict | None) -> int | None:
    """The corpus size of the last discovery when the stored topics are kept
    (the corpus grew by at most ``config.topics_regrowth`` since), else None."""
    if state is None:
        return None
    new = sum(1 for a in articles if a.id not in state["articles"])
    base = max(1, int(state.get("discovered_with") or len(state["articles"])))
    return base if new <= config.topics_regrowth * base else None


def kept_space(articles: list[Article], config: BriefingConfig, specs: list[TopicSpec] | None,
               state: dict | None) -> dict | None:
    """The TF-IDF space to vectorise the corpus in: the stored one of the last
    discovery when this build keeps the stored topics, else None (fit it).

    In the kept space an article's vectors do not depend on the others: an
    added article changes the chapters it joins, not the key points of the
    others (a refitted space moves every weight a little, and the selection
    of every chapter with it)."""
    if specs is not None or state is None:
        return None
    state = valid_state(state)
    if state is None or _kept_base(articles, config, state) is None:
        return None
    unchanged = {a.id for a in articles if state["articles"].get(a.id) == article_fingerprint(a)}
    if not any(a in unchanged for t in state["topics"] for a, _ in t["paragraphs"]):
        return None  # no stored topic keeps a paragraph (``_incremental``): discovered afresh
    space = state.get("space")
    return space if isinstance(space, dict) else None


def stable_discovered_drafts(vectors: CorpusVectors, articles: list[Article], config: BriefingConfig,
                             state: dict | None) -> tuple[list[TopicDraft], dict]:
    """Discovered topics that keep their ids, labels and members from one build
    to the next (see the comment above ``STATE_VERSION``), given the stored
    ``state`` (None: none stored); with the state to store."""
    state = valid_state(state) if state is not None else None
    drafts = None
    discovered_with = len(articles)
    base = _kept_base(articles, config, state)
    if base is not None:
        drafts = _incremental(state, vectors, articles)
        discovered_with = base
    if drafts is None:
        drafts = discovered_drafts(vectors, articles)
        if state is not None:
            drafts = _ordered(_keep_old_ids(drafts, state, vectors), vectors)
    return drafts, state_data(drafts, vectors, articles, discovered_with)


def topic_drafts(
    articles: list[Article], vectors: CorpusVectors, config: BriefingConfig,
    specs: list[TopicSpec] | None, state: dict | None,
) -> tuple[list[TopicDraft], dict | None]:
    """The editor's topics (``specs``), else the discovered ones; with the
    discovered topics to store (None for the editor's)."""
    if specs is not None:
        return assign_configured(specs, vectors), None
    return stable_discovered_drafts(vectors, articles, config, state)


def topics_suggestion(articles: list[Article], folder: str, topics_file: str) -> str:
    """A topics.yaml, discovered from the corpus, for the editor to start from."""
    with threadpool_limits(limits=1):  # see compose_briefing
        vectors = CorpusVectors.build(articles)
        drafts = discovered_drafts(vectors, articles)
    header = (
        f"Topics suggested by `briefing topics --suggest` for {folder}/ "
        f"({len(articles)} articles, {len(drafts)} topics).\n"
        f"Edit labels, descriptions and terms, drop or merge topics, then save as\n"
        f"{folder}/{topics_file}. Format: see briefing/compose/topic_config.py.\n"
        "Terms match whole words, ignoring case and accents; 'mot*' matches any word starting so."
    )
    return dump_topic_config([d.spec for d in drafts], header)
