"""Speakers named by their role: "Le secrétaire d'État américain accuse …".

Within one article, a quote whose speaker is a definite role phrase is given
to the person that role designates when exactly one person mentioned in the
same article carries that role somewhere in the corpus (roles change over
time, so the person must be in the article itself). The person's entry in the
article then records the role as the text gives it. Pure: articles in,
articles out.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..model import Article, Entity, Quote
from .lexicon import fold

_DETERMINER = re.compile(r"^(?:le|la|l['’]|les)\s*", re.IGNORECASE)


def _role_key(text: str) -> str | None:
    """Folded role phrase without its definite article; None if not definite."""
    folded = fold(text)
    stripped = _DETERMINER.sub("", folded, count=1)
    return stripped if stripped != folded and len(stripped.split()) >= 2 else None


def resolve_role_speakers(articles: list[Article]) -> list[Article]:
    holders: dict[str, set[str]] = defaultdict(set)  # folded role -> person names
    for a in articles:
        for e in a.entities:
            if e.type == "PER" and e.role:
                holders[fold(e.role)].add(e.name)
    out = []
    for a in articles:
        people = {e.name for e in a.entities if e.type == "PER"}
        given: dict[str, str] = {}  # name -> role phrase as written here
        quotes = []
        for q in a.quotes:
            key = _role_key(q.speaker) if q.speaker and q.speaker not in people else None
            match = holders.get(key, set()) & people if key else set()
            if len(match) == 1:
                name = match.pop()
                given.setdefault(name, _DETERMINER.sub("", q.speaker.strip(), count=1))
                q = Quote(q.text, name, q.paragraph, q.kind)
            quotes.append(q)
        if given:
            entities = tuple(
                Entity(e.name, e.type, given[e.name], e.mentions, e.aliases)
                if e.name in given and not e.role else e
                for e in a.entities
            )
            a = a.with_(quotes=tuple(quotes), entities=entities)
        out.append(a)
    return out
