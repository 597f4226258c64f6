"""The speaker noun phrases: subjects of reporting verbs, "selon X",
descriptions and pronouns resolved to a person, genders (``person_genders``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ... import rules
from ...model import Entity
from ..entities import is_news_source
from ..lexicon import (
    ANAPHORIC_HEADS,
    CLASSIFIER_TYPES,
    HONORIFICS,
    INSTITUTION_NOUNS,
    MONTHS,
    ORG_HEADS,
    PRONOMINAL_REPORTING_FORMS,
    PRONOMINAL_REPORTING_LEMMAS,
    ROLE_EQUIVALENTS,
    TITLE_PREFIXES,
    REPORTING_FORMS,
    REPORTING_LEMMAS,
    SPEECH_NOUNS,
    TIME_WORDS,
    TITLE_HEADS,
    WEEKDAYS,
    fold,
)
from .spans import _AUX, _PRONOUNS, _SPEAKER_STOP


# --- speaker noun phrases ---------------------------------------------------------------


def _is_reporting(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and (
        tok.lower_ in REPORTING_FORMS or (tok.pos_ == "VERB" and (
            tok.lemma_ in REPORTING_LEMMAS or _iterative(tok.lemma_) in REPORTING_LEMMAS))
        or (tok.lower_ in PRONOMINAL_REPORTING_FORMS or tok.pos_ == "VERB" and tok.lemma_ in PRONOMINAL_REPORTING_LEMMAS)
        and _reflexive_before(tok)
    ) and tok.lower_ not in ("a", "est")


def _reflexive_before(tok) -> bool:
    """True when a reflexive clitic stands before the verb, its auxiliary between ("se
    réjouit", "s'est désolé", "s'en désole")."""
    doc, k = tok.doc, tok.i - 1
    while k >= 0 and tok.i - k <= 3 and (fold(doc[k].text) in ("en", "y") or doc[k].lemma_ == "être"):
        k -= 1
    return k >= 0 and fold(doc[k].text) in ("se", "s'", "me", "m'", "te", "t'", "nous", "vous")


def _iterative(lemma: str) -> str:
    """The verb under the iterative prefix of French ("réaffirmer" → "affirmer", "redire" →
    "dire", "réexpliquer" → "expliquer"); "" when there is none."""
    for prefix in ("ré", "re"):
        if lemma.startswith(prefix) and len(lemma) > len(prefix) + 3:
            return lemma[len(prefix):]
    return ""


def _np_after(doc, i: int, limit: int) -> tuple[int, int] | None:
    """Token range of the noun phrase starting at (or after skippable words from) ``i``."""
    # skip adverbs, time words and short prepositional phrases ("au quotidien", "à l'AFP")
    timed = False
    while i < limit:
        tok = doc[i]
        word = fold(tok.text)
        if tok.pos_ == "ADV" or tok.is_space or word in TIME_WORDS and not _the_latter(doc, i) or word in ("ce", "cet", "cette") \
                and i + 1 < limit and fold(doc[i + 1].text) in TIME_WORDS and not _the_latter_alone(doc, i + 1, limit):
            timed = timed or word in TIME_WORDS
            i += 1
            continue
        if timed and tok.text == "," and i + 1 < limit and doc[i + 1].pos_ in ("DET", "PROPN"):
            i += 1  # "», a fait savoir ce mercredi, X": the comma closing a time phrase
            continue
        if word in ("d'", "de") and i + 1 < limit and doc[i + 1].pos_ == "ADV" and doc[i + 1].dep_ != "advmod":
            i += 2  # "confiait d'ailleurs X", "a répété de nouveau X": an adverbial locution
            continue
        if word == "pour" and i + 2 < limit and fold(doc[i + 1].text) in ("sa", "son", "leur") \
                and fold(doc[i + 2].text) == "part":
            i += 3  # "a salué pour sa part le Premier ministre"
            continue
        if word in ("de", "d'") and i + 2 < limit and fold(doc[i + 1].text) in ("son", "leur", "mon", "notre") \
                and fold(doc[i + 2].text) == "cote":
            i += 3  # "estime de son côté l'autre candidat"
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
        if tok.text in ("'", "’") and i > start and fold(doc[i - 1].text) in ("l", "d"):
            i += 1  # "l' IGF": an elision typed with a space
            continue
        if tok.is_punct and tok.text not in ("-",):
            break
        if word == "en" and has_noun and i + 1 < limit and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower \
                and not (i + 2 < limit and fold(doc[i + 2].text) in ("de", "d'", "du", "des", "a", "au", "aux")):
            # "le technicien en fiabilité X", "un expert en sécurité": the field of a description
            # (not a locution, "le ministre en marge d'un déplacement")
            i += 1
            continue
        if word in _SPEAKER_STOP:
            break
        if has_noun and word in _LOCUTION_NOUNS and i + 1 < limit \
                and fold(doc[i + 1].text) in ("a", "au", "aux", "de", "du", "des", "d'"):
            break  # "s'écrie le ministre face aux explications du directeur": a prepositional locution
        if has_noun and word in TIME_WORDS and not _the_latter(doc, i):
            break
        if has_noun and tok.pos_ == "DET" and i + 2 < limit and doc[i + 1].like_num \
                and fold(doc[i + 2].text) in TIME_WORDS:
            break  # "selon un communiqué le 19 avril": a date ends the phrase
        if tok.pos_ == "PRON" and word not in _PRONOUNS and (_name_tagged_pronoun(tok) or _partitive_one(doc, i, start)
                                                              or word in PEOPLE_PRONOUNS and i == start):
            has_noun = True  # "selon iTELE", "selon l'un des membres": a name, a partitive "l'un des"
            i += 1
            continue
        if tok.pos_ in ("X", "VERB", "ADV") and tok.is_title and i + 1 < limit and doc[i + 1].pos_ == "PROPN" \
                and doc[i + 1].is_title and (i == start or doc[i - 1].pos_ in ("DET", "NOUN", "PROPN")):
            has_noun = True  # "Bulent Eczacibasi", "Dietlind Beaudoin": a first name the tagger calls
            i += 1           # a foreign word or a verb, capitalised before a proper noun
            continue
        if _participle_noun(doc, i, start):
            has_noun = True  # "l'opposant", "l'intervenant": a present participle after an article
            i += 1           # is a noun (the tagger reads the verb "opposer")
            continue
        if tok.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or (tok.pos_ == "PRON" and word in _PRONOUNS):
            has_noun = has_noun or tok.pos_ in ("NOUN", "PROPN", "PRON") or (
                # "une Canadienne", "plusieurs officiels gambiens": an adjective right after a
                # determiner stands for its noun
                tok.pos_ == "ADJ" and i > start and doc[i - 1].pos_ == "DET")
            i += 1
            if tok.pos_ == "PRON":
                break
            continue
        if word in ("de", "du", "des", "d'") and i + 1 < limit and doc[i + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
            i += 1
            continue
        if has_noun and word in ("de", "d'") and i + 1 < limit and fold(doc[i + 1].text) in _OF_THEM:
            # "l'un d'eux", "l'une d'entre elles", "certains d'entre eux": one of the people before
            i += 2 if fold(doc[i + 1].text) != "entre" else 3
            break
        if word == "d" and i + 2 < limit and doc[i + 1].text in ("'", "’") and doc[i + 2].pos_ in ("NOUN", "PROPN"):
            i += 2  # "d' Australie": an elision typed with a space
            continue
        if word == "et" and has_noun and i + 2 < limit and fold(doc[i + 1].text) in ("de", "du", "des", "d'") \
                and doc[i + 2].pos_ in ("DET", "NOUN", "PROPN"):
            i += 2  # "ministre de l'Économie et des Finances Michel Sapin"
            continue
        break
    if has_noun:
        i = _np_complements(doc, start, i, limit)
    while i > start and (doc[i - 1].pos_ in ("DET", "ADP") or fold(doc[i - 1].text) in ("de", "d'")):
        i -= 1
    if i <= start or not has_noun:
        return None
    return start, i


def _participle_noun(doc, i: int, start: int) -> bool:
    """A participle right after an article that opens the phrase ("l'opposant", "un
    intervenant", "l'accusé", "le prévenu"): a noun made of the participle, as French makes
    many."""
    tok = doc[i]
    return tok.pos_ == "VERB" and tok.morph.get("VerbForm") == ["Part"] \
        and i > start and doc[i - 1].pos_ == "DET" and doc[i - 1].morph.get("PronType") == ["Art"]


#: The people a partitive picks from: "l'un d'eux", "certaines d'entre elles".
_OF_THEM = frozenset({"eux", "elles", "entre"})


#: Nouns that open a prepositional locution after a noun phrase ("face à", "grâce à",
#: "suite à", "faute de"), a closed class of French grammar.
_LOCUTION_NOUNS = frozenset({"face", "grace", "suite", "faute"})


#: Indefinite pronouns that stand for people ("pour certains, …", "selon plusieurs"),
#: a closed class of French grammar.
PEOPLE_PRONOUNS = frozenset({"certains", "certaines", "plusieurs", "beaucoup", "d'autres", "autres"})


def _the_latter(doc, i: int) -> bool:
    """The "dernier" of "ce dernier" / "cette dernière": a pronoun, not a time word."""
    return fold(doc[i].text) in ("dernier", "derniere", "derniers", "dernieres") and i > 0 \
        and fold(doc[i - 1].text) in ("ce", "cette", "ces")


def _the_latter_alone(doc, i: int, limit: int) -> bool:
    """"», a réagi ce dernier": "ce dernier" with no noun after it is the pronoun, not a time
    phrase ("ce dernier jour", "cette dernière semaine")."""
    return _the_latter(doc, i) and not (i + 1 < limit and doc[i + 1].pos_ in ("NOUN", "PROPN"))


def _name_tagged_pronoun(tok) -> bool:
    """A word with a capital after its first letter ("iTELE", "BFMTV") that the tagger
    calls a pronoun: a name (no French pronoun is written so)."""
    return any(c.isupper() for c in tok.text[1:])


def _partitive_one(doc, i: int, start: int) -> bool:
    """The "un" / "une" of "l'un des …", "l'une des …", "un de ses avocats": a pronoun
    heading a noun phrase."""
    if fold(doc[i].text) not in ("un", "une") or i + 2 >= len(doc) or fold(doc[i + 1].text) not in ("des", "de", "d'", "d"):
        return False
    if i > start:
        return fold(doc[i - 1].text) in ("l'", "l")
    # opening the phrase: "un de ses avocats", "une des avocates" (a noun phrase follows)
    after = doc[i + 2]
    return after.pos_ in ("NOUN", "ADJ") or after.pos_ == "DET" and fold(doc[i + 1].text) != "des"


#: Dependents that belong to a description's noun phrase ("le nouveau bilan fourni",
#: "des policiers présents sur les lieux"); relative clauses, appositions and punctuation do not.
_NP_DEPS = frozenset({"amod", "nmod", "case", "det", "obl", "obl:arg", "obl:mod", "flat", "flat:name", "fixed",
                      "nummod", "advmod", "acl"})


#: Prepositions of place and topic that may open a complement of a description ("des
#: policiers présents sur les lieux", "les scientifiques sur ce projet", "les habitants
#: dans le quartier"); other stop words ("en marge de …") end a speaker's phrase.
_PLACE_OR_TOPIC = frozenset({"sur", "dans"})


def _place_or_topic(tok) -> bool:
    """A preposition of _PLACE_OR_TOPIC heading a complement of common nouns after a
    determiner ("sur les lieux", "sur ce projet"); a name ("sur France Inter", "sur
    Twitter", "dans Le Monde") says where it was said, not who said it."""
    obj = tok.head
    return fold(tok.text) in _PLACE_OR_TOPIC and tok.dep_ == "case" and obj.pos_ == "NOUN" and any(
        c.dep_ == "det" for c in obj.children) and not any(
        t.pos_ == "PROPN" or t.ent_type_ for t in obj.subtree)


def _np_complements(doc, start: int, end: int, limit: int) -> int:
    """End of the noun phrase doc[start:end] grown with the participles, adjectives and
    complements the parse hangs on its head noun right after it (no punctuation, relative
    clause, time word or finite verb on the way)."""
    heads = [t for t in doc[start:end] if not start <= t.head.i < end and t.pos_ in ("NOUN", "PROPN")]
    if len(heads) != 1:
        return end
    keep: set[int] = set()

    def walk(tok):
        for c in tok.children:
            if c.dep_ not in _NP_DEPS or c.is_punct or c.pos_ == "ADV":
                continue  # (an adverb is no part of a name: "a insisté le procureur tout en précisant")
            if c.dep_ == "acl" and "Part" not in c.morph.get("VerbForm"):
                continue  # a participle qualifies the noun; an infinitive or finite clause does not
            if any(g.dep_ == "case" and fold(g.text) in ("a", "au", "aux") for g in c.children):
                continue  # "a déclaré un responsable à l'AFP": whom it was said to
            if c.pos_ == "NOUN" and c.is_lower and any(g.dep_ == "case" and fold(g.text) == "par" for g in c.children) \
                    and not any(g.dep_ == "det" for g in c.children):
                continue  # "mentionne le corps de police par courriel": the means, a bare noun
            keep.add(c.i)
            walk(c)
        if tok.dep_ == "acl" and "Part" in tok.morph.get("VerbForm"):
            # a participle's own object belongs to the phrase too: "une estimation provenant
            # des instituts officiels"
            for c in tok.children:
                if c.dep_ == "obj" and c.i > tok.i:
                    keep.update(t.i for t in c.subtree if not t.is_punct)

    walk(heads[0])
    j = end
    while j < limit and j in keep and not (fold(doc[j].text) in TIME_WORDS
                                           or fold(doc[j].text) in _SPEAKER_STOP and not _place_or_topic(doc[j])
                                           or "Fin" in doc[j].morph.get("VerbForm")):
        j += 1
    # only a phrase that ends there (punctuation or the limit): a participle cut from its own
    # complements ("une agence locale citée par …", "des photographies montrant, à
    # l'intérieur des lieux, des dizaines de corps") is left out altogether
    if j > end and doc[j - 1].dep_ == "acl" and any(c.i > j and not c.is_punct for c in doc[j - 1].children):
        return end
    return j if j == end or j >= limit or doc[j].is_punct else end


#: Verbs of knowing whose causative without an agent is a way of saying ("faire savoir",
#: "laisser entendre", "faire valoir que"): a closed idiom class of French.
_MAKE_KNOWN = frozenset({"savoir", "entendre", "comprendre", "connaître", "valoir"})


def _detached(subj, verb) -> bool:
    """A subject the parse gives a verb that has another one after it, the first set
    off by a comma and with no determiner and no name: a phrase put before the subject
    ("Ancien ministre, X a dit", "Ému, X a confié"), not it ("L'Assemblée, …, le Sénat
    et la Chambre, constate" keeps its subject)."""
    end = subj.right_edge.i + 1
    if subj.pos_ not in ("NOUN", "ADJ", "VERB") or subj.ent_type_ or any(c.dep_ == "det" for c in subj.children):
        return False
    return end < verb.i and subj.doc[end].text == "," and any(
        c.dep_.startswith("nsubj") and end < c.i < verb.i for c in verb.children)


def _number_clash(subj, verb) -> bool:
    """True when a plural noun cannot be the subject of ``verb``, finite and singular."""
    return subj.pos_ == "NOUN" and subj.morph.get("Number") == ["Plur"] and "Fin" in verb.morph.get("VerbForm") \
        and verb.morph.get("Number") == ["Sing"]


#: Forms of "faire" and "laisser" whose lemma the tagger may miss.
_CAUSATIVE_WORDS = frozenset({"fait", "font", "faisait", "faisaient", "laisse", "laissent", "laissait", "laissaient"})


def _subject_of(verb):
    """Subject token of a verb: its nsubj, or that of the verb it is coordinated with (when
    they agree: in "X rappelle que 36 loups ont été abattus et dénonce", parsed with "dénonce"
    coordinated with "abattus", the subject is that of the verb above, "X")."""
    if verb.dep_ == "conj" and verb.head.dep_ in ("ccomp", "conj") and any(
            c.dep_.startswith("nsubj") and _number_clash(c, verb) for c in verb.head.children) \
            and not any(c.dep_.startswith("nsubj") for c in verb.children):
        above = next((c for c in verb.head.head.children if c.dep_.startswith("nsubj") and c.i < verb.head.i
                      and not _number_clash(c, verb)), None)
        if above is not None:
            return above
    for v in (verb, verb.head if verb.dep_ in ("conj", "xcomp") else None):
        if v is None:
            continue
        if v is not verb and verb.dep_ == "xcomp" and v.lemma_ != "promettre":
            # "permettre à X de déclarer", "demander au préfet de confirmer": the object controls
            ctrl = next((c for c in v.children if c.dep_ in ("obl:arg", "iobj") and c.i < verb.i and any(
                g.dep_ == "case" and fold(g.text) in ("a", "au", "aux") for g in c.children)), None)
            if ctrl is not None:
                return ctrl
            if v.lemma_ in ("faire", "laisser") or fold(v.text) in _CAUSATIVE_WORDS:  # (a lemma the tagger missed: "laisse")
                # "La mesure a fait réagir le journal X": the agent of a causative is its object
                agent = next((c for c in list(verb.children) + list(v.children) if c.dep_ == "obj"
                              and (c.pos_ == "PROPN" or any(t.ent_type_ in ("PER", "ORG") for t in c.subtree))), None) \
                    or next((c for c in list(verb.children) + list(v.children) if c.dep_ in ("obl:arg", "iobj", "obl")
                             and any(g.dep_ == "case" and fold(g.text) in ("a", "au", "aux") for g in c.children)
                             and c.pos_ in ("NOUN", "PROPN")), None)  # "laisse dire à certaines personnes que"
                if agent is not None or verb.lemma_ not in _MAKE_KNOWN:
                    return agent
                # "X a fait savoir que", "X laisse entendre que": without an agent, the
                # causative of a verb of knowing is the subject's own way of saying
            # "pousser le syndicat X à dénoncer": an object that names someone controls "à"/"de" + infinitive
            if any(c.dep_ == "mark" and fold(c.text) in ("a", "de", "d'") for c in verb.children):
                objs = [c for c in v.children if c.dep_ == "obj" and c.i < verb.i and any(
                    t.ent_type_ in ("PER", "ORG") for t in c.subtree)]
                if objs:
                    return objs[-1]
        for child in v.children:
            if child.text in ("-t", "-t-") and child.i + 1 < len(child.doc) \
                    and fold(child.doc[child.i + 1].text) in _PRONOUNS:
                return child.doc[child.i + 1]  # "déclare-t-il": the clitic after the euphonic "-t"
            if child.dep_.startswith("nsubj") or (child.dep_ == "expl:subj" and child.lower_ in _PRONOUNS):
                if _detached(child, v):
                    continue  # "Fils unique bichonné par ses parents, Régis a expliqué": Régis
                if any(c.dep_ == "case" and c.i < child.i and fold(c.text) not in ("de", "d'", "du", "des")
                       for c in child.children):
                    # "Pourtant, non sans une pointe d'ironie, le conseiller X n'a pas hésité à
                    # lancer", parsed with "une pointe" as subject: a phrase after a preposition
                    # is none; the noun phrase coordinated to it (with no preposition) is
                    child = next((c for c in child.children if c.dep_ == "conj" and c.i < v.i and not any(
                        g.dep_ == "case" for g in c.children)), child)
                if child.dep_.startswith("nsubj") and child.i < v.i and any(
                        c.dep_.startswith("nsubj") and child.i < c.i < v.i for c in v.children) and any(
                        c.dep_ == "cop" and child.i < c.i < v.i for c in v.children):
                    # "Rouen est, comme on dit, une « … »", parsed with "dit" the root, "est" its
                    # copula and two subjects: the one of the copula is not the verb's
                    continue
                if child.pos_ == "NOUN" and _is_reporting(v) and any(
                        c.dep_.startswith("nsubj") and child.i < c.i < v.i and c.lower_ in ("il", "elle", "ils", "elles")
                        and c.doc[c.i - 1].text == "," for c in v.children):
                    continue  # "Une peine qui ne soulagera pas X, elle assure": the pronoun after the comma
                if child.lower_ == "il" and (v.lemma_ in _IMPERSONAL or any(
                        t.lower_ == "y" for t in child.doc[child.i + 1:child.i + 4])):
                    return None  # "il faut", "il pourrait y avoir": nobody
                if child.lower_ in _PRONOUNS and child.i >= 2 and fold(child.doc[child.i - 1].text) == "a" \
                        and fold(child.doc[child.i - 2].text) == "quant":
                    # "Business France a quant à elle reconnu": the subject is before "quant à elle"
                    k = child.i - 3
                    while k >= 0 and (child.doc[k].pos_ in ("AUX", "ADV") or fold(child.doc[k].text) in _AUX):
                        k -= 1
                    if k >= 0 and not child.doc[k].is_punct:
                        return child.doc[k]
                    # "Barry Marsden, professeur à …, est quant à lui …": the sentence opens on it
                    first = child.sent.start
                    if child.doc[first].pos_ in ("PROPN", "NOUN", "DET"):
                        return child.doc[first] if child.doc[first].pos_ != "DET" else child.doc[first + 1]
                    return None
                # "L'incertitude plane sur la rentrée, mais le parent … se dit confiant": "mais"
                # opens a new clause; the phrase the parse coordinates after it is the subject
                return next((c for c in child.children if c.dep_ == "conj" and child.i < c.i < v.i and any(
                    cc.dep_ == "cc" and fold(cc.text) == "mais" for cc in c.children)), child)
    return _opening_phrase_subject(verb) or _name_between_commas(verb)


#: Tags a sentence-opening noun phrase may hold ("Une source proche du dossier").
_OPENING_NP_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"})


def _opening_phrase_subject(verb):
    """``Une source proche du dossier ajoute à X que …``, parsed with the verb hung on
    the noun before it and no subject: a finite verb of saying whose sentence opens on a
    noun phrase running right up to it (no punctuation, verb or clause word between) has
    that phrase as its subject; its head noun, else None."""
    if not _is_reporting(verb) or verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm"):
        return None
    doc, start = verb.doc, verb.sent.start
    span = doc[start:verb.i]
    if len(span) < 2 or span[0].pos_ not in ("DET", "PROPN") or any(t.pos_ not in _OPENING_NP_POS for t in span):
        return None
    if any(t.pos_ == "ADP" and fold(t.text) not in ("de", "du", "des", "d'", "d") for t in span):
        return None  # "À Paris le ministre …" opens on an adjunct
    return next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)


def _name_between_commas(verb):
    """``Interrogé vendredi à Bordeaux, Alain Juppé, éliminé au deuxième tour …, a affirmé
    que …``, parsed with no subject: a finite verb of saying whose sentence runs, after an
    opening adjunct with no finite verb, to a person's name between commas, then only
    appositions with no finite verb up to the verb's group: that name (its first token)."""
    if not _is_reporting(verb) or verb.pos_ != "VERB":
        return None
    doc, start = verb.doc, verb.sent.start
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux")])

    def clause_free(a: int, b: int) -> bool:
        return not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                       or t.pos_ in ("SCONJ", "PRON") or t.text in ("«", "»", "“", "”", "\"", ";", ":")
                       for t in doc[a:b])

    for k in range(start + 1, first):
        if doc[k].ent_type_ != "PER" or doc[k].ent_iob_ != "B" or doc[k - 1].text != ",":
            continue
        e = k + 1
        while e < first and doc[e].ent_iob_ == "I":
            e += 1
        if e < first and doc[e].text == "," and clause_free(start, k) and clause_free(e, first) \
                and doc[first - 1].text == ",":
            return doc[k]
        return None
    return None


