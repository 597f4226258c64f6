"""run(config): ingest → analyse → compose → render → write.

The pipeline owns the inputs the stages do not read themselves: the editor's
topic file (read once, here) and the discovered topics kept between builds
(``STATE_FILE`` in the cache); and the orchestration of ``briefing topics
--suggest`` (ingest, analyse, then discovery).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path

from . import rules
from .analyse import analyse_corpus
from .analyse.limits import MAX_PARAGRAPH_CHARS, long_paragraphs
from .compose import compose
from .compose.topic_config import TopicConfigError, TopicSpec, parse_topic_config, topic_config_problem
from .compose.topics import topics_suggestion
from .editions import with_edition
from .config import BriefingConfig
from .glossary import build_glossary, load_editor_glossary
from .ingest import read_corpus
from .model import Briefing, Problem
from .render.book import render_book
from .cache import KeyedStore, atomic_write, memo
from .write import WriteReport, write_tree


#: The code an article is read and cleaned by (``ingest.read_article``).
INGEST_CODE = ("briefing.ingest", "briefing.safe_yaml", "briefing.model", "briefing.groups", "briefing.text",
               "briefing.keys")


def build_briefing(config: BriefingConfig) -> Briefing:
    """Everything but the output: the model of the briefing."""
    source_dir = Path(config.source_dir)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"source folder not found: {source_dir}")
    files = KeyedStore(config.resolved_cache_dir, "articles", INGEST_CODE, rules.fingerprint())
    articles, problems = read_corpus(
        source_dir, reserved=(config.topics_file,), metadata_file=config.metadata_file,
        max_bytes=config.max_article_bytes, store=files,
    )
    files.save()
    if config.analyse:
        for a in articles:
            too_long = long_paragraphs(a)
            if too_long:
                problems.append(Problem(
                    "analysis_skipped", f"{source_dir.name}/{a.source}",
                    f"{len(too_long)} paragraph(s) longer than {MAX_PARAGRAPH_CHARS:,} characters "
                    "are published but not analysed (no people, quotes or dates taken from them)",
                ))
    failed: dict[str, str] = {}
    articles = analyse_corpus(articles, config, failed)
    for source, what in sorted(failed.items()):
        problems.append(Problem(
            "analysis_skipped", f"{source_dir.name}/{source}",
            f"the language analysis failed on this article ({what}); it is published without "
            "people, quotes or dates taken from it",
        ))
    raw, specs, topic_problems = read_topic_config(source_dir, config.topics_file)
    composed = memo(
        config.resolved_cache_dir, "compose",
        ("briefing.compose", "briefing.keys", "briefing.model", "briefing.text", "briefing.groups", "briefing.rules"),
        (articles, raw, config.topics_file, rules.fingerprint()),
        lambda: compose_stage(articles, config, (specs, topic_problems)),
    )
    problems.extend(unmatched_topics(config, specs, composed.topics))
    return replace(composed, problems=tuple(problems) + composed.problems)


def read_topic_config(
    source_dir: Path, filename: str
) -> tuple[bytes | None, list[TopicSpec] | None, list[Problem]]:
    """The editor's topic file: its bytes (None when there is none) and its
    topics (None when there is no file or it is malformed, with the problem)."""
    path = Path(source_dir) / filename
    if not filename or not path.is_file():
        return None, None, []
    location = f"{Path(source_dir).name}/{filename}"

    def unreadable(exc: Exception) -> list[Problem]:
        return [Problem("bad_topics", location, f"cannot read the topic file ({exc}); topics are discovered instead")]

    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, None, unreadable(exc)
    try:
        text = raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text reads
    except UnicodeDecodeError as exc:
        return raw, None, unreadable(exc)
    try:
        return raw, parse_topic_config(text), []
    except TopicConfigError as exc:
        return raw, None, [topic_config_problem(exc, location)]


def load_topic_config(source_dir: Path, filename: str) -> tuple[list[TopicSpec] | None, list[Problem]]:
    """The editor's topics, or None when there is no file or it is malformed."""
    _, specs, problems = read_topic_config(source_dir, filename)
    return specs, problems


#: The discovered topics kept between builds, in the cache folder (``compose.topics``).
STATE_FILE = "topics-discovered.json"


def state_path(config: BriefingConfig) -> Path | None:
    """Where discovered topics are kept: in the cache folder, when that folder
    is an absolute path (resolved by the Sphinx extension or the command line
    from the project); never relative to the caller's working folder."""
    cache = Path(config.resolved_cache_dir)
    return cache / STATE_FILE if cache.is_absolute() else None


#: The code a paragraph's sentences and phrases come from (``compose.corpus.analyse_units``), and the
#: features of other texts and the press titles of paragraphs kept in the same store.
UNIT_CODE = ("briefing.compose.corpus", "briefing.compose.sentences", "briefing.compose.vocabulary",
             "briefing.compose.sourcing", "briefing.keys", "briefing.text", "briefing.model", "briefing.groups")


def compose_stage(articles, config: BriefingConfig, topics=None) -> Briefing:
    """Compose with the editor's topics (``topics``: (specs, problems) as
    ``load_topic_config`` gives them; read from the source folder when None),
    else with the discovered topics kept from the last build, and keep the
    new ones for the next."""
    specs, problems = topics if topics is not None else load_topic_config(
        Path(config.source_dir), config.topics_file)
    path = state_path(config) if specs is None else None
    state = None
    if path is not None:
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            state = None  # none stored, or a broken file: discover afresh
    units = KeyedStore(config.resolved_cache_dir, "paragraphs", UNIT_CODE, rules.fingerprint())
    briefing, new_state = compose(articles, config, list(problems), specs, state, units)
    units.save()
    if path is not None and new_state is not None:
        try:
            # no indent: the C encoder (with one, json encodes in Python, 2.5 times slower)
            atomic_write(path, json.dumps(new_state, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            pass  # an unwritable cache only costs stability
    return briefing


def forget_discovered_topics(cache_dir: Path) -> list[Path]:
    """Delete the stored topics (and the composition cached from them) so that
    the next build discovers topics afresh. Returns the files removed."""
    removed = []
    for path in [Path(cache_dir) / STATE_FILE, *sorted((Path(cache_dir) / "stages").glob("compose-*.pickle"))]:
        if path.is_file():
            path.unlink()
            removed.append(path)
    return removed


def suggest_topics(config: BriefingConfig) -> str:
    """A topics.yaml, discovered from the corpus, for the editor to start from."""
    source_dir = Path(config.source_dir)
    if not source_dir.is_dir():
        raise FileNotFoundError(f"source folder not found: {source_dir}")
    articles, _ = read_corpus(source_dir, reserved=(config.topics_file, config.metadata_file))
    articles = analyse_corpus(articles, config)
    return topics_suggestion(articles, source_dir.name, config.topics_file)


def unmatched_topics(config: BriefingConfig, specs: list[TopicSpec] | None, topics) -> list[Problem]:
    """A topic of the editor's file that no article matched has no chapter: say so."""
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
