"""Rule 1 of the package: spaCy's entity spans corrected for news text
(``news_spans``), then across one article (``article_spans``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Article, EntityType
from ...text import visible as _visible
from ..lexicon import (
    CLASSIFIER_TYPES,
    NEWS_AGENCIES,
    DEMONYM_RE,
    HONORIFICS,
    METONYMIC_ORGS,
    ORG_HEADS,
    PORTFOLIOS,
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
#: Prepositions a place may be taken with ("de France", "au Caire"), and the words a
#: name cut before its complement ends on ("université de", "… et des"): closed classes.
_PREPOSITIONS = frozenset({"de", "du", "des", "d'", "au", "aux", "a", "en"})
_DANGLING = _PREPOSITIONS | frozenset({"d", "la", "le", "les", "l'", "l", "et", "ou"})
#: Articles and pronouns (a closed class of French grammar), never a name on their own
#: ("Ça" opening a sentence, "Un" left of "Un dimanche de").
_FUNCTION_WORDS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces",
                             "ca", "cela", "ceci", "il", "elle", "ils", "elles", "on", "nous", "vous"})
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
    for step in (_titled_with_article, _state_word, _heading_noun, _title_span, _person_span, _name_after_portfolios,
                 _portfolio_then_name, _portfolio_word, _common_word, _relabelled):
        if not step(span):
            return None
    return span.start, span.end, span.label


def _stripped(doc, ent) -> _Span | None:
    """Without leading determiners and honorifics (and a place's preposition), trailing
    time words and punctuation; None when nothing of a name is left."""
    label = ent.label_
    start, end = ent.start, ent.end
    while start < end and (
        (fold(doc[start].text) in _DETERMINERS and (doc[start].is_lower or label == "LOC"))
        or fold(doc[start].text) in HONORIFICS
        or doc[start].is_punct
        # "l' Espagne" typed with a space: "l" and its apostrophe
        or doc[start].text == "l" and start + 1 < end and doc[start + 1].text in ("'", "’")
        # a place the model took with its preposition ("de France", "au Caire", "du Japon")
        or label == "LOC" and doc[start].is_lower and fold(doc[start].text) in _PREPOSITIONS
    ):
        start += 1
    while end > start and (fold(doc[end - 1].text) in TIME_WORDS or doc[end - 1].is_punct):
        end -= 1
    if start >= end or end - start == 1 and fold(doc[start].text) in _FUNCTION_WORDS:
        return None  # an article or pronoun alone ("Ça", "Un"): no name
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


def _titled_with_article(s: _Span) -> bool:
    """``le journal La Provence``, ``le quotidien Le Parisien``: after a noun announcing an
    organisation, a capitalised article before the name is part of the name (the model
    left it out, or it was stripped as a place's determiner); the span takes it and the
    classifier's type."""
    doc, k = s.doc, s.start
    if k >= 2 and doc[k - 1].text in ("La", "Le", "Les") and doc[k - 2].is_lower \
            and CLASSIFIER_TYPES.get(fold(doc[k - 2].text)) == "ORG":
        s.start, s.label = k - 1, "ORG"
    elif k >= 1 and s.end - k >= 2 and doc[k].text in ("La", "Le", "Les") and doc[k - 1].is_lower \
            and CLASSIFIER_TYPES.get(fold(doc[k - 1].text)) == "ORG":
        s.label = "ORG"
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
        if s.start > 0 and s.end - s.start == 2 and fold(doc[s.start].text) in ("de", "d'") \
                and fold(doc[s.start - 1].text) in TITLE_HEADS and doc[s.start + 1].text[:1].isupper() \
                and not any(e.label_ == "LOC" and e.text.split()[-1] == doc[s.start + 1].text for e in doc.ents):
            # "général de Gaulle": the particle belongs to the surname, "de Gaulle" (but "le Roi
            # de Bayonne", a place the model names as one elsewhere, is a title of that place)
            break
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


def _name_after_portfolios(s: _Span) -> bool:
    """A list of portfolios after a title ends on a name, all in one span that is not a
    person's ("ministre des Postes, … de la Communication et des Médias Nestor X": the
    span "Communication et des Médias Nestor X"): the run of two to four capitalised
    proper nouns closing the span, after a capitalised common noun, in a span joined by
    "et" / "de" or right after them ("des Médias Nestor X"), with a title word shortly
    before it, is a person."""
    if s.label == "PER":
        return True
    doc, k = s.doc, s.end
    while k > s.start and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if not (2 <= s.end - k <= 4 and k > s.start and doc[k - 1].pos_ == "NOUN" and doc[k - 1].text[:1].isupper()
            and _looks_like_name(doc[k:s.end])):
        return True
    joined = any(t.is_lower and fold(t.text) in ("et", "de", "des", "du", "d'") for t in doc[s.start:k]) \
        or (s.before[-1:] and s.before[-1] in ("et", "des", "du", "de")) or s.before[-2:] in (["de", "la"], ["de", "l'"])
    if joined and any(fold(t.text) in TITLE_HEADS for t in doc[max(0, s.start - 15):s.start]):
        s.start, s.label = k, "PER"
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
        # "L'entraîneur parisien, Staffan Olsson", "le secrétaire général adjoint de l'UGTT,
        # Monaem Amira": a title in the phrase just before the comma (no verb or punctuation between)
        k = start - 2
        while k >= max(0, start - 11) and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
            if fold(doc[k].text) in TITLE_HEADS | {"entraineur"}:
                return start, True
            k -= 1
    if end - start >= 2 and start >= 2 and _looks_like_name(doc[start:end]) \
            and all(t.pos_ == "PROPN" for t in doc[start:end]):
        # "L'entraîneur adjoint Mejdi Traoui", "la directrice générale X": a title and one or
        # two adjectives right before a name of two proper nouns or more (not "le directeur
        # régional Grand Est": the remit)
        k = start - 1
        while k >= max(1, start - 2) and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ == "ADJ":
            k -= 1
        if k < start - 1 and fold(doc[k].text) in TITLE_HEADS and doc[k].is_lower:
            return start, True
    cue = doc[start - 1].text if start else ""
    if prev and (prev in _NAME_CUES or ((_DEMONYM_SINGULAR.match(cue) if cue[:1].isupper() else _LOWER_DEMONYM.match(cue))
                                        and start > 1 and fold(doc[start - 2].text) in ("l'", "le", "la"))):
        if _looks_like_name(doc[start:end]) and (end - start >= 2 or doc[start].pos_ == "PROPN"):
            return start, True
    return start, False


def _age_after(doc, end: int) -> bool:
    """True when an age in apposition follows the name ("Lucie, 19 ans, étudiante"):
    only a person is given an age so."""
    if end + 3 < len(doc) and doc[end].text == "," and fold(doc[end + 1].text) == "la" \
            and _DECADE.match(fold(doc[end + 2].text)):
        return True  # "Assita Bagayoko, la cinquantaine": an age by its decade
    return end + 3 < len(doc) and doc[end].text == "," and doc[end + 1].like_num \
        and fold(doc[end + 2].text) == "ans" and doc[end + 3].text in (",", ")", ".")


#: Ages by their decade ("la trentaine", "la cinquantaine"), never a place's.
_DECADE = re.compile(r"^(?:vingt|trent|quarant|cinquant|soixant|septuagen|octogen|nonagen)aine$")


#: Nouns of agent by their ending ("éleveur", "étudiante", "infirmière", "cheminote" is
#: left to the demonym pattern): who someone is, not what a place or a thing is.
_AGENT_NOUN = re.compile(r"^[a-zéèêëïîôûç-]{2,}(?:eur|euse|rice|iste|ante|ienne|ière|aire)$")


#: Words before a name that make it a place or a thing ("à Pertuis", "en Chine", "de la Shoah").
_PLACE_OPENERS = _PREPOSITIONS | _DETERMINERS | frozenset({"dans", "sur", "sous", "vers", "chez", "pres", "l", "'"})


def _described_after(doc, start: int, end: int) -> bool:
    """True when the one word at start..end is followed, between commas, by what describes
    a person: a title or a noun of agent, bare or after "un"/"une" ("Aurianne, étudiante à
    Lyon 2", "Fabrice, éleveur à Montemboeuf", "Caroline, gerpinnoise présente"), or an age
    further in that apposition ("Nathalie, une mère de famille de 45 ans,"). A place is
    described by a noun of place ("Lyon, capitale des Gaules"), which ends otherwise."""
    if not 1 <= end - start <= 3 or any(t.pos_ != "PROPN" or not t.is_title for t in doc[start:end]) \
            or end + 1 >= len(doc) or doc[end].text != ",":
        return False  # (a full name of two or three words too: "Tenin Guindo, une autre vendeuse")
    if start > 0 and fold(doc[start - 1].text) in _PLACE_OPENERS:
        return False  # "à Paris, à l'âge de 90 ans", "du Nord, un jeune homme de 18 ans": a place
    k = end + 1
    bare = fold(doc[k].text) not in ("un", "une")
    if not bare and k + 1 < len(doc):
        k += 1
        if fold(doc[k].text) == "autre" and k + 1 < len(doc):
            k += 1  # "une autre vendeuse de légumes"
    head = doc[k]
    if head.is_lower and head.pos_ == "NOUN" and (
            fold(head.text) in TITLE_HEADS or _AGENT_NOUN.match(head.text)
            or bare and _LOWER_DEMONYM.match(head.text)):  # (not "l'Inde, un train …")
        return True
    for j in range(k + 1, min(len(doc) - 1, k + 10)):
        if doc[j].is_punct:
            return False
        if doc[j].like_num and fold(doc[j + 1].text) == "ans" and fold(doc[j - 1].text) == "de":
            return True
    return False


def described_as_someone(doc, start: int, end: int) -> bool:
    """True when the text describes the name at start..end as a person in apposition: a
    title, a noun of agent or an age ("Fabrice, éleveur à …", "Lucie, 19 ans,")."""
    return _age_after(doc, end) or _described_after(doc, start, end)


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
    text = _visible(tok.text)  # "Tran Ba \u200b\u200bHuy": the last word is a name word all the same
    # (a compound surname is one: "Oudéa-Castera")
    return all(part.isalpha() for part in text.split("-")) and text.istitle() and tok.pos_ == "PROPN" \
        and tok.ent_iob_ == "O" \
        and fold(text) not in TITLE_HEADS and not _DEMONYM_SINGULAR.match(text)


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


def quoted_alone(doc, m: Mention) -> bool:
    """True when the mention is all a pair of quotation marks holds ("l'émission "Good
    Singers"", "« Marcel »"): a title or a word said, not a name the text uses."""
    return 0 < m.start_token and m.end_token < len(doc) and doc[m.start_token - 1].text in ('"', "“", "«") \
        and doc[m.end_token].text in ('"', "”", "»")


def news_spans(doc) -> list[Mention]:
    """spaCy's entities of ``doc`` with the news-text corrections applied (step 1 of the
    module docstring): each entity corrected, then the people the model missed."""
    out = _corrected_entities(doc)
    out = _honorific_names(doc, out)
    out = _coordinated_names(doc, out)
    out = _cued_names(doc, out)
    out.sort(key=lambda m: m.start)
    out = _adjacent_people(doc, out)
    out = _title_adjectives(doc, out)
    out = _named_before_acronym(doc, out)
    # "du Premier Ministre Édouard Philippe": a title the page capitalises, alone, is no one's name
    out = [m for m in out if not (m.label == "PER" and all(fold(w) in TITLE_HEADS for w in m.text.split()))]
    # "ont clamé : « Menteur », « Misogyne »": one word all a pair of quotation marks holds is
    # a word someone said (or a title), not a person the text names
    out = [m for m in out if not (m.label == "PER" and m.end_token - m.start_token == 1 and quoted_alone(doc, m))]
    return _surnames_are_people([doc], [out])[0]


def _named_before_acronym(doc, out: list[Mention]) -> list[Mention]:
    """``l'Union américaine pour les libertés civiles (ACLU)``: an organisation span the
    model cut before a short complement (a preposition, then determiners, nouns and
    adjectives) that an acronym in brackets closes is the whole name before the acronym."""
    fixed = []
    for m in out:
        b = m.end_token
        if m.label == "ORG" and b < len(doc) and fold(doc[b].text) in ("pour", "de", "du", "des", "d'"):
            k = b + 1
            while k < len(doc) and k - b <= 6 and doc[k].pos_ in ("DET", "NOUN", "ADJ", "ADP", "PROPN") \
                    and not doc[k].is_punct:
                k += 1
            if k > b + 1 and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 1].is_upper \
                    and doc[k + 1].is_alpha and doc[k + 2].text == ")":
                m = _mention(doc, m.start_token, k, "ORG")
        fixed.append(m)
    return fixed


def _title_adjectives(doc, out: list[Mention]) -> list[Mention]:
    """A title the model took with its capitalised definite article ("le journal satirique
    Le Canard enchaîné", "Le Canard enchaîné de ce 22 mars ajoute") goes on over a
    lower-case adjective or past participle the model left out: the bare adjective that
    qualifies its noun ends that name. Not when the adjective has complements of its
    own ("Le Monde cité par …"), nor a present participle."""
    fixed = []
    for m in out:
        a, b = m.start_token, m.end_token
        if m.label in ("ORG", "MISC") and b < len(doc) and doc[a].is_title and fold(doc[a].text) in _DETERMINERS:
            adj = doc[b]
            if adj.is_lower and adj.is_alpha and adj.pos_ in ("ADJ", "VERB") and a <= adj.head.i < b \
                    and adj.dep_ in ("amod", "acl") and not list(adj.children) and adj.morph.get("Tense") != ["Pres"]:
                m = _mention(doc, a, b + 1, m.label)
        fixed.append(m)
    return fixed


def _adjacent_people(doc, out: list[Mention]) -> list[Mention]:
    """A person span followed, with nothing but a space between them, by a one-word person
    span is one name the model cut in two ("Anahi Ayala" + "Iacucci"); two full names side
    by side ("les ministres de X Y Z") stay two. ``out`` is sorted."""
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.label == m.label == "PER" and prev.end_token == m.start_token \
                and m.end_token - m.start_token == 1 and doc[prev.end_token - 1].whitespace_ == " ":
            merged[-1] = _mention(doc, prev.start_token, m.end_token, "PER")
            continue
        if prev is not None and m.label == "PER" and prev.label in ("LOC", "MISC") and prev.end_token == m.start_token \
                and prev.end_token - prev.start_token == 1 and doc[prev.start_token].whitespace_ == " " \
                and (prev.start_token == 0 or doc[prev.start_token - 1].is_punct or doc[prev.start_token].is_sent_start) \
                and _first_name_like(doc[prev.start_token]):
            # "…, Gentiny Ngobila Mbaka, dit" with "Gentiny" read as a place: a lone capitalised word
            # opening a phrase, right before a person's name, is its first name
            merged[-1] = _mention(doc, prev.start_token, m.end_token, "PER")
            continue
        merged.append(m)
    return merged


def _first_name_like(tok) -> bool:
    """A word that may be a first name the model typed otherwise: capitalised, letters only,
    not in capitals, no demonym ("le Marocain X") and no title."""
    text = tok.text
    return text.istitle() and text.replace("-", "").isalpha() and tok.pos_ == "PROPN" \
        and fold(text) not in TITLE_HEADS and not _DEMONYM_SINGULAR.match(text)


def _mention(doc, start: int, end: int, label: str) -> Mention:
    if end - start > 1 and doc[start].text == "-" and not doc[start].whitespace_:
        # a name never starts on a hyphen: "al" + "-Joulani" is "al-Joulani" (a lower-case
        # particle joined by the hyphen), else the hyphen is left out
        glued = start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].is_alpha and doc[start - 1].is_lower
        start = start - 1 if glued else start + 1
    while end - start > 1 and doc[start].text in ("©", "®", "•", "|", "/"):
        start += 1  # "© T. Vianney": the credit's sign is no part of the name
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
            cut = _balanced_end(doc, start, end)
            if cut != end and not any(t.text[:1].isupper() for t in doc[start:cut]):
                continue  # "opération « Sentinelle" cut to "opération", "Ce(s": no name left
            end = cut
            if label == "LOC" and _org_word_before(doc, start):
                start, label = start - 1, "ORG"  # "Business France", "Boko Haram": not the place
            if label != "PER" and not (start > 0 and doc[start - 1].is_lower
                                       and CLASSIFIER_TYPES.get(fold(doc[start - 1].text)) == "ORG"):
                # ("le quotidien Le Parisien": the classifier has said what it is)
                start, is_person = _person_cue(doc, start, end)
                if is_person or _age_after(doc, end) or label != "ORG" and _described_after(doc, start, end):
                    label = "PER"
            if label == "PER":
                start, end = _extend_name(doc, start, end)
            elif _title_word_after(doc, start, end):
                end += 1  # "Le Canard enchaîné", "Le Monde diplomatique"
            elif label == "ORG" and end - start >= 3 and any(fold(t.text) in ("de", "d'", "du", "des") for t in doc[start + 1:end]) \
                    and doc[end - 1].text[:1].isupper() \
                    and end + 2 < len(doc) and fold(doc[end].text) == "et" and fold(doc[end + 1].text) in ("de", "d'") \
                    and (doc[end + 2].text[:1].isupper() or end + 3 < len(doc) and fold(doc[end + 2].text) in ("la", "l'")
                         and doc[end + 3].text[:1].isupper()):
                # "Service Départemental d'Incendie" + "et de Secours": a name of the form "X de A et
                # de B", cut by the model at its "et"
                end += 3 if doc[end + 2].text[:1].isupper() else 4
                while end < len(doc) and _name_word(doc[end]) and doc[end - 1].whitespace_:
                    end += 1
            elif label in ("ORG", "MISC"):
                k = 0  # "Human Rights" + "Watch": a capitalised name word the model left out
                while end < len(doc) and k < 2 and _name_word(doc[end]) and doc[end - 1].whitespace_ == " " \
                        and not doc[end - 1].is_punct:
                    end += 1
                    k += 1
            whole, end = end, _without_dangling(doc, start, end)
            capitals = [t for t in doc[start:end] if any(c.isupper() for c in t.text)]
            if (label in ("LOC", "MISC") or end - start == 1) and not capitals \
                    or end < whole and all(fold(t.text) in _FUNCTION_WORDS for t in capitals):
                # a place or a thing with no capital letter, its name words added ("frontière
                # turquo-syrienne", "yo-yo"; an organisation may be written so: "gendarmerie
                # nationale", but not as one common noun: "université"), or, cut so, whose one
                # capital is an article opening the sentence ("Un dimanche de"; a title such as
                # "La cinquième vague" stays): no name
                continue
            if out and start < out[-1].end_token:
                continue  # (inside a name grown over it: "… et de Secours")
            out.append(_mention(doc, start, end, label))
    return out