_CHARGE_LEMMAS = frozenset({"accuser", "dénoncer"})

_IMPERSONAL = frozenset({"agir", "falloir", "sembler", "paraître", "exister", "rester", "avoir", "être",
                         "s'agir", "pleuvoir", "suffire", "manquer", "arriver"})

_DROP_DEPS = ("acl", "acl:relcl", "punct", "advcl", "parataxis", "appos:relcl")


def _name_apposed_before(doc, j: int) -> tuple[int, int] | None:
    """``Mario Joseph, l'un de ses avocats, qui …``: the proper name that a description
    starting at ``j`` is apposed to (the name, then a comma, right before it; the name not
    itself a complement, "le frère de X, un avocat, qui"); its token range, else None."""
    if j < 2 or doc[j - 1].text != "," or doc[j - 2].pos_ != "PROPN" or doc[j].pos_ == "PROPN":
        return None
    k = j - 2
    while k > 0 and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].is_punct:
        k -= 1
    if k > 0 and (fold(doc[k - 1].text) in ("de", "d'", "du", "des", "d") or doc[k - 1].pos_ in ("ADP", "DET")
                  and fold(doc[k - 1].text) not in ("selon",)) and doc[j].pos_ == "DET":
        return None  # (a title with no article, "X, Président du Tchad, qui", is the name's own)
    return k, j - 1


