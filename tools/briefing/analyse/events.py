"""Dated events: temporal expressions found in paragraphs, normalised against the
article's date, each with its precision, sentence and paragraph.

``find_expressions(text)`` finds the expressions (pure regex, French);
``resolve_expression(expr, base, base_precision, tense)`` turns one into a
partial ISO date and a precision ("day", "week", "month", "year"; None when
it cannot be resolved). The rules cover what dateparser lacks ("début
juillet", "jeudi dernier", "samedi prochain", "fin 2013", a bare weekday read
as past *or* future from the verb's tense); dateparser only handles counted
offsets ("il y a trois jours", "dans deux semaines").

Rules:

1. absolute: "le 1er juin 2013" (day), "en avril 2013" (month), "en 2019",
   "fin 2013" (year) never need the article's date;
2. a date without its year ("le 1er juin", "en avril", "début mai") takes the
   year that puts it on the side of the article's date the tense points to
   (past tense → not after it, future → not before it, otherwise the nearest);
   "dès", "pour", "d'ici", "à partir de" point to the future, "depuis" to the past;
3. "dernier"/"prochain" are strict ("vendredi prochain" is never the article's day);
4. a bare weekday is the one of the article's week on the side the tense
   points to ("a profité samedi" → the Saturday before, "se tiendra jeudi" → the
   next Thursday);
5. "la semaine prochaine" is the Monday of that week, with precision "week";
6. an expression inside a subordinate clause (a participle or relative clause
   on a noun, an adverbial or reported clause: "les attaques menées en mars
   dernier") dates that clause, which the event keeps (``Event.clause``, found
   with the dependency parse); one on the main clause dates the sentence;
7. an expression that needs a day ("jeudi", "hier") is left unresolved
   (date None) when the article's date is not known to the day, and every
   relative expression is left unresolved when the article has no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Article, Event
from ..text import MONTH_NUMBER, MONTH_RE, WEEKDAY_NUMBER, WEEKDAY_RE, split_sentences
from .lexicon import fold

_MONTH = rf"(?:{MONTH_RE})"
_WEEKDAY = rf"(?:{WEEKDAY_RE})"
_DAY = r"(?:1er|premier|[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_EDGE = r"(?:d[ée]but|fin|mi-|mi\s|courant)"
_FUTURE_PREP = r"(?:d[èe]s|pour|d['’]ici|[àa] partir de|jusqu['’](?:en|à)|avant)"
_PREP = rf"(?:en|{_FUTURE_PREP}|depuis|de|d['’]|au mois de|le mois de|lors de|apr[èe]s)"
_NUMBER = r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|trente)"

_PATTERNS: tuple[tuple[str, str], ...] = (
    ("date", rf"\b(?:{_WEEKDAY}\s+)?{_DAY}\s+{_MONTH}(?:\s+{_YEAR})?\b"),
    ("month_year", rf"(?:\b{_EDGE}\s*|\b{_PREP}\s*)?\b{_MONTH}\s+{_YEAR}\b"),
    ("year", rf"(?:\b{_EDGE}\s*|\b(?:en|{_FUTURE_PREP}|depuis|l['’]an|l['’]ann[ée]e)\s+){_YEAR}\b"),
    ("month", rf"(?:\b{_EDGE}\s*|\b{_PREP}\s*){_MONTH}(?:\s+(?:dernier|prochain))?\b"),
    ("weekday", rf"\b(?:(?:ce|le)\s+)?{_WEEKDAY}(?:\s+(?:dernier|prochain))?(?:\s+(?:matin|soir|après-midi|apres-midi))?\b"),
    ("relative", r"\b(?:le mois (?:dernier|prochain|pass[ée])|la semaine (?:derni[èe]re|prochaine|pass[ée]e)"
                 r"|l['’](?:an|ann[ée]e) (?:dernier|derni[èe]re|prochain|prochaine|pass[ée]e?)"
                 r"|cette semaine|ce mois-ci|cette ann[ée]e|cet [ée]t[ée]|avant-hier|apr[èe]s-demain"
                 r"|hier(?:\s+(?:matin|soir))?|aujourd['’]hui|demain(?:\s+(?:matin|soir))?"
                 r"|ce matin|ce soir|cet apr[èe]s-midi)\b"),
    ("offset", rf"\b(?:il y a|dans)\s+{_NUMBER}\s+(?:jours?|semaines?|mois|ans|années?)\b"),
)
_COMPILED = tuple((kind, re.compile(p, re.I)) for kind, p in _PATTERNS)
#: What a pattern cannot match without: a text that has none of it is not
#: searched with that pattern (same matches; most paragraphs name no month or
#: weekday, and the long patterns cost most of the search).
_ANY_MONTH = re.compile(_MONTH, re.I)
_ANY_YEAR = re.compile(_YEAR)
_ANY_WEEKDAY = re.compile(_WEEKDAY, re.I)
_NEEDS = {"date": (_ANY_MONTH,), "month_year": (_ANY_MONTH, _ANY_YEAR), "year": (_ANY_YEAR,),
          "month": (_ANY_MONTH,), "weekday": (_ANY_WEEKDAY,)}


@dataclass(frozen=True)
class Expression:
    start: int
    end: int
    kind: str
    text: str


def find_expressions(text: str) -> list[Expression]:
    """Temporal expressions of a text, longest first, never overlapping."""
    found: list[Expression] = []
    taken = [False] * len(text)
    present: dict = {}
    for kind, rx in _COMPILED:
        needs = _NEEDS.get(kind, ())
        for need in needs:
            if need not in present:
                present[need] = need.search(text) is not None
        if not all(present[need] for need in needs):
            continue
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(taken[s:e]):
                continue
            matched = m.group(0)
            if kind in ("month", "month_year", "date") and not _month_ok(matched):
                continue
            found.append(Expression(s, e, kind, matched))
            for k in range(s, e):
                taken[k] = True
    return sorted(found, key=lambda x: x.start)


def _month_ok(expr: str) -> bool:
    """A month name written in lower case (capital "Mars" is the planet), unless it opens the expression."""
    m = re.search(_MONTH, expr, re.I)
    word = m.group(0)
    return word.islower() or m.start() == 0 and len(expr) > len(word) or expr[: m.start()].strip() != ""


# --- resolution -------------------------------------------------------------------------


def _parse_base(base: str | None) -> tuple[int | None, int | None, int | None]:
    if not base:
        return None, None, None
    parts = [int(p) for p in base.split("-")[:3]]
    return (parts + [None, None])[:3]  # type: ignore[return-value]


def _month_key(y: int, m: int) -> int:
    return y * 12 + m - 1


def _pick_year(month: int, day: int | None, by: int, bm: int, bd: int | None, direction: str | None) -> int:
    """Year for a month (and day) without a year, relative to the base y-m-d."""
    target = (month, day or 0)
    here = (bm, bd or 0) if day else (bm, 0)
    if direction == "past":
        return by if target <= here else by - 1
    if direction == "future":
        return by if target >= here else by + 1
    # nearest: within six months either side
    cands = [by - 1, by, by + 1]
    return min(cands, key=lambda y: (abs(_month_key(y, month) - _month_key(by, bm)), -y))


def _direction(text: str, tense: str | None) -> str | None:
    t = fold(text)
    if re.search(r"\bdernier|\bderniere|\bpasse", t):
        return "past"
    if re.search(r"\bprochain", t):
        return "future"
    if re.match(rf"\s*{_FUTURE_PREP}\b", t, re.I) or t.startswith(("des ", "pour ", "d'ici")):
        return "future"
    if t.startswith("depuis"):
        return "past"
    return tense if tense in ("past", "future") else None


def resolve_expression(
    text: str, base: str | None, base_precision: str | None = None, tense: str | None = None
) -> tuple[str | None, str | None]:
    """(partial ISO date, precision) of one expression; (None, None) when unresolvable."""
    if base and not base_precision:
        base_precision = ("year", "month", "day")[min(base.count("-"), 2)]
    by, bm, bd = _parse_base(base)
    t = fold(text)
    kind = next((k for k, rx in _COMPILED if rx.fullmatch(text.strip())), None)
    if kind == "relative":
        return _relative(t, by, bm, bd, base_precision)
    if kind == "offset":
        return _offset(t, by, bm, bd, base_precision)
    direction = _direction(text, tense)
    year_m = re.search(_YEAR, t)
    year = int(year_m.group(0)) if year_m else None
    month_m = re.search(_MONTH, t)
    month = MONTH_NUMBER.get(fold(month_m.group(0))) if month_m else None
    if kind == "date":
        return _day_of_month(t, year, month, by, bm, bd if base_precision == "day" else None, direction)
    if kind == "month_year":  # rule 1
        return f"{year:04d}-{month:02d}", "month"
    if kind == "year":  # rule 1
        return f"{year:04d}", "year"
    if kind == "month":
        return _month(t, month, by, bm, direction)
    if kind == "weekday":
        return _weekday(t, by, bm, bd, base_precision, direction)
    return None, None


def _day_of_month(t: str, year, month: int, by, bm, bd, direction) -> tuple[str | None, str | None]:
    """Rules 1 and 2: "le 1er juin 2013"; "le 1er juin" in the year the tense points to."""
    dm = re.search(r"\b(1er|premier|\d{1,2})\s+" + _MONTH, t)
    day = 1 if dm.group(1) in ("1er", "premier") else int(dm.group(1))
    if year is None:
        if not (by and bm):
            return None, None
        year = _pick_year(month, day, by, bm, bd, direction)
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None, None


def _month(t: str, month: int, by, bm, direction) -> tuple[str | None, str | None]:
    """Rules 2 and 3: "en avril", "début mai" in the year the tense points to;
    "en mars dernier" strictly before the article's month."""
    if not (by and bm) and not (by and direction is None):
        return None, None
    if not bm:  # base known to the year only
        return (f"{by:04d}-{month:02d}", "month") if not re.search(r"dernier|prochain", t) else (None, None)
    if re.search(r"dernier", t) and month == bm:
        year = by - 1
    elif re.search(r"prochain", t) and month == bm:
        year = by + 1
    else:
        year = _pick_year(month, None, by, bm, None, direction)
    return f"{year:04d}-{month:02d}", "month"


