"""YAML front matter: a ``---`` block at the very top of a .md/.txt file whose
fields override what the cleaner extracts (provenance "editor")."""

from __future__ import annotations

import re

_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


class BadFrontMatter(Exception):
    """The front matter block is not a YAML mapping; ``consumed`` lines it spans."""

    def __init__(self, message: str, consumed: int):
        super().__init__(message)
        self.consumed = consumed


def split_front_matter(text: str) -> tuple[dict, str, int]:
    fields, body, consumed, _replaced = read_front_matter(text)
    return fields, body, consumed


def read_front_matter(text: str) -> tuple[dict, str, int, int]:
    """Return (fields, body, lines consumed by the block, invalid code points
    replaced by U+FFFD in the fields).

    The body keeps its own line numbering via the returned offset: body line 1
    is file line ``offset + 1``. Text without a front matter block is returned
    unchanged with an empty mapping.
    """
    m = _FRONT.match(text)
    if not m:
        return {}, text, 0, 0
    import yaml

    from ..safe_yaml import load_counted

    consumed = m.group(0).count("\n") + (0 if m.group(0).endswith("\n") else 1)
    try:
        fields, replaced = load_counted(m.group(1))
        fields = fields or {}
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise BadFrontMatter(f"front matter is not valid YAML ({problem})", consumed) from None
    if not isinstance(fields, dict):
        raise BadFrontMatter("front matter must be a mapping of field: value", consumed)
    return fields, text[m.end():], consumed, replaced