def _before_gerund(tok) -> bool:
    """True when ``tok`` is the adverb of a gerund ("tout" of "tout en précisant")."""
    doc = tok.doc
    return tok.pos_ == "ADV" and tok.i + 2 < len(doc) and fold(doc[tok.i + 1].text) == "en" \
        and doc[tok.i + 2].morph.get("VerbForm") == ["Part"] and doc[tok.i + 2].morph.get("Tense") == ["Pres"]


def _np_of_subject(subj) -> tuple[int, int]:
    """Token range of the subject's phrase, without relative or participial clauses."""
    doc = subj.doc
    if subj.lower_ == "qui":  # antecedent of a relative pronoun: the noun phrase before it
        i = subj.i - 1
        while i >= 0 and doc[i].is_punct:
            opening = next((k for k in range(i - 1, max(-1, i - 8), -1) if doc[k].text == "("), None) \
                if doc[i].text == ")" else None
            # "Laurent Wauquiez ( LR ), qui": a bracketed aside is not the antecedent
            i = opening - 1 if opening is not None and opening > 0 else i - 1
        if i >= 0 and doc[i].pos_ in ("PROPN", "NOUN", "ADJ"):
            j = i
            while j > 0 and (not doc[j - 1].is_punct or doc[j - 1].text in ("'", "’") and j > 1
                             and fold(doc[j - 2].text) in ("l", "d")):  # "l' Union": an elision typed with a space
                if doc[j - 1].text in ("'", "’"):
                    j -= 1
                elif doc[j - 1].pos_ in ("PROPN", "DET", "NOUN", "ADJ") or (
                        doc[j - 1].pos_ == "VERB" and doc[j - 1].is_title and doc[j].pos_ == "PROPN") or (
                        doc[j - 1].pos_ == "ADV" and doc[j].pos_ == "ADJ" and j > 1 and doc[j - 2].pos_ == "NOUN") or (
                        fold(doc[j - 1].text) in ("de", "d'", "du", "des") and j > 1 and (doc[j - 2].pos_ in ("NOUN", "PRON")
                        or doc[j - 2].pos_ in ("PROPN", "ADJ") and doc[j].pos_ == "PROPN")
                        and not doc[j - 2].is_punct) or (doc[j - 1].pos_ == "PRON" and fold(doc[j].text) in ("de", "d'", "des")) or (
                        fold(doc[j - 1].text) in ("a", "au", "aux", "en") and doc[j - 1].pos_ == "ADP" and j > 1
                        and doc[j - 2].pos_ == "NOUN" and doc[j - 2].is_lower):
                    # "le général de Gaulle qui", "l'une des juges du tribunal, qui", "ménagère à
                    # Faladiè Séma, qui" (a place complement of the description; a place's first
                    # word the tagger calls a verb)
                    j -= 1
                elif j > 3 and fold(doc[j - 1].text) in ("de", "d'", "du", "des") and fold(doc[j - 2].text) == "et" \
                        and doc[j - 3].pos_ in ("PROPN", "NOUN", "ADJ") and not doc[j - 3].is_punct:
                    j -= 2  # "Président du Tchad et de l'Union africaine, qui": one title, two complements
                else:
                    break
            name = _name_apposed_before(doc, j)
            if name is not None:
                return name  # "selon Mario Joseph, l'un de ses avocats, qui": the name it describes
            return _listed_names_before(doc, j), i + 1
        # "un rapport publié deux semaines plus tôt qui": an adverbial phrase ends a
        # participle qualifying the antecedent; the participle's noun is the antecedent
        for k in range(i, max(-1, i - 8), -1):
            tok = doc[k]
            if tok.is_punct:
                break
            if tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and tok.dep_ == "acl" \
                    and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < k:
                return _np_of_subject(tok.head)
        return subj.i, subj.i  # no antecedent: nobody
    keep = {subj.i}
    # "à" of an object that controls a verb; but a subject has no preposition: its "des"
    # tagged as one is the plural article ("mais des témoins affirment")
    skip = {c.i for c in subj.children if c.dep_ == "case" and not (
        subj.dep_.startswith("nsubj") and fold(c.text) in ("des", "du") and c.i < subj.i)}

    def walk(tok):
        for child in tok.children:
            if child.dep_ in _DROP_DEPS or child.i in skip or _before_gerund(child):
                continue  # ("le procureur tout en précisant": the gerund's adverb is no part of it)
            keep.add(child.i)
            walk(child)

    walk(subj)
    lo, hi = min(keep), max(keep) + 1
    cop = next((c for c in subj.children if c.dep_ == "cop" and c.i < subj.i), None)
    if cop is not None and any(c.dep_ == "nsubj" and fold(c.text) in ("c'", "ce") and c.i < cop.i for c in subj.children):
        # "Après la défaite, c'est un entraîneur touché qui a expliqué": the predicate noun's
        # phrase starts after its copula, the clause's subject and circumstances left out
        lo = max(lo, cop.i + 1)
    while lo < subj.i and (doc[lo].pos_ == "CCONJ" or doc[lo].is_punct):
        lo += 1  # "…, mais des témoins affirment": the conjunction joins clauses, it names no one
    # stop at the first comma, parenthesis or dash (incises like "M. Blinken, qui …", "le
    # ministre (…)", "X — par ailleurs ancien directeur … —")
    for k in range(subj.i, hi):
        if doc[k].text == "," and k + 1 in keep and fold(doc[k + 1].text) in ("de", "du", "des", "d'"):
            continue  # "le ministre des Postes, de la Culture et des Sports X": a list of complements
        if doc[k].text in (",", "(", "—", "–"):
            hi = k
            break
        if k > subj.i and (doc[k].pos_ == "SCONJ" or k + 1 < hi and doc[k + 1].pos_ == "SCONJ"
                           and fold(doc[k + 1].text) in ("que", "qu'")):
            hi = k  # "a indiqué le porte-parole alors que l'individu …": a conjunction opens a clause
            break
    if any(c.dep_ == "case" and fold(c.text) in ("de", "d'") and c.i + 1 < len(doc) and doc[c.i + 1].pos_ == "DET"
           for c in subj.children):  # ("des témoins", "de nombreux élus": an article, not a complement)
        # "le ministre des Postes, …, de la Communication et des Médias Nestor X a annoncé",
        # parsed with a complement of the title as subject: the role is cut; only a name
        # that closes the phrase designates the speaker, else nobody
        return _closing_name(doc, lo, hi, subj)
    dash = _dash_aside(doc, subj)
    if dash is not None:
        # "le ministre de … Jean X — par ailleurs ancien directeur … — a annoncé", parsed with
        # the aside between dashes as subject: the name right before the aside speaks
        return _closing_name(doc, doc[dash].sent.start, dash, subj)
    while hi + 1 < len(doc) and doc[hi].text == "-" and not doc[hi - 1].whitespace_ and not doc[hi].whitespace_ \
            and doc[hi + 1].is_alpha:
        hi += 2  # "Les sapeurs-pompiers", cut by the tokenizer at its hyphen: one noun
    return lo, hi


def _closing_name(doc, lo: int, hi: int, subj) -> tuple[int, int]:
    """The run of capitalised proper nouns (two or more) that ends tokens lo..hi: a name
    after its title; else an empty range at ``subj`` (nobody)."""
    k = hi
    while k > lo and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
        k -= 1
    return (k, hi) if hi - k >= 2 else (subj.i, subj.i)


