"""Named entities of an article: corrected spaCy spans, roles, journalists, merging.

Pipeline for one article (``article_entities``):

1. ``news_spans(doc)`` corrects spaCy's NER on news text: strips determiners,
   honorifics and trailing time words, relabels institutions named after a
   building ("Maison Blanche", "Pentagone") and names headed by "ministère",
   "département"… as ORG, drops "État" in "secrétaire d'État" and portfolio
   words that belong to a title ("ministre de la Défense"), turns plural
   demonyms ("les Américains") into MISC; keeps the name closing a title span
   ("Premier ministre X"), drops a noun in apposition before a name ("la
   Kényane X": no place), never takes an acronym after a title ("député LR")
   for a person. ``article_spans(docs)`` then gives a lone surname the person
   type when the article names that person in full in another paragraph.
2. ``role_of(doc, span)`` reads the title the text gives next to a person, in
   an apposition before ("le chef du Pentagone Chuck Hagel") or after
   ("Daniel Russel, secrétaire d'Etat adjoint pour l'Asie, …").
3. Journalists (names in ``Article.authors``, photo credits, "notre
   correspondant à X, Name", "Name, avec AFP") get type ``JOURNALIST``:
   renderers and chapters skip that type; the people in the news are ``PER``.
4. Mentions are merged to one canonical name per article ("M. Blinken",
   "Blinken", "Antony Blinken" → Antony Blinken), then across the corpus by
   ``merge_corpus`` (a lone surname takes the one full name the corpus knows).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..model import Article, Entity, EntityType
from .lexicon import (
    CLASSIFIER_TYPES,
    GENERIC_ALIASES,
    NEWS_AGENCIES,
    DEMONYM_RE,
    HONORIFICS,
    METONYMIC_ORGS,
    ORG_HEADS,
    PORTFOLIOS,
    ROLE_DETERMINERS,
    STATE_WORDS,
    TIME_WORDS,
    TITLE_HEADS,
    TITLE_PREFIXES,
    fold,
)

JOURNALIST = EntityType.JOURNALIST
#: A news agency or the article's own outlet: where the text comes from, not an actor.
SOURCE = EntityType.SOURCE


def is_news_source(name: str, article: Article | None = None) -> bool:
    """True for a news agency (AFP, Reuters…) or the article's own outlet or agency."""
    key = fold(name)
    if key in NEWS_AGENCIES:
        return True
    if article is not None:
        return any(v and fold(v) == key for v in (article.agency, article.outlet))
    return False

