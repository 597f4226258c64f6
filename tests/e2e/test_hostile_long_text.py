"""Very long text never takes the book down: a paragraph over spaCy's
max_length is published unanalysed with a warning naming its file, and the
corpus-wide stages stay bounded. Issue 13, findings 4 and 6."""

from __future__ import annotations

import time

import pytest

from briefing.config import BriefingConfig
from briefing.pipeline import build_briefing

from ..conftest import SEEDS

pytestmark = pytest.mark.slow

SENTENCE = "Le conseil municipal de la ville a voté le budget annuel après un long débat public. "


def test_paragraph_over_spacy_max_length_is_named_and_the_rest_analysed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    (corpus / seed.name).write_bytes(seed.read_bytes())
    (corpus / "fleuve.txt").write_text(
        "Un article fleuve\n\n" + SENTENCE * 13_000 + "\n\nUn second paragraphe court.\n", encoding="utf-8"
    )
    assert len(SENTENCE * 13_000) > 1_000_000
    started = time.perf_counter()
    briefing = build_briefing(BriefingConfig(source_dir=corpus, cache_dir=tmp_path / "cache",
                                             progress=False))
    elapsed = time.perf_counter() - started
    named = [p for p in briefing.problems if "fleuve.txt" in p.location]
    assert [p.kind for p in named] == ["analysis_skipped"], briefing.problems
    by_source = {a.source: a for a in briefing.articles}
    assert set(by_source) == {seed.name, "fleuve.txt"}
    assert by_source[seed.name].entities  # the other article is analysed as usual
    assert elapsed < 120, elapsed