def _without_dangling(doc, start: int, end: int) -> int:
    """The end of a name the model cut before its complement, its name words added: without
    the preposition, article or conjunction it ends on ("université de", "… et des")."""
    while end - start > 1 and doc[end - 1].is_lower and fold(doc[end - 1].text) in _DANGLING \
            and doc[end - 2].whitespace_:
        end -= 1
    return end


_OPENING, _CLOSING = ("«", "“", "("), ("»", "”", ")")


def _balanced_end(doc, start: int, end: int) -> int:
    """Where a name the model ran across a quotation mark or a parenthesis stops: at the
    first closing mark it did not open ("En Marche » souhaite" is "En Marche") or the
    first opening mark it does not close ("TMC « Quotidien" is "TMC"); the punctuation
    before that point left out. ``end`` when every mark is paired; ``start`` (no name) when
    a parenthesis inside a word is left open ("Ce(s)" read as "Ce(s")."""
    depth = 0
    for k in range(start, end):
        text = doc[k].text
        if text in _OPENING and not any(doc[j].text in _CLOSING for j in range(k + 1, end)) \
                or text in _CLOSING and depth == 0:
            end = k
            while end > start and doc[end - 1].is_punct:
                end -= 1  # (only after a cut: "Parti socialiste (PS)" keeps its parenthesis)
            break
        depth += text in _OPENING
        depth -= text in _CLOSING
    text = doc[start:end].text
    if text.count("(") != text.count(")"):
        return start  # a mark inside a word ("Ce(s"): no name
    return end