_DETERMINERS = frozenset({"le", "la", "les", "l'"})
_PLURAL_CUES = frozenset({"les", "des", "aux", "ces", "plusieurs", "quelques", "deux", "trois",
                          "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "nombreux"})


@dataclass(frozen=True)
class Mention:
    """One corrected entity span in a paragraph (character offsets into its text)."""

    start: int
    end: int
    label: str
    text: str
    start_token: int = 0
    end_token: int = 0


def _classifier_before(doc, start: int, end: int) -> str | None:
    """Type announced by a noun just before a name ("l'agence de presse Anadolu" → ORG).

    After "de" only a place noun and a one-word name qualify ("la commune de Choisel"):
    "le film de Luchino Visconti", "l'entreprise de Mark Zuckerberg" name people.
    """
    if start > 0 and fold(doc[start - 1].text) in ("de", "d'", "du"):
        prev = fold(doc[start - 2].text) if start > 1 else ""
        if end - start == 1 and CLASSIFIER_TYPES.get(prev) == "LOC":
            return "LOC"
        return None
    for k in range(start - 1, max(-1, start - 4), -1):
        tok = doc[k]
        word = fold(tok.text)
        if word in CLASSIFIER_TYPES and tok.is_lower:
            return CLASSIFIER_TYPES[word]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "DET") or word in TITLE_HEADS:
            return None
    return None


@dataclass
class _Span:
    """An entity span being corrected: tokens ``start``..``end`` of ``doc`` and its label."""

    doc: object
    start: int
    end: int
    label: str
    before: list  # folded words just before the span once its edges are stripped

    @property
    def first(self) -> str:
        return fold(self.doc[self.start].text)

    @property
    def text(self) -> str:
        return fold(self.doc[self.start:self.end].text)

    @property
    def prev(self) -> str:
        return fold(self.doc[self.start - 1].text) if self.start > 0 else ""


def _fix_span(doc, ent):
    """Return (start_token, end_token, label) after the news-text corrections, or None:
    the steps below in order, each of which may move the span's start, relabel it or
    drop it (step 1 of the module docstring)."""
    span = _stripped(doc, ent)
    if span is None:
        return None
    for step in (_state_word, _heading_noun, _title_span, _person_span, _portfolio_then_name,
                 _portfolio_word, _common_word, _relabelled):
        if not step(span):
            return None
    return span.start, span.end, span.label


def _stripped(doc, ent) -> _Span | None:
    """Without leading determiners and honorifics, trailing time words and punctuation."""
    label = ent.label_
    start, end = ent.start, ent.end
    while start < end and (
        (fold(doc[start].text) in _DETERMINERS and (doc[start].is_lower or label == "LOC"))
        or fold(doc[start].text) in HONORIFICS
        or doc[start].is_punct
    ):
        start += 1
    while end > start and (fold(doc[end - 1].text) in TIME_WORDS or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    return _Span(doc, start, end, label, [fold(t.text) for t in doc[max(0, start - 4):start]])


def _state_word(s: _Span) -> bool:
    """The word État in "secrétaire d'État", "chef d'État", "Affaires d'Etat" is part of a title."""
    if s.first in STATE_WORDS and s.label != "ORG" and s.prev in ("d'", "de", "l'", "d"):
        return False
    return not (s.first in STATE_WORDS and s.end - s.start == 1)


def _heading_noun(s: _Span) -> bool:
    """A common noun heading a name of something else ("♦ Condamnations de l'Otan",
    "sommet de l'Asean"): the name is what follows the preposition."""
    doc = s.doc
    if s.label == "MISC" and doc[s.start].pos_ == "NOUN" and s.first not in ORG_HEADS and s.end - s.start >= 3:
        k = s.start + 1
        if fold(doc[k].text) in ("de", "du", "des", "d'"):
            k += 1
            while k < s.end and fold(doc[k].text) in ("l'", "la", "le", "les"):
                k += 1
            if k < s.end and doc[k].text[:1].isupper():
                s.start = k
    return True


def _title_span(s: _Span) -> bool:
    """A span that starts with a title is a role, not a name ("conseiller des Affaires
    d'Etat"), unless a name closes it right after the title words ("Premier ministre
    David Cameron")."""
    if s.label == "PER" or s.first not in TITLE_HEADS:
        return True
    doc, k, end = s.doc, s.start, s.end
    while k < end and (fold(doc[k].text) in TITLE_HEADS | TITLE_PREFIXES or doc[k].is_lower
                       or fold(doc[k].text) in PORTFOLIOS):
        k += 1
    if not (end - k >= 2 and _looks_like_name(doc[k:end]) and doc[k].pos_ == "PROPN"
            and doc[end - 1].pos_ == "PROPN" and fold(doc[k - 1].text) not in ("de", "du", "des", "la", "l'", "d'")):
        return False
    s.start, s.label = k, "PER"
    return True


def _person_span(s: _Span) -> bool:
    """A person's span without the title words before the name ("Justice Jean-Jacques
    Urvoas"), no number in it; a thing named after a classifier noun, a party acronym
    ("LR") or a name after an article ("la République") is no person."""
    if s.label != "PER":
        return True
    doc = s.doc
    while s.start < s.end - 1 and (fold(doc[s.start].text) in TITLE_HEADS or doc[s.start].is_lower
                                   or fold(doc[s.start].text) in PORTFOLIOS):
        s.start += 1
    if s.start >= s.end or any(t.like_num for t in doc[s.start:s.end]):
        return False
    start, end, prev = s.start, s.end, s.prev
    classed = _classifier_before(doc, start, end)
    if classed:
        s.label = classed
    elif end - start == 1 and doc[start].is_upper and len(doc[start].text) <= 5:
        s.label = "ORG"  # "LR", "PS": party acronyms, not people
    elif doc[start].text == "Les" or (prev in ("le", "la", "l'", "les", "du", "des", "au", "aux")
                                      and doc[start - 1].is_lower):
        s.label = "MISC"  # French puts no article before a person's name: "la République"
    return True


def _portfolio_then_name(s: _Span) -> bool:
    """A portfolio ends a title and a name follows ("ministre de la Justice Jean-Jacques Urvoas")."""
    if s.first in PORTFOLIOS and s.end - s.start >= 3 and s.text not in PORTFOLIOS \
            and _looks_like_name(s.doc[s.start + 1:s.end]) and any(w in TITLE_HEADS for w in s.before):
        s.start += 1
        s.label = "PER"
    return True


def _portfolio_word(s: _Span) -> bool:
    """The portfolio word of a title is no entity: "ministre de la Défense", "secrétaire à la Défense"."""
    before = s.before
    return not ((s.text in PORTFOLIOS or s.first in PORTFOLIOS) and (
        any(w in TITLE_HEADS or w in ORG_HEADS for w in before) or before[-2:] in (["a", "la"], ["de", "la"])))


def _common_word(s: _Span) -> bool:
    """A lone lower-case word ("internet", a cut word of a caption) is not a name, nor is a
    capitalised common noun opening a list item or heading ("Cyberattaques", "Echec")."""
    doc, start, end = s.doc, s.start, s.end
    return not (end - start == 1 and (doc[start].is_lower or (
        doc[start].pos_ == "NOUN" and s.label != "PER" and (start == 0 or doc[start - 1].text in (":", "-", "–", "—"))
        and end < len(doc) and not doc[end].is_punct
    )))


def _relabelled(s: _Span) -> bool:
    """Institutions named after a building ("Maison Blanche") and names headed by
    "ministère"… are organisations; a plural demonym ("les Américains") is no place."""
    doc, start = s.doc, s.start
    if s.text in METONYMIC_ORGS:
        s.label = "ORG"
    elif s.first in ORG_HEADS and s.end - start > 1 and s.label in ("LOC", "MISC"):
        s.label = "ORG"
    elif s.label == "LOC" and s.end - start == 1 and DEMONYM_RE.match(doc[start].text):
        if "Plur" in doc[start].morph.get("Number") or s.prev in _PLURAL_CUES or doc[start - 1 if start else 0].like_num:
            s.label = "MISC"
    return True


_PARTICLES = frozenset({"De", "Van", "Von", "Di", "Da", "Du", "Le", "La", "Mac", "Ben", "El", "Al", "Abu", "Ibn", "Dos", "Das"})
_DEMONYM_SINGULAR = re.compile(
    r"^[A-ZÉa-zé][a-zéèêëïîôûç-]+(?:ien|ienne|ais|aise|ain|aine|ois|oise|ol|ole|and|ande|in|ine|éen|éenne|ard|arde|ote|iote|ite|ien|ique|que|gne|sse|ise|rbe|ate|ève|ève|èque|ète)$"
)
_LOWER_DEMONYM = re.compile(r"^[a-zé][a-zéèêëïîôûç-]+(?:ain|aine|ien|ienne|ais|aise|ois|oise|and|ande|ol|ole|éen|éenne)$")
_NAME_CUES = TITLE_HEADS | HONORIFICS | frozenset({"abbe", "pere", "soeur", "frere", "saint", "sainte"})


def _split_lines(doc, ent):
    """Pieces of an entity that spans line breaks (tables, lists): one per line."""
    pieces, start = [], ent.start
    for k in range(ent.start, ent.end):
        if "\n" in doc[k].whitespace_ and k + 1 < ent.end:
            pieces.append(doc[start:k + 1])
            start = k + 1
        elif doc[k].is_space:
            if start < k:
                pieces.append(doc[start:k])
            start = k + 1
    if start < ent.end:
        pieces.append(doc[start:ent.end])
    for p in pieces:
        p.label_ = ent.label_
    return pieces


def _looks_like_name(span) -> bool:
    """One to four capitalised words, not an acronym ("candidat LR": the party), not
    starting or ending on a dash ("Espagne - Turquie": two names)."""
    return 1 <= len(span) <= 4 and all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() or t.text == "-"
                                       for t in span) and \
        fold(span[0].text) not in ORG_HEADS and span[0].text != "-" and span[-1].text != "-" \
        and not (len(span) == 1 and span[0].text.isupper() and len(span[0].text) > 1)


def _person_cue(doc, start: int, end: int) -> tuple[int, bool]:
    """(new start, is person): a demonym or title glued before a name ("l'Autrichienne Nadine Fest")."""
    first = doc[start]
    prev = fold(doc[start - 1].text) if start else ""
    glued = first.whitespace_ == ""  # "Royaume-Uni": a compound, not "Autrichienne Nadine Fest"
    if end - start >= 2 and not glued and (
        (_DEMONYM_SINGULAR.match(first.text) and (prev in ("l'", "la", "le") or end - start >= 3))
        or fold(first.text) in _NAME_CUES
    ):
        if _looks_like_name(doc[start + 1:end]):
            return start + 1, True
    if prev == "," and end - start >= 2 and _looks_like_name(doc[start:end]):
        # "L'entraîneur parisien, Staffan Olsson": a title just before the comma
        if any(fold(t.text) in TITLE_HEADS | {"entraineur"} for t in doc[max(0, start - 4):start - 1]):
            return start, True
    cue = doc[start - 1].text if start else ""
    if prev and (prev in _NAME_CUES or ((_DEMONYM_SINGULAR.match(cue) if cue[:1].isupper() else _LOWER_DEMONYM.match(cue))
                                        and start > 1 and fold(doc[start - 2].text) in ("l'", "le", "la"))):
        if _looks_like_name(doc[start:end]) and (end - start >= 2 or doc[start].pos_ == "PROPN"):
            return start, True
    return start, False


def _org_word_before(doc, start: int) -> bool:
    """True when a capitalised proper noun the model left out of every entity stands
    right before the place at ``start`` ("Business France"): a place name takes no
    such word before it, the two words name an organisation. Not the first word of
    a quotation (« Sauver Paris »), nor an adjective ("Grand Paris", "Haute Savoie")."""
    if start == 0:
        return False
    tok = doc[start - 1]
    if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.is_title and tok.ent_iob_ == "O" and tok.whitespace_):
        return False
    if fold(tok.text) in TITLE_HEADS | HONORIFICS or _DEMONYM_SINGULAR.match(tok.text):
        return False
    return start < 2 or not (doc[start - 2].is_punct and doc[start - 2].text in "«“\"")


