"""A rule that fails on one article: the build names the file in a warning
(``analysis_skipped``) and builds the rest, analysed as usual."""

from __future__ import annotations

import pytest

from briefing.analyse import nlp
from briefing.config import BriefingConfig
from briefing.pipeline import build_briefing

from ..conftest import SEEDS

pytestmark = pytest.mark.slow


def test_the_build_names_the_article_the_analysis_failed_on(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    for seed in seeds:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    real = nlp.article_quotes

    def failing(art, *args):
        if art.source == seeds[1].name:
            raise ValueError("injected")
        return real(art, *args)

    monkeypatch.setattr(nlp, "article_quotes", failing)
    briefing = build_briefing(BriefingConfig(source_dir=corpus, cache_dir=tmp_path / "cache",
                                             progress=False, n_process=1))
    named = [p for p in briefing.problems if p.kind == "analysis_skipped"]
    assert [p.location for p in named] == [f"corpus/{seeds[1].name}"]
    assert "ValueError: injected" in named[0].message
    by_source = {a.source: a for a in briefing.articles}
    assert by_source[seeds[0].name].entities and not by_source[seeds[1].name].entities
