"""Text utilities shared by every stage: the one accent/case fold, the one slug,
French month and weekday names.

- ``fold(text)``: the comparison key of a text — case and accents ignored, and
  (by default) typographic quotes, apostrophes and no-break spaces made plain.
  Its options say what else is dropped; each caller states the ones it needs.
- ``plain(text)``: accents removed and apostrophes straightened *without*
  changing the length or the case, so offsets found in it hold in the original.
- ``slug(text)``: lower-case ASCII words joined by "-", for file names,
  labels and keys.
- ``MONTHS``, ``WEEKDAYS`` and the tables and patterns derived from them.
"""

from __future__ import annotations

import re
import unicodedata

_TYPOGRAPHY = str.maketrans({
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def normalise_quotes(text: str) -> str:
    """Typographic quotes and apostrophes → ASCII; no-break spaces → spaces."""
    return text.translate(_TYPOGRAPHY)


def _without_marks(text: str, form: str = "NFKD") -> str:
    """``text`` decomposed (``form``) with its combining marks (accents) removed."""
    return "".join(c for c in unicodedata.normalize(form, text) if not unicodedata.combining(c))


def fold(text: str, *, quotes: str = "all", ascii: bool = False, spaces: bool = False) -> str:
    """Case- and accent-insensitive form of ``text``: 'État' → 'etat'.

    ``quotes``: "all" (the default) makes typographic quotes, apostrophes and
    no-break spaces ASCII first; "apostrophes" only ’ and ‘; "none" leaves them.
    ``ascii``: drop every character that has no ASCII base after the accents
    are removed (« œ — and ’ unless ``quotes`` made it "'"); by default such
    characters are kept, case-folded.
    ``spaces``: collapse runs of white space to one space and trim the ends.
    """
    if quotes == "all":
        text = normalise_quotes(text)
    elif quotes == "apostrophes":
        text = text.translate(_APOSTROPHES)
    elif quotes != "none":
        raise ValueError(f"quotes must be 'all', 'apostrophes' or 'none', not {quotes!r}")
    if ascii:
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    else:
        text = _without_marks(text.casefold())
    return " ".join(text.split()) if spaces else text


def plain(text: str) -> str:
    """Accents removed, apostrophes straight, case kept; same length as ``text``
    (a character whose accent-free form is not one character is kept as is)."""
    out = []
    for ch in text:
        if ch in "’ʼ‘":
            out.append("'")
            continue
        base = _without_marks(ch, "NFD")
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def first_letter_plain(word: str) -> str:
    """``word`` with the accent of its first letter removed ("État" → "Etat")."""
    if word[:1].isascii():
        return word
    return _without_marks(word[:1]) + word[1:]


def slug(text: str, keep: str = "", *, limit: int | None = None, fallback: str = "", ascii: bool = True) -> str:
    """Lower-case ASCII words joined by "-"; characters in ``keep`` survive too.

    Accents are dropped ("Pékin" → "pekin"); anything else becomes a "-".
    ``ascii``: a character with no ASCII form (’ œ) vanishes ("l’Asie" →
    "lasie"); with ``ascii=False`` it separates words like punctuation
    ("l-asie"). ``limit``: at most that many characters. Returns ``fallback``
    when nothing is left.
    """
    folded = fold(text, quotes="none", ascii=ascii)
    out = re.sub(rf"[^a-z0-9{re.escape(keep)}]+", "-", folded).strip("-" + keep)
    if limit is not None:
        out = out[:limit].rstrip("-")
    return out or fallback


# --- French calendar words --------------------------------------------------------------

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

#: Month number by folded name ("fevrier" → 2).
MONTH_NUMBER = {fold(m): i + 1 for i, m in enumerate(MONTHS)}
#: Month number by name as written, with or without its accent ("février", "fevrier" → 2).
MONTH_FORMS: dict[str, int] = {}
for _i, _m in enumerate(MONTHS):
    MONTH_FORMS[_m] = MONTH_FORMS[fold(_m)] = _i + 1
del _i, _m
#: Weekday number (Monday 0) by name.
WEEKDAY_NUMBER = {d: i for i, d in enumerate(WEEKDAYS)}

#: Regex alternatives (no group) for a month name, with or without accent, longest first.
MONTH_RE = "|".join(sorted(MONTH_FORMS, key=len, reverse=True))
#: Regex alternatives (no group) for a weekday name.
WEEKDAY_RE = "|".join(WEEKDAYS)
