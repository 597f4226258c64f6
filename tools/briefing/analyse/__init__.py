"""Analyse: pure functions Article → Article (same-story detection, NLP)."""

from __future__ import annotations

from ..config import BriefingConfig
from ..model import Article
from ..cache import memo
from .same_story import mark_same_story


def analyse_corpus(articles: list[Article], config: BriefingConfig,
                   failed: dict[str, str] | None = None) -> list[Article]:
    """The analysed articles; ``failed`` receives the sources the analysis failed on (see
    ``nlp.analyse_articles``)."""
    def same_story() -> list[Article]:
        return memo(
            config.resolved_cache_dir, "same-story", ("briefing.analyse.same_story", "briefing.model", "briefing.text", "briefing.groups"),
            articles, lambda: mark_same_story(articles),
        )

    if not config.analyse:
        return same_story()
    from .nlp import MIN_ARTICLES_FOR_PROCESSES, analyse_articles

    if config.n_process > 1 and len(articles) > MIN_ARTICLES_FOR_PROCESSES:
        # same-story detection reads no analysis and the analysis reads no
        # same-story link: for a large corpus the links are found in a child
        # process while this one loads the model (a core it leaves idle)
        from .background import Alongside

        links = Alongside(lambda: [(a.same_story, a.fuller_than) for a in same_story()])
        analysed = analyse_articles(articles, config, failed)
        return [a.with_(same_story=s, fuller_than=f) for a, (s, f) in zip(analysed, links.result())]
    return analyse_articles(same_story(), config, failed)
