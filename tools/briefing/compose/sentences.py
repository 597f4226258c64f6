"""Sentences of French news paragraphs, for the summaries: the keys under which
copies merge, whether a sentence is worth quoting, and whether it can be read
alone (``rules/dependent_sentences.yaml``).

The splitting itself is ``text.split_sentences``: every sentence is an exact
slice of its paragraph (``text[start:end]``), so a summary sentence can always
be found verbatim where its link points.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import rules
from ..keys import quote_key, sentence_key  # noqa: F401  re-exported for compose
from ..text import Sentence, fold, split_sentences  # noqa: F401  Sentence, split_sentences: re-exported


def looks_like_sentence(text: str) -> bool:
    """A complete sentence worth quoting: enough words, ends like a sentence."""
    words = text.split()
    if not 6 <= len(words) <= 80:
        return False
    stripped = text.rstrip(" »”\"’)")
    if not stripped or stripped[-1] not in ".!?…":
        return False
    letters = sum(c.isalpha() for c in text)
    return letters >= 0.6 * len(text.replace(" ", ""))


# --- sentences that cannot be read alone ----------------------------------------------

#: The classes of rules/dependent_sentences.yaml, in the order they are tried.
DEPENDENCY_CLASSES = ("opening_connector", "demonstrative_subject", "anaphoric_time", "deictic_time")


@dataclass(frozen=True)
class DependencyRules:
    """The compiled rule list of ``rules/dependent_sentences.yaml``."""

    connector: re.Pattern
    impersonal: re.Pattern
    pronoun: re.Pattern
    determiner: re.Pattern
    anaphoric: re.Pattern
    deictic: re.Pattern


def _alternatives(entries, not_before=()) -> str:
    words = sorted({fold(e).strip() for e in entries}, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    guard = ""
    if not_before:
        guard = "(?!\\s*(?:" + "|".join(re.escape(fold(w)) + ("" if w.endswith("'") else r"\b") for w in not_before) + "))"
    return f"(?:{body})(?![\\w'-]){guard}"


@functools.lru_cache(maxsize=1)
def dependency_rules() -> DependencyRules:
    """Load and compile the rule list (read once)."""
    data = rules.data("dependent_sentences.yaml")
    demo, time = data["demonstrative_subjects"], data["relative_time"]
    opening = r"^[\s«\"(\-–—]*"
    return DependencyRules(
        connector=re.compile(opening + _alternatives(data["opening_connectors"])),
        impersonal=re.compile(opening + _alternatives(demo["impersonal"])),
        pronoun=re.compile(opening + _alternatives(demo["pronouns"])),
        determiner=re.compile(opening + _alternatives(demo["determiners"], demo["not_before"])),
        anaphoric=re.compile(r"(?<![\w'-])" + _alternatives(time["anaphoric"], time["not_before"])),
        deictic=re.compile(r"(?<![\w'-])" + _alternatives(time["deictic"])),
    )


def dependency(
    text: str, *, lead: bool = False, dated: tuple[str, ...] = (), undated: tuple[str, ...] = ()
) -> str | None:
    """Why a sentence cannot be read alone (a class of ``DEPENDENCY_CLASSES``), or None.

    ``lead``: the sentence is in its article's lead (a relative "jeudi" or
    "ce lundi" there is the news of the day the article is dated);
    ``dated`` / ``undated``: the time expressions of the sentence that the
    analysis resolved to a date / could not resolve ("vendredi" in an article
    dated to the month only). Outside the lead, an unresolved one makes the
    sentence dependent, like the deictic expressions of the list.
    """
    rules = dependency_rules()
    f = fold(text)
    if rules.connector.match(f):
        return "opening_connector"
    if rules.pronoun.match(f) and not rules.impersonal.match(f):
        return "demonstrative_subject"
    if rules.determiner.match(f):
        return "demonstrative_subject"
    if rules.anaphoric.search(f):
        return "anaphoric_time"
    if not lead:
        if undated:
            return "deictic_time"
        resolved = {fold(x) for x in dated}
        for m in rules.deictic.finditer(f):
            if not any(m.group(0) in r for r in resolved):
                return "deictic_time"
    return None
