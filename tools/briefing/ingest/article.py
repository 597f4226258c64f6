"""Read one article file into an Article (minimal version; the cleaner refines it)."""

from __future__ import annotations

from pathlib import Path

from ..model import Article, DroppedLine, Paragraph


class UnreadableFile(Exception):
    """The file cannot be read as an article; the message says why."""


def decode(data: bytes) -> str:
    if not data.strip():
        raise UnreadableFile("the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile("the file looks binary (NUL bytes), not text")
    for enc in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise UnreadableFile("the file is not valid UTF-8 text")


def read_article(path: Path, aid: str, rel: str) -> Article:
    text = decode(Path(path).read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    lines = [(i + 1, line.strip()) for i, line in enumerate(text.split("\n"))]
    kept = [(n, line) for n, line in lines if line]
    if not kept:
        raise UnreadableFile("the file has no text")
    title_line, title = kept[0]
    paragraphs: list[Paragraph] = []
    dropped: list[DroppedLine] = []
    seen: set[str] = set()
    for n, line in kept[1:]:
        if line in seen:
            dropped.append(DroppedLine("duplicate", line, "repeats an earlier paragraph", n))
            continue
        seen.add(line)
        paragraphs.append(Paragraph(f"p{len(paragraphs) + 1}", "body", line, n))
    return Article(
        id=aid,
        source=rel,
        title=title,
        provenance={"title": "extracted"},
        paragraphs=tuple(paragraphs),
        dropped=tuple(dropped),
    )
