"""Topic discovery when the editor gave no topic configuration.

Paragraphs are clustered, not articles, so an article that covers several
subjects can feed several chapters; each paragraph is read in the context of
its article (its vector is blended with the article's) so that a short
paragraph lands where its article belongs. Steps, all deterministic:

1. TF-IDF of paragraphs (French stop words, words and two-word phrases);
2. LSA (truncated SVD) of the context-blended vectors, then k-means with a
   fixed seed; k grows with the square root of the corpus, bounded 5..40;
3. clusters carried by a single article (in a corpus of ten or more) are
   dissolved into their nearest neighbour, so that chapters are stories the
   corpus tells more than once;
4. a paragraph also joins a second chapter when, read alone, it is clearly
   closer to that chapter than to its own;
5. each chapter is labelled with its two or three most distinctive key
   phrases, written as the articles write them ("Donald Trump, Maison-Blanche").
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .corpus import CorpusVectors, l2_normalize as normalize
from ..text import unique_name
from .topic_config import RESERVED_IDS, TopicSpec, topic_id

RANDOM_STATE = 0


def context_weight(paragraphs_per_article: float) -> float:
    """Weight of the article in the vector of each of its paragraphs.

    Short articles (wire briefs, Wikinews) tell one story: their paragraphs
    follow the article. Long articles cover several subjects: their
    paragraphs are clustered more on their own words.
    """
    return 1.0 if paragraphs_per_article <= 6 else 0.3


@dataclass(frozen=True)
class DiscoveredTopic:
    spec: TopicSpec
    units: tuple[int, ...]  # paragraph rows, primary and secondary members
    profile: np.ndarray  # L2-normalised mean TF-IDF of its paragraphs (``units``)


def topic_count(n_paragraphs: int, n_articles: int) -> int:
    k = round(math.sqrt(n_paragraphs / 3))
    k = max(5, min(40, k))
    return max(1, min(k, n_articles, n_paragraphs))


def _article_matrix(vectors: CorpusVectors, article_ids: list[str]):
    index = {aid: i for i, aid in enumerate(article_ids)}
    rows = np.array([index[u.ref.article] for u in vectors.units])
    n = len(vectors.units)
    counts = sparse.csr_matrix((np.ones(n), (rows, np.arange(n))), shape=(len(article_ids), n))
    return rows, normalize(counts @ vectors.paragraphs)


def discover_topics(vectors: CorpusVectors, article_ids: list[str]) -> list[DiscoveredTopic]:
    from sklearn.cluster import KMeans  # imported here: a rebuild that keeps its topics never clusters
    from sklearn.decomposition import TruncatedSVD

    n = len(vectors.units)
    if n == 0:
        return []
    X = vectors.paragraphs
    owner, A = _article_matrix(vectors, article_ids)
    n_articles = len({u.ref.article for u in vectors.units})
    k = topic_count(n, n_articles)
    weight = context_weight(n / n_articles)
    dims = min(80, X.shape[1] - 1, n - 1)
    if dims >= 2:
        svd = TruncatedSVD(n_components=dims, n_iter=3, random_state=RANDOM_STATE)
        Zraw = normalize(svd.fit_transform(X))
        Za = normalize(svd.transform(A))
        Z = normalize(Zraw + weight * Za[owner])
    else:
        Zraw = normalize(X).toarray()
        Z = normalize(X + weight * A[owner]).toarray()
    if k <= 1:
        labels = np.zeros(n, dtype=int)
    else:
        labels = KMeans(n_clusters=k, n_init=2, random_state=RANDOM_STATE).fit_predict(Z)
    labels = _dissolve_small(labels, Z, owner, min_articles=2 if n_articles >= 10 else 1)
    # Canonical order, independent of k-means numbering: by first member
    # paragraph (article id, paragraph id). Label and id clashes are settled
    # in this order, so page names never depend on cluster numbers.
    first = {}
    for i in range(n):
        key = (vectors.units[i].ref.article, vectors.units[i].ref.paragraph)
        c = int(labels[i])
        if c not in first or key < first[c]:
            first[c] = key
    clusters = sorted(first, key=first.get)
    centroids = normalize(np.vstack([Z[labels == c].mean(axis=0) for c in clusters]))
    members: dict[int, set[int]] = {c: set(np.flatnonzero(labels == c).tolist()) for c in clusters}
    # secondary membership: the paragraph alone is clearly about another chapter
    raw_sim = Zraw @ centroids.T
    for i in range(n):
        own = clusters.index(labels[i])
        best = int(raw_sim[i].argmax())
        if best != own and raw_sim[i, best] >= 0.5 and raw_sim[i, best] >= raw_sim[i, own] + 0.2:
            members[clusters[best]].add(i)
    out = []
    used_labels: set[str] = set()
    used_ids: set[str] = set(RESERVED_IDS)
    for c in clusters:
        primary = np.flatnonzero(labels == c)
        profile = np.asarray(X[primary].mean(axis=0)).ravel()
        rest = np.flatnonzero(labels != c)
        rest_mean = np.asarray(X[rest].mean(axis=0)).ravel() if len(rest) else np.zeros_like(profile)
        specificity = np.sqrt(vectors.vectorizer.idf_) if hasattr(vectors.vectorizer, "idf_") else 1.0
        label, terms = _label(vectors, primary, owner, (profile - rest_mean) * specificity, used_labels)
        tid = unique_name(topic_id(label), used_ids)
        # every article the chapter draws on, as a later build counts them
        # (``topics._incremental``): secondary members included
        n_art = len({owner[i] for i in members[c]})
        spec = TopicSpec(
            tid,
            label,
            describe(n_art),
            tuple(terms),
        )
        # what the chapter is about: all its paragraphs, as a later build
        # recomputes it from the stored members (``topics._incremental``)
        units = tuple(sorted(members[c]))
        out.append(DiscoveredTopic(spec, units, mean_profile(X, units)))
    # the chapters most articles feed come first
    out.sort(key=lambda t: (-len({owner[i] for i in t.units}), t.spec.id))
    return out


def mean_profile(X, rows) -> np.ndarray:
    """The L2-normalised mean of the rows of X (zeros when they are)."""
    profile = np.asarray(X[list(rows)].mean(axis=0)).ravel()
    norm = np.linalg.norm(profile)
    return profile / norm if norm else profile


def describe(n_articles: int) -> str:
    return f"Thème découvert automatiquement dans {n_articles} article{'s' if n_articles > 1 else ''}."


def assign_to_topics(vectors: CorpusVectors, article_ids: list[str], profiles: np.ndarray,
                     rows: list[int]) -> dict[int, list[int]]:
    """Topic indexes of each paragraph row in ``rows``, for topics already known.

    ``profiles`` holds one L2-normalised TF-IDF profile per topic (rows). A
    paragraph is read in the context of its article, as in discovery, and
    joins the closest topic; it also joins a second one when, read alone, it
    is clearly closer to that one.
    """
    if not rows or profiles.shape[0] == 0:
        return {}
    X = vectors.paragraphs
    owner, A = _article_matrix(vectors, article_ids)
    n_articles = len({u.ref.article for u in vectors.units}) or 1
    weight = context_weight(len(vectors.units) / n_articles)
    idx = np.array(rows)
    raw = normalize(X[idx])
    blended = normalize(X[idx] + weight * A[owner[idx]])
    sim = np.asarray((blended @ profiles.T))
    sim_raw = np.asarray((raw @ profiles.T))
    out = {}
    for k, i in enumerate(rows):
        own = int(sim[k].argmax())
        topics = [own]
        best = int(sim_raw[k].argmax())
        if best != own and sim_raw[k, best] >= 0.5 and sim_raw[k, best] >= sim_raw[k, own] + 0.2:
            topics.append(best)
        out[i] = topics
    return out


def _dissolve_small(labels: np.ndarray, Z: np.ndarray, owner: np.ndarray, min_articles: int) -> np.ndarray:
    labels = labels.copy()
    while True:
        sizes = {c: len(set(owner[labels == c].tolist())) for c in set(labels.tolist())}
        small = [c for c, s in sorted(sizes.items()) if s < min_articles]
        if not small or len(sizes) <= 1:
            return labels
        c = small[0]
        others = [o for o in sorted(sizes) if o != c]
        cents = normalize(np.vstack([Z[labels == o].mean(axis=0) for o in others]))
        idx = np.flatnonzero(labels == c)
        labels[idx] = np.array(others)[(Z[idx] @ cents.T).argmax(axis=1)]


def _label(vectors, primary, owner, distinct, used_labels: set[str]) -> tuple[str, list[str]]:
    """Two or three key phrases of a cluster, in the articles' own spelling."""
    names = vectors.feature_names
    sub = vectors.paragraphs[primary]
    n_art = len(set(owner[primary].tolist()))
    # article frequency of each feature inside the cluster
    arts, local = np.unique(owner[primary], return_inverse=True)
    indicator = sparse.csr_matrix(
        (np.ones(len(primary)), (local, np.arange(len(primary)))), shape=(len(arts), len(primary))
    )
    present = np.asarray(((indicator @ (sub > 0).astype(float)) > 0).sum(axis=0)).ravel()
    min_art = 2 if n_art >= 3 else 1
    order = np.argsort(-distinct, kind="stable")
    ranked: list[str] = []
    for col in order[:400]:
        if distinct[col] <= 0:
            break
        if present[col] < min_art:
            continue
        ranked.append(str(names[col]))
    chosen: list[str] = []
    for feat in ranked:
        words = set(feat.split())
        stems = {_stem(w) for w in words}
        clash = [c for c in chosen if words & set(c.split())]
        if not clash and any(stems & {_stem(w) for w in c.split()} for c in chosen):
            continue  # police / policiers, européenne / européen: one is enough
        if clash:
            # a phrase supersedes the single words it contains: Union + européenne
            if len(words) > 1 and all(len(c.split()) == 1 for c in clash):
                at = chosen.index(clash[0])
                chosen = [c for c in chosen if c not in clash[1:]]
                chosen[at] = feat
            continue
        chosen.append(feat)
        if len(chosen) >= 8:
            break
    chosen = _join_phrases(chosen, vectors.vectorizer.vocabulary_, distinct)
    surfaces = _surfaces(vectors, primary, set(chosen))
    terms = [surfaces.get(f, f) for f in chosen]
    label = ""
    for count in (3, 4, 5, len(terms)):
        parts = terms[:count]
        label = ", ".join(parts)
        if label and label[0].upper() + label[1:] not in used_labels:
            break
    if not label:
        label = "Divers"
    label = label[0].upper() + label[1:]
    used_labels.add(label)
    return label, terms


