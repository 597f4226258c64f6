"""Long paragraphs cost linear time in compose (issue 13, finding 6); the
per-file size guard itself is tested in test_hostile_files."""

from __future__ import annotations

import time

import pytest

from briefing.compose.sentences import split_sentences


def _cpu(call) -> float:
    """CPU seconds of this process for ``call()``, best of three: other
    processes on a loaded machine do not count (the tests compare growth,
    quadratic ~16x against linear ~4x, never a speed)."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        call()
        best = min(best, time.process_time() - started)
    return best

SENTENCE = "Le conseil a voté « le budget » après un débat public. "


def _time(n: int) -> float:
    text = SENTENCE * n
    assert len(split_sentences(text)) == n
    return _cpu(lambda: split_sentences(text))


@pytest.mark.slow  # (0.7 s: paragraphs of a million characters)
def test_sentence_splitting_is_linear_in_paragraph_length():
    small, large = _time(4000), _time(16000)
    # quadratic would be ~16x; linear ~4x (allow for a loaded machine)
    assert large < 8 * small + 0.05, (small, large)
    assert large < 5, large


def _time_with_spans(n: int) -> float:
    from briefing.analyse.quotes import find_quote_spans

    text = SENTENCE * n
    spans = find_quote_spans(text)
    assert len(split_sentences(text, spans)) == n and len(spans) == n
    return _cpu(lambda: split_sentences(text, spans))


@pytest.mark.slow  # (0.7 s: paragraphs of a million characters)
def test_sentence_splitting_around_known_quotations_is_linear():
    small, large = _time_with_spans(4000), _time_with_spans(16000)
    assert large < 8 * small + 0.05, (small, large)
    assert large < 5, large


@pytest.mark.slow  # (0.7 s: paragraphs of a million characters)
def test_a_long_quotation_full_of_sentences_is_split_in_linear_time():
    """Every period inside « … » is a candidate boundary that is rejected; looking
    for an abbreviation before each must not re-read the paragraph from its start."""
    body = "Le conseil a voté le budget après un débat public. "
    times = []
    for n in (4000, 16000):
        text = "« " + body * n + "»"
        assert [s.text for s in split_sentences(text)] == [text.strip()]
        times.append(_cpu(lambda: split_sentences(text)))
    small, large = times
    assert large < 8 * small + 0.05, (small, large)
    assert large < 5, large
