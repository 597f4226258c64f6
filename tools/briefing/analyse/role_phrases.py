"""People designated by their role: "Le secrétaire d'État américain accuse …".

The corpus tells which person holds which role ("le secrétaire d'Etat
américain Antony Blinken" in one article). In another article that names the
same person, a definite role phrase ("le secrétaire d'État américain") is
taken to designate them when exactly one person *mentioned in that article*
holds that role in the corpus — roles change hands over time, so the person
must be in the article itself. Then:

- a quote whose speaker is that role phrase is given to the person;
- the person's entry in that article gets the role as this article writes it,
  when the article gives them none next to their name.

Pure: articles in, articles out.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from ..model import Article
from .lexicon import fold

_DETERMINER = re.compile(r"^(?:le|la|l['’]|les)\s*", re.IGNORECASE)
_EDGE_PUNCT = " ,;:.!?()«»\"“”"
_ELIDED = re.compile(r"^[Ll]['’](?=\w)")


def _role_key(text: str) -> str | None:
    """Folded role phrase without its definite article; None if not definite."""
    folded = fold(text)
    stripped = _DETERMINER.sub("", folded, count=1)
    return stripped if stripped != folded and len(stripped.split()) >= 2 else None


def _holders(articles: list[Article]) -> dict[str, set[str]]:
    """Folded role → the people the corpus gives it to."""
    holders: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        for e in a.entities:
            if e.type == "PER" and e.role:
                holders[fold(e.role)].add(e.name)
    return holders


def _role_as_written(article: Article, key: str) -> str | None:
    """The role phrase as the article writes it, after a definite article."""
    size = len(key.split())
    for p in article.paragraphs:
        words = [w.strip(_EDGE_PUNCT) for w in p.text.split()]
        for i in range(len(words) - size + 1):
            if _ELIDED.match(words[i]):  # "l'ambassadeur de Chine"
                window = [words[i][2:], *words[i + 1:i + size]]
            elif i > 0 and fold(words[i - 1]) in ("le", "la", "les"):
                window = words[i:i + size]
            else:
                continue
            # fold works character by character, so the phrase's fold starts
            # with its first word's: most windows end here, unjoined
            if not key.startswith(fold(window[0])):
                continue
            if fold(" ".join(window)) == key:
                return " ".join(window)
    return None


def resolve_role_phrases(articles: list[Article]) -> list[Article]:
    holders = _holders(articles)
    # one written form per role across the corpus ("secrétaire d’État" / "secrétaire d'Etat")
    forms: dict[str, dict[str, int]] = defaultdict(dict)
    for a in articles:
        for e in a.entities:
            if e.type == "PER" and e.role:
                forms[fold(e.role)][e.role] = forms[fold(e.role)].get(e.role, 0) + 1

    def usual(role: str) -> str:
        known = forms.get(fold(role))
        return max(known.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if known else role

    out = []
    for a in articles:
        people = {e.name for e in a.entities if e.type == "PER"}
        given: dict[str, str] = {}  # name -> role as this article writes it
        quotes = []
        for q in a.quotes:
            key = _role_key(q.speaker) if q.speaker and q.speaker not in people else None
            match = holders.get(key, set()) & people if key else set()
            if len(match) == 1:
                name = match.pop()
                given.setdefault(name, _DETERMINER.sub("", q.speaker.strip(), count=1))
                q = replace(q, speaker=name)
            quotes.append(q)
        for e in a.entities:
            if e.type != "PER" or e.role or e.name in given:
                continue
            for key, names in holders.items():
                if e.name in names and len(names & people) == 1:
                    written = _role_as_written(a, key)
                    if written:
                        given[e.name] = written
                        break
        if given:
            entities = tuple(
                replace(e, role=usual(given[e.name]))
                if e.name in given and not e.role else e
                for e in a.entities
            )
            a = a.with_(quotes=tuple(quotes), entities=entities)
        out.append(a)
    return out
