"""How a key point is sourced: unnamed sources, facts relayed from another publication.

The patterns are data (``rules/sourcing.yaml``); this module compiles them and
applies them to a sentence. Text is matched with its accents removed and
typographic apostrophes made straight, its length unchanged, so a captured
title is read back from the original characters.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import rules
from ..keys import kept_for_text
from ..model import Article
from ..text import plain


@dataclass(frozen=True)
class SourcingRules:
    anonymous: dict[str, re.Pattern]
    relayed: dict[str, re.Pattern]


@functools.lru_cache(maxsize=1)
def sourcing_rules() -> SourcingRules:
    data = rules.data("sourcing.yaml")
    return SourcingRules(
        anonymous={k: re.compile(v, re.IGNORECASE) for k, v in data["anonymous"].items()},
        relayed={k: re.compile(v, re.IGNORECASE) for k, v in data["relayed"].items()},
    )


def _title(text: str, m: re.Match) -> str:
    start, end = m.span("title")
    return text[start:end].strip().rstrip(".,;:'-").strip()


def anonymous_pattern(text: str) -> str | None:
    """The name of the first anonymous-source pattern the sentence matches, or None."""
    p = plain(text)
    for name, pattern in sourcing_rules().anonymous.items():
        if pattern.search(p):
            return name
    return None


def press_titles(articles: list[Article], store=None) -> frozenset[str]:
    """Titles the corpus shows are publications: its outlets and agencies, and the
    titles that follow a verb of writing or a media noun in any paragraph.
    ``store``: each paragraph's titles kept from the last build (a
    ``cache.KeyedStore``; what is found here is added to it)."""
    found = {plain(x) for a in articles for x in (a.outlet, a.agency) if x}
    for a in articles:
        for para in a.paragraphs:
            found.update(_paragraph_titles(para.text) if store is None
                         else kept_for_text(store, "press-titles", para.text, _paragraph_titles))
    return frozenset(t for t in found if t)


def _paragraph_titles(text: str) -> tuple[str, ...]:
    """The titles that follow a verb of writing or a media noun in a paragraph."""
    rules = sourcing_rules().relayed
    p = plain(text)
    return tuple(_title(p, m) for name in ("inverted_press_verb", "media_noun") for m in rules[name].finditer(p))


def _known(title: str, known: frozenset[str]) -> bool:
    words = title.split()
    for k in known:
        kw = k.split()
        if title == k or (words and kw and words == kw[-len(words):]):
            return True
        if words[: len(kw)] == kw:  # "Reuters Jeudi…": a known title, then other capitals
            return True
    return False


def relayed_from(text: str, known: frozenset[str] = frozenset()) -> str | None:
    """The publication the sentence relays ("écrit le New York Times"), as written, or None."""
    p = plain(text)
    rules = sourcing_rules().relayed
    for name in ("inverted_press_verb", "media_noun"):
        m = rules[name].search(p)
        if m:
            return text[slice(*m.span("title"))].strip().rstrip(".,;:'-").strip() if len(p) == len(text) else _title(p, m)
    for m in rules["known_title"].finditer(p):
        title = _title(p, m)
        if title and _known(title, known):
            return text[slice(*m.span("title"))].strip().rstrip(".,;:'-").strip() if len(p) == len(text) else title
    return None
