"""The spaCy model loading in a child process from the start of a build
(``briefing.analyse.warm``): new articles are analysed there, with the same
result as in the build's own process, which then never loads the model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.analyse import warm
from briefing.analyse.nlp import analyse_articles, forget_models, load_model
from briefing.config import BriefingConfig
from briefing.ingest import read_corpus


@pytest.mark.slow  # loads the real French model twice
def test_new_articles_are_analysed_by_the_warm_child_as_they_would_be_here(seeds_dir, tmp_path):
    articles, _ = read_corpus(seeds_dir)
    config = BriefingConfig(source_dir=seeds_dir, cache_dir=tmp_path / "warm", n_process=1, progress=False)
    forget_models()
    warm.start(config.spacy_model)
    assert warm._current is not None and warm._current.process.is_alive()
    via_child = analyse_articles(articles[:2], config)
    assert load_model.cache_info().currsize == 0  # this process never loaded the model
    assert warm._current is None  # the child is stopped once the analysis is in
    here = analyse_articles(articles[:2], replace(config, cache_dir=tmp_path / "here"))
    assert load_model.cache_info().currsize == 1
    assert via_child == here
    assert any(a.entities for a in here) and any(a.quotes for a in here)


def test_stop_ends_a_child_that_was_never_used():
    warm.start("no_such_model_installed")  # the child fails to load it and exits
    child = warm._current
    assert child is not None
    warm.stop()
    assert warm._current is None and not child.process.is_alive()
    assert warm.take("no_such_model_installed") is None
