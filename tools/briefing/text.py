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

import functools
import re
import unicodedata
from dataclasses import dataclass

from . import rules

_TYPOGRAPHY = str.maketrans({
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "′": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


_TYPOGRAPHIC = re.compile("[" + re.escape("".join(map(chr, _TYPOGRAPHY))) + "]")


def _plain_mark(match: re.Match) -> str:
    return _TYPOGRAPHY[ord(match.group())]


def normalise_quotes(text: str) -> str:
    """Typographic quotes and apostrophes → ASCII; no-break spaces → spaces.
    (``text.translate(_TYPOGRAPHY)``; a regular expression finds the few
    characters to replace three times faster than ``translate`` looks up
    every character of a French sentence.)"""
    return _TYPOGRAPHIC.sub(_plain_mark, text)


#: Highest code point with a combining class (U+1E94A in Unicode 15; a test
#: checks that none lies above this bound).
_LAST_MARK = 0x1FFFF


def _mark_ranges() -> str:
    """A regular-expression class of every character ``unicodedata.combining``
    gives a non-zero class (the combining marks), as ranges."""
    out, start, prev = [], None, None
    for cp in range(_LAST_MARK + 1):
        if unicodedata.combining(chr(cp)):
            if start is None:
                start = cp
            elif cp != prev + 1:
                out.append((start, prev))
                start = cp
            prev = cp
    if start is not None:
        out.append((start, prev))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in out)


@functools.cache
def _marks() -> re.Pattern:
    return re.compile(f"[{_mark_ranges()}]+")


#: A run of non-ASCII characters: the only places a decomposition or a mark can be.
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(text: str, form: str = "NFKD") -> str:
    """``text`` decomposed (``form``) with its combining marks (accents) removed.

    Decomposed run by run of non-ASCII characters: an ASCII character has no
    decomposition and, being no mark, ends any sequence of marks that the
    normalisation reorders; so the runs give the same text as the whole, and
    the marks' regular expression (a class of about 300 ranges, slow to test
    on each character) only reads the few characters that can be marks."""
    if text.isascii():  # no decomposition, no mark
        return text
    return _NON_ASCII.sub(lambda m: _run_without_marks(m.group(), form), text)


@functools.lru_cache(maxsize=1 << 12)  # "é", "è", "à", "ç"…: a few runs make most of French text
def _run_without_marks(run: str, form: str) -> str:
    return _marks().sub("", unicodedata.normalize(form, run))


@functools.lru_cache(maxsize=1 << 16)  # called per token and per word: mostly repeated short strings
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


def visible(text: str) -> str:
    """``text`` without its invisible format characters (zero-width spaces and joiners,
    soft hyphens: Unicode category Cf), which some outlets leave inside names."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def plain(text: str) -> str:
    """Accents removed, apostrophes straight, case kept; same length as ``text``
    (a character whose accent-free form is not one character is kept as is)."""
    return "".join(map(_plain_char, text))


@functools.lru_cache(maxsize=4096)
def _plain_char(ch: str) -> str:
    if ch in "’ʼ‘":
        return "'"
    base = _without_marks(ch, "NFD")
    return base if len(base) == 1 else ch


def first_letter_plain(word: str) -> str:
    """``word`` with the accent of its first letter removed ("État" → "Etat")."""
    if word[:1].isascii():
        return word
    return _without_marks(word[:1]) + word[1:]


def unique_name(base: str, used: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… the first not in ``used``; the name
    returned is added to ``used`` (page names and topic ids never collide)."""
    name, n = base, 2
    while name in used:
        name, n = f"{base}-{n}", n + 1
    used.add(name)
    return name


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


# --- sentences --------------------------------------------------------------------------

#: Abbreviations after which a period does not end a sentence (casefolded, no
#: period): ``rules/abbreviations.txt``…
ABBREVIATIONS = frozenset(rules.words("abbreviations.txt"))
#: …and those that are also words, which hold only before a number ("art. 49").
ABBREVIATIONS_BEFORE_NUMBERS = frozenset(rules.words("abbreviations_before_numbers.txt"))

_UPPER = "A-ZÀ-ÖØ-Þ"
#: Terminal punctuation, a closing quote or bracket, space, and what can open a
#: sentence: a capital, a digit, an opening quote, a dash, or a bracket opening
#: on a capital ("(AFP)"; not "(1967)", "(ce …").
_BOUNDARY = re.compile(
    rf"(?P<punct>[.!?…]+)(?P<close>[^\S\n]{{0,3}}[»”\"’)\]]+)?(?P<space>\s+)(?=[«“\"\-–—{_UPPER}0-9]|\(\s*[{_UPPER}])"
    # a space lost in scraping: "la sentence.Ce verdict", "le magistrat.\"Il voulait" (a lower-case
    # word of three letters or more, then a capitalised word, not "M.Dupont" or "3.5"; or an
    # opening guillemet, whatever the case after it: "le secteur.«l'heure est grave»")
    rf"|(?P<glued>(?<=[a-zà-ÿ]{{3}}[.!?]))(?=[«“\"]?[{_UPPER}][a-zà-ÿ]|[«“]\s?[^\W\d])"
)
_LAST_TOKEN = re.compile(r"([\w.-]+)$")
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.-?)*[A-ZÀ-Þ]")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


