"""Read one article file into an Article: decode, front matter, clean, metadata
with provenance, editorial overrides."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import replace
from pathlib import Path

from ..model import Article, DropReason, DroppedLine, Problem
from .clean import Cleaned, clean_text
from .decode import UnreadableFile, decode_with_notes
from .frontmatter import BadFrontMatter, read_front_matter
from .metadata import detect_language
from .overrides import apply_overrides

__all__ = ["UnreadableFile", "read_article", "article_from_text"]

HTML_SUFFIXES = (".html", ".htm")


def article_from_cleaned(aid: str, rel: str, cleaned: Cleaned, found: dict | None = None) -> Article:
    """Assemble the Article; ``found`` holds fields read from page metadata (HTML)."""
    values: dict = {}
    provenance: dict = {}

    def take(name: str, value, source: str = "extracted") -> None:
        """The first value found for a field wins (page metadata, then the text)."""
        if name not in values:
            values[name] = value
            if name != "date_precision":
                provenance[name] = source

    for name, value in (found or {}).items():
        take(name, value)
    if cleaned.title:
        take("title", cleaned.title, cleaned.title_source or "extracted")
    for name, value in cleaned.fields.items():
        take(name, value)
    if cleaned.authors:
        take("authors", tuple(cleaned.authors))
    if "language" not in values:
        language = detect_language(" ".join(p.text for p in cleaned.paragraphs if p.kind != "caption"))
        if language:
            take("language", language, "derived")
    return Article(
        id=aid,
        source=rel,
        provenance=provenance,
        paragraphs=tuple(cleaned.paragraphs),
        dropped=tuple(cleaned.dropped),
        **values,
    )


def article_from_text(text: str, aid: str, rel: str) -> tuple[Article, list[Problem]]:
    """An article from decoded text (.txt/.md): front matter, cleaner, overrides."""
    problems: list[Problem] = []
    front_dropped: list[DroppedLine] = []
    reason = DropReason.FRONT_MATTER
    try:
        fields, body, consumed, replaced = read_front_matter(text)
        if replaced:
            problems.append(Problem("bad_override", f"{rel}:1", f"{replaced} invalid character(s) "
                                    "(lone surrogates) in the front matter replaced by \ufffd"))
    except BadFrontMatter as exc:
        problems.append(Problem("bad_override", f"{rel}:1", f"{exc}; the block is ignored"))
        consumed = exc.consumed
        fields, body = {}, "\n".join(text.split("\n")[consumed:])
        reason = DropReason.BAD_FRONT_MATTER
    if consumed:
        for n, line in enumerate(text.split("\n")[:consumed], start=1):
            if line.strip():
                front_dropped.append(DroppedLine.of("front-matter", line.strip(), reason, n))
    cleaned = clean_text(body, first_line=consumed + 1)
    if not cleaned.paragraphs and not cleaned.title:
        raise UnreadableFile("no article text left after cleaning (only navigation, images or boilerplate)")
    cleaned.dropped[:0] = front_dropped
    article = article_from_cleaned(aid, rel, cleaned)
    if fields:
        article, more = apply_overrides(article, fields, f"{rel}:1")
        problems.extend(more)
    return article, problems


#: Default largest file read, in bytes (see ``BriefingConfig.max_article_bytes``).
MAX_BYTES = 5_000_000


def read_file_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, never through a link, never more than ``max_bytes``."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableFile("the file is a symbolic link; only regular files are read") from None
        raise UnreadableFile(f"cannot open the file: {exc.strerror}") from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableFile("not a regular file")
        if st.st_size > max_bytes:
            raise UnreadableFile(
                f"the file is {st.st_size / 1e6:.1f} MB, more than the {max_bytes / 1e6:g} MB "
                "allowed for one article (setting max_article_bytes)"
            )
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UnreadableFile(f"the file is more than the {max_bytes / 1e6:g} MB allowed for one article")
    return data


def read_article(path: Path, aid: str, rel: str, max_bytes: int = MAX_BYTES,
                 store=None) -> tuple[Article, list[Problem]]:
    """Read and clean one file; raise UnreadableFile with a reason the user can act on.

    ``store`` (``cache.KeyedStore``): the articles a previous build made, keyed
    by the file's bytes, its kind and its names; a file read before with the
    same bytes is not cleaned again. What is found unreadable is not kept."""
    data = read_file_bytes(path, max_bytes)
    suffix = Path(path).suffix.lower()
    if store is None:
        return _article_from_bytes(data, suffix, aid, rel)
    digest = hashlib.sha256(data)
    for part in (suffix, aid, rel):
        digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    key = digest.hexdigest()
    made = store.get(key)
    if made is None:
        article, problems = _article_from_bytes(data, suffix, aid, rel)
        made = store[key] = (article, tuple(problems))
    return made[0], list(made[1])


def _article_from_bytes(data: bytes, suffix: str, aid: str, rel: str) -> tuple[Article, list[Problem]]:
    if suffix in HTML_SUFFIXES:
        from .html import extract_html

        if not data.strip():
            raise UnreadableFile("the file is empty")
        text, found = extract_html(data)
        cleaned = clean_text(text, first_line=1, known_title=found.get("title"))
        # line numbers of extracted web text are not those of the file
        cleaned.paragraphs[:] = [replace(p, line=0) for p in cleaned.paragraphs]
        cleaned.dropped[:] = [replace(d, line=0) for d in cleaned.dropped]
        if not cleaned.paragraphs:
            raise UnreadableFile("no article text found in this web page")
        return article_from_cleaned(aid, rel, cleaned, found), []
    text, _encoding, notes = decode_with_notes(data)
    article, problems = article_from_text(text, aid, rel)
    repaired = [Problem("repaired", rel, "; ".join(notes))] if notes else []
    return article, repaired + problems