def _weekday(t: str, by, bm, bd, precision, direction) -> tuple[str | None, str | None]:
    """Rules 3 and 4: "vendredi prochain" strictly after the article's day; a bare
    weekday in the article's week on the side the tense points to (else the nearest)."""
    if precision != "day" or not bd:
        return None, None
    wd = WEEKDAY_NUMBER[re.search(_WEEKDAY, t).group(0)]
    b = date(by, bm, bd)
    back = (b.weekday() - wd) % 7
    ahead = (wd - b.weekday()) % 7
    if "dernier" in t:
        d = b - timedelta(days=back or 7)
    elif "prochain" in t:
        d = b + timedelta(days=ahead or 7)
    elif direction == "past":
        d = b - timedelta(days=back)
    elif direction == "future":
        d = b + timedelta(days=ahead)
    else:
        d = b - timedelta(days=back) if back < ahead else b + timedelta(days=ahead)
    return d.isoformat(), "day"


def _relative(t: str, by, bm, bd, precision) -> tuple[str | None, str | None]:
    """Rules 5 and 7: "l'an dernier", "le mois prochain", "la semaine prochaine"
    (its Monday, precision "week"), "hier", "ce matin"."""
    if not by:
        return None, None
    if re.search(r"\b(?:l'an|l'annee)\b", t) or "cette annee" in t:
        delta = -1 if re.search(r"dernier|derniere|passe", t) else (1 if "prochain" in t else 0)
        return f"{by + delta:04d}", "year"
    if not bm:
        return None, None
    if "mois" in t:
        delta = -1 if re.search(r"dernier|passe", t) else (1 if "prochain" in t else 0)
        k = _month_key(by, bm) + delta
        return f"{k // 12:04d}-{k % 12 + 1:02d}", "month"
    if "ete" in t.split()[-1:]:
        return None, None
    if precision != "day" or not bd:
        return None, None
    b = date(by, bm, bd)
    if "semaine" in t:
        delta = -7 if re.search(r"derniere|passee", t) else (7 if "prochaine" in t else 0)
        monday = b - timedelta(days=b.weekday()) + timedelta(days=delta)
        return monday.isoformat(), "week"
    offsets = {"avant-hier": -2, "hier": -1, "aujourd'hui": 0, "demain": 1, "apres-demain": 2,
               "ce matin": 0, "ce soir": 0, "cet apres-midi": 0}
    for word, delta in offsets.items():
        if t.startswith(word):
            return (b + timedelta(days=delta)).isoformat(), "day"
    return None, None