def _is_abbreviation(text: str, start: int, end: int, after: str) -> bool:
    """Whether ``text[start:end]`` ends with an abbreviation or an initial ("J.",
    "J.-P."); ``after`` is the character after the period and the space. Only
    the last token is read, so the cost does not grow with the sentence."""
    lo = max(start, end - 64)
    m = _LAST_TOKEN.search(text, lo, end)
    if m and m.start() == lo > start:  # a token longer than the window: read it whole
        m = _LAST_TOKEN.search(text, start, end)
    if not m:
        return False
    token = m.group(1)
    word = token.casefold().rstrip(".")
    if word in ABBREVIATIONS_BEFORE_NUMBERS:
        return after[:1].isdigit()
    if word in ABBREVIATIONS:
        return True
    if not _INITIALS.fullmatch(token):
        return False
    if after[:1] in ("«", "“"):
        return False  # "…, porte-parole du Comité Action H. «On va …»": no surname opens on a quotation mark
    # a lone capital after a lower-case word and before a word that opens a clause is a
    # label ending the sentence ("l'essai de la bombe H. La Corée du Sud a annoncé …",
    # "le plan B. Il …"), not an initial before a surname ("le docteur J. Dupont")
    before = text[max(start, m.start() - 24):m.start()].split()
    return not (len(token) == 1 and before and before[-1].islower() and _CLAUSE_OPENER.match(after))


#: Capitalised words that open a clause and are no surname after an initial: determiners
#: and subject pronouns, a closed class of French grammar.
_CLAUSE_OPENER = re.compile(r"(?:La|Le|Les|L['’]|Un|Une|Des|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Il|Ils|Elle|Elles|On)\b")


def _mark_counter(text: str):
    """``inside(end)``: whether ``text[:end]`` leaves a quotation open, from the
    running counts of quote marks. Quotations that never close (or an odd number
    of straight quotes) are ignored. Calls must come with growing ``end``."""
    balanced = text.count("«") == text.count("»") and text.count("“") == text.count("”")
    straight_ok = text.count('"') % 2 == 0
    seen, marks = 0, dict.fromkeys("«»“”\"", 0)  # marks in text[:seen], counted once (linear time)

    def inside(end: int) -> bool:
        nonlocal seen, marks
        marks = {q: c + text.count(q, seen, end) for q, c in marks.items()}
        seen = end
        if balanced:
            depth = max(0, marks["«"] - marks["»"]) + max(0, marks["“"] - marks["”"])
            return depth + (marks['"'] % 2 if straight_ok else 0) > 0
        return straight_ok and marks['"'] % 2 == 1

    return inside


def _span_test(quotes):
    """``inside(end)`` from known quotation spans (objects with ``start``, ``end``):
    whether a span holds ``end``. Calls must come with growing ``end`` (linear time)."""
    spans = sorted((q.start, q.end) for q in quotes)
    first = 0  # spans before it end at or before the last ``end`` asked

    def inside(end: int) -> bool:
        nonlocal first
        while first < len(spans) and spans[first][1] <= end:
            first += 1
        return first < len(spans) and spans[first][0] < end

    return inside


def split_sentences(text: str, quotes=None) -> list[Sentence]:
    """The sentences of one paragraph, each an exact slice of ``text`` (no
    surrounding white space).

    A boundary is terminal punctuation (``. ! ? …``), possibly followed by a
    closing quote or bracket, then white space, then something that can open a
    sentence (a capital, a digit, an opening quote, a dash, or a bracket opening
    on a capital). It is not a boundary after an abbreviation (``M.``, ``Mme``,
    ``etc.``; ``art.`` and the like only before a number) or an initial
    (``J. Biden``), nor inside a quotation: the quotation ``quotes``
    given (spans with ``start``/``end`` offsets, marks included), else the one
    the quote marks counted so far leave open.
    """
    inside = _mark_counter(text) if quotes is None else _span_test(quotes)
    out: list[Sentence] = []
    start, n = 0, len(text)
    while start < n and text[start].isspace():
        start += 1
    for m in _BOUNDARY.finditer(text):
        end = m.start("space") if m.group("glued") is None else m.start()
        if end <= start:
            continue
        if m.group("glued") is None and m.group("punct") == "." \
                and _is_abbreviation(text, start, m.start("punct"), text[m.end():m.end() + 8]):
            continue
        if inside(end):
            continue
        out.append(Sentence(text[start:end], start, end))
        start = m.end()
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))
    return out
