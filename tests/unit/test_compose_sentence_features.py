"""A sentence's features are its paragraph's features inside its span."""

from __future__ import annotations

from briefing.compose.corpus import Candidate, sentence_features
from briefing.model import SourceRef


def _candidate(i: int, unit: int, start: int, end: int) -> Candidate:
    return Candidate(i, f"k{i}", f"s{i}", (SourceRef("a", f"p{unit}"),), i, unit, start, end)


PHRASES = [
    # paragraph 0: "Le président parle. Le ministre répond."
    [("président", 3, 12), ("parle", 13, 18), ("ministre", 23, 31), ("président parle", 3, 18),
     ("parle le ministre", 13, 31), ("répond", 32, 38)],
    # paragraph 1
    [("accord", 0, 6), ("signé", 7, 12)],
]


def test_each_feature_goes_to_the_sentence_that_holds_it():
    candidates = [_candidate(0, 0, 20, 39), _candidate(1, 0, 0, 19), _candidate(2, 1, 0, 13)]
    assert sentence_features(PHRASES, candidates) == [
        ["ministre", "répond"],
        ["président", "parle", "président parle"],  # in the paragraph's order
        ["accord", "signé"],
    ]  # "parle le ministre" crosses the two sentences: in neither


def test_spans_that_touch_are_filtered_one_by_one():
    candidates = [_candidate(0, 0, 0, 13), _candidate(1, 0, 13, 39)]
    assert sentence_features(PHRASES, candidates) == [
        ["président"],
        ["parle", "ministre", "parle le ministre", "répond"],
    ]


def test_a_paragraph_without_sentences_gives_nothing():
    assert sentence_features(PHRASES, [_candidate(0, 1, 7, 12)]) == [["signé"]]
    assert sentence_features(PHRASES, []) == []