def _offset(t: str, by, bm, bd, precision) -> tuple[str | None, str | None]:
    if not by:
        return None, None
    unit = "day" if "jour" in t else "week" if "semaine" in t else "month" if "mois" in t else "year"
    if unit in ("day", "week") and (precision != "day" or not bd):
        return None, None
    if unit == "month" and not bm:
        return None, None
    import dateparser  # slow import: only when a counted offset is present

    base = date(by, bm or 1, bd or 1)
    from datetime import datetime

    parsed = dateparser.parse(
        t, languages=["fr"], settings={"RELATIVE_BASE": datetime(base.year, base.month, base.day)}
    )
    if parsed is None:
        return None, None
    d = parsed.date()
    if unit == "year":
        return f"{d.year:04d}", "year"
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    return d.isoformat(), "day" if unit == "day" else "week"


# --- tense of the governing verb --------------------------------------------------------


def tense_of(token) -> str | None:
    """'past', 'future', 'present' or None for the verb governing ``token``."""
    tok = token
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            break
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    for child in tok.children:
        if child.dep_.startswith("aux") and child.lemma_ in ("avoir", "être"):
            return "future" if "Fut" in child.morph.get("Tense") else "past"
        if child.dep_.startswith("aux") and child.lemma_ == "aller":
            return "future"
    head = tok.head
    if tok.morph.get("VerbForm") == ["Inf"]:
        if head.lemma_ == "aller" and "Pres" in head.morph.get("Tense"):
            return "future"
        if head.lemma_ in ("devoir", "pouvoir") and ("Cnd" in head.morph.get("Mood") or "Fut" in head.morph.get("Tense")):
            return "future"
        return None
    if "Fut" in tok.morph.get("Tense") or "Cnd" in tok.morph.get("Mood"):
        return "future"
    if tok.morph.get("Tense") and tok.morph.get("Tense")[0] in ("Past", "Imp"):
        return "past"
    if "Pres" in tok.morph.get("Tense"):
        return "present"
    return None