def _dash_aside(doc, subj) -> int | None:
    """Index of the opening dash when ``subj`` lies in an aside between two dashes ("— … —")
    that closes before its verb; None otherwise."""
    sent = subj.sent
    opening = next((k for k in range(subj.i - 1, sent.start - 1, -1) if doc[k].text in ("—", "–")), None)
    if opening is None or any(doc[k].text in ("«", "»") for k in range(opening, subj.i)):
        return None
    closing = next((k for k in range(subj.i + 1, sent.end) if doc[k].text in ("—", "–")), None)
    return opening if closing is not None and closing < subj.head.i else None


def _listed_names_before(doc, j: int) -> int:
    """``entre l'Allemagne, la France … et le Luxembourg, qui``: when the name at ``j`` is
    the last of a list of names ("A, B et C": determiners and proper nouns only), the
    start of the whole list; ``j`` otherwise."""
    if j < 2 or fold(doc[j - 1].text) != "et" or doc[j - 2].pos_ != "PROPN":
        return j
    k = j - 2
    while k >= 0 and (doc[k].pos_ in ("DET", "PROPN") or doc[k].text in (",", "'", "’", "-")):
        k -= 1
    start = k + 1
    while start < j - 1 and doc[start].text == ",":
        start += 1
    items, cur = [], []
    for t in doc[start:j - 1]:
        if t.text == ",":
            items.append(cur)
            cur = []
        else:
            cur.append(t)
    items.append(cur)
    if len(items) < 1 or not all(item and item[-1].pos_ == "PROPN" for item in items):
        return j
    return start


#: Endings of a person noun after a demonstrative ("ce producteur", "cette vendeuse", "cet
#: habitant"), narrower than ``_PERSON_NOUN``: "ce mois", "cette semaine" are no one.
_DEMONSTRATIVE_PERSON = re.compile(r"(?:eur|euse|rice|iste|ante|ant|ienne|ien|ier|iere|eron|eronne)$")
#: Shapes of nouns that name people ("la kosovare", "le chauffeur", "la manifestante").
_PERSON_NOUN = re.compile(r"(?:iste|ier|iere|eur|euse|rice|ien|ienne|ant|ante|ais|aise|ois|oise|ain|aine|are"
                          # (trades and callings of other endings: "le vigneron", "la psychiatre")
                          r"|eron|eronne|ologue|ographe|iatre|naute|^boulangere?|^bergere?|^maraichere?|^bouchere?"
                          r"|^paysanne?|^artisane?|^gendarme|^cheminote?|^soldate?|^marin|^agente?)$")

#: The tagger's gender of a word, as the speaker context writes it.
TAGGED_GENDER = {"Masc": "m", "Fem": "f"}

_PLURAL_DETS = frozenset({"les", "des", "ces", "plusieurs", "certains", "certaines", "quelques", "de"})
_FEM_DETS = frozenset({"la", "une", "cette"})
_MASC_DETS = frozenset({"le", "un", "ce", "cet"})
_FEM_NOUN = re.compile(r"(?:trice|euse|eure|ienne|enne|esse|ere|ee|ante|ente|ointe|onne|aine|oise|aise|ue|ie)$")
#: Endings of nouns with one form for both sexes ("journaliste", "psychologue", "notaire"):
#: without a determiner they give no gender.
_EPICENE_NOUN = re.compile(r"(?:iste|logue|graphe|aire|ete|iatre|atre)$")
_MASC_NOUN = re.compile(r"(?:teur|eur|ier|ien|ant|ent|ain|ois|ais|e|u|i)$")


#: Nouns of a sex or of kinship whose ending says nothing of their gender ("femme", "père").
_FEM_WORDS = frozenset(fold(w) for w in "femme dame fille mère sœur soeur tante nièce cousine épouse veuve".split())
_MASC_WORDS = frozenset(fold(w) for w in "homme père frère oncle neveu mari époux veuf".split())


def _gender_of_words(words: list[str]) -> str | None:
    """'f', 'm' or None for a folded noun phrase ("la premiere ministre", "l'elue")."""
    if not words:
        return None
    if words[0] in _FEM_DETS or words[0] in ("mme", "mlle", "madame"):
        return "f"
    if words[0] in _MASC_DETS or words[0] in ("m.", "m", "monsieur", "mm."):
        return "m"
    head = next((w for w in words[1:] if w not in TITLE_PREFIXES), "") if words[0] in ("l'", "l") else ""
    if head in _FEM_WORDS:
        return "f"  # ("première femme maire": a noun of sex or kinship whatever its ending)
    if head in _MASC_WORDS:
        return "m"
    if head and head not in ("ministre", "secretaire", "porte-parole", "responsable", "diplomate", "juge",
                             "commissaire", "maire", "membre", "pape", "athlete", "cycliste", "pilote"):
        if _FEM_NOUN.search(head):
            return "f"  # ("la procureure", "l'auteure": "-eure" is the feminine of "-eur")
        if _EPICENE_NOUN.search(head):
            return None
        if _MASC_NOUN.search(head):
            return "m"
    return None


def person_genders(docs, spans, name_of: dict[str, str], persons: set[str]) -> dict[str, str]:
    """Grammatical gender of the article's people, from the text around their names:
    an honorific ("M.", "Mme") or the determiner of a title just before the name
    ("la première ministre britannique Theresa May", "l'Autrichienne Nadine Fest").
    A person with contradictory cues, or none, has no entry."""
    seen: dict[str, set[str]] = {}
    for doc, mentions in zip(docs, spans):
        # (the article of another name is no title's: "au journal La Tribune Serge X" says
        # nothing of X's gender; "la présidente du Medef X" does)
        named = {i for o in mentions if o.label != "PER" for i in range(o.start_token, o.end_token)}
        for m in mentions:
            if m.label != "PER":
                continue
            name = name_of.get(fold(m.text), m.text)
            if name not in persons:
                continue
            i = m.start_token - 1
            words: list[str] = []
            while i >= 0 and m.start_token - i <= 10:
                tok = doc[i]
                if i in named and fold(tok.text) in _FEM_DETS | _MASC_DETS | {"l'"}:
                    words = []
                    break
                # (two titles joined by "et" are one description: "le journaliste et animateur
                # de radio X"; never "et" right before the name: "le président et X")
                title_and = fold(tok.text) == "et" and words and doc[i + 1].pos_ == "NOUN"
                if tok.is_punct and tok.text != "-" or tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "ADP") and \
                        fold(tok.text) not in ("de", "du", "des", "d'", "a", "au", "aux") and not title_and:
                    break
                words.insert(0, fold(tok.text))
                # the article of a complement ("président de la République") is not the title's
                # (an honorific always ends it: "une de mes montres à M. X" is about a man)
                if fold(tok.text) in {"mme", "mlle", "m.", "mm."} or fold(tok.text) in _FEM_DETS | _MASC_DETS | {"l'"} and not (
                        i > 0 and fold(doc[i - 1].text) in ("de", "a")):
                    break
                i -= 1
            if words and words[-1] in ("de", "du", "des", "d'"):
                # "la veuve de X", "le fils de X": the noun is someone else, not X's title (a
                # description apposed after the name is X's: "le soutien de X, député de …")
                for g in _apposed_genders(doc, m):
                    seen.setdefault(name, set()).add(g)
                continue
            g = _gender_of_words(words) if words and (words[0] in _FEM_DETS | _MASC_DETS | {"l'", "mme", "mlle", "m.", "mm."}) else None
            if words and words[0] in ("l'", "l"):
                # after an elided article the noun's ending is ambiguous once accents are
                # folded ("l'Allemande", "l'avocate", "l'employé"): the tagger's gender decides
                k = m.start_token - len(words) + 1
                while k < m.start_token - 1 and fold(doc[k].text) in TITLE_PREFIXES:
                    k += 1
                # (only a title right before the name: "l'élection de 2016 à X" is no title of X)
                title = k < m.start_token and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in doc[k:m.start_token])
                tagged = doc[k].morph.get("Gender") if title else []
                if len(tagged) == 1:
                    g = TAGGED_GENDER.get(tagged[0])
                elif g == "m" and k < m.start_token and fold(doc[k].text).endswith("e"):
                    g = None  # "-e" may be a folded "-é" or a feminine: no guess
            if g:
                seen.setdefault(name, set()).add(g)
            for g in _apposed_genders(doc, m):
                seen.setdefault(name, set()).add(g)
    return {n: next(iter(g)) for n, g in seen.items() if len(g) == 1}