def _title_word_after(doc, start: int, end: int) -> bool:
    """True when a name that holds its capitalised article (a title: "selon Le Canard",
    "dans La Croix"; the model took the article into the name) is followed by a lowercase
    adjective or participle that qualifies its last word and governs nothing: the
    title's last word, cut off by the model ("Le Canard" + "enchaîné")."""
    if end >= len(doc) or doc[start].text not in ("Le", "La", "Les"):
        return False
    tok = doc[end]
    return tok.is_lower and tok.is_alpha and tok.pos_ in ("ADJ", "VERB") and tok.dep_ in ("amod", "acl") \
        and tok.head.i == end - 1 and not any(True for _ in tok.children)


def _honorific_names(doc, out: list[Mention]) -> list[Mention]:
    """Names after "M.", "Mme" ("M. Blinken") that the model missed or mislabelled."""
    covered = {k: m for m in out for k in range(m.start_token, m.end_token)}
    for i, tok in enumerate(doc[:-1]):
        if tok.text not in ("M.", "Mme", "MM.", "Mlle") or not doc[i + 1].text[:1].isupper():
            continue
        j = i + 1
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and j - i <= 3:
            j += 1
        if j == i + 1:
            continue  # "M. X.": an initial with its dot is no name word (and no empty mention)
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
    # "Christine Moustapha" … "Christine est prudente", "Christine" read as a thing (MISC): a
    # first name alone is the person too (not a word read as a place or an organisation: "Paris
    # Hilton" leaves Paris a city)
    firsts = {fold(m.text).split()[0] for sp in spans for m in sp if m.label == "PER" and len(m.text.split()) > 1}
    return [[
        Mention(m.start, m.end, "PER", m.text, m.start_token, m.end_token)
        if m.label != "PER" and len(m.text.split()) == 1 and (fold(m.text) in parts or m.label == "MISC"
                                                               and fold(m.text) in firsts)
        and not (m.start_token > 0 and fold(doc[m.start_token - 1].text) in ("les", "des", "aux")) else m
        for m in sp
    ] for doc, sp in zip(docs, spans)]


