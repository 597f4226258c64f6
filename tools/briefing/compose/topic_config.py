"""The editor's topic configuration: ``<source_dir>/topics.yaml``.

Format (YAML)::

    # Optional header comment, ignored.
    topics:
      - id: attribution                 # optional; a slug of the label otherwise
        label: Attribution des cyberattaques   # required: the chapter title
        description: Qui accuse qui …    # optional: one or two sentences, shown
                                         # under the chapter title and in the guide
        terms:                           # required: seed terms, in the articles'
          - attribution                  # own vocabulary
          - accus*                       # trailing * : any word starting so
          - serveurs Microsoft           # several words: a phrase

Terms match whole words, ignoring case, accents and typographic apostrophes,
with an optional plural ``s``/``x``; a term ending in ``*`` matches any word
beginning with it. Chapters appear in the order of the file.

A malformed file is reported as a ``bad_topics`` problem, and topics are then
discovered from the corpus as if there were no file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from .. import safe_yaml
from ..model import Problem
from ..text import fold, slug


@dataclass(frozen=True)
class TopicSpec:
    id: str
    label: str
    description: str = ""
    terms: tuple[str, ...] = ()


#: Page names already taken in the chapters folder.
RESERVED_IDS = frozenset({"index"})


class TopicConfigError(ValueError):
    def __init__(self, message: str, line: int = 0):
        super().__init__(message)
        self.line = line


def topic_id(label: str) -> str:
    """The id a topic takes from its label: a slug of at most 60 characters
    (a character with no ASCII form separates words), "theme" when empty."""
    return slug(label, limit=60, fallback="theme", ascii=False)


class TermPattern:
    """A term's regex (``regex``) and the word its matches start with: a text
    without that word is not searched (a regex that opens with a look-behind
    is tried at every position)."""

    __slots__ = ("regex", "first")

    def __init__(self, regex: re.Pattern, first: str) -> None:
        self.regex, self.first = regex, first

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text) if self.first in text else None


def term_pattern(term: str) -> TermPattern:
    """A pattern over folded text matching ``term`` as a word or phrase."""
    term = fold(term.strip())
    prefix = term.endswith("*")
    term = term.rstrip("*").strip()
    words = [w for w in re.split(r"[\s-]+", term) if w]
    body = r"[\s-]+".join(re.escape(w) for w in words)
    tail = r"\w*" if prefix else r"(?:s|x)?"
    return TermPattern(re.compile(r"(?<!\w)" + body + tail + r"(?!\w)"), words[0] if words else "")


def _line_of(node) -> int:
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark else 0


def parse_topic_config(text: str) -> list[TopicSpec]:
    """Validate the YAML text of a topic configuration; raise TopicConfigError."""
    try:
        node = safe_yaml.compose(text)  # no alias, bounded depth, dates as text
        data = safe_yaml.load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise TopicConfigError(f"not valid YAML: {exc}", mark.line + 1 if mark else 0) from None
    if isinstance(data, dict):
        if set(data) - {"topics"}:
            raise TopicConfigError(
                f"unknown top-level key(s) {sorted(set(data) - {'topics'})}; expected 'topics'", 1
            )
        entries, entry_nodes = data.get("topics"), None
        for k, v in node.value:
            if k.value == "topics":
                entry_nodes = v
    else:
        raise TopicConfigError("expected a mapping with a 'topics' list", _line_of(node))
    if not isinstance(entries, list) or not entries:
        raise TopicConfigError("'topics' must be a non-empty list", _line_of(entry_nodes))
    specs: list[TopicSpec] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        line = _line_of(entry_nodes.value[i]) if entry_nodes is not None else 0
        where = f"topic {i + 1}"
        if not isinstance(entry, dict):
            raise TopicConfigError(f"{where}: expected a mapping with label and terms", line)
        unknown = set(entry) - {"id", "label", "description", "terms"}
        if unknown:
            raise TopicConfigError(f"{where}: unknown key(s) {sorted(unknown)}", line)
        label = entry.get("label")
        if not isinstance(label, str) or not label.strip():
            raise TopicConfigError(f"{where}: 'label' must be a non-empty string", line)
        description = entry.get("description") or ""
        if not isinstance(description, str):
            raise TopicConfigError(f"{where}: 'description' must be a string", line)
        terms = entry.get("terms")
        if isinstance(terms, str):
            terms = [terms]
        if (
            not isinstance(terms, list)
            or not terms
            or not all(isinstance(t, (str, int)) and str(t).strip().strip("*") for t in terms)
        ):
            raise TopicConfigError(f"{where} ({label}): 'terms' must be a non-empty list of words", line)
        tid = entry.get("id") or topic_id(label)
        if not isinstance(tid, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]*", tid):
            raise TopicConfigError(
                f"{where}: 'id' must be lower-case letters, digits and hyphens, got {tid!r}", line
            )
        if tid in seen:
            raise TopicConfigError(f"{where}: duplicate id {tid!r}", line)
        if tid in RESERVED_IDS:
            raise TopicConfigError(f"{where}: id {tid!r} is reserved; choose another", line)
        seen.add(tid)
        specs.append(
            TopicSpec(tid, " ".join(label.split()), " ".join(description.split()),
                      tuple(str(t).strip() for t in terms))
        )
    return specs


def topic_config_problem(exc: TopicConfigError, location: str) -> Problem:
    """The problem to report for a malformed topic file at ``location``."""
    where = f"{location}:{exc.line}" if exc.line else location
    return Problem("bad_topics", where,
                   f"{exc}; fix the file (see its format in the methodology page) — topics are discovered instead")


def dump_topic_config(specs: list[TopicSpec], header: str = "") -> str:
    """YAML text of a topic configuration, readable and in the documented format."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines.append("topics:")
    for s in specs:
        lines.append(f"  - id: {s.id}")
        lines.append(f"    label: {_scalar(s.label)}")
        if s.description:
            lines.append(f"    description: {_scalar(s.description)}")
        lines.append("    terms:")
        lines.extend(f"      - {_scalar(t)}" for t in s.terms)
    return "\n".join(lines) + "\n"


def _scalar(value: str) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6).strip().removesuffix("...").strip()