def _name_word(tok) -> bool:
    return tok.is_alpha and tok.is_title and tok.pos_ == "PROPN" and tok.ent_iob_ == "O" \
        and fold(tok.text) not in TITLE_HEADS and not _DEMONYM_SINGULAR.match(tok.text)


def _extend_name(doc, start: int, end: int) -> tuple[int, int]:
    """Grow a person span over a particle or a capitalised name word the model left out
    ("Elisa Di" + "Francisca", "Heather" + "Wurtele", "De" + "Gendt")."""
    if start > 0 and doc[start - 1].text in _PARTICLES and doc[start - 1].whitespace_:
        start -= 1
    elif start > 1 and _name_word(doc[start - 1]) and not doc[start - 2].is_punct and doc[start - 1].whitespace_:
        start -= 1
    if end < len(doc) and doc[end - 1].text in _PARTICLES and doc[end].is_title:
        end += 1
    k = 0
    while end < len(doc) and k < 2 and _name_word(doc[end]) and doc[end - 1].whitespace_ == " ":
        end += 1
        k += 1
    return start, end


def news_spans(doc) -> list[Mention]:
    """spaCy's entities of ``doc`` with the news-text corrections applied (step 1 of the
    module docstring): each entity corrected, then the people the model missed."""
    out = _corrected_entities(doc)
    out = _honorific_names(doc, out)
    out = _coordinated_names(doc, out)
    out = _cued_names(doc, out)
    out.sort(key=lambda m: m.start)
    return _surnames_are_people([doc], [out])[0]