def _fuller_forms(docs, spans: list[list[Mention]]) -> list[list[Mention]]:
    """A mention that the text goes on into a longer mention of the same article ("Le
    Canard" + "enchaîné" where "Le Canard enchaîné" is named elsewhere) takes that
    fuller form: the words after it in the text are the rest of the name, and the
    mentions of those words go ("Normand" LOC + "Gauthier" MISC → "Normand Gauthier")."""
    longer: dict[str, list[tuple[list[str], str]]] = {}
    for doc, sp in zip(docs, spans):
        for m in sp:
            words = [fold(t.text) for t in doc[m.start_token:m.end_token]]
            if len(words) > 1:
                longer.setdefault(words[0], []).append((words, m.label, doc[m.start_token:m.end_token]))
    out = []
    for doc, sp in zip(docs, spans):
        fixed = []
        covered = 0  # end of the last mention taken to its fuller form
        for m in sp:
            a, b = m.start_token, m.end_token
            if a < covered:  # a word of the fuller form ("Normand" + "Gauthier"): one mention
                continue
            words = [fold(t.text) for t in doc[a:b]]
            best = b
            for full, label, toks in longer.get(words[0], ()):
                n = len(full)
                if n > best - a and full[:b - a] == words and a + n <= len(doc) \
                        and [fold(t.text) for t in doc[a:a + n]] == full and _name_tail(toks[b - a:]) \
                        and not any(t.is_punct or "\n" in t.whitespace_ for t in doc[b - 1:a + n - 1]):
                    best = a + n
                    fixed_label = label
            if best > b:
                covered = best
            fixed.append(_mention(doc, a, best, fixed_label) if best > b else m)
        out.append(fixed)
    return out


def _name_tail(toks) -> bool:
    """True when the words ending a longer mention are more of a name: capitalised words
    or numbers ("Corée du Sud", "France 2"), a particle before a capitalised word, or
    one lower-case adjective closing a title ("Le Canard enchaîné")."""
    for k, t in enumerate(toks):
        if _visible(t.text)[:1].isupper() or t.like_num:
            continue
        if fold(t.text) in ("de", "du", "des", "d'") and k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
            continue
        if k == len(toks) - 1 and t.is_lower and (t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm")):
            continue
        return False
    return True


def article_spans(docs) -> list[list[Mention]]:
    """``news_spans`` of each paragraph of one article, then the article-wide
    corrections: a mention the text continues into a longer one of the article takes
    the fuller form; a surname of a person named in full in another paragraph."""
    return _surnames_are_people(docs, _fuller_forms(docs, [news_spans(doc) for doc in docs]))
