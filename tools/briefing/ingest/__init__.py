"""Ingest: the only code that reads input files.

``read_corpus(folder)`` returns the articles it could read and a problem for
each file it could not; one bad file never stops the others. Modules:
``decode`` (bytes → text), ``frontmatter``, ``lines`` (line classes),
``clean`` (lines → paragraphs, dropped lines, metadata), ``metadata``,
``html`` (trafilatura, loaded only for .html), ``overrides`` (editor's fields),
``article`` (one file → Article).
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from ..model import Article, Problem
from ..text import slug as ascii_slug
from .article import UnreadableFile, read_article
from .overrides import BadOverrides, apply_overrides, load_overrides

INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")
#: Default largest article file read (bytes); ``BriefingConfig.max_article_bytes``.
MAX_ARTICLE_BYTES = 5_000_000
#: Longest article id (also its page's file name); longer ones end in a hash.
MAX_ID_LENGTH = 80

__all__ = ["read_corpus", "read_article", "input_files", "article_id", "UnreadableFile"]


def article_id(stem: str) -> str:
    """A slug usable as document name, label and BibTeX key: ASCII, lower case,
    at most ``MAX_ID_LENGTH`` characters (a longer one is cut and ends in a
    hash of the whole, so two long names stay apart)."""
    slug = ascii_slug(stem, keep="_") or "article"
    if len(slug) > MAX_ID_LENGTH:
        digest = hashlib.sha256(slug.encode()).hexdigest()[:8]
        slug = slug[: MAX_ID_LENGTH - 9].rstrip("-_") + "-" + digest
    return slug


def readable_name(rel: str) -> str:
    """A path as valid UTF-8: bytes that are not UTF-8 become U+FFFD."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _is_input(name: str) -> bool:
    return Path(name).suffix.lower() in INPUT_SUFFIXES


def scan_source(source_dir: Path, reserved: tuple[str, ...] = ()) -> tuple[list[Path], list[tuple[str, str]]]:
    """(article files, [(relative path, why it is skipped)]).

    Only regular files are articles; links are never followed (a link could
    publish any file of the machine). Anything named like an article that is
    not read is reported: links, named pipes and devices, hidden files,
    folders named like a file. Other files (notes, data) are left alone.
    """
    source_dir = Path(source_dir)
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    stack = [source_dir]
    while stack:
        folder = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped.append((Path(folder).relative_to(source_dir).as_posix(), f"cannot list the folder: {exc.strerror}"))
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            rel = path.relative_to(source_dir).as_posix()
            try:
                st = os.lstat(path)
            except OSError as exc:
                skipped.append((rel, f"cannot read the file: {exc.strerror}"))
                continue
            if stat.S_ISLNK(st.st_mode):
                if _is_input(entry.name) or os.path.isdir(path):
                    skipped.append((rel, _link_reason(path, source_dir)))
                continue
            if entry.name.startswith("."):
                if _is_input(entry.name):
                    skipped.append((rel, "hidden file (its name starts with a dot); it is skipped"))
                continue
            if stat.S_ISDIR(st.st_mode):
                if _is_input(entry.name):
                    skipped.append((rel, "a folder named like an article file; the articles inside it are read"))
                subfolders.append(path)
                continue
            if not _is_input(entry.name) or entry.name in reserved or entry.name.lower() == "readme.md":
                continue
            if not stat.S_ISREG(st.st_mode):
                skipped.append((rel, f"not a regular file ({_file_type(st.st_mode)}); it is skipped"))
                continue
            files.append(path)
        stack.extend(reversed(subfolders))
    files.sort(key=lambda p: p.relative_to(source_dir).as_posix())
    return files, skipped


def _link_reason(path: Path, source_dir: Path) -> str:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return "a symbolic link to nothing (broken link); only regular files are read, it is skipped"
    inside = Path(source_dir).resolve() in target.parents
    where = "inside" if inside else "outside"
    what = "folder" if target.is_dir() else "file"
    return (f"a symbolic link to a {what} {where} the source folder; only regular files are read, "
            "it is skipped (copy the file here instead)")


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "special file"


def input_files(source_dir: Path, reserved: tuple[str, ...] = ()) -> list[Path]:
    return scan_source(source_dir, reserved)[0]


def assign_ids(rels: list[str]) -> tuple[list[str], list[tuple[int, str]]]:
    """Unique article ids for these relative paths, and [(index, message)] for
    each file whose natural id was taken by another file.

    The first file (in sorted order) with a natural id keeps it; files whose
    own name gives an id keep it too, so ``a-b-2.txt`` stays ``a-b-2`` even
    when ``a b.txt`` and ``a-b.txt`` both want ``a-b``.
    """
    bases = [article_id(Path(rel).with_suffix("").as_posix().replace("/", "-")) for rel in rels]
    owner: dict[str, int] = {}
    for i, base in enumerate(bases):
        owner.setdefault(base, i)
    taken = set(owner)
    ids: list[str] = []
    notes: list[tuple[int, str]] = []
    for i, base in enumerate(bases):
        if owner[base] == i:
            ids.append(base)
            continue
        n = 2
        stem = base[: MAX_ID_LENGTH - 4]
        while f"{stem}-{n}" in taken:
            n += 1
        aid = f"{stem}-{n}"
        taken.add(aid)
        ids.append(aid)
        notes.append((i, f"its page name {base!r} is already that of {readable_name(rels[owner[base]])!r}; "
                         f"{readable_name(rels[i])!r} is published as {aid!r}"))
    return ids, notes


def read_corpus(
    source_dir: Path, reserved: tuple[str, ...] = (), metadata_file: str | None = "metadata.yaml",
    max_bytes: int = MAX_ARTICLE_BYTES, store=None,
) -> tuple[list[Article], list[Problem]]:
    """Read every article under ``source_dir``; apply the editor's metadata file
    (``metadata_file``, relative to ``source_dir``) when present. ``store``:
    the files a previous build read (``read_article``)."""
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
    files, skipped = scan_source(source_dir, reserved)
    for rel, why in skipped:
        problems.append(Problem("unreadable", f"{source_dir.name}/{readable_name(rel)}", why))
    rels = [path.relative_to(source_dir).as_posix() for path in files]
    ids, renamed = assign_ids(rels)
    renamed_at = dict(renamed)
    for i, path in enumerate(files):
        rel = readable_name(rels[i])
        aid = ids[i]
        location = f"{source_dir.name}/{rel}"
        if rel != rels[i]:
            problems.append(Problem("unreadable", location, "the file name is not valid UTF-8; "
                                    "the unreadable bytes are shown as \ufffd (rename the file)"))
        if i in renamed_at:
            problems.append(Problem("renamed", location, renamed_at[i]))
        try:
            article, more = read_article(path, aid, rel, max_bytes=max_bytes, store=store)
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
