"""The glossary of acronyms: found in the articles, expanded from the text or
from the editor's ``glossary.yaml``.

Two sources, the editor winning:

- the text itself, where an article writes an expansion followed by its
  acronym in brackets — "l'Association des nations de l'Asie du Sud-Est
  (Asean)". The expansion is taken from the same clause (no comma, colon,
  semicolon or full stop in between), within eight words: the shortest run
  that starts with a capital (the acronym's first letter) and whose initials
  spell the acronym;
- ``glossary.yaml`` next to the articles, a mapping ``ACRONYM: expansion``. An
  entry is shown only when its acronym occurs in an article (as a whole word,
  same case), so one file can serve several corpora.

Nothing is guessed: an acronym with no expansion in the text or the file is
left out.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .model import Article, GlossaryEntry, Problem
from .text import fold

#: an acronym as written in brackets: 2–8 letters, first one a capital, at
#: least two capitals or a capital followed by lower case ("UE", "Asean")
_ACRONYM = r"[A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,7}"
_BRACKETED = re.compile(rf"\(({_ACRONYM})\)")
_CLAUSE_END = re.compile(r"[,;:.!?()«»\"“”]")
_WINDOW = 8


def _word_start(word: str) -> str:
    """First letter of a word after an elided article ("l'Asie" → "A")."""
    word = re.sub(r"^[dlDL]['’]", "", word)
    return word[:1]


def expansion_before(text: str, end: int, acronym: str) -> str | None:
    """The expansion written just before ``text[end:]`` = "(ACRONYM)", or None:
    the shortest run of words of the same clause that starts with a capital
    (the acronym's first letter) and whose initials spell the acronym."""
    before = text[:end].rstrip()
    clause = _CLAUSE_END.split(before)[-1]
    words = clause.split()[-_WINDOW:]
    for i in range(len(words) - 1, -1, -1):
        first = _word_start(words[i])
        if first.isupper() and first.casefold() == acronym[0].casefold():
            phrase = " ".join([re.sub(r"^[dlDL]['’]", "", words[i]), *words[i + 1:]])
            if len(phrase.split()) >= 2 and spells(acronym, phrase):
                return phrase
    return None


def _initials(expansion: str) -> Counter:
    """First letters of the expansion's words; short lower-case words (de, du,
    des, la, of…) are left out, hyphenated parts count ("Sud-Est": s, e)."""
    out: Counter = Counter()
    for word in re.split(r"[\s\-]+", expansion):
        word = re.sub(r"^[dlDL]['’]", "", word)
        if not word or (word.islower() and len(word) <= 3):
            continue
        out[fold(word[0], quotes="none", ascii=True)] += 1
    return out


def spells(acronym: str, expansion: str) -> bool:
    """Whether the expansion's initials can spell the acronym: its capitals
    ("FFTri": F, F, T), or all its letters when only the first is a capital
    ("Otan", "Asean" — in any order, for acronyms formed in another language)."""
    capitals = [c for c in acronym if c.isupper()]
    letters = capitals if len(capitals) >= 2 else list(acronym)
    needed = Counter(fold(c, quotes="none", ascii=True) for c in letters)
    have = _initials(expansion)
    return all(have[c] >= n for c, n in needed.items())


def found_in_text(articles: list[Article]) -> dict[str, str]:
    """Acronym → expansion as the articles write them (first one wins)."""
    out: dict[str, str] = {}
    for a in articles:
        for p in a.paragraphs:
            for m in _BRACKETED.finditer(p.text):
                acronym = m.group(1)
                if acronym in out or acronym.islower():
                    continue
                expansion = expansion_before(p.text, m.start(), acronym)
                if expansion and expansion != acronym:
                    out[acronym] = expansion
    return out


def load_editor_glossary(path: Path, location: str) -> tuple[dict[str, str], list[Problem]]:
    """``ACRONYM: expansion`` pairs from the editor's file (absent file: none)."""
    if not path.is_file():
        return {}, []
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return {}, [Problem("bad_glossary", location, f"not a valid YAML file ({exc}); glossary entries ignored")]
    if not isinstance(data, dict):
        return {}, [Problem("bad_glossary", location, "expected a mapping ACRONYM: expansion; ignored")]
    out: dict[str, str] = {}
    problems: list[Problem] = []
    for key, value in data.items():
        if not isinstance(key, str) or not isinstance(value, str) or not re.fullmatch(_ACRONYM, key.strip()):
            problems.append(Problem("bad_glossary", location,
                                    f"entry {str(key)[:40]!r} is not 'ACRONYM: expansion' (2–8 letters); ignored"))
            continue
        out[key.strip()] = " ".join(value.split())
    return out, problems


def occurs(term: str, articles: list[Article]) -> bool:
    pattern = re.compile(rf"(?<![\w-]){re.escape(term)}(?![\w-])")
    return any(pattern.search(p.text) for a in articles for p in a.paragraphs) or any(
        a.title and pattern.search(a.title) for a in articles
    )


def build_glossary(articles, editor: dict[str, str]) -> list[GlossaryEntry]:
    articles = list(articles)
    entries = {t: GlossaryEntry(t, e, "text") for t, e in found_in_text(articles).items()}
    for term, expansion in editor.items():
        if occurs(term, articles):
            entries[term] = GlossaryEntry(term, expansion, "editor")
    return sorted(entries.values(), key=lambda e: e.term.casefold())