def _mention(doc, start: int, end: int, label: str) -> Mention:
    span = doc[start:end]
    return Mention(span.start_char, span.end_char, label, span.text, start, end)


def _corrected_entities(doc) -> list[Mention]:
    """The model's entities, one per line, each with ``_fix_span``'s corrections, an
    organisation word before a place, a person cue and the name words left out."""
    out: list[Mention] = []
    for whole in doc.ents:
        for ent in _split_lines(doc, whole):
            fixed = _fix_span(doc, ent)
            if fixed is None:
                continue
            start, end, label = fixed
            if label == "LOC" and _org_word_before(doc, start):
                start, label = start - 1, "ORG"  # "Business France", "Boko Haram": not the place
            if label != "PER":
                start, is_person = _person_cue(doc, start, end)
                if is_person:
                    label = "PER"
            if label == "PER":
                start, end = _extend_name(doc, start, end)
            out.append(_mention(doc, start, end, label))
    return out


def _honorific_names(doc, out: list[Mention]) -> list[Mention]:
    """Names after "M.", "Mme" ("M. Blinken") that the model missed or mislabelled."""
    covered = {k: m for m in out for k in range(m.start_token, m.end_token)}
    for i, tok in enumerate(doc[:-1]):
        if tok.text not in ("M.", "Mme", "MM.", "Mlle") or not doc[i + 1].text[:1].isupper():
            continue
        j = i + 1
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j - i <= 3:
            j += 1
        hit = covered.get(i + 1)
        if hit is not None and hit.label == "PER":
            continue
        out = [m for m in out if not (m.start_token < j and m.end_token > i + 1)]
        out.append(_mention(doc, i + 1, j, "PER"))
    return out


def _coordinated_names(doc, out: list[Mention]) -> list[Mention]:
    """A name coordinated with a person is a person ("Antony Blinken et Wang Yi")."""
    covered = {k for m in out for k in range(m.start_token, m.end_token)}
    for m in [m for m in out if m.label == "PER"]:
        i = m.end_token
        if i + 2 < len(doc) and fold(doc[i].text) == "et" and i + 1 not in covered:
            j = i + 1
            while j < len(doc) and j - i <= 3 and (_name_word(doc[j]) or doc[j].is_title and doc[j].ent_iob_ == "O"
                                                    and doc[j].is_alpha and j > i + 1):
                j += 1
            if j - i >= 3:
                out.append(_mention(doc, i + 1, j, "PER"))
    return out


