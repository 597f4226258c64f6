"""Analyse: pure functions Article → Article (same-story detection, NLP)."""

from __future__ import annotations

from ..config import BriefingConfig
from ..model import Article
from ..cache import memo
from .same_story import mark_same_story


def analyse_corpus(articles: list[Article], config: BriefingConfig) -> list[Article]:
    articles = memo(
        config.resolved_cache_dir, "same-story", ("briefing.analyse.same_story", "briefing.model", "briefing.text", "briefing.groups"),
        articles, lambda: mark_same_story(articles),
    )
    if config.analyse:
        from .nlp import analyse_articles

        articles = analyse_articles(articles, config)
    return articles
