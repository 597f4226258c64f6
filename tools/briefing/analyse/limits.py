"""Bounds on what the language analysis is given.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters, error
E088) and its parser and entity recogniser need about 1 GB of memory per
100,000 characters. A paragraph longer than ``MAX_PARAGRAPH_CHARS`` is
therefore not analysed: it is published as it is, without entities, quotes
or dated events, and the build names its file (``long_paragraphs``).
"""

from __future__ import annotations

#: Longest paragraph analysed, in characters (a press paragraph is < 5,000).
MAX_PARAGRAPH_CHARS = 100_000


def analysable(text: str) -> str:
    """The text to hand to spaCy for one paragraph: itself, or "" when too long."""
    return text if len(text) <= MAX_PARAGRAPH_CHARS else ""


def long_paragraphs(article) -> list[str]:
    """Ids of the paragraphs of ``article`` that are too long to analyse."""
    return [p.id for p in article.paragraphs if len(p.text) > MAX_PARAGRAPH_CHARS]
