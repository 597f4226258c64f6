"""Compose: cross-article work (topic chapters, executive summary)."""

from __future__ import annotations

from ..config import BriefingConfig
from ..model import Article, Briefing, Problem


def compose_briefing(
    articles: list[Article], config: BriefingConfig, problems: list[Problem]
) -> Briefing:
    return Briefing(articles=tuple(articles), problems=tuple(problems))