def _cued_names(doc, out: list[Mention]) -> list[Mention]:
    """Names after a demonym or a title that the model missed ("l'Australienne Ashleigh
    Gentle", "le professeur Emerson Speyerer"); the demonym itself, when the model took
    it for a name ("la Suissesse" LOC), is no entity."""
    covered = {k: m for m in out for k in range(m.start_token, m.end_token)}
    for i in range(1, len(doc) - 2):
        cue = doc[i]
        if fold(doc[i - 1].text) not in ("l'", "le", "la"):
            continue
        own = covered.get(i)
        named = covered.get(i + 1)
        if own is not None and own.end_token == i + 1 and own.start_token == i and named is not None \
                and named.label == "PER" and named.start_token == i + 1 and cue.is_title:
            out.remove(own)  # "la Kényane" LOC + "Tegla Loroupe" PER: a noun in apposition, no place
            continue
        if not (_DEMONYM_SINGULAR.match(cue.text) or fold(cue.text) in TITLE_HEADS):
            continue
        if own is not None and (own.end_token - own.start_token != 1 or not _DEMONYM_SINGULAR.match(cue.text)):
            continue
        j = i + 1
        while j < len(doc) and j - i <= 3 and _name_word(doc[j]) and j not in covered:
            j += 1
        if j - i >= 3:  # two name words at least
            if own is not None:
                out.remove(own)
            out.append(_mention(doc, i + 1, j, "PER"))
    return out


def _surnames_are_people(docs, spans: list[list[Mention]]) -> list[list[Mention]]:
    """A word tagged MISC/ORG/LOC that is the surname of a person the same text names
    in full ("Christopher Froome" … "Froome creuse l'écart") is that person; after a
    plural article ("les Martin", "des Martin") it names a family, not the person."""
    parts = {fold(m.text).split()[-1] for sp in spans for m in sp if m.label == "PER" and len(m.text.split()) > 1}
    return [[
        Mention(m.start, m.end, "PER", m.text, m.start_token, m.end_token)
        if m.label != "PER" and len(m.text.split()) == 1 and fold(m.text) in parts
        and not (m.start_token > 0 and fold(doc[m.start_token - 1].text) in ("les", "des", "aux")) else m
        for m in sp
    ] for doc, sp in zip(docs, spans)]


def article_spans(docs) -> list[list[Mention]]:
    """``news_spans`` of each paragraph of one article, then the article-wide
    corrections: a surname of a person named in full in another paragraph."""
    return _surnames_are_people(docs, [news_spans(doc) for doc in docs])


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
    return first, last


# --- journalists ------------------------------------------------------------------------

#: A photo credit: "(Photo : Paul J. Richards)", "Photo AFP / Jean Dupont", "© Jean Dupont".
_CREDIT_BEFORE = re.compile(r"(?:(?:^|[(\[|/—–-])\s*(?:photos?|cr[ée]dits?(?:\s+photos?)?)\s*:?|\bphotos?\s*:|©)\s*$", re.I)
#: A byline opening a short line: "Par Jean Dupont", "De notre correspondant à Rome, Jean Dupont".
_BYLINE_START = re.compile(
    r"^\s*(?:(?:par|de|avec|propos recueillis par)\s+)?(?:(?:notre|nos|votre|de\s+notre)\s+)?"
    r"(?:(?:correspondante?s?|envoy[ée]e?s?\s+sp[ée]ciale?s?)\b[^.;:!?]{0,40},?\s*)?$",
    re.I,
)
#: "rapporte notre correspondante à Washington, Anne Corpet": the outlet's own reporter.
_CORRESPONDENT_BEFORE = re.compile(
    r"\b(?:notre|nos|votre)\s+(?:correspondante?s?|envoy[ée]e?s?\s+sp[ée]ciale?s?|journalistes?|reporters?)\b"
    r"[^.;:!?]{0,40},?\s*$",
    re.I,
)
_CORRESPONDENT_AFTER = re.compile(r"^\s*[,(–—-]\s*(?:notre\s+)?(?:correspondante?|envoy[ée]e?\s+sp[ée]ciale?)\b", re.I)
_AGENCY_AFTER = re.compile(r"^\s*[,(–—-]\s*(?:avec|pour|et)\s+(?:l['’])?(?:AFP|Reuters|AP|ANSA|DPA|agences?)\b", re.I)
#: A line this short that holds a byline cue is a byline, not body text.
_BYLINE_MAX = 140


def is_journalist_mention(text: str, start: int, end: int, authors_keys: set[str]) -> bool:
    """True when the name at text[start:end] signs or reports the article.

    Only structural positions count: the article's authors, a photo credit, a
    short byline line ("Par X", "De notre correspondant à Rome, X"), the
    outlet's own correspondent ("notre correspondante à Washington, X",
    "X (correspondant)…"), "X, avec AFP", or a line that is only the name.
    A name after "par" in a sentence ("le parti dirigé par X") is a person.
    """
    name = fold(text[start:end])
    if name in authors_keys or any(name and len(name.split()) > 1 and name in a for a in authors_keys):
        return True
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    if _CREDIT_BEFORE.search(before) or _CORRESPONDENT_BEFORE.search(before):
        return True
    if len(text) <= _BYLINE_MAX and _BYLINE_START.match(text[:start]) and text[:start].strip():
        return True
    if _AGENCY_AFTER.match(after) or _CORRESPONDENT_AFTER.match(after):
        return True
    # a paragraph that is only the name (a signature line)
    return text.strip(" .,-–—") == text[start:end]


