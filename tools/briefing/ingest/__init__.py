"""Ingest: the only code that reads input files.

``read_corpus(folder)`` returns the articles it could read and a problem for
each file it could not; one bad file never stops the others. Modules:
``decode`` (bytes → text), ``frontmatter``, ``lines`` (line classes),
``clean`` (lines → paragraphs, dropped lines, metadata), ``metadata``,
``html`` (trafilatura, loaded only for .html), ``overrides`` (editor's fields),
``article`` (one file → Article).
"""

from __future__ import annotations

from pathlib import Path

from ..model import Article, Problem
from ..slugs import ascii_slug
from .article import UnreadableFile, read_article
from .overrides import BadOverrides, apply_overrides, load_overrides

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")

__all__ = ["read_corpus", "read_article", "input_files", "article_id", "UnreadableFile"]


def article_id(stem: str) -> str:
    """A slug usable as document name, label and BibTeX key: ASCII, lower case."""
    return ascii_slug(stem, keep="_") or "article"


def input_files(source_dir: Path, reserved: tuple[str, ...] = ()) -> list[Path]:
    files = [
        p
        for p in sorted(Path(source_dir).rglob("*"))
        if p.is_file()
        and p.suffix.lower() in INPUT_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(source_dir).parts)
        and p.name not in reserved
        and p.name.lower() != "readme.md"
    ]
    return files


def read_corpus(
    source_dir: Path, reserved: tuple[str, ...] = (), metadata_file: str | None = "metadata.yaml"
) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``source_dir``; apply the editor's metadata file
    (``metadata_file``, relative to ``source_dir``) when present."""
    source_dir = Path(source_dir)
    articles: list[Article] = []
    problems: list[Problem] = []
    overrides: dict[str, dict] = {}
    meta_location = f"{source_dir.name}/{metadata_file}"
    if metadata_file:
        reserved = (*reserved, Path(metadata_file).name)
        try:
            overrides = load_overrides(source_dir / metadata_file, problems, meta_location)
        except BadOverrides as exc:
            problems.append(Problem("bad_override", meta_location, f"{exc}; editorial overrides ignored"))
    used: set[str] = set()
    seen: dict[str, int] = {}
    for path in input_files(source_dir, reserved):
        rel = path.relative_to(source_dir).as_posix()
        base = article_id(Path(rel).with_suffix("").as_posix().replace("/", "-"))
        n = seen.get(base, 0)
        seen[base] = n + 1
        aid = base if n == 0 else f"{base}-{n + 1}"
        location = f"{source_dir.name}/{rel}"
        try:
            article, more = read_article(path, aid, rel)
        except UnreadableFile as exc:
            problems.append(Problem("unreadable", location, f"{exc}; the file is skipped"))
            continue
        problems.extend(p.__class__(p.kind, f"{source_dir.name}/{p.location}", p.message) for p in more)
        for key in (rel, aid, path.name):
            if key in overrides:
                used.add(key)
                article, more = apply_overrides(article, overrides[key], f"{meta_location} ({key})")
                problems.extend(more)
                break
        articles.append(article)
    for key in overrides:
        if key not in used:
            problems.append(Problem("bad_override", meta_location, f"entry {key!r} names no article in {source_dir.name}/"))
    return articles, problems
