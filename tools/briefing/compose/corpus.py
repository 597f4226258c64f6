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
from .vocabulary import features

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
            entry = merged.setdefault(key, [s.text, [], 10**9])
            if u.ref not in entry[1]:
                entry[1].append(u.ref)
            entry[2] = min(entry[2], u.position * 100 + rank)
    return [
        Candidate(i, key, text, tuple(sources), position)
        for i, (key, (text, sources, position)) in enumerate(merged.items())
    ]


def make_vectorizer(n_docs: int) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer=features,
        min_df=2 if n_docs >= 20 else 1,
        max_df=0.5 if n_docs >= 20 else 1.0,
        sublinear_tf=True,
        dtype=np.float64,
    )


@dataclass
class CorpusVectors:
    """Paragraphs and sentences of a corpus in one TF-IDF space."""

    units: list[ParagraphUnit]
    candidates: list[Candidate]
    vectorizer: TfidfVectorizer
    paragraphs: object  # sparse matrix, one row per unit
    sentences: object  # sparse matrix, one row per candidate

    @classmethod
    def build(cls, articles: list[Article]) -> CorpusVectors:
        units = paragraph_units(articles)
        candidates = sentence_candidates(units)
        vectorizer = make_vectorizer(len(units))
        texts = [u.text for u in units] or [""]
        try:
            paragraphs = vectorizer.fit_transform(texts)
        except ValueError:  # empty vocabulary: no content words at all
            vectorizer = TfidfVectorizer(analyzer=lambda t: ["_"] + features(t))
            paragraphs = vectorizer.fit_transform(texts)
        sentences = vectorizer.transform([c.text for c in candidates] or [""])
        return cls(units, candidates, vectorizer, paragraphs, sentences)