def _stem(word: str) -> str:
    return word[:5] if len(word) >= 5 else word.rstrip("sx")


def _join_phrases(chosen: list[str], vocabulary: dict, distinct) -> list[str]:
    """Two chosen words that mostly occur as one phrase become it: Union + européenne.

    "Mostly": the phrase is at least half as distinctive as the weaker word.
    """
    out = list(chosen)
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(out):
            for b in out[i + 1:]:
                if " " in a or " " in b:
                    continue
                for phrase in (f"{a} {b}", f"{b} {a}"):
                    col = vocabulary.get(phrase)
                    weaker = min(distinct[vocabulary[a]], distinct[vocabulary[b]])
                    if col is not None and distinct[col] >= 0.5 * weaker > 0:
                        out[i] = phrase
                        out.remove(b)
                        changed = True
                        break
                if changed:
                    break
            if changed:
                break
    return out


def _surfaces(vectors, rows, wanted: set[str]) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for i in rows:
        text = vectors.units[i].text
        for feat, start, end in vectors.unit_phrases[i]:
            if feat in wanted:
                counts[feat][" ".join(text[start:end].split())] += 1
    out = {}
    for feat, c in counts.items():
        # most frequent spelling; on a tie, the capitalised one (a proper noun)
        out[feat] = sorted(c.items(), key=lambda kv: (-kv[1], kv[0].islower(), kv[0]))[0][0]
    return out
