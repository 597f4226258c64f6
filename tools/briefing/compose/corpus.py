"""The paragraphs and sentences that compose works on, with their TF-IDF vectors.

Only lead and body paragraphs feed topics and summaries: a subheading is not a
sentence and a photo caption repeats the text it illustrates.
"""

from __future__ import annotations

import functools
import hashlib
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter

import numpy as np
from scipy import sparse

from ..model import Article, Event, SourceRef
from .sentences import dependency, looks_like_sentence, sentence_key, split_sentences
from ..keys import kept_for_text
from ..text import fold
from .vocabulary import features, phrases

TEXT_KINDS = ("lead", "body")


@dataclass(frozen=True)
class ParagraphUnit:
    index: int  # row in the paragraph matrix
    ref: SourceRef
    text: str
    position: int  # rank of the paragraph in its article (0 = first)
    lead: bool = False  # the article's chapô, or its first text paragraph when it has none
    events: tuple[Event, ...] = ()  # dated expressions the analysis found in the paragraph


@dataclass(frozen=True)
class Candidate:
    """One sentence, merged over every paragraph that carries it (wire copy counts once)."""

    index: int  # row in the sentence matrix
    key: str
    text: str  # verbatim, from the first source
    sources: tuple[SourceRef, ...]
    first_position: int  # smallest (paragraph rank * 100 + sentence rank) over sources
    unit: int  # paragraph row of the first source
    start: int  # the sentence is units[unit].text[start:end]
    end: int
    #: why the sentence cannot be read alone (``sentences.DEPENDENCY_CLASSES``), or None
    dependency: str | None = None
    #: when dependent: start of the preceding sentence of its paragraph, shown before it
    #: (None when there is none, or when it is dependent too: the sentence is not shown)
    context_start: int | None = None

    @property
    def self_contained(self) -> bool:
        """Whether it can be shown: independent, or with its preceding sentence."""
        return self.dependency is None or self.context_start is not None

    @property
    def in_lead(self) -> bool:
        return self.first_position < 100


def paragraph_units(articles: list[Article]) -> list[ParagraphUnit]:
    """Lead and body paragraphs; rank 0 is the lead (the chapô, else the first body paragraph)."""
    units: list[ParagraphUnit] = []
    for a in articles:
        rank = 0
        for p in a.paragraphs:
            if p.kind not in TEXT_KINDS or not p.text.strip():
                continue
            events = tuple(e for e in a.events if e.paragraph == p.id)
            units.append(ParagraphUnit(len(units), SourceRef(a.id, p.id), p.text, rank, rank == 0, events))
            rank += 1
    return units


def _dated(u: ParagraphUnit, start: int, end: int) -> tuple[str, ...]:
    """The time expressions of ``u.text[start:end]`` that the analysis resolved."""
    return tuple(e.text for e in u.events if e.date and e.text in u.text[start:end])


def _undated(u: ParagraphUnit, start: int, end: int) -> tuple[str, ...]:
    """The time expressions of ``u.text[start:end]`` that the analysis could not resolve."""
    return tuple(e.text for e in u.events if not e.date and e.text in u.text[start:end])


#: One paragraph's sentences as ``sentence_candidates`` keeps them:
#: (rank, start, end, text, dependency, context start, key, ``fold`` of the text).
UnitSentences = tuple[tuple[int, int, int, str, "str | None", "int | None", str, str], ...]


