"""Rule 2 of the package: the role the text gives next to a person, in an
apposition before or after the name."""

from __future__ import annotations

from ..lexicon import ROLE_DETERMINERS, TITLE_HEADS, TITLE_PREFIXES, fold


# --- roles ------------------------------------------------------------------------------


def _role_text(doc, first: int, last: int) -> str | None:
    """Text of tokens first..last (inclusive) if it reads as a role phrase."""
    i = first
    while i <= last and fold(doc[i].text) in TITLE_PREFIXES:
        i += 1
    if i > last and first <= last and fold(doc[last].text) in TITLE_HEADS:
        i = last  # "premier" alone is not a head, but "vice" can be
    if i > last or fold(doc[i].text) not in TITLE_HEADS:
        return None
    if doc[i].is_upper and len(doc[i].text) > 3:
        return None
    text = doc[first:last + 1].text.strip(" ,")
    return " ".join(text.split()) or None


def role_before(doc, start: int, names: set[int] = frozenset()) -> str | None:
    """Role in an apposition just before the name at token ``start``.

    "le secrétaire d'Etat américain Antony Blinken", "son ministre de la Défense, Li Shangfu".
    ``names`` holds token indexes of other person names: a role never crosses one.
    """
    i = start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    last = i
    steps = 0
    while i >= 0 and steps < 12:
        tok = doc[i]
        word = fold(tok.text)
        if i in names or (tok.is_punct and word not in ("-",)) or tok.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON"):
            return None
        if word in ROLE_DETERMINERS and i < last:
            role = _role_text(doc, i + 1, last)
            if role:
                return role
        i -= 1
        steps += 1
    return None


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" and fold(word[:-1]) in TITLE_HEADS | {"chef"} else word


def plural_roles(doc, first: int, first_end: int, second: int) -> tuple[str, str] | None:
    """Roles of two coordinated names after a plural title, shared out:
    "les chefs de la diplomatie américaine et chinoise A et B" → (chef de la diplomatie
    américaine, chef de la diplomatie chinoise). ``first``, ``first_end``: token span of A;
    ``second``: first token of B."""
    if fold(doc[first_end].text) != "et" or first_end + 1 != second:
        return None
    i = first - 1
    while i >= 0 and first - i <= 10:
        word = fold(doc[i].text)
        if word in ("les", "des", "ses", "leurs", "aux") and i + 1 < first:
            head = doc[i + 1].text
            if not head.lower().endswith(("s", "x")) or fold(_singular(head)) not in TITLE_HEADS:
                return None
            words = [t.text for t in doc[i + 2:first]]
            base = [_singular(head)]
            if len(words) >= 3 and words[-2] == "et" and doc[first - 1].pos_ == "ADJ" and doc[first - 3].pos_ == "ADJ":
                stem = base + words[:-3]
                return " ".join(stem + [words[-3]]), " ".join(stem + [words[-1]])
            role = " ".join(base + words)
            return role, role
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX"):
            return None
        i -= 1
    return None


_ROLE_END = frozenset({",", ".", ";", ":", "(", ")", "«", "»", "\"", "“", "”", "!", "?"})


def role_after(doc, end: int) -> str | None:
    """Role in an apposition after the name: "Daniel Russel, secrétaire d'Etat adjoint, …"."""
    found = _role_after_range(doc, end)
    return _role_text(doc, *found) if found else None


def _role_after_range(doc, end: int) -> tuple[int, int] | None:
    """(first, last) tokens of the apposition after a name that may hold its role."""
    i = end
    if i >= len(doc) or doc[i].text != ",":
        return None
    i += 1
    if i < len(doc) and fold(doc[i].text) in ("le", "la", "l'"):
        i += 1
    first = i
    last = None
    while i < len(doc) and i - first < 16:
        tok = doc[i]
        if tok.text in _ROLE_END or tok.pos_ in ("VERB", "AUX") or fold(tok.text) in ("qui", "que", "dont"):
            break
        last = i
        i += 1
    if last is None:
        return None
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].is_title:
        # "au correspondant de T, le secrétaire général de l'UGTT, Monaem Amira a indiqué": the
        # title announces the name after it, subject of the verb, not the name before it
        j = i + 1
        while j < len(doc) and j - i <= 4 and doc[j].is_title and not doc[j].is_punct:
            j += 1
        if j < len(doc) and j - i >= 3 and doc[j].pos_ in ("VERB", "AUX"):
            return None
    return first, last