# --- the clause a date modifies ---------------------------------------------------------

#: Dependency relations of a verb that heads a subordinate clause: a participle or
#: relative clause on a noun ("les attaques menées en mars"), an adverbial clause
#: ("pour instituer dès juillet…"), a reported or subject clause ("a annoncé que…").
#: A date inside one dates that clause's event, not the main verb's.
SUBORDINATE = ("acl", "acl:relcl", "advcl", "ccomp", "csubj")
_PREDICATES = ("VERB", "AUX")


def governing_predicate(token):
    """The verb the token depends on (walking up the parse), or None at the root."""
    tok = token
    for _ in range(12):
        if tok.pos_ in _PREDICATES and tok is not token:
            return tok
        if tok.head is tok:
            return tok if tok.pos_ in _PREDICATES else None
        tok = tok.head
    return None


def _main_clause(verb) -> bool:
    """A verb of the main clause: the root, or joined to it by coordination / xcomp."""
    tok = verb
    for _ in range(12):
        if tok.head is tok:
            return True
        if tok.dep_ in SUBORDINATE:
            return False
        tok = tok.head
    return True


def clause_span(span) -> tuple[int, int] | None:
    """Character span (in the doc) of the subordinate clause a date expression
    belongs to, or None when it modifies the main clause.

    For a participle or relative clause the clause includes the noun it
    modifies ("les attaques massives menées … en mars dernier"); for an
    adverbial or reported clause, the verb's own words.
    """
    verb = governing_predicate(span.root)
    if verb is None or _main_clause(verb):
        return None
    # the innermost subordinate verb on the way up
    tok = verb
    while tok.dep_ not in SUBORDINATE:
        tok = tok.head
    top = tok.head if tok.dep_.startswith("acl") else tok
    words = [t for t in top.subtree if not t.is_punct or t.i not in (top.left_edge.i, top.right_edge.i)]
    # stay within the sentence of the expression, and keep the expression inside
    sent = span.sent
    words = [t for t in words if sent.start <= t.i < sent.end]
    if not words:
        return None
    start = min(words[0].idx, span.start_char)
    last = words[-1]
    end = max(last.idx + len(last.text), span.end_char)
    while end > start and span.doc.text[end - 1] in " ,;:":
        end -= 1
    return start, end


def article_events(article: Article, docs) -> tuple[Event, ...]:
    """Every temporal expression of the article's paragraphs, resolved against its date."""
    from .quotes import find_quote_spans

    out: list[Event] = []
    for para, doc in zip(article.paragraphs, docs):
        text = para.text
        exprs = find_expressions(text)
        if not exprs:
            continue
        sentences = [(s.start, s.end) for s in split_sentences(text, find_quote_spans(text))]
        for x in exprs:
            span = doc.char_span(x.start, x.end, alignment_mode="expand")
            tense = None
            if span is not None:
                # the expression's own head word: its last token, or the weekday/month in it
                tense = tense_of(span.root)
            d, precision = resolve_expression(x.text, article.date, article.date_precision, tense)
            bounds = next(((s, e) for s, e in sentences if s <= x.start < e), (0, len(text)))
            sentence = text[bounds[0]:bounds[1]]
            clause = ""
            if span is not None:
                cs = clause_span(span)
                if cs is not None:
                    lo, hi = max(cs[0], bounds[0]), min(cs[1], bounds[1])
                    if lo <= x.start and x.end <= hi and text[lo:hi].strip() != sentence.strip():
                        clause = text[lo:hi].strip()
            out.append(Event(d, precision, x.text, sentence.strip(), para.id, clause))
    return tuple(out)
