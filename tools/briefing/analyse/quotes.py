"""Quotes of an article: direct, partial and reported speech, each with its speaker.

Quote marks are found on the paragraph text, before any sentence splitting
(spaCy's small model splits at «): « … », “ … ” (also the ” … ” typed by
some outlets) and "…". Sentences are then cut outside quotes.

Speaker, first rule that applies:

1. an inverted attribution after the quote, in the same sentence:
   ``…", a déclaré un haut responsable américain`` / ``a-t-il concédé`` /
   ``écrit le New York Times`` / ``, selon le Times``;
2. ``Selon X, …`` / ``Pour X, …`` opening the sentence;
3. the subject of a reporting verb before the quote
   (``Antony Blinken dénonce un comportement « … »``);
4. the subject of the clause that holds the quote, when it is a named
   person or organisation or a pronoun.

Pronouns ("Il estime …", "a-t-il poursuivi") resolve to the previous speaker
in the article, else to the last person named; a short definite description
("a conclu le diplomate") resolves to the previous named speaker, and a
description equal to a person's role ("le secrétaire d'Etat américain") to
that person. Named speakers take their canonical entity name; unnamed ones
keep their words ("un haut responsable américain").

Reported speech without quote marks: ``X a indiqué que …``, an inverted
``…, a confirmé la Maison Blanche dimanche.`` and ``selon X``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Article, Entity, Quote
from .entities import JOURNALIST, news_spans
from .lexicon import (
    ANAPHORIC_HEADS,
    REPORTING_FORMS,
    REPORTING_LEMMAS,
    SAY_THAT_LEMMAS,
    TIME_WORDS,
    TITLE_HEADS,
    fold,
)

_OPEN_CLOSE = {"«": "»"}
_TOGGLES = "\"“”"
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles"})
_CLITIC_RE = re.compile(r"^-(?:t-)?(il|elle|ils|elles)\b", re.I)
_AUX = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "as", "eut", "aura", "est", "s'est", "se"})
_SPEAKER_STOP = frozenset({"qui", "que", "dont", "sous", "lors", "après", "avant", "dans", "en", "sur", "pour",
                           "avec", "selon", "interrogé", "interrogée", "précisant", "ajoutant", "soulignant"})


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the opening mark
    end: int  # offset after the closing mark

    def inner(self, text: str) -> str:
        return text[self.start + 1:self.end - 1].strip()


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Quoted stretches of a paragraph; « » nest-safe, " “ ” paired in order."""
    spans: list[QuoteSpan] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "«":
            j = text.find("»", i + 1)
            if j < 0:
                break
            spans.append(QuoteSpan(i, j + 1))
            i = j + 1
            continue
        if c in _TOGGLES:
            # an opening mark is not glued to a preceding letter, except after an elision (d'”)
            k = i + 1
            while k < n and text[k] not in _TOGGLES and text[k] != "«":
                k += 1
            if k < n and text[k] in _TOGGLES and text[i + 1:k].strip():
                spans.append(QuoteSpan(i, k + 1))
                i = k + 1
                continue
        i += 1
    return spans


_ABBREV = re.compile(r"(?:\b[A-ZÉ]|\bM|\bMM|\bMme|\bDr|\bPr|\bMgr|\bSt|\bav|\bJ\.-C|\betc)\.$")


def split_sentences(text: str, quotes: list[QuoteSpan]) -> list[tuple[int, int]]:
    """Sentence offsets of a paragraph, never cutting inside a quote."""
    inside = [False] * len(text)
    for q in quotes:
        for k in range(q.start, q.end):
            inside[k] = True
    out = []
    start = 0
    for m in re.finditer(r"[.!?…]+[»”\"]?(?=\s+[«“\"A-ZÉÈÀÂÎÔÇ0-9-])", text):
        if inside[m.start()] and not (m.end() < len(text) and not inside[min(m.end(), len(text) - 1)]):
            continue
        if _ABBREV.search(text[max(0, m.start() - 6):m.start() + 1]):
            continue
        out.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return out


# --- speaker noun phrases ---------------------------------------------------------------


