"""One registry of the warning kinds briefing emits.

Each kind is also a Sphinx warning subtype: silence one with
``suppress_warnings = ["briefing.unreadable"]`` in ``conf.py``.
"""

from __future__ import annotations

import enum


class WarningKind(enum.Enum):
    unreadable = "unreadable"
    """An input file could not be read (empty, binary, undecodable); it is skipped."""

    bad_override = "bad_override"
    """An editorial override (front matter or metadata file) is malformed or names no article."""

    bad_topics = "bad_topics"
    """The topic configuration file is malformed."""

    bad_glossary = "bad_glossary"
    """The glossary file is malformed or has an entry that is not ACRONYM: expansion."""