def _person_description(doc, a: int, b: int) -> list[str] | None:
    """Folded words of tokens a..b when they are a noun phrase describing a person
    (determiner or none, a person noun as head, adjectives and "de" complements;
    no verb, pronoun or name of a person), else None."""
    toks = doc[a:b]
    if not 0 < len(toks) <= 8 or any(t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM") or t.is_punct for t in toks):
        return None
    words = [fold(t.text) for t in toks]
    k = 1 if words[0] in _FEM_DETS | _MASC_DETS | {"l'"} else 0
    while k < len(words) - 1 and words[k] in TITLE_PREFIXES:
        k += 1
    head = words[k] if k < len(words) else ""
    if not (head in ANAPHORIC_HEADS or _PERSON_NOUN.search(head)) or toks[k].pos_ not in ("NOUN", "ADJ"):
        return None
    return words


def _apposed_genders(doc, m) -> list[str]:
    """Genders that a description in apposition gives a name: before it, opening the
    sentence or following a comma ("La maire, Anne Roussel, …", "L'inspecteur d'académie,
    Paul Garnier, …"), or after it up to the next comma or the end ("Claire Dubois,
    directrice de l'école", "Karim Haddad, le père de la victime"; an age "45 ans" between
    commas is passed over). Without a determiner, the head noun's ending decides
    ("directrice"); an epicene noun ("ministre", "porte-parole") gives nothing. A past
    participle apposed after the name ("X, arrivée la veille, …") gives its own gender."""
    out = []
    s = m.start_token
    if s >= 2 and doc[s - 1].text == ",":
        a = s - 2
        while a > 0 and not doc[a - 1].is_punct and s - 1 - a < 12:
            a -= 1
        if a == doc[a].sent.start or doc[a - 1].is_punct:
            # (two descriptions joined by "et", the first one's gender: "Ancienne adjointe à la
            # culture et désormais élue d'opposition, X")
            joint = next((k for k in range(a + 1, s - 1) if doc[k].pos_ == "CCONJ" and fold(doc[k].text) == "et"), s - 1)
            words = _person_description(doc, a, joint)
            if words:
                out.append(_gender_of_words(words if words[0] in _FEM_DETS | _MASC_DETS | {"l'"} else ["l'"] + words))
    e = m.end_token
    if e + 1 < len(doc) and doc[e].text == ",":
        a = e + 1
        if a + 2 < len(doc) and doc[a].like_num and fold(doc[a + 1].text) == "ans" and doc[a + 2].text == ",":
            a += 3  # "Jean Dupont, 45 ans, chauffeur routier"
        b = a
        while b < len(doc) and not doc[b].is_punct and b - a < 8:
            b += 1
        words = _person_description(doc, a, b) if b == len(doc) or doc[b].is_punct else None
        if words:
            out.append(_gender_of_words(words if words[0] in _FEM_DETS | _MASC_DETS | {"l'"} else ["l'"] + words))
        part = doc[e + 1]
        if part.pos_ == "VERB" and part.morph.get("VerbForm") == ["Part"] and part.morph.get("Tense") == ["Past"] \
                and part.morph.get("Number") == ["Sing"] and part.morph.get("Gender") in (["Masc"], ["Fem"]):
            # "Zach Manoun, arrivé d'un vol de Genève, …": a participle apposed to the name agrees with it
            out.append("f" if part.morph.get("Gender") == ["Fem"] else "m")
    return [g for g in out if g]


def _pair(phrase: str) -> bool:
    """True when a description names two ("Le maire et son adjoint", "Marc et Hélène
    Dufresne"), not when "et" joins two complements of one head ("le ministre de la Santé et
    de l'Action sociale")."""
    words = phrase.split()
    return any(fold(w) == "et" and k + 1 < len(words) and fold(words[k + 1]) not in ("de", "du", "des", "d'")
               and not fold(words[k + 1]).startswith("d'") for k, w in enumerate(words))


@dataclass
class _Context:
    """What pronouns and descriptions can refer to, updated sentence by sentence.

    ``last_subject`` is the most salient referent: the speaker of the last
    sentence that had one, else the last sentence's main subject when it names
    someone. ``recent`` lists named people and organisations in text order.
    """

    last_speaker: str | None = None
    last_named_speaker: str | None = None
    last_person: str | None = None
    person_in_paragraph: str | None = None
    last_subject: tuple[str, str, str | None] | None = None  # (name, label, gender)
    recent: list = None  # [(name, label)]
    genders: dict = None
    roles: dict = None  # person name -> folded role
    classified: dict = None  # "association" -> "Médecins du monde"
    ambiguous: bool = False  # the last sentence had two people as main subjects
    closing_person: str | None = None  # the person named (or described, in an incise) last in the last sentence, nothing after
    paragraph: int = 0  # index of the paragraph being read
    named_in: dict = None  # person -> last paragraph that names them outside quotation marks
    dangling: bool = False  # a subject pronoun left unresolved since the last person was named
    persons: frozenset = frozenset()  # the article's people (not its journalists: a photo credit's name)
    predicate: dict = None  # name -> its last mention is a copula's predicate ("… sera Mike Pence")
    sentence_subject: tuple | None = None  # (name, label, gender) of the main subject of the sentence being read
    described: dict = None  # head noun -> the last unnamed description that spoke ("un porte-parole de X")
    oblique: dict = None  # name -> its last mention is a noun's complement ("la défense des Fillon")
    passing: dict = None  # organisation -> its last mention is no subject ("ont eu recours au PGE")
    voice: tuple | None = None  # (name, label, gender, paragraph, len(recent)) of the last sentence that had a speaker
    first_person: bool = False  # the quotation being attributed speaks as "je": one human being's words
    possessed: set = None  # person nouns the text has used after "son", "sa", "leur" ("son défenseur"): someone's

    def __post_init__(self):
        self.recent = self.recent or []
        self.genders = self.genders or {}
        self.roles = self.roles or {}
        self.classified = self.classified or {}
        self.named_in = self.named_in or {}
        self.described = self.described or {}
        self.oblique = self.oblique or {}
        self.passing = self.passing or {}
        self.predicate = self.predicate or {}
        self.possessed = self.possessed or set()

    def note_description(self, phrase: str) -> None:
        """Remember an unnamed description that spoke ("Un porte-parole du collectif X"),
        by its head noun: a definite description with that head later is the same one."""
        words = [fold(w) for w in phrase.split()]
        if len(words) < 2 or words[0] not in _FEM_DETS | _MASC_DETS | _PLURAL_DETS | {"l'"} and not words[0].startswith("l'"):
            return
        if words[0].startswith("l'") and len(words[0]) > 2:
            words = ["l'", words[0][2:]] + words[1:]
        k = 1
        while k < len(words) - 1 and words[k] in TITLE_PREFIXES:
            k += 1
        self.described[words[k]] = phrase

    def _ok(self, cand, gender: str | None, people_only: bool = False) -> bool:
        name, label, g = cand
        if label == "PER":
            g = self.genders.get(name, g)
        elif people_only or label not in ("ORG", "DESC") or label == "ORG" and self.first_person:
            return False  # ("« Je crains … », constate-t-elle" is a woman's words, not a newspaper's)
        return gender is None or g is None or g == gender

    def resolve_pronoun(self, word: str, incise: bool = False) -> str | None:
        """Referent of a subject pronoun ("il", "-elle"): the last salient referent of
        the same gender and number; plural pronouns stay unresolved. The pronoun of an
        incise after a quotation ("», assure-t-elle") may also go back to the last voice."""
        word = fold(word).lstrip("-")
        if word.endswith("s"):
            # "Les grévistes ont voté … « … », disent-ils": only an unnamed plural description
            # that is the last sentence's subject or speaker
            # ("elles" does not go on with « les chantiers »: the gender, when known, agrees)
            if not self.ambiguous and self.last_subject and self.last_subject[1] == "DESC" \
                    and (fold(self.last_subject[0]).split()[0] in _PLURAL_DETS
                         or _pair(self.last_subject[0])) \
                    and self.last_subject[2] in (None, "f" if word.startswith("elle") else "m"):  # a pair is plural
                return self.last_subject[0]
            return None
        gender = "f" if word.startswith("elle") else "m"
        if self.ambiguous:
            return None  # two people just named as subjects: no guess between them
        if self.last_subject and self._ok(self.last_subject, gender) and not _is_fragment(self.last_subject[0]) and not (
                self.last_subject[1] == "DESC" and (fold(self.last_subject[0]).split()[0] in _PLURAL_DETS
                                                    or _pair(self.last_subject[0]))):
            return self.last_subject[0]  # (a plural description, "Les manifestants", or a pair, is no "il" / "elle")
        for name, label in reversed(self.recent):  # only a person whose gender the text gives,
            # named outside quotation marks in this paragraph or the one before
            if label == "PER" and self.genders.get(name) == gender and self.named_in.get(name, -2) >= self.paragraph - 1 \
                    and not self.oblique.get(name):  # (a person named in a complement is no antecedent)
                return name
        if not incise:
            return None
        voice = self._last_voice(gender)
        if voice is None:
            voice = self._only_person_here(gender) or self._only_person_so_far(gender)
            if voice is not None:
                self.genders[voice] = gender  # ("… », nous dit-elle. … « … », sourit-il": someone else)
        return voice

    def _only_person_so_far(self, gender: str) -> str | None:
        """The pronoun of an incise that nothing nearer resolves: the one person of the article
        named so far outside quotation marks whose gender, where the text gives it, agrees, when
        the last voice, if any, is theirs (a "il" may be "un agriculteur" quoted before), no
        subject pronoun was left unresolved since and the name is no complement or role holder.
        With two or more such people, or none, nobody."""
        if self.dangling:
            return None  # a subject pronoun the text could not resolve came since: someone unnamed
        here = [name for name in self.named_in if name in self.persons and len(name.split()) >= 2
                and not _is_fragment(name) and self.genders.get(name, gender) == gender]
        if len(here) != 1 or self.oblique.get(here[0]) or self.predicate.get(here[0]):
            return None  # (named in a noun's complement, or as who holds a role: spoken of)
        if self.voice is not None and self.voice[0] != here[0]:
            return None  # someone else spoke last
        return here[0]

    def _only_person_here(self, gender: str) -> str | None:
        """"Et pour certains, comme Danièle Staquet (PS), c'est un chapitre qui se ferme.
        « … », nous dit-elle": the one person named in full (outside quotation marks) in
        this paragraph and the one before, when the text gives no gender that disagrees,
        no pronoun subject the text could not resolve has come since, no one else spoke in
        this paragraph and the name is not a noun's complement or a copula's predicate; with
        two or more, or none, nobody. The pronoun gives that person's gender from then on."""
        here = {name for name, label in self.recent if label == "PER" and self.named_in.get(name, -2) >= self.paragraph - 1}
        if len(here) != 1 or self.dangling or not here <= self.persons:
            return None
        name = next(iter(here))
        if len(name.split()) < 2 or self.genders.get(name, gender) != gender or _is_fragment(name):
            return None  # (a lone word may be a common noun the model took for a name: "Astuce")
        if self.oblique.get(name) or self.predicate.get(name):
            return None  # named in a noun's complement, or as who holds a role: spoken of, not to go on with
        if self.voice is not None and self.voice[3] == self.paragraph and self.voice[0] != name and not (
                self.voice[1] == "DESC" and fold(self.voice[0]).split()[0] in _PLURAL_DETS):
            return None  # someone else spoke in this paragraph: the pronoun may be theirs (not "certains")
        return name

    def _last_voice(self, gender: str) -> str | None:
        """"X assure que « … ». Les gendarmes ont procédé à … « … », assure-t-elle": the one
        who last spoke in this paragraph, when no one else has been named since and the
        gender, where known, agrees (the sentences between were about things or a plural)."""
        if self.voice is None:
            return None
        name, label, g, paragraph, seen = self.voice
        if paragraph != self.paragraph or _is_fragment(name) or not self._ok((name, label, g), gender) or \
                label == "DESC" and (fold(name).split()[0] in _PLURAL_DETS or _pair(name)):
            return None
        if any(other != name and (lab == "PER" or lab == "ORG" and not self.passing.get(other))
               for other, lab in self.recent[seen:]):
            return None
        return name

    def resolve_latter(self, words: list[str]) -> str | None:
        """"ce dernier", "cette dernière", "celui-ci", "celle-ci" opening a sentence: the
        person whose name ends the sentence before, when their gender does not disagree;
        a plural or anything else stays unresolved."""
        if not words or " ".join(words) not in _LATTER:
            return None
        gender = "f" if words[0] in ("cette", "celle") else "m"
        who = self.closing_person
        if who is None or self.genders.get(who, gender) != gender:
            return None
        return who

    def _other_role(self, name: str, head: str, keys: list[str]) -> bool:
        """True when the text gives ``name`` a role that a person noun does not fit ("la
        donatrice" is not the one called "la présidente"). Titles and generic nouns
        ("le diplomate", "le responsable", "la femme") are left to the role matching
        above: they fit many roles."""
        role = self.roles.get(name)
        if not role or head in ANAPHORIC_HEADS:
            return False
        return not any(_role_fits(kk, role) for kk in keys)

    def _titled_otherwise(self, name: str, head: str, keys: list[str]) -> bool:
        """True when the text gives ``name`` a role with another title that the role phrase
        does not fit ("le ministre" and "le président X"; a generic noun, "l'élu", fits any)."""
        role = self.roles.get(name)
        if not role or head not in TITLE_HEADS or head in _GENERIC_HEADS:
            return False
        words = [w for w in re.split(r"[\s']+", re.sub(r"^(?:le|la|les|l')\s*", "", role)) if w not in TITLE_PREFIXES]
        return bool(words) and words[0] != head and words[0] in TITLE_HEADS and not any(_role_fits(kk, role) for kk in keys)

    def resolve_role(self, words: list[str]) -> str | None:
        """Person (or organisation) a definite description designates: "le ministre",
        "la championne", "le chef du gouvernement", "l'association"; "la même source" is the
        last source that spoke ("…, selon la même source")."""
        if words in (["la", "meme", "source"], ["meme", "source"]):
            return self.last_speaker if self.last_speaker and not _is_fragment(self.last_speaker) else None
        if len(words) >= 2 and words[0] in ("ce", "cet", "cette") and words[1] not in TIME_WORDS and (
                words[1] in ANAPHORIC_HEADS or _DEMONSTRATIVE_PERSON.search(words[1])):
            # "Un avis que ne partage pas X. Ce producteur de café …": a demonstrative person noun
            # is the person whose name ends the sentence before, when the gender agrees
            who = self.closing_person
            gender = "f" if words[0] == "cette" else "m"
            if who is None and self.last_subject and self.last_subject[1] == "PER" and not self.ambiguous \
                    and self.last_subject[0] in self.persons:
                # "Mais X, 75 ans, n'a « pas de portable ». Ce chaudronnier à la retraite a dû …":
                # with no name ending the sentence before, the person it was about
                who = self.last_subject[0]
            return who if who is not None and self.genders.get(who, gender) == gender else None
        if len(words) < 2 or words[0] not in ("le", "la", "l'"):
            return None
        rest = [w for w in words[1:]]
        k = 0
        while k < len(rest) - 1 and rest[k] in TITLE_PREFIXES:
            k += 1
        head = rest[k]
        gender = _gender_of_words(words)
        if head in ANAPHORIC_HEADS or (len(rest) - k == 1 and _PERSON_NOUN.search(head)):
            key = " ".join(rest)
            keys = [key] + [eq + key[len(a):] for a, eqs in ROLE_EQUIVALENTS.items() if key.startswith(a) for eq in eqs]
            seen = set()
            for name, label in reversed(self.recent):
                if label != "PER" or name in seen:
                    continue
                seen.add(name)
                role = self.roles.get(name)
                if role and self._ok((name, label, None), gender) and any(_role_fits(kk, role) for kk in keys):
                    return name
            earlier = self.described.get(head)
            # (its qualifier, if any, must be the earlier one's: "le candidat socialiste" is not
            # "le candidat de la France insoumise")
            if earlier and len(rest) - k <= 2 and all(w in fold(earlier).split() for w in rest[k + 1:]) \
                    and _gender_of_words([fold(w) for w in earlier.split()]) in (None, gender):
                return earlier  # "Un porte-parole du collectif X a expliqué …" … "Le porte-parole explique"
            if len(rest) - k <= 2 and head in self.possessed:
                # "… laisser parler son défenseur syndical. « … », développe le défenseur": the
                # noun has designated someone's defender, lawyer or mother, whom the text does not
                # name; not the person just named (the defendant)
                return None
            if len(rest) - k <= 2:  # a bare title or person noun: the last compatible person
                if self.last_subject and self._ok(self.last_subject, gender, people_only=True) \
                        and not self._other_role(self.last_subject[0], head, keys):
                    return self.last_subject[0]
                if head not in ANAPHORIC_HEADS:
                    return None  # "le chauffeur" may be someone the text never names
                for name, label in reversed(self.recent):
                    if label == "PER" and (self.genders.get(name) == gender if gender else True) \
                            and not self._titled_otherwise(name, head, keys):
                        return name  # (never one the text gives another role: "le ministre" is not "le président X")
            return None
        if len(rest) == 1 and (head in CLASSIFIER_TYPES or head in ORG_HEADS):
            if head in self.classified:
                return self.classified[head]
            # only a noun of an organisation ("le journal", "l'association") stands for the
            # organisation just named; "l'ouragan", "la commune" never do
            # (a noun of a state institution, "la police", "le gouvernement", is that institution,
            # not the company or agency just named, unless that name has the noun: "Police nationale")
            if self.last_subject and self.last_subject[1] == "ORG" and (
                    head in ORG_HEADS or CLASSIFIER_TYPES.get(head) == "ORG") and (
                    head not in INSTITUTION_NOUNS or head in fold(self.last_subject[0]).split()):
                return self.last_subject[0]
        return None


#: Nouns of a person that fit any office ("l'élu" may be the mayor or the minister).
_GENERIC_HEADS = frozenset({"elu", "elue", "elus", "responsable", "dirigeant", "dirigeante", "officiel",
                            "officielle", "diplomate", "homme", "femme", "politicien", "politicienne"})


def _role_fits(key: str, role: str) -> bool:
    """True when a role phrase ("ministre de l'economie") fits a person's role
    ("ministre de l'economie et des finances", "actuel ministre de l'interieur")."""
    role = re.sub(r"^(?:le|la|les|l')\s*", "", role)
    if key == role or role.startswith(key + " "):
        return True
    kw = [w for w in re.split(r"[\s']+", key) if w not in ("de", "du", "des", "d", "la", "le", "l")]
    rw = set(re.split(r"[\s']+", role))
    return bool(kw) and all(w in rw for w in kw)


#: Pronouns that designate nobody in particular ("rien ne précise que …", "on dit que …").
_NOBODY = frozenset({"rien", "personne", "aucun", "aucune", "nul", "nulle", "on", "cela", "ceci", "ca", "tout"})


#: Personal pronouns and words opening a clause: a speaker left as one of these, or opening
#: with one, is no one's name ("Je le « démontrerai », a-t-il conclu": "il" speaks, not "Je").
_NOT_A_NAME = frozenset({"je", "j'", "tu", "nous", "vous", "il", "elle", "ils", "elles", "moi", "toi", "lui", "eux"})
_CLAUSE_OPENERS = frozenset({"que", "qu'", "qui", "dont", "lorsque", "quand", "si"})
#: Possessives of the first and second person: a phrase opening with one ("Nos retours nous
#: permettent de dire que …") is the words of whoever speaks, never a speaker ("notre" is left
#: out: "notre source", "notre correspondant" are someone the outlet does not name).
_SPEAKER_POSSESSIVES = frozenset({"mon", "ma", "mes", "nos", "ton", "ta", "tes", "vos"})
#: Names of days and months: a phrase opening with one and a number ("Vendredi 18"), or one
#: alone ("Mardi"), is a date, no one ("Avril Lavigne" is a name).
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(fold(m) for m in MONTHS)


def _is_fragment(name: str | None) -> bool:
    if not name or name.startswith("-") or not re.search(r"\w\w", name):
        return True
    folded = fold(name)
    first = re.split(r"(?<=')|\s+", folded)[0]
    dated = first in _DATE_WORDS and (len(folded.split()) == 1 or folded.split()[1][:1].isdigit())
    return folded in _NOBODY or folded in _NOT_A_NAME or first in _CLAUSE_OPENERS or first in _SPEAKER_POSSESSIVES \
        or dated


_SOURCE_NOUNS = frozenset(rules.words("source_nouns.txt"))


#: Possessive determiners of the third person.
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def possessor(ctx, word: str) -> str | None:
    """The owner a third-person possessive ("ses", "leurs") stands for: a referent of "il"
    or "elle" (the possessive does not tell which), unresolved when both have one; of
    "ils" for "leur" / "leurs"."""
    if fold(word) in ("leur", "leurs"):
        return ctx.resolve_pronoun("ils")
    he, she = ctx.resolve_pronoun("il"), ctx.resolve_pronoun("elle")
    return he if she in (None, he) else she if he is None else None


def _source_owner(doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Token range of whose information a phrase names: "les informations d'un
    porte-parole" → "un porte-parole", "une étude publiée par l'institut X" (the
    participle may lie past ``hi``) → "l'institut X"."""
    k = lo
    while k < hi and doc[k].pos_ == "DET":
        k += 1
    if k == lo or k >= hi or fold(doc[k].text) not in _SOURCE_NOUNS:
        return None
    m = k + 1
    if m < hi and fold(doc[m].text) in ("de", "du", "des", "d'", "d"):
        # right after the noun only: in "une source proche du dossier" the complement is the adjective's
        start = m + 2 if fold(doc[m].text) == "d" and m + 1 < hi and doc[m + 1].text in ("'", "’") else m + 1
        if fold(doc[m].text) in ("de", "d'", "d") and start < hi and doc[start].pos_ == "NOUN" and doc[start].is_lower \
                and "Sing" in doc[start].morph.get("Number") and not doc[start].text.endswith(("s", "x")):
            return None  # "un communiqué de presse", "des informations de source sûre": a kind, no owner
        np = _np_after(doc, start, hi)
        return np if np and np[1] <= hi else None
    while m < len(doc) and doc[m].pos_ == "ADJ":
        m += 1
    if m + 2 < len(doc) and fold(doc[m].text) in ("que", "qu'"):
        # "les informations que le procureur a confiées à l'AFP": the relative's subject
        end = m + 1
        while end < len(doc) and not doc[end].is_punct and end - m < 12:
            end += 1
        np = _np_after(doc, m + 1, end)
        if np and np[1] < len(doc) and doc[np[1]].pos_ in ("AUX", "VERB"):
            return np
        return None
    if m + 1 < len(doc) and doc[m].pos_ == "VERB" and "Part" in doc[m].morph.get("VerbForm") \
            and fold(doc[m + 1].text) == "par":
        end = m + 2
        while end < len(doc) and not doc[end].is_punct and end - m < 12:
            end += 1
        np = _np_after(doc, m + 2, end)
        if np is not None and is_news_source(" ".join(t.text for t in doc[np[0]:np[1]] if t.pos_ != "DET")):
            return None  # "le communiqué relayé par la Map": the agency relays it, it is not its owner
        return np
    return None


def _as_written(text: str) -> str:
    """A speaker phrase on one line, an elision typed with a space joined ("l' AFP" → "l'AFP")."""
    return re.sub(r"\b([dlDL]['’])\s+(?=\w)", r"\1", " ".join(text.split()))


_DOCUMENT_NOUNS = frozenset(rules.words("document_nouns.txt"))


def _is_document(doc, lo: int, owner_start: int) -> bool:
    """True when the phrase from ``lo`` is a document noun followed by its owner's
    complement ("un rapport de la CIA")."""
    k = lo
    while k < owner_start and doc[k].pos_ == "DET":
        k += 1
    return k < owner_start and fold(doc[k].text) in _DOCUMENT_NOUNS and fold(doc[k + 1].text) in ("de", "du", "des", "d'", "d")


def _two_named(doc, lo: int, hi: int, inside) -> bool:
    """True when tokens lo..hi are names coordinated by "et" (and commas), determiners
    aside ("le PAM et Internews", "Paul Roux et Anne Vidal", "A, B et C")."""
    named = sorted((m for m in inside if m.label in ("PER", "ORG", "LOC")), key=lambda m: m.start_token)
    if len(named) < 2 or named[-2].end_token >= hi or fold(doc[named[-2].end_token].text) != "et" \
            or named[-1].end_token != hi or named[0].start_token < lo:
        return False
    covered = {k for m in named for k in range(m.start_token, m.end_token)}
    return all(k in covered or doc[k].pos_ == "DET" or doc[k].text in (",", "'", "’") or fold(doc[k].text) == "et"
               for k in range(lo, hi))


def joins_phrases(doc, e: int) -> bool:
    """True when token ``e`` is an "et" joining a noun or a name to a phrase opening on a
    determiner or a name ("le parquet et la préfecture"), not to a complement ("de
    l'Économie et des Finances")."""
    nxt, prev = doc[e + 1], doc[e - 1]
    return fold(doc[e].text) == "et" and doc[e].pos_ == "CCONJ" and prev.pos_ in ("NOUN", "PROPN") \
        and nxt.pos_ in ("DET", "PROPN") and fold(nxt.text) not in ("des", "du", "de")


def _coordinated(doc, lo: int, hi: int, inside) -> bool:
    """True when tokens lo..hi are two noun phrases joined by "et" that each designate
    someone, with a name among them: "La maire de Paris Anne Hidalgo et le Conseil
    français du culte musulman", "Thierry et Véronique Roy". The second phrase opens on a
    determiner or a name: "et des Finances" / "et de la Communication" continue a
    complement of the first ("le ministre de l'Économie et des Finances"). A subject
    whose verb agrees in the singular is no coordination, whatever the parse says."""
    if not any(m.label in ("PER", "ORG") for m in inside):
        return False
    for e in range(lo + 1, hi - 1):
        if not joins_phrases(doc, e):
            continue
        if not (_designates(doc, lo, e, inside) and _designates(doc, e + 1, hi, inside)):
            continue
        for t in doc[lo:hi]:
            if t.dep_.startswith("nsubj") and not lo <= t.head.i < hi:
                finite = [t.head] + [c for c in t.head.children if c.dep_.startswith("aux")]
                if any("Fin" in v.morph.get("VerbForm") and "Sing" in v.morph.get("Number") for v in finite):
                    return False
        return True
    return False


def _designates(doc, a: int, b: int, inside) -> bool:
    """True when tokens a..b name a person or organisation, or open (their determiner
    aside) on a noun of a person or a body by its shape or class."""
    if any(a <= m.start_token and m.end_token <= b and m.label in ("PER", "ORG") for m in inside):
        return True
    k = a
    while k < b and doc[k].pos_ == "DET":
        k += 1
    if k >= b:
        return False
    word = fold(doc[k].text)
    word = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    return doc[k].pos_ == "PROPN" or doc[k].pos_ == "NOUN" and (
        bool(_PERSON_NOUN.search(word)) or word in ANAPHORIC_HEADS or word in ORG_HEADS)


def mention_head(doc, m):
    """The token that attaches mention ``m`` to the sentence: its head outside the mention,
    climbed past the titles and appositions it stands in ("du président Joseph X"); None
    when the parse gives none."""
    tok = next((t for t in doc[m.start_token:m.end_token] if not m.start_token <= t.head.i < m.end_token), None)
    seen = 0
    while tok is not None and tok.dep_ in ("appos", "flat", "flat:name") and tok.head.i != tok.i and seen < 4:
        tok = tok.head
        seen += 1
    return tok


def complement_mention(doc, m) -> bool:
    """True when mention ``m`` is a noun's complement, with its titles and appositions
    ("la défense des Fillon", "le maintien au pouvoir du président Joseph X"): it is
    spoken about in passing, not a subject the next sentences go on with."""
    tok = mention_head(doc, m)
    if tok is None or tok.dep_ != "nmod" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    # "… le soutien de Jean-Luc M., député de La France insoumise.": a name given its own
    # description after a comma is introduced, not named in passing
    e = m.end_token
    if e + 2 < len(doc) and doc[e].text == ",":
        b = e + 1
        while b < len(doc) and not doc[b].is_punct and b - e <= 8:
            b += 1
        if _person_description(doc, e + 1, b) is not None:
            return False
    return True


def _complement_name(doc, lo: int, start: int, person_nouns: bool = False) -> bool:
    """True when the phrase opens on a title ("un porte-parole", "la présidente") and the
    name at ``start`` follows a classifier noun in its complement ("un porte-parole du
    collectif X", "de l'association X"): it names the complement, not who speaks ("le
    géant de l'informatique X" is X). (A place of two words or more is no evidence: the
    model tags many people's full names as places, "la présidente de la région Anne
    Vidal".)"""
    h = lo
    while h < start and (doc[h].pos_ == "DET" or fold(doc[h].text) in TITLE_PREFIXES):
        h += 1
    if h >= start or fold(doc[h].text) not in ANAPHORIC_HEADS and not (
            person_nouns and doc[h].pos_ == "NOUN" and _PERSON_NOUN.search(fold(doc[h].text))):
        return False
    k = start - 1
    while k > lo and start - k <= 4 and (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "DET")
                                          or doc[k].text in ("'", "’")):
        k -= 1
    return k < start - 1 and k >= lo and fold(doc[k].text) in ("de", "du", "des", "d'", "d", "a", "au", "aux")


def _late_apposition(doc, hi: int, mentions):
    """``…, explique le chercheur principal et professeur associé de psychiatrie à
    l'université X, Ivan Y.``: a person's name after a comma that closes the sentence,
    past the description's longer complements (other names than people's allowed, no
    punctuation, finite verb or person on the way): that person's mention, else None."""
    k = hi
    while k < len(doc) and k - hi < 20 and not doc[k].is_punct and not (
            doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")) \
            and not any(m.start_token <= k < m.end_token and m.label == "PER" for m in mentions) \
            and fold(doc[k].text) not in _LOCUTION_NOUNS:  # ("le ministre face aux explications de …, X")
        k += 1
    after = _person_after_comma(doc, k, mentions)
    if after is None or not (after.end_token >= len(doc) or doc[after.end_token].text in (".", "!", "?")
                             or doc[after.end_token].is_space):
        return None
    return after


def _person_after_comma(doc, k: int, mentions):
    """The person's mention right after the comma at token ``k``, honorifics passed, else None."""
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    while k < len(doc) and fold(doc[k].text) in HONORIFICS:
        k += 1
    return next((m for m in mentions if m.start_token == k and m.label == "PER"), None)


def _named_document(doc, lo: int, hi: int, mentions) -> bool:
    """``le rapport ComScore de 2015``: a document noun with its owner's name right after
    it (in apposition, without "de") speaks as written, like "un rapport de la CIA"."""
    k = lo
    while k < hi and doc[k].pos_ == "DET":
        k += 1
    return lo < k < hi - 1 and fold(doc[k].text) in _DOCUMENT_NOUNS \
        and any(m.start_token == k + 1 and m.end_token <= hi and m.label in ("ORG", "MISC", "PER") for m in mentions)


#: Demonstratives that designate the last-named referent ("ce dernier", "celui-ci").
_LATTER = frozenset({"ce dernier", "cette derniere", "celui -ci", "celui -la", "celle -ci", "celle -la"})


def latter_words(doc, i: int) -> list[str]:
    """The demonstrative at token ``i`` in folded words ("ce", "dernier" / "celui", "-ci",
    however the tokenizer cut "celui-ci"), or []."""
    first = fold(doc[i].text)
    if first in ("ce", "cette"):
        return [first, fold(doc[i + 1].text)] if i + 1 < len(doc) else []
    if first in ("celui-ci", "celui-la", "celle-ci", "celle-la"):
        return [first[:-3], first[-3:]]  # one token: "pour celui-ci"
    if first in ("celui", "celle"):
        word, j = doc[i].text, i
        while j + 1 < len(doc) and j - i < 2 and not doc[j].whitespace_:
            j += 1
            word += doc[j].text
        tail = fold(word)[len(first):]
        if tail in ("-ci", "-la"):
            return [first, tail]
    return []


class _Namer:
    """Turns a speaker phrase into a canonical entity name or its own words."""

    def __init__(self, entities: tuple[Entity, ...], name_of: dict[str, str]):
        self.name_of = name_of
        # a surname alone ("Erdogan", tagged a place by the model) names the one person who bears it
        last: dict[str, set[str]] = {}
        for e in entities:
            if e.type == "PER" and len(e.name.split()) > 1:
                last.setdefault(fold(e.name.split()[-1]), set()).add(e.name)
        self.surname = {k: next(iter(v)) for k, v in last.items() if len(v) == 1}
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
        if hi > lo and doc[hi - 1].pos_ in ("ADP", "DET", "CCONJ", "SCONJ") and not doc[hi - 1].is_title:
            return None, False  # "Le Premier à se porter avocat …": a phrase cut before its complement names no one
        if hi - lo >= 2 and fold(doc[lo].text) in ("de", "d'") and doc[lo].pos_ == "ADP" \
                and doc[lo + 1].is_lower and doc[lo + 1].pos_ == "NOUN" \
                and not any(m.start_token < hi and m.end_token > lo for m in mentions):
            # "», a regretté au coup de sifflet final": a noun's complement, no one (a name after a
            # locution still speaks: "», a confirmé d'emblée X")
            return None, False
        if hi - lo >= 3 and doc[lo].is_lower and doc[lo].is_alpha and doc[lo].pos_ in ("NOUN", "VERB", "ADJ") \
                and doc[lo + 1].pos_ == "DET" and fold(doc[lo + 1].text) not in ("du", "des", "de", "d'") \
                and fold(doc[lo].text) not in ("tous", "toutes") \
                and not any(m.start_token < hi and m.end_token > lo for m in mentions):
            # "X, coiffeur, livre un témoignage poignant qui résume … : « … »", with "livre" read
            # as a noun: a word then a determiner is a verb and its object, no noun phrase
            return None, False
        if hi - lo > 3 and [fold(t.text) for t in doc[lo:lo + 2]] == ["la", "voix"] \
                and fold(doc[lo + 2].text) in ("de", "du", "d'"):
            # "par la voix de X, porte-parole": X speaks
            return self.name(doc, lo + 3 if fold(doc[lo + 2].text) != "du" else lo + 2, hi, mentions, ctx)
        if hi - lo >= 2 and fold(doc[lo].text) in _POSSESSIVES and fold(doc[lo + 1].text) in _SOURCE_NOUNS | SPEECH_NOUNS:
            # "selon son témoignage relayé par RFI": whose the testimony is, the possessive's owner
            who = possessor(ctx, doc[lo].text)
            return who, who is not None
        owner = _source_owner(doc, lo, hi)
        if owner is not None and not (owner[1] <= hi and _is_document(doc, lo, owner[0])):
            # "les chiffres d'Eurostat", "une étude publiée par X": X speaks; but a document
            # named with its owner speaks as written ("un rapport de la CIA")
            return self.name(doc, owner[0], owner[1], mentions, ctx)
        if owner is not None:
            return _as_written(doc[lo:owner[1]].text), False
        if _named_document(doc, lo, hi, mentions):
            return _as_written(doc[lo:hi].text), False
        toks = doc[lo:hi]
        text = _as_written(toks.text)
        if not text or not any(c.isalnum() for c in text):
            return None, False
        if len(toks) > 2 and not any(m.start_token < hi and m.end_token > lo and m.label in ("PER", "ORG") for m in mentions) \
                and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.is_lower
                        and fold(t.text) not in ("dit", "dite") for t in toks):
            # "la récolte n'est qu'à l'automne": a phrase with a finite verb of its own is a
            # clause the parse took for a subject, no one
            return None, False
        if len(toks) == 1 and fold(toks[0].text) in _PRONOUNS:
            who = ctx.resolve_pronoun(toks[0].text)
            return who, who is not None
        latter = latter_words(doc, lo)
        if " ".join(latter) in _LATTER and (latter[0] not in ("ce", "cette") or len(toks) == 2):
            # "Ce dernier", "Celui-ci": the person named last, or nobody (never the words themselves)
            who = ctx.resolve_latter(latter)
            return who, who is not None
        inside = [m for m in mentions if m.start_token < hi and m.end_token > lo]
        if _two_named(doc, lo, hi, inside) or _coordinated(doc, lo, hi, inside):
            return text, True  # "le PAM et Internews": both speak, as written (names all the same)
        if not inside and lo >= 2 and doc[lo - 1].text == "," and doc[lo].pos_ in ("NOUN", "ADJ"):
            # "Paul Garnier, porte-parole de la mairie, annonce": a bare noun phrase in
            # apposition to the name just before it is that person
            before = next((m for m in mentions if m.end_token == lo - 1 and m.label == "PER"), None)
            if before is not None:
                return self.name_of.get(fold(before.text), before.text), True
        if not inside and doc[lo].pos_ == "DET" and doc[hi - 1].pos_ in ("NOUN", "ADJ"):
            # "Le journal russe Novaïa Gazeta a publié", cut by the parse before the name:
            # a name right after a description is its apposition
            after = next((m for m in mentions if m.start_token == hi and m.label in ("PER", "ORG")), None)
            if after is not None:
                return self.name_of.get(fold(after.text), after.text), True
        for m in inside:
            if m.label == "PER":
                k = m.start_token - 1
                while k > lo and (fold(doc[k].text) in HONORIFICS or fold(doc[k].text) in TITLE_HEADS
                                  and doc[k].is_lower and fold(doc[k - 1].text) in ("de", "du", "des", "d'")):
                    k -= 1  # (a title between: "le cabinet du maire Marchand")
                if k >= lo and m.start_token > lo and fold(doc[k].text) in ("de", "du", "des", "d'") \
                        and doc[lo].pos_ == "DET" and (fold(doc[lo + 1].text) not in TITLE_HEADS | ANAPHORIC_HEADS
                                                       or m.end_token - m.start_token >= 2):
                    # "le cabinet de M. Le Roux", "les proches de X": not X; nor "l'avocate de
                    # Paul Roux", a person noun with a full name as complement ("le général de
                    # Gaulle" keeps its particle)
                    continue
                if k >= lo and m.start_token > lo and fold(doc[k].text) in ("de", "du", "des", "d'") \
                        and m.end_token == hi and (apposed := _apposed_person(doc, hi, mentions)) is not None:
                    # "le député d'Amal, Ali Bazzi, qui …": a name after the title's complement, between
                    # commas, is the title's bearer; the complement was a party or a place, whatever
                    # the model tagged it
                    return self.name_of.get(fold(apposed.text), apposed.text), True
                return self.name_of.get(fold(m.text), m.text), True
        # "son avocat, Me Antonin Levy", "l'agence de presse de l'État islamique, Amaq": an apposition names it
        j = hi
        if not inside and doc[lo].pos_ == "DET":
            # past the description's complements the parse left out ("l'adjoint au maire
            # chargé des sports, Karim Benali"): no punctuation, finite verb or name on the way
            k = hi
            while k < len(doc) and k - hi < 8 and not doc[k].is_punct and not (
                    doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm")) \
                    and not any(m.start_token == k for m in mentions) and fold(doc[k].text) not in _LOCUTION_NOUNS:
                k += 1
            if k < len(doc) and doc[k].text == ",":
                j = k
            else:
                late = _late_apposition(doc, hi, mentions)
                if late is not None and _designates(doc, lo, hi, inside):
                    return self.name_of.get(fold(late.text), late.text), True
        if j + 3 < len(doc) and doc[j].text == "(" and doc[j].idx == doc[j - 1].idx + len(doc[j - 1]) + 1:
            # "le premier vice-président de l'Union des producteurs agricoles (UPA), Martin Caron": an
            # acronym in brackets after the description, then the name in apposition
            close = next((k for k in range(j + 1, min(len(doc), j + 6)) if doc[k].text == ")"), None)
            if close is not None and close + 1 < len(doc) and doc[close + 1].text == ",":
                j = close + 1
        if j < len(doc) and doc[j].text == "," and not any(
                m.label in ("ORG", "MISC") and m.start_token == lo + next(
                    (k for k, t in enumerate(doc[lo:hi]) if t.pos_ != "DET" and t.text not in ("'", "’")), 0)
                for m in inside):  # "l'IGF, Business France …" names the IGF, not what follows
            j += 1
            while j < len(doc) and fold(doc[j].text) in HONORIFICS:
                j += 1
            after = next((m for m in mentions if m.start_token == j), None)
            if after is not None and after.label in ("PER", "ORG", "MISC") and (
                    after.end_token >= len(doc) or doc[after.end_token].is_punct
                    or doc[after.end_token].pos_ in ("VERB", "AUX", "ADP")):
                return self.name_of.get(fold(after.text), after.text), True
        adjectives = lo + 2
        while adjectives < hi and doc[adjectives].pos_ == "ADJ" and doc[adjectives].is_lower:
            adjectives += 1  # ("le conseiller municipal PLR")
        if doc[lo].pos_ == "DET" and fold(doc[lo].text) in ("un", "une", "le", "la", "l'") and lo + 2 < hi \
                and doc[lo + 1].is_lower and fold(doc[lo + 1].text) not in CLASSIFIER_TYPES \
                and (fold(doc[lo + 1].text) in TITLE_HEADS or _PERSON_NOUN.search(fold(doc[lo + 1].text))) \
                and any(m.start_token == adjectives and m.end_token == hi and m.label in ("ORG", "MISC") for m in inside):
            # "», estime une syndicaliste Force ouvrière", "un militant CGT": the organisation
            # qualifies the person noun right before it; the person speaks, as written (not a
            # classifier noun of organisations: "le quotidien Hürriyet" is the newspaper); a
            # definite title goes on with the person it designates ("le conseiller municipal PLR")
            who = ctx.resolve_role([fold(t.text) for t in doc[lo:adjectives]]) if fold(doc[lo].text) != "un" \
                and fold(doc[lo].text) != "une" else None
            return (who, True) if who else (text, True)
        if doc[lo].pos_ == "DET" and lo + 1 < hi and fold(doc[lo + 1].text) in TITLE_HEADS:
            last = max(inside, key=lambda m: m.end_token, default=None)
            before = next((m for m in inside if last is not None and m.end_token == last.start_token), None)
            if last is not None and before is not None and last.end_token == hi and 2 <= last.end_token - last.start_token <= 3 \
                    and before.label == "LOC" and last.label != "ORG" and all(t.is_title for t in doc[last.start_token:last.end_token]):
                # "le maire de la commune de Puisseguin Xavier Sublett": a full name right after the
                # title's place, with no comma, is the title's bearer (whatever the model typed it)
                return self.name_of.get(fold(last.text), last.text), True
        for m in inside:
            prev = fold(doc[m.start_token - 1].text) if m.start_token > 0 else ""
            prev2 = fold(doc[m.start_token - 2].text) if m.start_token > 1 else ""
            if prev in ("'", "’") and prev2 in ("l", "d"):  # "de l' AFP": an elision typed with a space
                prev = prev2 + "'"
                prev2 = fold(doc[m.start_token - 3].text) if m.start_token - 3 >= lo else ""
            if doc[m.start_token].pos_ == "ADP":
                continue  # a mention cut by the model from its noun ("le ministre | de la Santé")
            if m.label in ("ORG", "LOC", "MISC") and prev not in ("de", "du", "des", "d'", "au", "aux", "a", "un", "une") \
                    and prev2 not in ("de", "a") \
                    and not (m.start_token > lo and doc[m.start_token - 1].pos_ == "ADP") \
                    and not (m.start_token - 2 >= lo and doc[m.start_token - 2].pos_ == "ADP"
                             and doc[m.start_token - 1].pos_ == "DET") \
                    and not (prev2 in ("du", "des", "d'", "au", "aux") and m.start_token - 2 > lo
                             and CLASSIFIER_TYPES.get(prev) == "ORG") \
                    and not ((m.label != "LOC" or m.end_token - m.start_token == 1)
                             and _complement_name(doc, lo, m.start_token, person_nouns=m.label == "LOC")):
                # ("un agriculteur de la province Bubanza": a person noun, then where they are from;
                # "les élus de … communes entre l'Allemagne et …": a complement after a preposition)
                if fold(m.text) in self.surname:
                    return self.surname[fold(m.text)], True
                return self.name_of.get(fold(m.text), m.text), True
        words = [fold(t.text) for t in toks]
        if len(words) == 1 and words[0] in self.surname:
            return self.surname[words[0]], True
        if len(words) >= 2 and words[-1] in self.surname and toks[-1].is_title \
                and all(w in ("le", "la", "l'") or w in TITLE_HEADS | ANAPHORIC_HEADS | HONORIFICS for w in words[:-1]):
            # "le ministre Champagne", "le maire Dupont": a title before the surname of the one
            # person the article names in full ("François-Philippe Champagne")
            return self.surname[words[-1]], True
        bare = " ".join(w for w in words if w not in ("le", "la", "l'", "les"))
        if bare in self.by_role:
            return self.by_role[bare], True
        who = ctx.resolve_role(words)
        if who:
            return who, True
        if toks[0].pos_ == "ADP" and fold(toks[0].text) in ("dans", "en", "sur", "sous", "chez", "vers", "entre"):
            return None, False  # "dans le Michigan", the parse's subject in an aside: a place, no one
        return text, False


def _apposed_person(doc, k: int, mentions):
    """The person's mention right after the comma at token ``k`` (honorifics passed), ending
    the sentence or followed by punctuation, a verb or a relative ("…, Ali Bazzi, qui"), else None."""
    after = _person_after_comma(doc, k, mentions)
    if after is None or not (after.end_token >= len(doc) or doc[after.end_token].is_punct
                             or doc[after.end_token].pos_ in ("VERB", "AUX")):
        return None
    return after