# --- merging ----------------------------------------------------------------------------


@dataclass
class _Record:
    pid: str
    text: str
    label: str
    role: str | None
    journalist: bool
    alias_of: str | None = None
    shared_role: bool = False  # role shared out from a plural title ("les chefs … A et B")
    common_noun_position: bool = False  # first in a sentence, a list item or a line


def _cluster_people(surfaces: list[str], titled: set[str] = frozenset()) -> dict[str, str]:
    """Map each person surface key to the key of its cluster (a full name when one fits).

    A lone word joins the one full name ending with it, or starting with it unless
    the text gives that word a title of its own (``titled``): "le pape François"
    is a whole name, not François Hollande's first name."""
    full = {fold(s) for s in surfaces if len(fold(s).split()) > 1}
    by_part: dict[str, set[str]] = defaultdict(set)
    for f in full:
        parts = f.split()
        by_part[parts[-1]].add(f)
        by_part[parts[0]].add(f)
    out = {}
    for s in surfaces:
        key = fold(s)
        if key in full:
            out[key] = key
            continue
        candidates = by_part.get(key, set())
        if key in titled:
            candidates = {f for f in candidates if f.split()[-1] == key}
        out[key] = next(iter(candidates)) if len(candidates) == 1 else key
    # "Le Roux" of "Bruno Le Roux", "Di Maria" of "Angel Di Maria": a particle surname
    for s in surfaces:
        key = fold(s)
        if out.get(key) == key and len(key.split()) == 2 and s.split()[0] in _PARTICLES:
            longer = {f for f in full if f != key and f.endswith(" " + key)}
            if len(longer) == 1:
                out[key] = longer.pop()
    return out


_STOPWORDS = frozenset({"de", "des", "du", "la", "le", "les", "l'", "d'", "et", "pour", "en", "sur", "a"})


def _initials(key: str) -> str:
    """'union europeenne' → 'ue': the acronym a long name would take."""
    words = [w for w in re.split(r"[\s'-]+", key) if w and w not in _STOPWORDS]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _display(forms: Counter) -> str:
    """Most frequent written form; ties go to the longest, then the first seen."""
    return max(forms.items(), key=lambda kv: (kv[1], len(kv[0])))[0]


def article_entities(article: Article, docs, spans=None) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """Entities of one article from its paragraph docs (one Doc per paragraph, same order).

    ``spans`` may give ``news_spans(doc)`` of each doc, already computed.
    Returns the entities and a map ``fold(surface) → canonical name`` used to
    name quote speakers.
    """
    authors_keys = {fold(a) for a in article.authors if a}
    records: list[_Record] = []
    acronyms: dict[str, tuple[str, str]] = {}
    if spans is None:
        spans = [news_spans(doc) for doc in docs]
    for para, doc, mentions in zip(article.paragraphs, docs, spans):
        person_tokens = {i for m in mentions if m.label == "PER" for i in range(m.start_token, m.end_token)}
        shared: dict[int, str] = {}
        people = [m for m in mentions if m.label == "PER"]
        in_role: set[int] = set()  # tokens of a role apposition after a person's name
        for a, b in zip(people, people[1:]):
            roles = plural_roles(doc, a.start_token, a.end_token, b.start_token)
            if roles:
                shared[a.start_token], shared[b.start_token] = roles
        for m in mentions:
            role = shared.get(m.start_token)
            journalist = False
            if m.label == "PER" and role is None:
                journalist = is_journalist_mention(para.text, m.start, m.end, authors_keys)
                if not journalist:
                    others = person_tokens - set(range(m.start_token, m.end_token))
                    role = role_before(doc, m.start_token, others) or role_after(doc, m.end_token)
                    if role and role_after(doc, m.end_token) == role:
                        first, last = _role_after_range(doc, m.end_token)
                        in_role.update(range(first, last + 1))
            prev = doc[m.start_token - 1].text if m.start_token > 0 else ""
            records.append(_Record(para.id, m.text, m.label, role, journalist,
                                   shared_role=m.start_token in shared and role == shared[m.start_token],
                                   common_noun_position=prev in ("", ":", ",", ";", ".", "-", "–", "—", "•", "♦")
                                   or m.start_token == 0))
        # "X, secrétaire d'État adjoint pour l'Asie centrale et le Pacifique": a place named in a
        # person's role is the remit of the title, shown with the role, not a place of the news
        records[len(records) - len(mentions):] = [
            r for r, m in zip(records[len(records) - len(mentions):], mentions)
            if not (m.label == "LOC" and m.start_token in in_role)]
        # "Association des nations de l'Asie du Sud-Est (Asean)": the acronym names the same thing
        for m1, m2 in zip(mentions, mentions[1:]):
            if (m1.label in ("ORG", "MISC") and para.text[m1.end:m2.start].strip() == "("
                    and para.text[m2.end:m2.end + 1] == ")" and len(m2.text.split()) == 1):
                acronyms[fold(m2.text)] = (m1.text, m1.label)
    for r in records:
        if fold(r.text) in acronyms:
            r.alias_of, r.label = acronyms[fold(r.text)]
    # a capitalised word that the article also writes in lower case is a common noun put
    # first in a sentence, a list or a heading ("nombreux: Cyberattaques, Fentanyl"), not a name
    lower = {w for p in article.paragraphs for w in re.findall(r"\b[a-zéèêàâîôûç][\w'-]*", p.text)}
    records = [r for r in records if not (
        r.label != "PER" and " " not in r.text and r.text[:1].isupper() and not r.text.isupper()
        and r.common_noun_position and ({r.text.lower(), r.text.lower().rstrip("s")} & lower
                                        or r.text.lower() + "s" in lower))]
    entities, name_of = build_entities(records)
    entities = tuple(
        Entity(e.name, SOURCE, e.role, e.mentions, e.aliases) if e.type in ("ORG", "MISC", "PER")
        and (is_news_source(e.name, article) or any(is_news_source(a, article) for a in e.aliases)) else e
        for e in entities
    )
    return entities, name_of


