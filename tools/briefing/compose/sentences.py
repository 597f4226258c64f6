"""Sentence splitting for French news paragraphs.

Every sentence is an exact slice of its paragraph (``text[start:end]``), so a
summary sentence can always be found verbatim where its link points.

A boundary is terminal punctuation (``. ! ? …``), possibly followed by a
closing quote or bracket, then whitespace, then something that can open a
sentence (a capital, a digit, an opening quote or a dash). It is not a
boundary after a French abbreviation (``M.``, ``Mme.``, ``Dr.``…), after an
initial (``J. Biden``), or inside a quotation (``« Il est urgent. Nous… »``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import yaml

from ..text import fold, normalise_quotes

#: Abbreviations after which a period does not end a sentence (casefolded, no period).
ABBREVIATIONS = frozenset(
    """m mm mme mmes mlle mlles dr pr me mgr st ste sts stes cf etc av apr jc j.-c
    vol p pp n no art al env min max ex gén col cdt lt sgt cne adj ing hab tél fig
    chap éd coll dir trad jr sr inc ltd co corp av bd""".split()
)

_BOUNDARY = re.compile(
    r"(?P<punct>[.!?…]+)(?P<close>\s?[»”\"’)\]]+)?(?P<space>\s+)(?=[«“\"(\-–—A-ZÀ-ÖØ-Þ0-9])"
)
_LAST_TOKEN = re.compile(r"([\w.-]+)$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def _is_abbreviation(before: str) -> bool:
    m = _LAST_TOKEN.search(before)
    if not m:
        return False
    token = m.group(1)
    low = token.casefold().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    # an initial: "J." in "J. Biden", "J.-P." in "J.-P. Raffarin"
    if re.fullmatch(r"(?:[A-ZÀ-Þ]\.-?)*[A-ZÀ-Þ]", token):
        return True
    return False



def split_sentences(text: str) -> list[Sentence]:
    """The sentences of one paragraph, each an exact slice of ``text``."""
    # quotations that never close (or an odd number of straight quotes) are ignored
    balanced = text.count("«") == text.count("»") and text.count("“") == text.count("”")
    straight_ok = text.count('"') % 2 == 0
    out: list[Sentence] = []
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    seen, marks = 0, dict.fromkeys("«»“”\"", 0)  # quote marks in text[:seen], counted once (linear time)
    for m in _BOUNDARY.finditer(text):
        end = m.start("space")
        if end <= start:
            continue
        if m.group("punct") == "." and _is_abbreviation(text[start:m.start("punct")]):
            continue
        marks = {q: c + text.count(q, seen, end) for q, c in marks.items()}
        seen = end
        depth = max(0, marks["«"] - marks["»"]) + max(0, marks["“"] - marks["”"]) + (marks['"'] % 2 if straight_ok else 0)
        if balanced and depth > 0:
            continue
        if not balanced and straight_ok and marks['"'] % 2:
            continue
        out.append(Sentence(text[start:end], start, end))
        start = m.end()
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))
    return out


def sentence_key(text: str) -> str:
    """The form under which copies of one sentence are merged.

    Whitespace and the typography of quotes and apostrophes (« non » and
    "non") vary between outlets carrying the same wire copy; the words do not.
    """
    return re.sub(r"\s*\"\s*", '"', " ".join(normalise_quotes(text).split()))


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


def quote_key(text: str) -> str:
    """The form under which copies of one quote are merged: no enclosing quotes, any case."""
    return sentence_key(text).strip(' "').casefold()


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
def dependency_rules_text() -> str:
    """The rule list as shipped (package data); part of the compose stage's cache key."""
    from importlib.resources import files

    return files("briefing").joinpath("rules/dependent_sentences.yaml").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def dependency_rules() -> DependencyRules:
    """Load and compile the rule list (read once)."""
    data = yaml.safe_load(dependency_rules_text())
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
