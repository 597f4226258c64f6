"""run(config): ingest → analyse → compose → render → write."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .analyse import analyse_corpus
from .compose import compose_briefing
from .compose.sentences import dependency_rules_text
from .compose.sourcing import sourcing_rules_text
from .editions import with_edition
from .config import BriefingConfig
from .glossary import build_glossary, load_editor_glossary
from .ingest import read_corpus
from .model import Briefing
from .render.book import render_book
from .stage_cache import memo
from .write import WriteReport, write_tree


def build_briefing(config: BriefingConfig) -> Briefing:
    """Everything but the output: the model of the briefing."""
    source_dir = Path(config.source_dir)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"source folder not found: {source_dir}")
    articles, problems = read_corpus(
        source_dir, reserved=(config.topics_file,), metadata_file=config.metadata_file
    )
    articles = analyse_corpus(articles, config)
    topics_file = source_dir / config.topics_file
    topics_config = topics_file.read_bytes() if topics_file.is_file() else None
    composed = memo(
        config.resolved_cache_dir, "compose", ("briefing.compose", "briefing.model"),
        (articles, topics_config, config.topics_file, dependency_rules_text(), sourcing_rules_text()),
        lambda: compose_briefing(articles, config, []),
    )
    return replace(composed, problems=tuple(problems) + composed.problems)


def run(config: BriefingConfig) -> tuple[Briefing, WriteReport]:
    briefing = build_briefing(config)
    source_dir = Path(config.source_dir)
    editor, problems = load_editor_glossary(
        source_dir / config.glossary_file, f"{source_dir.name}/{config.glossary_file}"
    )
    if problems:
        briefing = replace(briefing, problems=briefing.problems + tuple(problems))
    glossary = build_glossary(briefing.articles, editor)
    briefing = with_edition(briefing, config)  # editions: number, date, what is new
    report = write_tree(Path(config.output_dir), render_book(briefing, glossary))
    return briefing, report
