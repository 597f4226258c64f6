"""Metadata from the cleaned lines: dates with precision, times, agencies,
authors, derived titles, language. Pure functions on strings."""

from __future__ import annotations

import datetime as _dt
import re

from .. import rules
from ..text import MONTH_FORMS, MONTH_RE, split_sentences

_AGENCIES = rules.data("agencies.yaml")
#: News agencies: each form (lower case) → canonical short name (``rules/agencies.yaml``).
AGENCIES = {form: name for name, forms in _AGENCIES["names"].items() for form in forms}
#: An agency as a byline or dateline writes it.
AGENCY_RE = "(?:" + "|".join(_AGENCIES["written"]) + ")"


def agency_name(text: str) -> str | None:
    return AGENCIES.get(re.sub(r"\s+", " ", text.strip()).lower())


def iso_date(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str] | None:
    """(partial ISO date, precision) or None for an impossible date."""
    if not 1800 <= year <= 2200:
        return None
    if month is None:
        return f"{year:04d}", "year"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def iso_time(hour: str | int, minute: str | int | None, second: str | int | None = None) -> str | None:
    h = int(hour)
    m = int(minute) if minute not in (None, "") else 0
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    if second not in (None, ""):
        return f"{h:02d}:{m:02d}:{int(second):02d}"
    return f"{h:02d}:{m:02d}"


def parse_editor_date(value) -> tuple[str, str] | None:
    """A date given by the editor: a YAML date, 2021, "2021-07", "2021-07-19",
    "19/07/2021" or "19 juillet 2021"."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return iso_date(value.year, value.month, value.day)
    if isinstance(value, int):
        return iso_date(value)
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if m:
        return iso_date(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text)
    if m:
        return iso_date(int(m[3]), int(m[2]), int(m[1]))
    m = re.fullmatch(rf"(?:(\d{{1,2}})(?:er)?\s+)?({MONTH_RE})\s+(\d{{4}})", text, re.I)
    if m:
        return iso_date(int(m[3]), MONTH_FORMS[m[2].lower()], int(m[1]) if m[1] else None)
    return None


def place_name(text: str) -> str | None:
    """A dateline place as a reader expects it: "NEW YORK" → "New York"."""
    text = text.strip(" ,.-–—")
    if not text or len(text) > 60:
        return None
    if text.isupper():
        text = " ".join(w.capitalize() if len(w) > 1 else w for w in re.split(r"(\s+|-)", text.lower()) if w)
        text = re.sub(r"\s*-\s*", "-", text)
        text = re.sub(r"\s+", " ", text)
    return text


# --- titles ------------------------------------------------------------------

TITLE_MAX = 150


#: A sentence that can stand as a title has at least this many words, one of them in lower case.
TITLE_MIN_WORDS = 3
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-öø-ÿœæ]{2,}\b")


def titled_sentence(text: str) -> bool:
    """A sentence a derived title can be made of: a time ("17h30 :"), a rubric ("Faits
    Divers"), a place line ("Rives, Isère, France") or a figure ("0") is not one — a
    sentence of prose has a word in lower case among at least three words — nor is a
    fragment opening in lower case ("usine Seita de Carquefou, le 16 avril (Photo : …)",
    a caption cut from its start)."""
    return len(text.split()) >= TITLE_MIN_WORDS and bool(_LOWER_WORD.search(text)) and not text[:1].islower()


def derive_title(lead: str) -> str:
    """A title for an article without headline: the lead's first sentence,
    without its final full stop, cut at a clause boundary when too long."""
    sentences = split_sentences(lead)
    sentence = sentences[0].text if sentences else ""
    if sentence.endswith("."):
        sentence = sentence[:-1].rstrip()
    if len(sentence) <= TITLE_MAX:
        return sentence
    head = sentence[:TITLE_MAX]
    for sep in (" : ", ", ", " ; ", " – ", " — "):
        cut = head.rfind(sep)
        if cut >= 40:
            return head[:cut].rstrip() + " …"
    cut = head.rfind(" ")
    return (head[:cut] if cut > 40 else head).rstrip(" ,;:") + " …"


# --- language ----------------------------------------------------------------

#: Frequent words per language (``rules/language_stop_words.yaml``).
_STOPWORDS = {lang: frozenset(words) for lang, words in rules.data("language_stop_words.yaml").items()}
_WORD = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæñ]+")


def detect_language(text: str) -> str | None:
    """A two-letter code from stop-word counts, or None when unsure."""
    words = _WORD.findall(text[:5000].lower())
    if len(words) < 8:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    second = max(v for k, v in scores.items() if k != lang)
    if best < 3 or best < 0.08 * len(words) or best < 1.5 * second:
        return None
    return lang
