"""French NLP analysis (placeholder: the analysis issue implements it)."""

from __future__ import annotations

from ..config import BriefingConfig
from ..model import Article


def analyse_articles(articles: list[Article], config: BriefingConfig) -> list[Article]:
    return list(articles)
