"""The paragraphs and sentences that compose works on, with their TF-IDF vectors.

Only lead and body paragraphs feed topics and summaries: a subheading is not a
sentence and a photo caption repeats the text it illustrates.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from ..model import Article, SourceRef
from .sentences import looks_like_sentence, sentence_key, split_sentences
from .vocabulary import features, fold, phrases

TEXT_KINDS = ("lead", "body")


@dataclass(frozen=True)
class ParagraphUnit:
    index: int  # row in the paragraph matrix
    ref: SourceRef
    text: str
    position: int  # rank of the paragraph in its article (0 = first)


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


def paragraph_units(articles: list[Article]) -> list[ParagraphUnit]:
    units: list[ParagraphUnit] = []
    for a in articles:
        rank = 0
        for p in a.paragraphs:
            if p.kind not in TEXT_KINDS or not p.text.strip():
                continue
            units.append(ParagraphUnit(len(units), SourceRef(a.id, p.id), p.text, rank))
            rank += 1
    return units


def sentence_candidates(units: list[ParagraphUnit]) -> list[Candidate]:
    """Quotable sentences of the paragraphs; identical copies merged into one."""
    merged: dict[str, list] = {}
    for u in units:
        for rank, s in enumerate(split_sentences(u.text)):
            if not looks_like_sentence(s.text):
                continue
            key = sentence_key(s.text)
            entry = merged.setdefault(key, [s.text, [], 10**9, (u.index, s.start, s.end)])
            if u.ref not in entry[1]:
                entry[1].append(u.ref)
            entry[2] = min(entry[2], u.position * 100 + rank)
    return [
        Candidate(i, key, text, tuple(sources), position, *span)
        for i, (key, (text, sources, position, span)) in enumerate(merged.items())
    ]


def _given(features_list: list[str]) -> list[str]:
    return features_list


def make_vectorizer(n_docs: int) -> TfidfVectorizer:
    """TF-IDF over pre-analysed feature lists (see ``vocabulary.phrases``)."""
    return TfidfVectorizer(
        analyzer=_given,
        min_df=2 if n_docs >= 20 else 1,
        max_df=0.5 if n_docs >= 20 else 1.0,
        sublinear_tf=True,
        dtype=np.float64,
    )


@dataclass
class CorpusVectors:
    """Paragraphs and sentences of a corpus in one TF-IDF space.

    Each paragraph is analysed once; a sentence's features are those of its
    paragraph that fall inside its span.
    """

    units: list[ParagraphUnit]
    candidates: list[Candidate]
    vectorizer: TfidfVectorizer
    paragraphs: object  # sparse matrix, one row per unit
    sentences: object  # sparse matrix, one row per candidate
    unit_phrases: list[list[tuple[str, int, int]]]  # (feature, start, end) per unit
    folded_sentences: list[str]  # vocabulary.fold of each candidate, for term matching

    def transform(self, texts: list[str]):
        """Vectors of other texts (quotes, topic descriptions) in the same space."""
        return self.vectorizer.transform([features(t) for t in texts])

    @classmethod
    def build(cls, articles: list[Article]) -> CorpusVectors:
        units = paragraph_units(articles)
        candidates = sentence_candidates(units)
        analysed = [phrases(u.text) for u in units]
        docs = [[f for f, _, _ in ph] for ph in analysed] or [[]]
        vectorizer = make_vectorizer(len(units))
        try:
            paragraphs = vectorizer.fit_transform(docs)
        except ValueError:  # empty vocabulary: too few or no content words
            vectorizer = TfidfVectorizer(analyzer=_given)
            paragraphs = vectorizer.fit_transform([["_"] + d for d in docs])
        sentence_docs = [
            [f for f, a, b in analysed[c.unit] if a >= c.start and b <= c.end] for c in candidates
        ]
        sentences = vectorizer.transform(sentence_docs or [[]])
        folded = [fold(c.text) for c in candidates]
        return cls(units, candidates, vectorizer, paragraphs, sentences, analysed, folded)
