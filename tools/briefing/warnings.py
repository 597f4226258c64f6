"""One registry of the warning kinds briefing emits.

Each kind is also a Sphinx warning subtype: silence one with
``suppress_warnings = ["briefing.unreadable"]`` in ``conf.py``.
"""

from __future__ import annotations

import enum


class WarningKind(enum.Enum):
    unreadable = "unreadable"
    """An input file could not be read (empty, binary, undecodable, too large, a link or
    not a regular file); it is skipped."""

    bad_override = "bad_override"
    """An editorial override (front matter or metadata file) is malformed or names no article."""

    bad_topics = "bad_topics"
    """The topic configuration file is malformed."""

    bad_glossary = "bad_glossary"
    """The glossary file is malformed or has an entry that is not ACRONYM: expansion."""

    renamed = "renamed"
    """Two input files would get the same page name; the later one is published under another."""

    repaired = "repaired"
    """An input's text was repaired (invalid bytes or characters replaced or removed); the count is given."""

    analysis_skipped = "analysis_skipped"
    """Part of an article is too long for the language analysis; it is published but not analysed."""

    foreign_file = "foreign_file"
    """A file briefing did not write was found in the generated folder; it is removed."""
