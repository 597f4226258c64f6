"""run(config): ingest → analyse → compose → render → write."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from pathlib import Path

from . import rules
from .analyse import analyse_corpus
from .analyse.limits import MAX_PARAGRAPH_CHARS, long_paragraphs
from .compose import compose_briefing
from .editions import with_edition
from .config import BriefingConfig
from .glossary import build_glossary, load_editor_glossary
from .ingest import read_corpus
from .model import Briefing, Problem
from .render.book import render_book
from .stage_cache import memo
from .write import WriteReport, write_tree


def build_briefing(config: BriefingConfig) -> Briefing:
    """Everything but the output: the model of the briefing."""
    source_dir = Path(config.source_dir)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"source folder not found: {source_dir}")
    articles, problems = read_corpus(
        source_dir, reserved=(config.topics_file,), metadata_file=config.metadata_file,
        max_bytes=config.max_article_bytes,
    )
    if config.analyse:
        for a in articles:
            too_long = long_paragraphs(a)
            if too_long:
                problems.append(Problem(
                    "analysis_skipped", f"{source_dir.name}/{a.source}",
                    f"{len(too_long)} paragraph(s) longer than {MAX_PARAGRAPH_CHARS:,} characters "
                    "are published but not analysed (no people, quotes or dates taken from them)",
                ))
    articles = analyse_corpus(articles, config)
    topics_file = source_dir / config.topics_file
    topics_config = topics_file.read_bytes() if topics_file.is_file() else None
    composed = memo(
        config.resolved_cache_dir, "compose",
        ("briefing.compose", "briefing.model", "briefing.text", "briefing.groups", "briefing.rules"),
        (articles, topics_config, config.topics_file, rules.fingerprint()),
        lambda: compose_briefing(articles, config, []),
    )
    problems.extend(unmatched_topics(config, composed.topics))
    return replace(composed, problems=tuple(problems) + composed.problems)


def unmatched_topics(config: BriefingConfig, topics) -> list[Problem]:
    """A topic of the editor's file that no article matched has no chapter: say so."""
    from .compose.topic_config import load_topic_config

    specs, _ = load_topic_config(Path(config.source_dir), config.topics_file)
    present = {t.id for t in topics}
    location = f"{Path(config.source_dir).name}/{config.topics_file}"
    return [
        Problem("bad_topics", location,
                f"topic {spec.label!r} ({spec.id}) matches no article; it has no chapter "
                "(check its terms)")
        for spec in specs or () if spec.id not in present
    ]


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
    if report.foreign:
        where = Path(config.output_dir).name
        briefing = replace(briefing, problems=briefing.problems + tuple(
            Problem("foreign_file", f"{where}/{rel}",
                    "this file was not made by briefing and has been removed from the generated folder "
                    "(keep your own files elsewhere)")
            for rel in report.foreign
        ))
    return briefing, report


#: Lock file in the Sphinx project folder (beside conf.py) held during a build.
LOCK_FILE = ".briefing.lock"


class ProjectBusy(RuntimeError):
    """Another build holds the project's lock."""


class ProjectLock:
    """An exclusive lock on a Sphinx project, released when the process ends
    (even by kill -9): ``flock`` on ``<project>/.briefing.lock``."""

    def __init__(self, fh):
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            import fcntl

            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


def acquire_lock(project_dir: Path) -> ProjectLock:
    """Lock the project for this build or raise ProjectBusy naming the holder."""
    import fcntl

    path = Path(project_dir) / LOCK_FILE
    fh = open(path, "a+", encoding="utf-8")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = " ".join(fh.read().split())[:200] or "another process"
        fh.close()
        raise ProjectBusy(
            f"another build of this project is running ({holder}); wait until it ends, "
            f"then build again (lock file: {path})"
        ) from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"process {os.getpid()}, started {time.strftime('%H:%M:%S')}\n")
    fh.flush()
    return ProjectLock(fh)