def unit_key(u: ParagraphUnit) -> str:
    """What a paragraph's sentences and phrases depend on: its text, whether it
    is a lead, and the time expressions found in it (resolved or not)."""
    digest = hashlib.sha256(u.text.encode("utf-8", "surrogatepass"))
    digest.update(b"\0lead" if u.lead else b"\0body")
    for e in u.events:
        digest.update(b"\0" + (b"d" if e.date else b"u") + e.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def unit_sentences(u: ParagraphUnit) -> UnitSentences:
    """The quotable sentences of one paragraph, each with why it cannot be read
    alone (``sentences.dependency``) and, when it is dependent, the start of the
    preceding sentence kept as its context when that one can be read alone."""
    split = split_sentences(u.text)
    reasons = [
        dependency(s.text, lead=u.lead, dated=_dated(u, s.start, s.end), undated=_undated(u, s.start, s.end))
        for s in split
    ]
    out = []
    for rank, s in enumerate(split):
        if not looks_like_sentence(s.text):
            continue
        reason, context = reasons[rank], None
        if reason in ("opening_connector", "demonstrative_subject") and rank > 0:
            prev = split[rank - 1]
            if reasons[rank - 1] is None and looks_like_sentence(prev.text):
                context = prev.start
        key = sentence_key(s.text if context is None else u.text[context:s.end])
        out.append((rank, s.start, s.end, s.text, reason, context, key, fold(s.text)))
    return tuple(out)


def analyse_units(units: list[ParagraphUnit], store: dict | None = None) -> list[tuple]:
    """(``unit_sentences``, ``vocabulary.phrases``, the ``fold`` of each
    phrase's feature) of each paragraph, from ``store`` (``unit_key`` → that
    triple, as a previous build left it) when it has the paragraph; what is
    computed here is added to it."""
    out = []
    for u in units:
        key = unit_key(u) if store is not None else None
        got = store.get(key) if store is not None else None
        if got is None:
            found = tuple(phrases(u.text))
            got = (unit_sentences(u), found, tuple(fold(f) for f, _, _ in found))
            if store is not None:
                store[key] = got
        out.append(got)
    return out


def sentence_candidates(units: list[ParagraphUnit], analysed: list[tuple] | None = None) -> list[Candidate]:
    """Quotable sentences of the paragraphs; identical copies merged into one.

    A dependent sentence (``sentences.dependency``) keeps the preceding sentence
    of its paragraph as context when that one can be read alone; copies merge
    only with the same context. ``analysed``: ``analyse_units`` of ``units``
    (computed here when not given).
    """
    return _merged_sentences(units, analysed)[0]


def _merged_sentences(units: list[ParagraphUnit], analysed: list[tuple] | None) -> tuple[list[Candidate], list[str]]:
    """``sentence_candidates``, with the ``fold`` of each candidate's text."""
    if analysed is None:
        analysed = analyse_units(units)
    merged: dict[str, list] = {}
    for u, (sentences, *_) in zip(units, analysed):
        for rank, start, end, text, reason, context, key, folded in sentences:
            entry = merged.setdefault(key, [text, [], 10**9, (u.index, start, end, reason, context), folded])
            if entry[3][3] is not None and reason is None:
                # a copy that can be read alone where it stands (in a lead, say) is shown from there
                entry[3] = (u.index, start, end, None, None)
            if u.ref not in entry[1]:
                entry[1].append(u.ref)
            entry[2] = min(entry[2], u.position * 100 + rank)
    candidates = [
        Candidate(i, key, text, tuple(sources), position, *span)
        for i, (key, (text, sources, position, span, _)) in enumerate(merged.items())
    ]
    return candidates, [entry[4] for entry in merged.values()]


# TF-IDF in a kept space, and rows scaled to unit length, without importing scikit-learn.
#
# A rebuild that adds a few articles vectorises them in the space the stored
# topics were found in (``frozen_vectorizer``) and compares rows by
# cosine (``l2_normalize``): it never fits, clusters or reduces anything.
# Importing scikit-learn for that cost 0.7 s (its utilities import much of
# SciPy), on the path of every such rebuild. The two operations are done here
# with the same NumPy and SciPy operations, in the same order, on the same
# values as scikit-learn 1.x does them, so the matrices are equal bit for bit
# (a test compares both on the Wikinews corpus). Fitting a space and
# discovering topics still use scikit-learn, imported where they run.


def l2_normalize(X):
    """``sklearn.preprocessing.normalize(X)`` (each row to unit l2 norm, a copy).

    For a CSR matrix or a 2-D array of finite float64 values, with rows and
    columns (all that compose passes); anything else is handed to scikit-learn
    (which refuses an empty one)."""
    if getattr(X, "ndim", 0) != 2 or 0 in X.shape:
        return _sklearn_normalize(X)
    if sparse.issparse(X):
        if X.format != "csr" or X.dtype != np.float64 or not np.isfinite(X.data).all():
            return _sklearn_normalize(X)
        X = X.copy()
        _inplace_rows_l2(X)
        return X
    if not isinstance(X, np.ndarray) or X.dtype != np.float64 or not np.isfinite(X).all():
        return _sklearn_normalize(X)
    X = np.array(X, copy=True)  # order "K", as check_array copies
    norms = np.sqrt(np.einsum("ij,ij->i", X, X))  # sklearn.utils.extmath.row_norms
    norms[norms < 10 * np.finfo(norms.dtype).eps] = 1.0  # _handle_zeros_in_scale
    X /= norms[:, None]
    return X


def _sklearn_normalize(X):
    from sklearn.preprocessing import normalize

    return normalize(X)


def _inplace_rows_l2(X) -> None:
    """``sklearn.utils.sparsefuncs_fast.inplace_csr_row_normalize_l2``: per row,
    the squares summed in stored order from 0.0 (a CSR product with a vector of
    ones adds them in that order), the square root, each value divided by it;
    a row whose sum is 0 is left as it is."""
    squares = sparse.csr_matrix((X.data * X.data, X.indices, X.indptr), shape=X.shape)
    sums = squares @ np.ones(X.shape[1], dtype=np.float64)
    norms = np.sqrt(sums)
    norms[sums == 0.0] = 1.0  # x / 1.0 is x
    X.data /= np.repeat(norms, np.diff(X.indptr))


class FrozenTfidf:
    """What ``TfidfVectorizer(analyzer=<feature lists as given>, vocabulary=…,
    sublinear_tf=True, dtype=np.float64)`` with ``idf_`` set offers compose:
    ``transform``, ``vocabulary_``, ``idf_`` and ``get_feature_names_out``."""

    def __init__(self, features: list[str], idf: np.ndarray) -> None:
        self.vocabulary_ = {f: i for i, f in enumerate(features)}
        self.idf_ = idf

    def get_feature_names_out(self) -> np.ndarray:
        return np.asarray([t for t, i in sorted(self.vocabulary_.items(), key=itemgetter(1))], dtype=object)

    def transform(self, documents):
        """Rows of TF-IDF weights of ``documents`` (lists of features), as
        ``TfidfVectorizer.transform``: counts (``CountVectorizer._count_vocab``
        with a fixed vocabulary), then 1 + log of each count, times its IDF,
        rows to unit length."""
        if isinstance(documents, str):
            raise ValueError("Iterable over raw text documents expected, string object received.")
        vocabulary = self.vocabulary_
        j_indices: list[int] = []
        indptr = [0]
        values = array("i")
        for doc in documents:
            counter: dict[int, int] = {}
            for feature in doc:
                try:
                    index = vocabulary[feature]
                except KeyError:
                    continue
                counter[index] = counter.get(index, 0) + 1
            j_indices.extend(counter.keys())
            values.extend(counter.values())
            indptr.append(len(j_indices))
        indices_dtype = np.int64 if indptr[-1] > np.iinfo(np.int32).max else np.int32
        X = sparse.csr_array(
            (np.frombuffer(values, dtype=np.intc), np.asarray(j_indices, dtype=indices_dtype),
             np.asarray(indptr, dtype=indices_dtype)),
            shape=(len(indptr) - 1, len(vocabulary)),
            dtype=np.float64,
        )
        X.sort_indices()
        X = sparse.csr_matrix(X)  # scikit-learn's default sparse interface
        np.log(X.data, X.data)
        X.data += 1.0
        X.data *= self.idf_[X.indices]
        if not np.isfinite(X.data).all():  # as normalize's input check
            raise ValueError("Input contains NaN or infinity.")
        _inplace_rows_l2(X)
        return X


def _given(features_list: list[str]) -> list[str]:
    return features_list


def make_vectorizer(n_docs: int):
    """TF-IDF over pre-analysed feature lists (see ``vocabulary.phrases``)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # only where a space is fitted

    return TfidfVectorizer(
        analyzer=_given,
        min_df=2 if n_docs >= 20 else 1,
        max_df=0.5 if n_docs >= 20 else 1.0,
        sublinear_tf=True,
        dtype=np.float64,
    )


def frozen_vectorizer(space: dict) -> FrozenTfidf | None:
    """A vectorizer of the given space (``CorpusVectors.space``), None when
    ``space`` is not one (a broken stored state: the space is fitted afresh).
    It transforms as ``TfidfVectorizer`` would (``FrozenTfidf``)."""
    try:
        features = [str(f) for f in space["features"]]
        idf = np.asarray([float(x) for x in space["idf"]], dtype=np.float64)
        if not features or len(features) != len(idf) or len(set(features)) != len(features):
            return None
        return FrozenTfidf(features, idf)
    except (KeyError, TypeError, ValueError):
        return None


def sentence_features(phrases: list[list[tuple[str, int, int]]], candidates: list[Candidate],
                      values: list[tuple] | None = None):
    """For each candidate, the features (``(feature, start, end)`` per
    paragraph) that lie inside its span of its paragraph, in their order.
    With ``values`` (one per phrase of each paragraph), also those of the
    same phrases: (features, values) per candidate, in one pass.

    The sentences of a paragraph are apart, so each feature is looked up once,
    in the sentence starting last at or before it; a paragraph whose spans
    touch or overlap is filtered span by span."""
    out: list[list[str]] = [[] for _ in candidates]
    got: list[list] = [[] for _ in candidates] if values is not None else []
    by_unit: dict[int, list[int]] = {}
    for i, c in enumerate(candidates):
        by_unit.setdefault(c.unit, []).append(i)
    for unit, rows in by_unit.items():
        rows.sort(key=lambda i: (candidates[i].start, candidates[i].end))
        spans = [(candidates[i].start, candidates[i].end) for i in rows]
        if any(spans[k][1] >= spans[k + 1][0] for k in range(len(spans) - 1)):
            for i in rows:
                c = candidates[i]
                inside = [n for n, (_, a, b) in enumerate(phrases[unit]) if a >= c.start and b <= c.end]
                out[i] = [phrases[unit][n][0] for n in inside]
                if values is not None:
                    got[i] = [values[unit][n] for n in inside]
            continue
        starts = [a for a, _ in spans]
        for n, (f, a, b) in enumerate(phrases[unit]):
            k = bisect_right(starts, a) - 1
            if k >= 0 and b <= spans[k][1]:
                out[rows[k]].append(f)
                if values is not None:
                    got[rows[k]].append(values[unit][n])
    return out if values is None else (out, got)


@dataclass
class CorpusVectors:
    """Paragraphs and sentences of a corpus in one TF-IDF space.

    Each paragraph is analysed once; a sentence's features are those of its
    paragraph that fall inside its span.
    """

    units: list[ParagraphUnit]
    candidates: list[Candidate]
    vectorizer: object  # sklearn's TfidfVectorizer, or FrozenTfidf for a kept space
    paragraphs: object  # sparse matrix, one row per unit
    sentences: object  # sparse matrix, one row per candidate
    unit_phrases: list[list[tuple[str, int, int]]]  # (feature, start, end) per unit
    folded_sentences: list[str]  # vocabulary.fold of each candidate, for term matching
    #: the features of each candidate: its paragraph's that fall inside its span, in order
    candidate_features: list[list[str]]
    #: ``fold`` of each feature of ``candidate_features``, in the same order
    candidate_folded: list[list[str]]
    #: what compose keeps from one build to the next (``cache.KeyedStore``,
    #: ``build``'s ``store``): the paragraphs' analysis, texts' features
    store: object = None

    @functools.cached_property
    def feature_names(self):
        """The vectorizer's feature names (sklearn rebuilds the array at each call)."""
        return self.vectorizer.get_feature_names_out()

    def transform(self, texts: list[str]):
        """Vectors of other texts (quotes, topic descriptions) in the same space."""
        return self.vectorizer.transform([self.features_of(t) for t in texts])

    def features_of(self, text: str) -> list[str]:
        """``vocabulary.features`` of a text, kept in ``store`` when there is one."""
        if self.store is None:
            return features(text)
        return list(kept_for_text(self.store, "features", text, lambda t: tuple(features(t))))

    def folded_features(self, row: int) -> frozenset[str]:
        """The folded features of candidate ``row`` (asked once per topic it may support)."""
        cache = self.__dict__.setdefault("_folded_features", {})
        if row not in cache:
            cache[row] = frozenset(self.candidate_folded[row])
        return cache[row]

    @functools.cached_property
    def candidates_by_unit(self) -> dict[int, tuple[int, ...]]:
        """Paragraph row → rows of the sentences it carries (every source of a
        merged sentence counts)."""
        row = {u.ref: u.index for u in self.units}
        out: dict[int, list[int]] = {}
        for c in self.candidates:
            for ref in dict.fromkeys(c.sources):
                if ref in row:
                    out.setdefault(row[ref], []).append(c.index)
        return {k: tuple(v) for k, v in out.items()}

    def space(self) -> dict:
        """The TF-IDF space (features in column order, their IDF), as plain
        data: a later build can vectorise its corpus in the same space
        (``build(…, space=…)``)."""
        return {"features": [str(f) for f in self.feature_names],
                "idf": [float(x) for x in self.vectorizer.idf_]}

    @classmethod
    def build(cls, articles: list[Article], space: dict | None = None, store: dict | None = None) -> CorpusVectors:
        """Vectors of ``articles``: in a space fitted on them, or in a given
        ``space`` (``CorpusVectors.space``) — the one the stored topics were
        discovered in, so that adding articles leaves the vectors of the
        others, and what is computed from them, as they were. ``store``: the
        paragraphs' sentences and phrases kept from a previous build
        (``analyse_units``); it receives those computed here."""
        units = paragraph_units(articles)
        per_unit = analyse_units(units, store)
        candidates, folded = _merged_sentences(units, per_unit)
        analysed = [list(ph) for _, ph, _ in per_unit]
        docs = [[f for f, _, _ in ph] for ph in analysed] or [[]]
        vectorizer = frozen_vectorizer(space) if space is not None else None
        if vectorizer is not None:
            paragraphs = vectorizer.transform(docs)
        else:
            vectorizer = make_vectorizer(len(units))
            try:
                paragraphs = vectorizer.fit_transform(docs)
            except ValueError:  # empty vocabulary: too few or no content words
                from sklearn.feature_extraction.text import TfidfVectorizer

                vectorizer = TfidfVectorizer(analyzer=_given)
                paragraphs = vectorizer.fit_transform([["_"] + d for d in docs])
        sentence_docs, folded_docs = sentence_features(analysed, candidates, [f for _, _, f in per_unit])
        sentences = vectorizer.transform(sentence_docs or [[]])
        return cls(units, candidates, vectorizer, paragraphs, sentences, analysed, folded, sentence_docs,
                   folded_docs, store)