def _is_reporting(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and (
        tok.lower_ in REPORTING_FORMS or (tok.pos_ == "VERB" and tok.lemma_ in REPORTING_LEMMAS)
    ) and tok.lower_ not in ("a", "est")


def _np_after(doc, i: int, limit: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at (or after skippable words from) ``i``."""
    # skip adverbs, time words and short prepositional phrases ("au quotidien", "à l'AFP")
    while i < limit:
        tok = doc[i]
        word = fold(tok.text)
        if tok.pos_ == "ADV" or word in TIME_WORDS or word in ("ce", "cet", "cette") and i + 1 < limit and fold(doc[i + 1].text) in TIME_WORDS:
            i += 1
            continue
        if word in ("a", "au", "aux", "à") and tok.pos_ == "ADP":
            j = i + 1
            while j < limit and j - i <= 3 and doc[j].pos_ in ("DET", "NOUN", "PROPN") and not (
                doc[j].pos_ == "DET" and j > i + 1
            ):
                j += 1
            i = j
            continue
        break
    start = i
    has_noun = False
    while i < limit:
        tok = doc[i]
        word = fold(tok.text)
        if tok.is_punct and tok.text not in ("-",):
            break
        if word in _SPEAKER_STOP:
            break
        if has_noun and word in TIME_WORDS:
            break
        if tok.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or (tok.pos_ == "PRON" and word in _PRONOUNS):
            has_noun = has_noun or tok.pos_ in ("NOUN", "PROPN", "PRON")
            i += 1
            if tok.pos_ == "PRON":
                break
            continue
        if word in ("de", "du", "des", "d'") and i + 1 < limit and doc[i + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
            i += 1
            continue
        break
    while i > start and (doc[i - 1].pos_ in ("DET", "ADP") or fold(doc[i - 1].text) in ("de", "d'")):
        i -= 1
    if i <= start or not has_noun:
        return None
    return start, i


def _subject_of(verb):
    """Subject token of a verb: its nsubj, or that of the verb it is coordinated with."""
    for v in (verb, verb.head if verb.dep_ in ("conj", "xcomp") else None):
        if v is None:
            continue
        for child in v.children:
            if child.dep_.startswith("nsubj") or (child.dep_ == "expl:subj" and child.lower_ in _PRONOUNS):
                if child.lower_ == "il" and v.lemma_ in _IMPERSONAL:
                    return None
                return child
    return None


_CHARGE_LEMMAS = frozenset({"accuser", "dénoncer"})

_IMPERSONAL = frozenset({"agir", "falloir", "sembler", "paraître", "exister", "rester", "avoir", "être",
                         "s'agir", "pleuvoir", "suffire", "manquer", "arriver"})

_DROP_DEPS = ("acl", "acl:relcl", "punct", "advcl", "parataxis", "appos:relcl")


def _np_of_subject(subj) -> tuple[int, int]:
    """Token range of the subject's phrase, without relative or participial clauses."""
    doc = subj.doc
    if subj.lower_ == "qui":  # antecedent of a relative pronoun: the noun before it
        i = subj.i - 1
        while i >= 0 and doc[i].is_punct:
            i -= 1
        if i >= 0:
            j = i
            while j > 0 and doc[j - 1].pos_ in ("PROPN", "DET", "NOUN", "ADJ") and not doc[j - 1].is_punct:
                j -= 1
            return j, i + 1
    keep = {subj.i}

    def walk(tok):
        for child in tok.children:
            if child.dep_ in _DROP_DEPS:
                continue
            keep.add(child.i)
            walk(child)

    walk(subj)
    lo, hi = min(keep), max(keep) + 1
    # stop at the first comma (incises like "M. Blinken, qui …")
    for k in range(subj.i, hi):
        if doc[k].text == ",":
            hi = k
            break
    return lo, hi


@dataclass
class _Context:
    """What pronouns and descriptions can refer to, updated paragraph by paragraph."""

    last_speaker: str | None = None
    last_named_speaker: str | None = None
    last_person: str | None = None
    person_in_paragraph: str | None = None


class _Namer:
    """Turns a speaker phrase into a canonical entity name or its own words."""

    def __init__(self, entities: tuple[Entity, ...], name_of: dict[str, str]):
        self.name_of = name_of
        self.by_role = {}
        for e in entities:
            if e.type == "PER" and e.role:
                self.by_role.setdefault(fold(e.role), e.name)

    def name(self, doc, lo: int, hi: int, mentions, ctx: _Context) -> tuple[str | None, bool]:
        """(speaker, named) for tokens lo..hi of doc."""
        while lo < hi and doc[lo].is_punct:
            lo += 1
        while hi > lo and doc[hi - 1].is_punct:
            hi -= 1
        toks = doc[lo:hi]
        text = " ".join(toks.text.split())
        if not text or not any(c.isalnum() for c in text):
            return None, False
        if len(toks) == 1 and fold(toks[0].text) in _PRONOUNS:
            return (ctx.last_speaker or ctx.last_person), bool(ctx.last_speaker and ctx.last_speaker == ctx.last_named_speaker)
        inside = [m for m in mentions if m.start_token < hi and m.end_token > lo]
        for m in inside:
            if m.label == "PER":
                return self.name_of.get(fold(m.text), m.text), True
        for m in inside:
            prev = fold(doc[m.start_token - 1].text) if m.start_token > 0 else ""
            prev2 = fold(doc[m.start_token - 2].text) if m.start_token > 1 else ""
            if m.label in ("ORG", "LOC", "MISC") and prev not in ("de", "du", "des", "d'", "au", "aux", "a") \
                    and prev2 not in ("de", "a"):
                return self.name_of.get(fold(m.text), m.text), True
        words = [fold(t.text) for t in toks]
        bare = " ".join(w for w in words if w not in ("le", "la", "l'", "les"))
        if bare in self.by_role:
            return self.by_role[bare], True
        if words and words[0] in ("le", "la", "l'") and len(words) <= 3 and any(w in ANAPHORIC_HEADS for w in words[1:]):
            if ctx.last_named_speaker:
                return ctx.last_named_speaker, True
        if words and words[0] in ("le", "la", "l'") and len(words) <= 7 and words[1:2] and words[1] in ANAPHORIC_HEADS:
            if ctx.person_in_paragraph:
                return ctx.person_in_paragraph, True
        return text, False


# --- attribution ------------------------------------------------------------------------


def _tail_attribution(doc, lo: int, hi: int, mentions, namer, ctx, selon: bool = True):
    """Speaker of an inverted attribution in tokens lo..hi (after a quote or a clause)."""
    best = None
    for i in range(lo, hi):
        if doc[i].text != ",":
            continue
        j = i + 1
        clitic = None
        while j < hi and (fold(doc[j].text) in _AUX or doc[j].pos_ == "ADV" or doc[j].text in ("-t", "-t-")
                          or fold(doc[j].text) in _PRONOUNS and doc[j].text.startswith("-")):
            if doc[j].text.startswith("-") and fold(doc[j].text) in _PRONOUNS:
                clitic = j
            j += 1
        if selon and j < hi and fold(doc[j].text) == "selon":
            np = _np_after(doc, j + 1, hi)
            if np:
                best = (np, i)
            continue
        if j >= hi or not _is_reporting(doc[j]):
            continue
        k = j + 1
        while k < hi and (doc[k].text in ("-t", "-t-") or (doc[k].text.startswith("-") and fold(doc[k].text) in _PRONOUNS)):
            clitic = k
            k += 1
        m = _CLITIC_RE.match(doc[j:min(j + 4, len(doc))].text[len(doc[j].text):])
        if clitic is not None or m:
            if clitic is None:
                best = (("pronoun",), i)
            else:
                best = ((clitic, clitic + 1), i)
            continue
        np = _np_after(doc, k, hi)
        if np:
            best = (np, i)
    if best is None:
        return None
    np, comma = best
    if np == ("pronoun",):
        return (ctx.last_speaker or ctx.last_person), comma
    speaker, _ = namer.name(doc, np[0], np[1], mentions, ctx)
    return speaker, comma


_HEAD_RE = re.compile(r"^(?:(?:mais|et|or|donc|ainsi|enfin)\s*,?\s+)?(selon|d['’]\s?apr[eè]s|pour)\s+", re.I)


def _head_attribution(doc, lo: int, hi: int, mentions, namer, ctx, allow_pour: bool = True):
    """``Selon X, …`` / ``D'après X, …`` / ``Pour X, …`` at the start of the sentence."""
    if lo >= hi:
        return None
    base = doc[lo].idx
    m = _HEAD_RE.match(doc[lo:hi].text)
    if not m or (not allow_pour and fold(m.group(1)) == "pour"):
        return None
    k = lo
    while k < hi and doc[k].idx < base + m.end():
        k += 1
    j = k
    while j < hi and doc[j].text != ",":
        j += 1
    if j < hi and j - k <= 20:
        np = _np_after(doc, k, j)
        if np:
            return namer.name(doc, np[0], np[1], mentions, ctx)[0]
    return None


def _governs(verb, tok) -> bool:
    """True when ``verb`` is an ancestor of ``tok``, or no other subject-bearing verb lies between."""
    if tok is None:
        return True
    path = []
    for a in tok.ancestors:
        if a.i == verb.i:
            # a coordinated clause with its own subject on the way belongs to that subject
            # ("l'Otan affirme … mais l'Alliance se contente de condamner « … »")
            return not any(
                t.dep_ in ("conj", "ccomp", "parataxis")
                and any(c.dep_.startswith("nsubj") for c in t.children)
                and not any(c.dep_ == "mark" for c in t.children)  # "estime que X représente « … »" is reported
                for t in path
            )
        path.append(a)
    return not any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") for c in t.children)
        for t in verb.doc[verb.i + 1:tok.i]
    )


def _verb_subject_speaker(doc, lo: int, upto: int, mentions, namer, ctx, require_reporting=True, quote_tok=None):
    """Subject of the last reporting verb in lo..upto that governs the quote."""
    for i in range(upto - 1, lo - 1, -1):
        tok = doc[i]
        if require_reporting and not _is_reporting(tok):
            continue
        if not _governs(tok, quote_tok):
            continue
        if not require_reporting and tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject_of(tok)
        if subj is None or not (lo <= subj.i < max(upto, subj.i + 1)):
            continue
        a, b = _np_of_subject(subj)
        speaker, named = namer.name(doc, max(a, lo), b, mentions, ctx)
        if not require_reporting and not named and fold(subj.text) not in _PRONOUNS:
            return None
        return speaker
    return None


def _clause_subject(doc, tok, lo, hi, mentions, namer, ctx):
    """Walk up from the quote to the first verb with a subject that names someone."""
    seen = 0
    while seen < 8:
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            subj = _subject_of(tok)
            if subj is not None and lo <= subj.i < hi and subj.lower_ not in ("qui", "que", "ce", "c'", "cela", "ça"):
                a, b = _np_of_subject(subj)
                speaker, named = namer.name(doc, max(a, lo), b, mentions, ctx)
                if named:
                    return speaker
        if tok.head is tok:
            return None
        tok = tok.head
        seen += 1
    return None


def _is_journalist(speaker: str | None, entities) -> bool:
    return any(e.type == JOURNALIST and e.name == speaker for e in entities)


def article_quotes(
    article: Article, docs, entities: tuple[Entity, ...], name_of: dict[str, str], spans=None
) -> tuple[Quote, ...]:
    namer = _Namer(entities, name_of)
    ctx = _Context()
    persons = {e.name for e in entities if e.type == "PER"}
    out: list[Quote] = []
    if spans is None:
        spans = [news_spans(doc) for doc in docs]
    for para, doc, mentions in zip(article.paragraphs, docs, spans):
        text = para.text
        quotes = find_quote_spans(text)
        ctx.person_in_paragraph = None
        for s_start, s_end in split_sentences(text, quotes):
            sent = doc.char_span(s_start, s_end, alignment_mode="expand")
            if sent is None:
                continue
            lo, hi = sent.start, sent.end
            in_sent = [q for q in quotes if s_start <= q.start < s_end]
            found: list[Quote] = []
            for q in in_sent:
                span = doc.char_span(q.start, q.end, alignment_mode="expand")
                if span is None:
                    continue
                inner = q.inner(text)
                before = text[s_start:q.start].strip(" -–—")
                kind = "direct" if (not before or before.endswith(":")) else "partial"
                speaker = None
                tail = _tail_attribution(doc, span.end, hi, mentions, namer, ctx)
                if tail is not None:
                    speaker = tail[0]
                if speaker is None:
                    speaker = _head_attribution(doc, lo, span.start, mentions, namer, ctx)
                if speaker is None:
                    inner_tok = span[1] if len(span) > 2 else span[0]
                    speaker = _verb_subject_speaker(doc, lo, span.start, mentions, namer, ctx, quote_tok=inner_tok)
                if speaker is None and kind == "partial":
                    speaker = _clause_subject(doc, span[0], lo, hi, mentions, namer, ctx)
                if kind == "partial" and len(inner.split()) < 2:
                    continue  # a scare-quoted word, not a quotation
                if speaker is None and len(inner.split()) < 4:
                    continue
                if _is_journalist(speaker, entities):
                    continue
                found.append(Quote(inner, speaker, para.id, kind))
            if not in_sent:
                found.extend(_reported(doc, lo, hi, para.id, mentions, namer, ctx, entities))
            for qt in found:
                if qt.speaker:
                    ctx.last_speaker = qt.speaker
                    if qt.speaker in persons:
                        ctx.last_named_speaker = qt.speaker
            out.extend(found)
            for m in mentions:
                if m.label == "PER" and lo <= m.start_token < hi:
                    name = name_of.get(fold(m.text), m.text)
                    if name in persons:
                        ctx.last_person = name
                        ctx.person_in_paragraph = name
    return tuple(out)


def _reported(doc, lo, hi, pid, mentions, namer, ctx, entities) -> list[Quote]:
    """Reported speech in a sentence without quote marks."""

    def claim(verb, body_start: int, min_words: int) -> Quote | None:
        """What follows ``verb`` (from body_start), said by the verb's subject."""
        subj = _subject_of(verb)
        if subj is None or not (lo <= subj.i < verb.i):
            return None
        a, b = _np_of_subject(subj)
        speaker, _ = namer.name(doc, max(a, lo), b, mentions, ctx)
        body = doc[body_start:hi].text.strip().rstrip(".").strip()
        if speaker and len(body.split()) >= min_words and not _is_journalist(speaker, entities):
            return Quote(body, speaker, pid, "reported")
        return None

    sent_text = doc[lo:hi].text.strip()
    # X <verb> que …
    for i in range(lo, hi - 1):
        tok = doc[i]
        if not (_is_reporting(tok) or (tok.pos_ == "VERB" and tok.lemma_ in SAY_THAT_LEMMAS)):
            continue
        j = i + 1
        while j < hi and doc[j].pos_ == "ADV":
            j += 1
        if j < hi and fold(doc[j].text) in ("que", "qu'"):
            quote = claim(tok, j + 1, 1)
            if quote:
                return [quote]
    # X accuse / dénonce …: a charge is a claim of its subject
    for i in range(lo, hi - 2):
        tok = doc[i]
        if tok.pos_ == "VERB" and tok.lemma_ in _CHARGE_LEMMAS and tok.morph.get("VerbForm") != ["Inf"]:
            quote = claim(tok, i + 1, 3)
            if quote:
                return [quote]
    # Selon X, …
    head = _head_attribution(doc, lo, hi, mentions, namer, ctx, allow_pour=False)
    if head:
        j = lo
        while doc[j].text != ",":
            j += 1
        # skip an apposition after the name: "D'après X, secrétaire d'Etat adjoint, …"
        if j + 1 < hi and fold(doc[j + 1].text) in TITLE_HEADS | {"le", "la", "l'"}:
            k = j + 1
            while k < hi and doc[k].text != ",":
                k += 1
            if k < hi - 1:
                j = k
        body = doc[j + 1:hi].text.strip().rstrip(".").strip()
        if body:
            return [Quote(body, head, pid, "reported")]
    m = re.search(r",\s*selon\s+", sent_text)
    if m:
        start_char = doc[lo].idx + m.end()
        for k in range(lo, hi):
            if doc[k].idx >= start_char:
                np = _np_after(doc, k, hi)
                if np:
                    speaker, _ = namer.name(doc, np[0], np[1], mentions, ctx)
                    body = sent_text[:m.start()].strip()
                    rest = doc[np[1]:hi].text.strip(" .,")
                    if rest:
                        body = (body + ", " + rest) if len(rest.split()) > 2 else body
                    if speaker and body and not _is_journalist(speaker, entities):
                        return [Quote(body, speaker, pid, "reported")]
                break
    # inverted: "…, a confirmé la Maison Blanche dimanche."
    tail = _tail_attribution(doc, lo, hi, mentions, namer, ctx, selon=False)
    if tail is not None and tail[0]:
        comma = tail[1]
        body = doc[lo:comma].text.strip()
        head = _head_attribution(doc, lo, comma, mentions, namer, ctx, allow_pour=False)
        if body and len(body.split()) >= 4 and not head and not _is_journalist(tail[0], entities):
            if any(t.pos_ in ("VERB", "AUX") for t in doc[lo:comma]):
                return [Quote(body, tail[0], pid, "reported")]
    return []
