"""Ingest: the only code that reads input files.

``read_corpus(folder)`` returns the articles it could read and a problem for
each file it could not; one bad file never stops the others.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..model import Article, Problem
from .article import UnreadableFile, read_article

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")


def article_id(stem: str) -> str:
    """A slug usable as document name, label and BibTeX key: ASCII, lower case."""
    text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-_")
    return slug or "article"


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
    source_dir: Path, reserved: tuple[str, ...] = ()
) -> tuple[list[Article], list[Problem]]:
    source_dir = Path(source_dir)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for path in input_files(source_dir, reserved):
        rel = path.relative_to(source_dir).as_posix()
        base = article_id(Path(rel).with_suffix("").as_posix().replace("/", "-"))
        n = seen.get(base, 0)
        seen[base] = n + 1
        aid = base if n == 0 else f"{base}-{n + 1}"
        try:
            articles.append(read_article(path, aid, rel))
        except UnreadableFile as exc:
            problems.append(Problem("unreadable", f"{source_dir.name}/{rel}", str(exc)))
    return articles, problems
