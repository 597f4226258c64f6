"""The cleaner: classified lines → headline, metadata, kept paragraphs and the
dropped list. Every non-blank input line ends in exactly one of: the title, a
paragraph, a dropped entry (metadata lines are dropped entries whose reason
says which fields they gave). A line split in two (a dateline followed by the
lead, a repeated teaser followed by new text) leaves each part in its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import DropReason, DroppedLine, Paragraph
from .lines import (
    Byline, boilerplate_reason, bulleted_subheading, caption_reason, correspondents_in, is_image,
    is_navigation, is_plain_subheading, is_separator, is_trailer_start, looks_like_headline,
    match_byline, match_dateline,
)
from .metadata import derive_title

#: How far from the top a dateline still marks the end of a preamble (content lines).
PREAMBLE_WINDOW = 8
#: Preamble lines (between headline and dateline) shorter than this are captions.
PREAMBLE_CAPTION_WORDS = 10
#: A repeated opening shorter than this (in words) is left in its paragraph.
MIN_REPEATED_WORDS = 8
#: Lines in a page trailer shorter than this are taken for links or buttons.
TRAILER_LINK_WORDS = 25


@dataclass
class Cleaned:
    """What the cleaner found in one text."""

    title: str | None = None
    title_source: str | None = None  # "extracted" | "derived"
    fields: dict = field(default_factory=dict)  # date, date_precision, time, place, agency
    authors: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)


_WORDS = re.compile(r"\w+")


def normalised(text: str) -> str:
    """Comparison key: the words in order, whatever the case, the spacing inside
    « » or before punctuation, the apostrophes and the quotation marks."""
    return " ".join(_WORDS.findall(text.lower()))


_SENTENCE_BREAK = re.compile(r"(?<=[.!?…»\"”])\s+(?=[«\"“A-ZÀ-Ö0-9])")


class _Cleaner:
    def __init__(self, items: list[tuple[int, str]], find_headline: bool):
        self.items = items
        self.out = Cleaned()
        self.seen: dict[str, str] = {}  # normalised text -> paragraph id (or "the title")
        self.find_headline = find_headline
        self.dateline_line = 0

    # --- output helpers
    def drop(self, kind: str, text: str, code: DropReason, n: int, *detail: str) -> None:
        self.out.dropped.append(DroppedLine.of(kind, text, code, n, detail))

    def keep(self, kind: str, text: str, n: int) -> None:
        key = normalised(text)
        if key in self.seen:
            self.drop("duplicate", text, DropReason.DUPLICATE, n, self.seen[key])
            return
        if kind in ("lead", "body"):
            text = self._strip_repeated_start(text, n)
            if not text:
                return
            key = normalised(text)
            if not any(p.kind in ("lead", "body") for p in self.out.paragraphs):
                kind = "lead"
        pid = f"p{len(self.out.paragraphs) + 1}"
        self.out.paragraphs.append(Paragraph(pid, kind, text, n))
        self.seen.setdefault(key, pid)

    def _strip_repeated_start(self, text: str, n: int) -> str:
        """A paragraph opening with an earlier paragraph (a teaser repeated in
        the body): drop the repeated sentences, keep what is new."""
        parts = _SENTENCE_BREAK.split(text)
        if len(parts) < 2:
            return text
        for count in range(1, min(len(parts), 6)):
            head = " ".join(parts[:count])
            if len(head.split()) < MIN_REPEATED_WORDS:
                continue
            pid = self.seen.get(normalised(head))
            if pid:
                self.drop("duplicate", head, DropReason.REPEATED_START, n, pid)
                return " ".join(parts[count:])
        return text

    def set_fields(self, values: dict, n: int) -> tuple[str, ...]:
        taken = []
        for name, value in values.items():
            if value and name not in self.out.fields:
                self.out.fields[name] = value
                taken.append(name)
        return tuple(taken)

    # --- the pass
    def run(self) -> Cleaned:
        items = self.items
        preamble_end = self._preamble_end()
        self.last_text_idx = max(
            (i for i, (_, line) in enumerate(items)
             if not (is_separator(line) or boilerplate_reason(line) or is_image(line))),
            default=-1,
        )
        title_open = self.find_headline
        in_trailer = False
        after_image = False
        for idx, (n, line) in enumerate(items):
            if is_separator(line):
                self.drop("separator", line, DropReason.SEPARATOR, n)
                continue
            if idx < preamble_end:  # above the dateline found near the top: captions, lead
                at_top = False
            else:
                at_top = not self._has_text() or idx == preamble_end or idx == self.last_text_idx
            dateline = match_dateline(line, at_top=at_top)
            if dateline and dateline.at_top_only and "date" in self.out.fields:
                dateline = None  # the article is dated already: a caption or a line of text
            if dateline:
                title_open = title_open and not dateline.rest  # text after it: no headline above
                while dateline:  # "Publié le … - Mis à jour le …": one dateline after another
                    self._dateline(dateline, n)
                    line = dateline.rest.lstrip("-–—|·, ")
                    dateline = match_dateline(line, at_top=at_top) if line else None
                if not line:
                    continue
            reason = boilerplate_reason(line)
            if reason:
                self.drop("boilerplate", line, reason, n)
                in_trailer = in_trailer or is_trailer_start(line)
                continue
            if in_trailer:
                if self._link_like(line):
                    self.drop("boilerplate", line, DropReason.TRAILER_LINK, n)
                    continue
                in_trailer = False
            if is_image(line):
                self.drop("image", line, DropReason.IMAGE, n)
                after_image = True
                continue
            byline = match_byline(line)
            if byline:
                self._byline(byline, line, n)
                continue
            caption = caption_reason(line, after_image)
            after_image = False
            if caption:
                self.keep("caption", line, n)
                continue
            if is_navigation(line):
                self.drop("navigation", line, DropReason.NAVIGATION, n)
                continue
            if title_open and self._kicker(idx, line):
                self.drop("navigation", line, DropReason.KICKER, n)
                continue
            if title_open:
                title_open = False
                headline = line.lstrip("#").strip() if line.startswith("# ") else line  # Markdown "# Title"
                if looks_like_headline(headline):
                    self.out.title, self.out.title_source = headline, "extracted"
                    self.seen[normalised(headline)] = "the title"
                    continue
            sub = bulleted_subheading(line)
            if sub is None and self._has_text() and is_plain_subheading(line) and self._text_follows(idx):
                sub = line
            if sub is not None:
                self.keep("subheading", sub, n)
                continue
            if idx < preamble_end and self.out.title is not None:
                if len(line.split()) < PREAMBLE_CAPTION_WORDS:
                    self.keep("caption", line, n)
                    continue
            self.keep("body", line, n)
        self._finish()
        return self.out

    def _kicker(self, idx: int, line: str) -> bool:
        """A one-to-three-word label right above a headline ("Cybersécurité")."""
        if len(line.split()) > 3 or line.endswith((".", "!", "?", ":", ";", ",")) or idx + 1 >= len(self.items):
            return False
        nxt = self.items[idx + 1][1]
        return looks_like_headline(nxt) and match_dateline(nxt) is None and len(nxt.split()) > len(line.split())

    def _preamble_end(self) -> int:
        """Index of a dateline near the top, after other text lines; 0 if none."""
        for idx, (_, line) in enumerate(self.items[:PREAMBLE_WINDOW]):
            d = match_dateline(line)
            if d and not d.update:
                return idx
        return 0

    def _has_text(self) -> bool:
        return any(p.kind in ("lead", "body") for p in self.out.paragraphs)

    def _text_follows(self, idx: int) -> bool:
        if idx + 1 >= len(self.items):
            return False
        nxt = self.items[idx + 1][1]
        return len(nxt.split()) > 12

    @staticmethod
    def _link_like(line: str) -> bool:
        return len(line.split()) <= TRAILER_LINK_WORDS and not line.endswith(".")

    def _dateline(self, d, n: int) -> None:
        if d.relative:
            self.drop("dateline", d.prefix, DropReason.RELATIVE_DATE, n)
            return
        if d.update:
            self.drop("dateline", d.prefix, DropReason.UPDATE_TIME, n)
            return
        values = {"date": d.date, "date_precision": d.precision, "time": d.time, "place": d.place, "agency": d.agency}
        if d.date and "date" in self.out.fields:
            values = {}  # a dated line's fields go together: all from the first dated dateline
        taken = self.set_fields(values, n)
        taken = tuple(t for t in taken if t != "date_precision")
        if taken:
            self.dateline_line = self.dateline_line or n
            self.drop("dateline", d.prefix, DropReason.METADATA, n, *taken)
        else:
            self.drop("dateline", d.prefix, DropReason.DATELINE_REPEAT, n)

    def _byline(self, b: Byline, line: str, n: int) -> None:
        new_authors = [a for a in b.authors if a not in self.out.authors]
        self.out.authors.extend(new_authors)
        taken = (["authors"] if new_authors else []) + list(self.set_fields({"agency": b.agency, "outlet": b.outlet}, n))
        if taken:
            self.drop("byline", line, DropReason.METADATA, n, *taken)
        else:
            self.drop("byline", line, DropReason.BYLINE_REPEAT, n)

    def _finish(self) -> None:
        out = self.out
        for p in out.paragraphs:
            if p.kind in ("lead", "body"):
                for name in correspondents_in(p.text):
                    if name not in out.authors:
                        out.authors.append(name)
        if out.title is None:
            first = next((p for p in out.paragraphs if p.kind in ("lead", "body")), None)
            if first is not None:
                out.title, out.title_source = derive_title(first.text), "derived"


def clean_lines(lines: list[tuple[int, str]], known_title: str | None = None) -> Cleaned:
    """Clean numbered lines ``(line number, text)``; blank lines are ignored.

    ``known_title`` (from a web page's metadata) replaces the headline search;
    a line repeating it is dropped as a duplicate of the title.
    """
    items = [(n, text.strip()) for n, text in lines if text.strip()]
    cleaner = _Cleaner(items, find_headline=known_title is None)
    if known_title:
        cleaner.seen[normalised(known_title)] = "the title"
    return cleaner.run()


def clean_text(text: str, first_line: int = 1, known_title: str | None = None) -> Cleaned:
    return clean_lines(list(enumerate(text.split("\n"), start=first_line)), known_title)