def build_entities(records: list[_Record]) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """Merge mention records into entities (pure; used per article)."""
    # labels: one per surface; a lone token tagged PER but elsewhere LOC/ORG (Washington)
    # takes the place/organisation reading unless it is part of a full person name
    labels: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        labels[fold(r.text)][r.label] += 1
    for r in records:
        if r.alias_of:
            labels[fold(r.text)] = Counter({r.label: 1})
    name_parts = {p for r in records if r.label == "PER" for p in fold(r.text).split()[:1] + fold(r.text).split()[-1:]
                  if len(fold(r.text).split()) > 1}
    surface_label: dict[str, str] = {}
    for key, counts in labels.items():
        label = counts.most_common(1)[0][0]
        if "PER" in counts and len(counts) > 1 and len(key.split()) == 1 and key not in name_parts:
            label = max((lab for lab in counts if lab != "PER"), key=lambda lab: counts[lab])
        surface_label[key] = label
    people = [r.text for r in records if surface_label[fold(r.text)] == "PER"]
    titled = {fold(r.text) for r in records if r.role and len(r.text.split()) == 1 and not r.shared_role}
    person_cluster = _cluster_people(people, titled)
    # other types: a lone word equal to the last word of one longer name of the same type
    clusters: dict[tuple[str, str], list[_Record]] = defaultdict(list)
    order: list[tuple[str, str]] = []
    for r in records:
        key = fold(r.text)
        label = surface_label[key]
        ckey = person_cluster.get(key, key) if label == "PER" else fold(r.alias_of) if r.alias_of else key
        if label != "PER" and ckey in GENERIC_ALIASES:
            ckey, label = GENERIC_ALIASES[ckey], "ORG"
        ident = (label, ckey)
        if ident not in clusters:
            order.append(ident)
        clusters[ident].append(r)
    # "l'Union" after "l'Union européenne": a lone first word of one longer organisation name
    org_longs = [k for (lab, k) in clusters if lab == "ORG" and len(k.split()) > 1]
    for ident in [i for i in order if i[0] in ("ORG", "LOC", "MISC") and len(i[1].split()) == 1]:
        fits = [k for k in org_longs if k.split()[0] == ident[1] and fold(k.split()[0]) in ORG_HEADS]
        if len(fits) == 1 and ident in clusters:
            clusters[("ORG", fits[0])].extend(clusters.pop(ident))
            order.remove(ident)
    for label in ("ORG", "LOC", "MISC"):
        longs = [k for (lab, k) in clusters if lab == label and len(k.split()) > 1]
        for ident in [i for i in order if i[0] == label and len(i[1].split()) == 1]:
            fits = [k for k in longs if k.split()[-1] == ident[1] or _initials(k) == ident[1]]
            if len(fits) == 1:
                clusters[(label, fits[0])].extend(clusters.pop(ident))
                order.remove(ident)
    entities: list[Entity] = []
    name_of: dict[str, str] = {}
    for ident in order:
        recs = clusters[ident]
        label = ident[0]
        if label == "PER":
            full = Counter(r.text for r in recs if len(r.text.split()) > 1)
            name = _display(full or Counter(r.text for r in recs))
            # one journalist-looking mention never hides a person in the news
            if all(r.journalist for r in recs):
                label = JOURNALIST
        else:
            longest = max(len(r.text) for r in recs)
            name = _display(Counter(r.text for r in recs if len(r.text) == longest)) if label != "LOC" else _display(
                Counter(r.text for r in recs))
        roles = [r.role for r in recs if r.role]
        own = {r.role for r in recs if r.role and not r.shared_role}
        role = max(roles, key=lambda x: (x in own, roles.count(x) > 1, len(x))) if roles else None
        mentions = tuple(dict.fromkeys(r.pid for r in recs))
        aliases = tuple(sorted({r.text for r in recs} - {name}))
        for r in recs:
            name_of[fold(r.text)] = name
        entities.append(Entity(name, label, role, mentions, aliases))
    return tuple(entities), name_of


