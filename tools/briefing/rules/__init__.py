"""The rule lists shipped with briefing (package data) and their one loader.

- ``*.txt``: word lists — entries separated by white space, "#" starts a comment;
- ``*.yaml``: structured rules (patterns, tables).

No entry may appear twice in a file (tests/unit/test_rules.py). Every file is
part of ``fingerprint()``, which the stage caches use as a key, so editing a
list invalidates what was computed with it.
"""

from __future__ import annotations

import functools
import hashlib
from importlib.resources import files
from typing import Any


def _folder():
    return files(__name__)


def names() -> list[str]:
    """The rule files, sorted."""
    return sorted(f.name for f in _folder().iterdir() if f.name.endswith((".txt", ".yaml")))


@functools.lru_cache(maxsize=None)
def text(name: str) -> str:
    """The text of one rule file, as shipped."""
    return _folder().joinpath(name).read_text(encoding="utf-8")


def words(name: str) -> tuple[str, ...]:
    """The entries of a ``.txt`` word list, in file order."""
    out: list[str] = []
    for line in text(name).splitlines():
        out += line.split("#", 1)[0].split()
    return tuple(out)


@functools.lru_cache(maxsize=None)
def data(name: str) -> Any:
    """The content of a ``.yaml`` rule file."""
    import yaml

    return yaml.safe_load(text(name))


def fingerprint() -> str:
    """SHA-256 of every rule file (names and contents)."""
    digest = hashlib.sha256()
    for name in names():
        digest.update(name.encode() + b"\0" + text(name).encode("utf-8") + b"\0")
    return digest.hexdigest()
