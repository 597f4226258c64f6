"""TF-IDF in a kept space and l2 rows without scikit-learn: bit for bit what
scikit-learn computes (``briefing.compose.corpus``)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from briefing.compose.corpus import CorpusVectors, FrozenTfidf, _given, l2_normalize
from briefing.ingest import read_corpus

# Parity with scikit-learn, whose import alone takes about 1.5 s: no other fast test loads it
# (the rebuild path never does), so these run with the slow ones.
pytestmark = pytest.mark.slow


def sklearn_frozen(space: dict):
    """The vectorizer ``corpus.frozen_vectorizer`` made before (scikit-learn's)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(analyzer=_given, vocabulary={f: i for i, f in enumerate(space["features"])},
                                 sublinear_tf=True, dtype=np.float64)
    vectorizer.idf_ = np.asarray(space["idf"], dtype=np.float64)
    return vectorizer


def bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a).view(np.uint8)


def identical(mine, theirs) -> None:
    assert type(mine) is type(theirs)
    assert mine.shape == theirs.shape and mine.dtype == theirs.dtype
    if sparse.issparse(theirs):
        assert mine.format == theirs.format
        assert np.array_equal(mine.indptr, theirs.indptr) and mine.indptr.dtype == theirs.indptr.dtype
        assert np.array_equal(mine.indices, theirs.indices) and mine.indices.dtype == theirs.indices.dtype
        assert np.array_equal(bits(mine.data), bits(theirs.data))
        assert mine.has_sorted_indices == theirs.has_sorted_indices
    else:
        assert np.array_equal(bits(mine), bits(theirs))
        assert mine.flags.c_contiguous == theirs.flags.c_contiguous


def check_corpus(articles) -> None:
    """Every matrix compose makes in a kept space, and the normalisations it asks for."""
    from sklearn.preprocessing import normalize

    fitted = CorpusVectors.build(articles)  # scikit-learn fits the space
    space = fitted.space()
    kept = CorpusVectors.build(articles, space=space)
    assert isinstance(kept.vectorizer, FrozenTfidf)
    theirs = sklearn_frozen(space)
    docs = [[f for f, _, _ in ph] for ph in kept.unit_phrases]
    identical(kept.paragraphs, theirs.transform(docs))
    identical(kept.sentences, theirs.transform(kept.candidate_features))
    texts = [c.text for c in kept.candidates[:300]] + ["", "mot inconnu", "le le le"]
    identical(kept.transform(texts), fitted.transform(texts))
    assert list(kept.feature_names) == list(theirs.get_feature_names_out())
    assert kept.feature_names.dtype == theirs.get_feature_names_out().dtype
    assert kept.vectorizer.vocabulary_ == theirs.vocabulary_
    assert np.array_equal(kept.vectorizer.idf_, theirs.idf_)

    X = kept.paragraphs
    rng = np.random.default_rng(0)
    rows = np.sort(rng.choice(X.shape[0], size=min(X.shape[0], 500), replace=False))
    blended = X[rows] + 0.35 * X[rows[::-1]]
    dense_means = np.vstack([np.asarray(X[rows[i::7]].mean(axis=0)).ravel() for i in range(7)])
    svd_like = np.asarray((X[rows] @ rng.standard_normal((X.shape[1], 40))))
    for matrix in (X, kept.sentences, blended, X[rows], dense_means, svd_like, np.asfortranarray(svd_like),
                   svd_like[::3], dense_means[:1], (X[rows] @ X[rows].T).tocsr()):
        identical(l2_normalize(matrix), normalize(matrix))


@pytest.fixture(scope="module")
def seed_articles(seeds_dir):
    articles, _ = read_corpus(seeds_dir)
    return articles


def test_kept_space_matrices_are_sklearns_on_the_seeds(seed_articles):
    check_corpus(seed_articles)


def test_kept_space_matrices_are_sklearns_on_wikinews(wikinews_dir):
    articles, _ = read_corpus(wikinews_dir, metadata_file=None)
    assert len(articles) > 900
    check_corpus(articles)


def test_normalize_edge_cases_are_sklearns():
    from sklearn.preprocessing import normalize

    zero_rows = sparse.csr_matrix(np.array([[0.0, 0.0, 0.0], [3.0, 0.0, 4.0], [0.0, 0.0, 0.0], [1e-300, 0.0, 1e-300]]))
    explicit_zero = sparse.csr_matrix((np.array([0.0, 2.0]), np.array([0, 1]), np.array([0, 1, 2])), shape=(2, 2))
    tiny = np.array([[1e-17, 0.0], [0.0, 0.0], [3.0, 4.0], [-2.0, 1e-9]])
    for empty in (np.zeros((0, 3)), sparse.csr_matrix((0, 3)), np.zeros((2, 0)), sparse.csr_matrix((2, 0))):
        with pytest.raises(ValueError):
            normalize(empty)
        with pytest.raises(ValueError):
            l2_normalize(empty)
    for matrix in (zero_rows, explicit_zero, tiny, sparse.csr_array(tiny), np.array([[1, 2], [3, 4]]), np.float32(tiny), sparse.csc_matrix(tiny)):
        identical(l2_normalize(matrix), normalize(matrix))
    original = tiny.copy()
    l2_normalize(tiny)
    assert np.array_equal(tiny, original)  # a copy, as normalize makes
    with pytest.raises(ValueError):
        l2_normalize(np.array([[np.nan, 1.0]]))


def test_transform_of_nothing_and_of_unknown_features():
    space = {"features": ["alpha", "beta", "gamma"], "idf": [1.5, 2.0, 1.0]}
    mine, theirs = FrozenTfidf(space["features"], np.asarray(space["idf"])), sklearn_frozen(space)
    for docs in ([[]], [["delta"]], [["beta", "alpha", "beta", "beta"], [], ["gamma", "x", "gamma"]]):
        identical(mine.transform(docs), theirs.transform(docs))
    with pytest.raises(ValueError):
        mine.transform("alpha beta")