def _org_key(key: str) -> str:
    return GENERIC_ALIASES.get(key, key)


def _corpus_key(e: Entity, org_keys: set[str]) -> str:
    """Comparison key of an entity across articles: accents folded; an organisation's
    usual other name ("Alliance atlantique" → otan); a trailing nationality adjective
    dropped when the corpus also names it without ("département d'État américain")."""
    key = fold(e.name)
    if e.type != "ORG":
        return key
    key = _org_key(key)
    words = key.split()
    if len(words) > 2 and _LOWER_DEMONYM.match(words[-1]) and " ".join(words[:-1]) in org_keys:
        key = " ".join(words[:-1])
    return key


def merge_corpus(articles: list[Article]) -> tuple[list[Article], dict[str, dict[str, str]]]:
    """Give the same person the same name in every article.

    A one-word person name ("Kerry") takes the one full name the corpus knows
    ending or starting with it ("John Kerry"; starting only when the name has no
    title of its own: "le pape François"); spellings that differ only by
    accents or apostrophes take the corpus's most frequent form; a one-word
    "person" that other articles tag as a place becomes a place. Returns the
    articles and, per article id, the renames applied (old name → new name).
    """
    full: set[str] = set()
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)
    place_keys: set[str] = set()
    org_keys = {_org_key(fold(e.name)) for a in articles for e in a.entities if e.type == "ORG"}
    for a in articles:
        for e in a.entities:
            key = _corpus_key(e, org_keys)
            forms[(e.type, key)][e.name] += len(e.mentions) or 1
            if e.type == "PER" and len(key.split()) > 1:
                full.add(key)
            if e.type in ("LOC", "ORG"):
                place_keys.add(key)
    # one written form per role of a person: "secrétaire d’État" / "secrétaire d'Etat" are one role
    role_forms: dict[str, Counter] = defaultdict(Counter)
    for a in articles:
        for e in a.entities:
            if e.role:
                role_forms[fold(e.role)][e.role] += 1

    def one_role(role: str | None) -> str | None:
        return _display(role_forms[fold(role)]) if role else role

    by_part: dict[str, set[str]] = defaultdict(set)
    for f in full:
        by_part[f.split()[-1]].add(f)
        by_part[f.split()[0]].add(f)
    parts = set(by_part)
    out: list[Article] = []
    renames: dict[str, dict[str, str]] = {}
    for a in articles:
        merged: dict[tuple[str, str], Entity] = {}
        changed: dict[str, str] = {}
        for e in a.entities:
            key = _corpus_key(e, org_keys)
            etype = e.type
            if etype == "PER" and len(key.split()) == 1:
                # a titled lone name ("le pape François") joins a full name by its surname only
                fits = {f for f in by_part.get(key, ()) if not e.role or f.split()[-1] == key}
                if len(fits) == 1:
                    key = next(iter(fits))
                elif key in place_keys and key not in parts:
                    etype = "LOC"
            name = _display(forms.get((etype, key)) or Counter({e.name: 1}))
            if etype == "LOC" and e.type == "PER" and (etype, key) not in forms:
                name = e.name
            ident = (etype, fold(name))
            if name != e.name:
                changed[e.name] = name
            if ident in merged:
                old = merged[ident]
                merged[ident] = Entity(
                    name, etype, one_role(old.role or e.role),
                    tuple(dict.fromkeys(old.mentions + e.mentions)),
                    tuple(sorted(set(old.aliases + e.aliases + (e.name,)) - {name})),
                )
            else:
                aliases = tuple(sorted(set(e.aliases + ((e.name,) if e.name != name else ())) - {name}))
                merged[ident] = Entity(name, etype, one_role(e.role), e.mentions, aliases)
        renames[a.id] = changed
        out.append(a.with_(entities=tuple(merged.values())))
    return out, renames
