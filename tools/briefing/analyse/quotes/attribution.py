"""Attribution: each quotation and each reported clause of an article with its
speaker, by the numbered rules of the package docstring (``article_quotes``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Article, Entity, Quote
from ...text import split_sentences
from ..entities import JOURNALIST, article_spans, is_news_source
from ..entities.spans import quoted_alone
from ..lexicon import (
    ANAPHORIC_HEADS,
    HONORIFICS,
    INCISE_LEMMAS,
    KIN_NOUNS,
    CLASSIFIER_TYPES,
    ORG_HEADS,
    SAY_THAT_LEMMAS,
    SPEECH_NOUNS,
    TIME_WORDS,
    TITLE_HEADS,
    TITLE_PREFIXES,
    fold,
)
from .spans import _AUX, _CLITIC_RE, _PRONOUNS, find_quote_spans
from .speakers import (
    TAGGED_GENDER,
    _number_clash,
    _pair,
    _CHARGE_LEMMAS,
    _as_written,
    _coordinated,
    joins_phrases,
    possessor,
    _Context,
    _FEM_DETS,
    _IMPERSONAL,
    _MAKE_KNOWN,
    _MASC_DETS,
    _Namer,
    _PERSON_NOUN,
    PEOPLE_PRONOUNS,
    _DOCUMENT_NOUNS,
    _SOURCE_NOUNS,
    _gender_of_words,
    _is_fragment,
    _is_reporting,
    _np_after,
    _np_of_subject,
    _source_owner,
    _subject_of,
    complement_mention,
    latter_words,
    _LATTER,
    mention_head,
    person_genders,
)


# --- attribution ------------------------------------------------------------------------


#: The infinitives of knowing whose causative is a way of saying ("a fait savoir", "a laissé entendre").
_MAKE_KNOWN_FORMS = frozenset({"savoir", "entendre", "comprendre", "valoir", "connaitre"})
#: Forms of "faire" and "laisser" the tagger may read as nouns ("», fait savoir la direction").
_CAUSATIVE_FORMS = frozenset({"fait", "font", "laisse", "laissent"})  # ("laissé" folds to "laisse")
#: Forms of "sembler" and "paraître" before an infinitive: "», semble se réjouir X".
_SEEM_FORMS = frozenset({"semble", "semblent", "semblait", "semblaient", "paraît", "parait", "paraissent",
                         "paraissait", "paraissaient"})
#: Forms of "venir" and "aller" before an infinitive of saying: "est venu dire", "vient de déclarer".
_MOTION_FORMS = frozenset({"venu", "venue", "venus", "venues", "vient", "viennent", "venait", "venaient",
                           "alle", "allee", "alles", "allees", "va", "vont", "allait", "allaient"})


def _attribution_at(doc, j: int, hi: int, selon: bool, after_quote: bool = False):
    """Speaker phrase of an inverted attribution starting at token ``j``
    ("a déclaré X", "a-t-il ajouté", "selon X"): a token range, ("pronoun", word) or None.
    ``after_quote``: ``j`` follows a quotation's closing mark and its comma, where a finite
    verb with no subject before it and a noun phrase after it is an incise whatever the
    verb ("», s'emporte Paul Henry", "», glisse un proche du dossier")."""
    if after_quote and (as_said := _past_comme(doc, j, hi)):
        j = as_said  # "», comme nous l'a confié X": as X said
    start = j
    clitic = None
    reflexive = False
    if j + 1 < hi and fold(doc[j].text) in _OBJECT_CLITICS and doc[j + 1].pos_ in ("AUX", "VERB"):
        if set(doc[j + 1].morph.get("Person")) & {"1", "2"} and doc[j + 1].morph.get("Number") == ["Plur"]:
            # "…, nous alarmons les instances …": a verb of the first or second person plural
            # has the clitic for its subject ("nous annonce X" may be any person singular)
            return None
        j += 1  # "», nous a confié X", "», me glisse-t-il": whom it was said to
    elif after_quote and j + 2 < hi and fold(doc[j].text) in ("se", "s'") and doc[j + 1].is_alpha \
            and doc[j + 1].is_lower and (doc[j + 2].pos_ in ("DET", "PROPN") or doc[j + 2].is_title):
        # "», s'inquiète Fabrice": after a quotation, the word a reflexive clitic opens is a
        # verb, whatever the tagger calls it ("inquiète" read as an adjective)
        j, reflexive = j + 1, True
    elif after_quote and j + 2 < hi and doc[j].pos_ in ("NOUN", "ADJ", "NUM", "PROPN") and doc[j].is_lower and doc[j].is_alpha \
            and (doc[j + 1].pos_ == "DET" or doc[j + 1].pos_ in ("PROPN", "NOUN") and doc[j + 1].is_title
                 or _aside_before_subject(doc, j + 1, hi)) \
            and re.search(r"(?:e|t|d|a|ent)$", doc[j].text) and fold(doc[j].text) not in _TIME_NOUNS:
        # "», soupire la jeune femme", "», alerte Météo France": right after a quotation's
        # comma, a word with a verb's ending followed by a determiner or a name is the
        # incise's verb ("soupire" read as a noun, "tonne" as a number; a noun there would
        # have its own determiner)
        reflexive = True
    on = False  # "indique-t-on à Matignon": the impersonal clitic; the source is a complement
    while j < hi:
        skip = 3 if _for_ones_part(doc, j, hi) else _locution_before_participle(doc, start, j, hi)
        if not (skip or fold(doc[j].text) in _AUX or doc[j].pos_ == "ADV" and not _before_clitic(doc, j, hi)
                or doc[j].text in ("-t", "-t-") or fold(doc[j].text) in _PRONOUNS | {"-on"} and doc[j].text.startswith("-")):
            break
        if doc[j].text.startswith("-") and fold(doc[j].text) in _PRONOUNS:
            clitic = j
        on = on or fold(doc[j].text) == "-on"
        j += skip or 1
    # "», selon lui.": a stressed pronoun after "selon" is the pronoun's referent
    if selon and j + 1 < hi and fold(doc[j].text) == "selon" and fold(doc[j + 1].text) in _STRESSED \
            and (j + 2 >= hi or doc[j + 2].text in (".", ",", ";", "!", "?", ")")):
        return ("pronoun", _STRESSED[fold(doc[j + 1].text)])
    # "selon ce qu'a confié X": the inverted subject of the relative's verb of saying
    if j < hi and fold(doc[j].text) == "dixit":
        return _np_after(doc, j + 1, hi)  # "« … » dixit Mohamed Bassoum": Latin for "said"
    if selon and j < hi and fold(doc[j].text) == "selon":
        return _np_after(doc, _past_ce_que(doc, j + 1, hi), hi)
    if selon and j + 1 < hi and fold(doc[j].text) in ("d'", "d") and fold(doc[j + 1].text) == "apres":
        return _np_after(doc, _past_ce_que(doc, j + 2, hi), hi)
    chained = False
    if j + 2 < hi and (doc[j].lemma_ in ("faire", "laisser") or fold(doc[j].text) in _CAUSATIVE_FORMS) and (
            fold(doc[j + 1].text) in _MAKE_KNOWN_FORMS
            or _is_reporting(doc[j + 1]) and doc[j + 1].morph.get("VerbForm") == ["Inf"]
            # "», a laissé tomber M. X", "», laisse échapper X": after a quotation's comma, "laisser"
            # and any infinitive is a way of saying
            or after_quote and fold(doc[j].text).startswith("laiss") and doc[j + 1].morph.get("VerbForm") == ["Inf"]) \
            and (after_quote or not any(_subject_before(doc, t, start) for t in doc[j:j + 2])):
        # "», a laissé entendre X", "», a fait savoir X", "», fait remarquer X": a way of saying
        # (inside a quotation too, "« …, a fait valoir le ministre X. … »", when neither verb has
        # a subject before the comma: "X, la trentaine, fait observer le toit" is no incise)
        j, chained = j + 1, True
    if after_quote and j + 2 < hi and fold(doc[j].text) in _MOTION_FORMS and _is_reporting(doc[j + 1]) \
            and doc[j + 1].morph.get("VerbForm") == ["Inf"]:
        j, chained = j + 1, True  # "», est venu dire X", "», est allé expliquer X": a way of saying
    elif after_quote and j + 3 < hi and fold(doc[j].text) in _MOTION_FORMS and fold(doc[j + 1].text) in ("de", "d'") \
            and _is_reporting(doc[j + 2]) and doc[j + 2].morph.get("VerbForm") == ["Inf"]:
        j, chained = j + 2, True  # "», vient de déclarer X": just said
    if after_quote and j + 2 < hi and fold(doc[j].text) in _SEEM_FORMS:
        # "», semble se réjouir le président", "», semble dire X": the infinitive is the incise's
        # verb (after a reflexive clitic, whatever the verb, as "», s'inquiète X")
        inf = j + 1 + (fold(doc[j + 1].text) in ("se", "s'"))
        if inf < hi and doc[inf].morph.get("VerbForm") == ["Inf"] and (inf > j + 1 or _is_reporting(doc[inf])):
            j, chained = inf, True
    if after_quote and j + 2 < hi and doc[j].lemma_ == "tenir" and fold(doc[j + 1].text) == "a" \
            and doc[j + 2].morph.get("VerbForm") == ["Inf"]:
        j, chained = j + 2, True  # "», a tenu à tempérer X", "», tient à préciser X": the infinitive's
    # "remarque-t-il", "tranche-t-elle": a verb inverted with its clitic subject after a
    # quote or a comma is an incise of speech, whatever the verb and the tagger say
    glued = _before_clitic(doc, j, hi)
    # "a-t-il plaisanté": the participle after an auxiliary inverted with its clitic subject
    # (whatever the tagger calls it: "a-t-il communiqué" read as a noun, "a-t-il relaté
    # vendredi" as a finite verb with "vendredi" its object)
    glued = glued or clitic is not None and j < hi and doc[j].is_alpha and (
        "Part" in doc[j].morph.get("VerbForm") or doc[j].pos_ in ("NOUN", "ADJ", "VERB"))
    if j >= hi or not (_is_reporting(doc[j]) or glued or chained or reflexive or on and doc[j].pos_ == "VERB"
                       or after_quote and _inverted_verb(doc, start, j, hi)) or _present_participle(doc[j]):
        return None
    if not chained and doc[j].morph.get("VerbForm") == ["Inf"] and not glued and _infinitive_ending(doc[j]):
        return None  # "…, c'est-à-dire lors de …": an infinitive heads no incise (not "rétorque", mistagged)
    if not glued and not chained and doc[j].morph.get("VerbForm") == ["Part"] \
            and _e_ending(doc[j]) \
            and not any(fold(t.text) in _AUX for t in doc[max(0, start - 2):j]):
        # "le « … » de X, exprimé lors du conseil": a past participle without auxiliary qualifies
        # (the auxiliary may stand before where the call starts: "C'est ce qu'a annoncé X")
        return None
    if not glued and not on and not chained and _subject_before(doc, doc[j], start):
        return None  # "X, qui …, a annoncé son décès": the noun phrase after the verb is its object
    if not glued and not chained and "Part" in doc[j].morph.get("VerbForm") and _aside_after_auxiliary(doc, start, j):
        # "La Minusca a, comme toujours, prévenu le Gouvernement": an aside between the
        # auxiliary and its participle; the noun phrase after it is the object
        return None
    k = j + 1
    while k < hi and (doc[k].text in ("-t", "-t-") or (doc[k].text.startswith("-") and fold(doc[k].text) in _PRONOUNS | {"-on"})):
        if doc[k].text.startswith("-") and fold(doc[k].text) in _PRONOUNS:
            clitic = k
        on = on or fold(doc[k].text) == "-on"
        k += 1
    m = _CLITIC_RE.match(doc[j:min(j + 4, len(doc))].text[len(doc[j].text):])
    if clitic is not None:
        return ("pronoun", doc[clitic].text)
    if m:
        return ("pronoun", m.group(1))
    if on:
        return _where_one_says(doc, k, hi)
    if k + 2 < hi and fold(doc[k].text) in ("de", "d'") and fold(doc[k + 1].text) in _STRESSED:
        k += 2  # "», a dit de lui la municipalité de Megève": whom it was said of
    if k + 2 < hi and doc[k].text == "," and doc[k + 1].pos_ == "ADP":
        # "», a confié, à Reuters, le directeur …": whom it was said to, between commas
        close = next((e for e in range(k + 2, min(hi, k + 8)) if doc[e].text == ","), None)
        if close is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 1:close]):
            k = close + 1
    elif after_quote and (past_aside := _aside_before_subject(doc, k, hi)):
        k = past_aside
    if k + 1 < hi and fold(doc[k].text) in ("celui", "celle") and fold(doc[k + 1].text) == "qui":
        # "», ajoute celui qui est aussi président du comité": the demonstrative and its
        # relative stand for someone already named, like "-t-il" / "-t-elle"
        return ("pronoun", "il" if fold(doc[k].text) == "celui" else "elle")
    np = _np_after(doc, _past_medium(doc, k, hi), hi)
    if np and np[0] + 2 < hi and fold(doc[np[0]].text) in ("de", "d'") and "Art" in doc[np[0] + 1].morph.get("PronType") \
            and doc[np[0] + 2].is_lower:
        # "», a déclaré lors d'une conférence de presse, lundi": a complement, no subject (a
        # name's particle is not one, "», ajoute encore de la Morlais", nor a locution with a
        # possessive, "», a répété de son côté X")
        return None
    return _coordinated_subject(doc, start, j, np, hi)


def _coordinated_subject(doc, start: int, j: int, np, hi: int):
    """``», ont souligné le parquet et la préfecture des Yvelines``: a plural verb whose
    inverted subject is a singular noun phrase, then "et" and another noun phrase: both speak,
    as written. Else ``np``."""
    if not np or np[1] + 1 >= hi or fold(doc[np[1]].text) != "et" or doc[np[1] + 1].pos_ not in ("DET", "PROPN"):
        return np
    verbs = [t for t in doc[start:j + 1] if t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm")]
    if not verbs or verbs[0].morph.get("Number") != ["Plur"] or any(
            t.morph.get("Number") == ["Plur"] for t in doc[np[0]:np[1]] if t.pos_ in ("NOUN", "PROPN", "DET")):
        return np
    second = _np_after(doc, np[1] + 1, hi)
    if not second or second[0] != np[1] + 1:
        return np
    return np[0], second[1]


def _past_medium(doc, k: int, hi: int, between_commas: bool = False) -> int:
    """After the verb of an inversion, skip the phrase that says where or to whom it was said
    when the subject follows it: "a précisé sur notre antenne le procureur …", "a précisé à
    BFMTV Florent Farge", "a déclaré devant la presse le ministre". The phrase is a
    preposition, a determiner, adjectives and one noun or one name (a name ends where the
    tagger starts another entity); a determiner or a proper noun must come next. A longer
    phrase closed by a comma, with no verb, is passed over too ("a déclaré lors d'une
    conférence de presse commune des cinq opposants, le candidat X"), also between two commas
    ("a lancé, lors d'un meeting à Lyon, le candidat X"). Else ``k``."""
    if k + 3 < hi and [fold(t.text) for t in doc[k:k + 2]] == ["quant", "a"] and fold(doc[k + 2].text) in _STRESSED:
        return _past_medium(doc, k + 3, hi)  # "», confie quant à lui Florent": whose turn it is
    if k + 2 < hi and doc[k].text == "," and (doc[k + 1].pos_ == "ADP" or fold(doc[k + 1].text) == "lors"):
        past = _past_medium(doc, k + 1, hi, between_commas=True)
        return past if past > k + 1 and doc[past - 1].text == "," else k
    if k + 1 < hi and fold(doc[k].text) == "lors" and fold(doc[k + 1].text) in ("de", "d'", "du", "des"):
        k_prep = k + 1  # "lors de", a preposition in two words
    elif k >= hi or doc[k].pos_ != "ADP" or fold(doc[k].text) in ("de", "d'", "du", "des", "par", "selon"):
        return k
    else:
        k_prep = k
    close = next((e for e in range(k_prep + 1, min(hi, k_prep + 14))
                  if doc[e].is_punct and doc[e].text not in ("'", "’", "-")), None)
    if close is not None and doc[close].text == "," and close > k_prep + 1 and close + 1 < hi \
            and doc[close + 1].pos_ in ("DET", "PROPN") and (between_commas or doc[close - 1].pos_ != "PROPN") \
            and fold(doc[k_prep].text) not in ("a", "au", "aux") \
            and not any(t.pos_ == "AUX" or "Fin" in t.morph.get("VerbForm") for t in doc[k_prep + 1:close]):
        return close + 1  # (a participle may qualify a noun: "devant les journalistes réunis au siège")
    if k_prep != k:
        return k
    i = k + 1
    if i + 1 < hi and fold(doc[k].text) in ("avec", "en", "sans") and doc[i].pos_ == "NOUN" and doc[i].is_lower and (
            doc[i + 1].pos_ == "PROPN" or doc[i + 1].is_title or fold(doc[i + 1].text) in HONORIFICS):
        return i + 1  # "», s'exclame avec ironie Mohamed A.", "», a dit en substance M. Wang Yi": a manner
    if i < hi and doc[i].pos_ == "DET":
        i += 1
    while i < hi and doc[i].pos_ == "ADJ":
        i += 1
    if i >= hi or doc[i].pos_ not in ("NOUN", "PROPN"):
        return k
    if doc[i].pos_ == "PROPN":
        i += 1
        # (a medium's name may end on a capitalised word or a number the tagger does not call a
        # proper noun: "à AUXERRE TV André Villiers", "sur France 2 le ministre")
        while i < hi and doc[i].ent_iob_ != "B" and (
                doc[i].pos_ == "PROPN" or doc[i].is_alpha and doc[i].text[:1].isupper() or doc[i].like_num):
            i += 1
    else:
        i += 1
        while i < hi and doc[i].pos_ == "ADJ":
            i += 1
        if i < hi and doc[i].pos_ == "PROPN":
            # "a déclaré à l'agence Reuters Jérôme Dholland": the noun's own name, then the subject
            j = i + 1
            while j < hi and doc[j].pos_ == "PROPN" and doc[j].ent_iob_ != "B":
                j += 1
            if j < hi and doc[j].pos_ in ("DET", "PROPN"):
                return j
    if i >= hi or doc[i].pos_ not in ("DET", "PROPN"):
        return k
    return i


def _locution_before_participle(doc, start: int, j: int, hi: int) -> int:
    """Length of an adverbial phrase between an auxiliary and its participle ("», a par la
    suite indiqué X", "a en effet déclaré"): a preposition, an optional determiner and one
    noun, right after an auxiliary (its inverted clitic or an adverb after it: "a-t-il tout
    d'abord analysé") and right before a past participle; else 0."""
    if j <= start or doc[j].pos_ != "ADP" or not (
            fold(doc[j - 1].text) in _AUX or doc[j - 1].pos_ == "ADV" or doc[j - 1].text.startswith("-")):
        return 0
    k = j + 1
    if k < hi and doc[k].pos_ == "DET":
        k += 1
    if k >= hi or doc[k].pos_ not in ("NOUN", "ADV") or k + 1 >= hi:
        return 0
    nxt = doc[k + 1]
    return k + 1 - j if nxt.pos_ in ("VERB", "AUX") and "Part" in nxt.morph.get("VerbForm") else 0


def _where_one_says(doc, k: int, hi: int):
    """After an incise with the impersonal clitic ("», indique-t-on", "», a-t-on appris"),
    the source is the complement that says where or from whom: "à Matignon", "chez
    Renault", "dans le rapport", "auprès du parquet de Lyon", "de source policière"; its
    token range, else None (then nobody is named); after a modal, its infinitive aside
    ("peut-on lire dans le rapport"). ("sur Twitter", "sur la page Facebook de X" name a
    medium, not who speaks: nobody.)"""
    while k < hi and (doc[k].pos_ == "ADV" and fold(doc[k].text) != "aupres"
                      or doc[k].pos_ in ("VERB", "AUX") and doc[k].morph.get("VerbForm") in (["Inf"], ["Part"])):
        k += 1  # "peut-on lire sur …", "a-t-on pu lire dans …": the modal's infinitive
    if k + 1 >= hi:
        return None
    word, nxt = fold(doc[k].text), fold(doc[k + 1].text)
    if word in ("a", "au", "aux", "chez", "dans"):
        start = k + 1
    elif word == "aupres" and nxt in ("de", "du", "des", "d'", "d"):
        start = k + 2
    elif word == "de" and nxt == "source":
        start = k + 1
    elif word == "sur":
        # "peut-on lire sur le site de l'Organisation mondiale de la santé": an organisation's
        # own site or account is its voice (a person's page may be kept by others: nobody)
        j = k + 1
        while j < hi and doc[j].pos_ in ("DET", "NOUN", "ADJ", "PROPN") and fold(doc[j].text) not in ("de", "du", "des", "d'"):
            j += 1
        owner = j + (fold(doc[j].text) != "du") if j < hi and fold(doc[j].text) in ("de", "du", "des", "d'") else None
        while owner is not None and owner < hi and doc[owner].pos_ == "DET":
            owner += 1
        org = next((e for e in doc.ents if owner is not None and e.start == owner and e.label_ == "ORG"), None)
        return (org.start, org.end) if org is not None and k + 1 < j else None
    else:
        return None
    np = _np_after(doc, start, hi)
    return np if np and np[0] == start else None


#: Object clitics that may stand before the verb of an incise ("», nous a confié X").
_OBJECT_CLITICS = frozenset({"nous", "vous", "me", "m'", "lui", "leur", "se", "s'"})  # "», se désole-t-il"


#: Words of an aside between the verb of an incise and its subject ("», explique, la casquette
#: vissée sur la tête, cet agriculteur").
ASIDE_WORDS = 8


def _aside_before_subject(doc, k: int, hi: int) -> int | None:
    """``», a lâché, tout sourire, la principale``, ``», a déclaré, lundi soir, le maire``: at
    token ``k``, a comma opening a short aside with no name and no finite verb, closed by a
    comma before a determiner; the token after that comma, else None. An aside opening on a
    determiner is an absolute phrase, a noun with a participle or a complement ("», explique,
    la casquette vissée sur la tête, cet agriculteur"), never a bare noun phrase."""
    if not (k + 2 < hi and doc[k].text == ","):
        return None
    close = next((e for e in range(k + 2, min(hi, k + 2 + ASIDE_WORDS)) if doc[e].text == ","), None)
    # ("», résumait, il y a quelques semaines, un élu": "il y a" and a duration say when)
    ago = 3 if [fold(t.text) for t in doc[k + 1:k + 4]] == ["il", "y", "a"] else 0
    if close is None or close + 1 >= hi or doc[close + 1].pos_ != "DET" or any(
            t.pos_ in ("PROPN", "AUX", "PUNCT") or "Fin" in t.morph.get("VerbForm") for t in doc[k + 1 + ago:close]):
        return None
    if doc[k + 1].pos_ == "DET" and fold(doc[k + 1].text) != "tout" and not any(
            t.pos_ == "ADP" or "Part" in t.morph.get("VerbForm") for t in doc[k + 2:close]):
        return None
    return close + 1


def _aside_after_auxiliary(doc, start: int, j: int) -> bool:
    """True when the comma before ``start`` closes an aside opened right after a finite
    auxiliary that governs the participle at ``j`` ("X a, comme toujours, prévenu …")."""
    if start < 3 or doc[start - 1].text != ",":
        return False
    opened = next((k for k in range(start - 2, max(0, start - 10), -1) if doc[k].text == ","), None)
    if opened is None or opened < 1:
        return False
    aux = doc[opened - 1]
    return aux.pos_ == "AUX" and "Fin" in aux.morph.get("VerbForm") and (
        doc[j].head.i == aux.i or aux.head.i == j)


def _past_comme(doc, j: int, hi: int) -> int | None:
    """``comme l'a souligné X``, ``comme le rappelle X``, ``comme nous l'a confié X``: the
    token after "comme", an object clitic and "le"/"l'" (the verb's group), else None."""
    if j + 2 >= hi or fold(doc[j].text) != "comme":
        return None
    k = j + 1
    if fold(doc[k].text) in ("nous", "vous", "me", "m'", "lui", "leur") and k + 2 < hi:
        k += 1
    if fold(doc[k].text) not in ("l'", "le", "l"):
        return None
    k += 1
    if k < hi and doc[k].text in ("'", "’"):
        k += 1
    return k if k < hi else None


def _subject_start(doc, k: int, hi: int) -> int:
    """Where the subject after an incise's verb starts: past adverbs and adverbial locutions
    ("d'ailleurs", "pour sa part", "de son côté"), as ``_np_after`` skips them; ``hi`` if
    none."""
    np = _np_after(doc, k, hi)
    return np[0] if np else hi


def _e_ending(tok) -> bool:
    """True when ``tok`` ends as a past participle of the first group ("exprimé", "lancées"):
    a participle the tagger calls one and that is one, not a present it misread ("peste")."""
    return re.search(r"(?:é|ée|és|ées)$", tok.text.lower()) is not None


def _before_clitic(doc, j: int, hi: int) -> bool:
    """True when the word at ``j`` is glued to an inverted subject clitic ("estime-t-il", the
    tagger's adverb): a verb, not an adverb to skip."""
    return j + 1 < hi and doc[j].is_alpha and (
        doc[j + 1].text in ("-t", "-t-") or fold(doc[j + 1].text) in ("-il", "-elle", "-ils", "-elles", "-on"))


def _inverted_verb(doc, start: int, j: int, hi: int) -> bool:
    """True when token ``j`` (after only auxiliaries, clitics and adverbs from ``start``)
    is a finite verb, or a participle after an auxiliary, followed by a determiner or a
    proper noun (perhaps past a short aside between commas): the verb of an inversion, its
    subject after it."""
    tok = doc[j]
    nxt = _aside_before_subject(doc, j + 1, hi) or j + 1
    if nxt < hi and doc[nxt].pos_ not in ("DET", "PROPN") and (past := _subject_start(doc, nxt, hi)) < hi:
        nxt = past  # "», s'esclaffe d'ailleurs X": an adverbial locution first
    if tok.pos_ != "VERB" or nxt >= hi or doc[nxt].pos_ not in ("DET", "PROPN") and _past_medium(doc, nxt, hi) == nxt \
            and not (doc[nxt].is_title and doc[nxt].ent_iob_ == "B") \
            and not (doc[nxt].is_title and nxt + 1 < hi and doc[nxt + 1].pos_ == "PROPN"):
        # (a locution may come first: "», a mis en garde la préfète"; a name the tagger calls a
        # noun starts an entity: "», reprend Feno Randrianarisoa")
        return False
    if any(c.dep_.startswith("nsubj") and c.i < start and not _inside_quote(doc, c.i, start)
           and not _clause_head(c) for c in tok.children):  # (nor a clause's predicate: "… était notre
        # meilleure période, a repris X", parsed with "période" the subject of "repris")
        # "Les capacités, aussi appelées « … », désignent le fait …": its subject is before (a
        # word of the quotation the parse makes its subject is none: "« … Dieu … » a révélé X")
        return False
    number = [t.morph.get("Number") for t in (tok, *doc[start:j]) if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
    np_number = doc[nxt].morph.get("Number") if not (doc[nxt].is_title and doc[nxt].pos_ == "NOUN") else None
    # (a first name the tagger reads as a noun has no number to trust: "Moncef", plural)
    if number and number[-1] and np_number and number[-1] != np_number:
        return False  # the noun phrase after it does not agree: not its subject
    form = tok.morph.get("VerbForm")
    if "Part" in form and not any(fold(t.text) in _AUX for t in doc[start:j]) \
            and not _e_ending(tok):
        return True  # "», peste un habitant", tagged a participle: no auxiliary, no -é ending
    return "Fin" in form or "Part" in form and any(fold(t.text) in _AUX for t in doc[start:j])


def _subject_before(doc, verb, start: int) -> bool:
    """True when the parse gives ``verb`` a subject before ``start`` (the comma or
    quotation that opens what looks like an incise) outside quotation marks: "Son frère
    X, qui lui a succédé, a annoncé son décès" / "La ministre, redoutant un « … », a
    demandé des mesures". Such a verb is no inversion: the noun phrase after it is its
    object, not who speaks. A present participle has no subject of its own: one the parse
    gives it ("La directrice, craignant …, a réclamé") is its main verb's."""
    heads = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "acl") and c.i < start and _present_participle(c)]
    for v in heads:
        for c in v.children:
            if c.dep_.startswith("nsubj") and c.i < start and (c.pos_ in ("NOUN", "PROPN") or fold(c.text) in _PRONOUNS) \
                    and not _inside_quote(doc, c.i, start) and not _clause_head(c) and not _own_verb_after(doc, c.i, start, v) \
                    and not _disagrees(c, v) and c.text not in ("%", "‰"):  # ("-13,2 % et -10,5 % pour les surfaces …,
                # détaille X": a percentage the parse makes the subject says nothing)
                return True
    return False


def _disagrees(subj, verb) -> bool:
    """True when a plural noun the parse makes the subject of a singular finite verb (or
    auxiliary) cannot be its subject: "Des mesures d'autant justifiées que « … », a rappelé
    le préfet X" (the noun phrase after the verb is)."""
    finite = next((t for t in (verb, *verb.children) if (t is verb or t.dep_.startswith("aux"))
                   and "Fin" in t.morph.get("VerbForm")), None)
    return finite is not None and _number_clash(subj, finite)


#: Words opening a relative clause.
_RELATIVES = frozenset({"qui", "que", "qu'", "dont", "ou", "lequel", "laquelle", "lesquels", "lesquelles", "auquel"})


def _own_verb_after(doc, i: int, start: int, verb) -> bool:
    """True when a finite verb outside any relative clause stands between the subject at
    ``i`` and ``start``, quoted or not: ``La réforme « canalise les mécontentements »
    en France, a estimé X`` — the subject has its verb, the verb after the comma is an
    incise (``Son frère, qui lui a succédé, a annoncé …``: a relative's verb)."""
    for t in doc[i + 1:start]:
        if fold(t.text) in _RELATIVES or t.text in (",", "(", "-", "–", "—"):
            return False
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.head.i != verb.i:
            return True  # (not the verb's own auxiliary: "l'Ordre avait, …, déclaré")
    return False


def _clause_head(tok) -> bool:
    """True when ``tok``, parsed as a subject, heads a clause of its own (it has a copula or a
    subject): "Le bilan est de trois morts, a précisé X" parsed with "morts" as the subject of
    "précisé" is a clause, then an incise."""
    return any(c.dep_ == "cop" or c.dep_.startswith("nsubj") for c in tok.children)


def _inside_quote(doc, i: int, end: int) -> bool:
    """True when token ``i`` lies inside a quotation that closes before token ``end``
    (a closing mark comes before any opening mark between them)."""
    for tok in doc[i + 1:end]:
        if tok.text in ("»", "”") or _closing_left_mark(tok):
            return True
        if tok.text in ("«", "“"):
            return False
        if tok.text == "\"":
            # a straight mark closes a quotation around ``i`` only when the marks up to ``end``
            # are odd in number ("X, évoquant \"…\", a annoncé": a pair after X)
            return sum(t.text == "\"" for t in doc[i + 1:end]) % 2 == 1
    return False


def _present_participle(tok) -> bool:
    """``», qualifiant X de « … »``: a present participle has no inverted subject; the noun
    phrase after it is its object, and its subject is the main clause's."""
    return tok.morph.get("VerbForm") == ["Part"] and tok.morph.get("Tense") == ["Pres"]


def _for_ones_part(doc, j: int, hi: int) -> bool:
    """``pour sa part`` / ``pour leur part`` at token ``j`` ("», a pour sa part déclaré X")."""
    return j + 2 < hi and fold(doc[j].text) == "pour" and fold(doc[j + 1].text) in ("sa", "son", "leur") \
        and fold(doc[j + 2].text) == "part"


_CLOSING_MARKS = frozenset({"»", "”", "\""})
#: Marks that open a quotation.
_OPENING_MARKS = frozenset({"«", "“", "\""})


def _incise_without_comma(doc, lo: int, hi: int) -> bool:
    """``« … » se plaint un agriculteur``, ``« … » explique la ministre``: right after the
    closing mark, with no comma, a reflexive verb or a finite verb of saying, then a
    determiner or a name: an incise all the same, when the quotation opens the sentence or
    follows a punctuation mark (never a quoted name in a noun's slot: ``Les « gilets
    jaunes » dénoncent le gouvernement``)."""
    k = lo - 2
    while k >= 0 and doc[k].text not in ("«", "“", "\"") and lo - k < 200:
        k -= 1
    if k < 0 or doc[k].text not in ("«", "“", "\"") or lo - k < 5 or (
            k > 0 and doc[k - 1].sent.start != k and not doc[k - 1].is_punct):
        return False
    if lo + 2 < hi and fold(doc[lo].text) in ("se", "s'") and doc[lo + 1].is_lower:
        return doc[lo + 2].pos_ in ("DET", "PROPN")
    if lo + 2 < hi and fold(doc[lo].text) in _AUX and "Fin" in doc[lo].morph.get("VerbForm"):
        lo += 1  # "« … » a révélé cette victime à la barre": the auxiliary, then the participle
        after = doc[_past_when(doc, lo + 1, hi)]
        if doc[lo].pos_ == "VERB" and not _says(doc[lo]) and lo - k >= 8:
            # "« … » a entamé Christian Estrosi": any participle when a person's name follows and
            # the quotation is a sentence, no title ("« Les Misérables » a séduit X")
            return after.pos_ == "PROPN" and after.ent_type_ == "PER"
        return doc[lo].pos_ == "VERB" and _says(doc[lo]) and after.pos_ in ("DET", "PROPN")
    if lo + 1 >= hi or not (doc[lo].is_lower and doc[lo].is_alpha):
        return False
    after = doc[_past_when(doc, lo + 1, hi)]
    # (a present the tagger reads as a participle: "» souffle une habitante", no -é ending; or as
    # an infinitive: "» rétorque un éleveur")
    if doc[lo].pos_ == "VERB" and (_says(doc[lo]) or doc[lo].lemma_ in INCISE_LEMMAS) \
            and ("Fin" in doc[lo].morph.get("VerbForm") or "Part" in doc[lo].morph.get("VerbForm")
                 and not _e_ending(doc[lo]) or "Inf" in doc[lo].morph.get("VerbForm") and not _infinitive_ending(doc[lo])):
        return after.pos_ in ("DET", "PROPN")
    if doc[lo].pos_ == "VERB" and "Fin" in doc[lo].morph.get("VerbForm") and after.pos_ == "DET" \
            and fold(after.text) in ("un", "une", "le", "la", "l'", "cette", "ce", "cet") and after.i + 1 < hi \
            and _person_noun(doc[after.i + 1]) and (after.i + 2 >= hi or doc[after.i + 2].is_punct):
        # "« … » lâche un éleveur.": any verb, then a person described and nothing else
        return True
    # "« … » décrit Antoine", "« … » rembobine Eric Junique" (read as a noun): any verb, or a word
    # with a verb's ending, when a person's name follows (a quotation may be a verb's subject,
    # "« … » provoque la colère des syndicats", but then no name follows)
    verbish = doc[lo].pos_ == "VERB" and ("Fin" in doc[lo].morph.get("VerbForm") or "Part" in doc[lo].morph.get(
        "VerbForm") and not _e_ending(doc[lo])) or doc[lo].pos_ in ("NOUN", "ADJ") \
        and re.search(r"(?:e|t|d|ent)$", doc[lo].text) and fold(doc[lo].text) not in _TIME_NOUNS
    return verbish and after.pos_ == "PROPN" and after.ent_type_ == "PER"


def _quoted_in_noun_slot(doc, lo: int) -> bool:
    """True when the quotation closing right before token ``lo`` opens after a determiner
    ("Les « gilets jaunes »", "un « pacte »"): quoted words in a noun phrase's slot."""
    if lo < 1 or doc[lo - 1].text not in _CLOSING_MARKS:
        return False
    k = lo - 2
    while k >= 0 and doc[k].text not in ("«", "“", '"') and lo - k < 12:
        k -= 1
    return k >= 1 and doc[k].text in ("«", "“", '"') and doc[k - 1].pos_ == "DET"


def _pour_after_quote(doc, k: int, hi: int, mentions):
    """``« … », pour le directeur de l'école, Christophe Brault.``: after a quotation's comma,
    "pour" and a phrase designating someone that ends the sentence (a name apposed to it
    may close it): whose view the quotation gives; its token range, else None."""
    if k + 1 >= hi or fold(doc[k].text) != "pour" or doc[k + 1].pos_ not in ("DET", "PROPN"):
        return None
    end = next((e for e in range(k + 1, hi) if doc[e].is_punct and doc[e].text not in ("'", "’", "-")), hi)
    if end < hi and doc[end].text == ",":
        named = next((m for m in mentions if m.start_token == end + 1 and m.label == "PER"), None)
        if named is None or not (named.end_token >= hi or doc[named.end_token].text in (".", "!", "?")):
            return None
    elif end < hi and doc[end].text not in (".", "!", "?"):
        return None
    return (k + 1, end) if _designates_someone(doc, k + 1, end, mentions) else None


def _could_say_i(speaker: str, labels: dict) -> bool:
    """True when ``speaker`` may speak as "je": a person named, or a description whose head is
    a noun of a person ("un éleveur", "la présidente"), not a thing ("le déroulé de …") nor an
    organisation."""
    label = labels.get(speaker)
    if label is not None:
        return label == "PER"
    words = [fold(w) for w in re.split(r"[\s']+", speaker) if w]
    while words and words[0] in ("le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "son", "sa"):
        words = words[1:]
    while words and words[0] in TITLE_PREFIXES:
        words = words[1:]
    if not words:
        return False
    return not speaker[:1].islower() and len(words) <= 3 and all(w[:1].isalpha() for w in words) \
        or words[0] in _PEOPLE_NOUNS or _person_word(words[0])


#: Nouns of people of other endings than ``_PERSON_NOUN``'s ("un proche", "le prévenu", "une victime").
_PEOPLE_NOUNS = frozenset(fold(w) for w in """témoin témoins victime victimes proche proches prévenu prévenue
    accusé accusée usager usagère riverain riveraine patient patiente client cliente élève élèves parent parents
    personne personnes individu suspect suspecte jeune jeunes enfant enfants adolescent adolescente retraité
    retraitée salarié salariée employé employée bénévole fidèle supporter spectateur spectatrice voisin voisine
    passant passante manifestant manifestante gréviste grévistes homme femme fille garçon""".split())


def _infinitive_ending(tok) -> bool:
    """The word ends as an infinitive does ("déclarer", "dire", "voir"), not as "rétorque"."""
    return bool(re.search(r"(?:er|ir|re|oir)$", fold(tok.text)))


def _person_word(word: str) -> bool:
    """A folded noun of a person: a title, a kinship noun or a person's ending ("éleveur")."""
    return word in ANAPHORIC_HEADS or word in KIN_NOUNS or bool(_PERSON_NOUN.search(word))


def _person_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.is_lower and _person_word(fold(tok.text))


def _past_when(doc, k: int, hi: int) -> int:
    """The first token from ``k`` past white space and time words ("« … » prévenait mercredi
    X"), the last token before ``hi`` at most."""
    while k < hi - 1 and (doc[k].is_space or fold(doc[k].text) in TIME_WORDS):
        k += 1
    return k


def _says(tok) -> bool:
    """A verb of saying, or of saying that ("révéler")."""
    return _is_reporting(tok) or tok.lemma_ in SAY_THAT_LEMMAS


def _no_subject(doc, m) -> bool:
    """True when mention ``m`` is neither a clause's subject nor in apposition to one ("ont
    eu recours au PGE", "selon l'Insee"): named in passing."""
    tok = mention_head(doc, m)
    return tok is not None and not tok.dep_.startswith("nsubj")


def _tail_attribution(doc, lo: int, hi: int, mentions, namer, ctx, selon: bool = True):
    """Speaker of an inverted attribution in tokens lo..hi (after a quote or a clause):
    right after it ("» a déclaré X", "», a-t-il ajouté") or after a later comma."""
    best = None
    first = lo + 1 if lo < hi and doc[lo].text == "," else lo
    if first < hi and doc[first].text in ("–", "—") and lo >= 1 and doc[lo - 1].text in _CLOSING_MARKS:
        first += 1  # "« … » – a déclaré X", "« … », – a déclaré X –": a dash before the incise
    # "« … Télétravaillons ! » propose X": after a quotation ending on "!", "?" or "…" the
    # press writes no comma before the incise
    exclaimed = first == lo and lo >= 2 and doc[lo - 1].text in _CLOSING_MARKS \
        and (doc[lo - 2].text in ("!", "?", "…", "...") or _incise_without_comma(doc, lo, hi))
    np = _attribution_at(doc, first, hi, selon, after_quote=first > lo or exclaimed) if lo < hi else None
    if np and np[0] != "pronoun" and first == lo and not exclaimed and _quoted_in_noun_slot(doc, lo):
        np = None  # "Les « gilets jaunes » dénoncent le gouvernement": the quoted words are the subject's noun
    if np is None and selon and first > lo and lo >= 1 and doc[lo - 1].text in _CLOSING_MARKS:
        np = _pour_after_quote(doc, first, hi, mentions)
    if np:
        best = (np, lo)
    else:
        opened = None  # the comma before the one at i
        for i in range(lo, hi):
            if doc[i].text != ",":
                continue
            # "… « particulièrement vivante » et, soutenu par les organisateurs, a réaffirmé le
            # crédo": the verb after an aside opened by a coordinating conjunction goes on with
            # the sentence's subject; what follows it is its object, not an inverted subject (a
            # pronoun incise there still speaks)
            coordinated = opened is not None and opened > lo and doc[opened - 1].pos_ == "CCONJ"
            opened = i
            np = _attribution_at(doc, i + 1, hi, selon)
            if np and np[0] != "pronoun" and i + 1 < hi and fold(doc[i + 1].text) == "selon" \
                    and _depending_on(doc, *np):
                continue  # "…, selon la saison": depending on, not a source
            if np and np[0] != "pronoun" and coordinated:
                continue
            if np:
                best = (np, i)
    if best is None:
        return None
    np, comma = best
    if np[0] == "pronoun":
        return ctx.resolve_pronoun(np[1], incise=True), comma
    if any(joins_phrases(doc, e) for e in range(np[0] + 1, np[1] - 1)):
        return _as_written(doc[np[0]:np[1]].text), comma  # "le parquet et la préfecture des Yvelines"
    speaker, _ = namer.name(doc, np[0], np[1], mentions, ctx)
    start = first if best[1] == lo else best[1] + 1
    if speaker and speaker in (ctx.last_speaker, ctx.last_subject and ctx.last_subject[0]) \
            and fold(doc[start].text) in ("lui", "leur") \
            and not any(m.label == "PER" and np[0] <= m.start_token < np[1] for m in mentions):
        # "« Tout est parfait », lui a suggéré l'intervieweur": the one spoken to ("lui", the
        # last speaker or the salient person) is not the one who speaks; the description stays
        # as written
        speaker = _as_written(doc[np[0]:np[1]].text)
    return speaker, comma


def _incise_before(doc, lo: int, qstart: int, ctx, subject=None) -> tuple[str | None] | None:
    """``Et cette agonie, dit-il, « … »``: a verb inverted with its subject pronoun, between
    commas before the quotation (nothing but the comma after it), names who says it: the
    pronoun's referent (None when it has none), not the subject of the sentence; None when
    there is no such incise. ``subject``: (name, label, gender) of the sentence's main subject
    when it names a person; a pronoun of that person's gender, in a clause below it, is
    them ("X a interpellé Y, nommé adjoint qui, assure-t-elle, « … »")."""
    close = qstart - 1
    if close - 3 < lo or doc[close].text != ",":
        return None
    k = next((k for k in range(close - 1, max(lo, close - 6), -1) if doc[k - 1].text == ","), None)
    if k is None or not any(doc[t].text.startswith("-") and fold(doc[t].text) in _PRONOUNS for t in range(k, close)):
        return None
    np = _attribution_at(doc, k, close, selon=False)
    if not np or np[0] != "pronoun":
        return None
    gender = "f" if fold(np[1]).lstrip("-").startswith("elle") else "m"
    if subject and subject is not _RESET and subject[1] == "PER" and not fold(np[1]).endswith("s") \
            and ctx.genders.get(subject[0], subject[2]) == gender and any(
                t.dep_.startswith("nsubj") and fold(t.text) in ("qui", "que") for t in doc[lo:k]):
        return (subject[0],)
    return (ctx.resolve_pronoun(np[1], incise=True),)


def _cleft_speaker(doc, lo: int, span, hi: int, mentions, namer, ctx) -> str | None:
    """``C'est « la mort dans l'âme » que le maire X a annoncé …``: a quotation put forward by
    "c'est … que" belongs to the clause after "que": the subject of its verb of saying, when
    the subject stands between "que" and that verb."""
    k = span.start - 1
    while k > lo and doc[k].pos_ == "ADV":
        k -= 1  # "c'est bien « … » que"
    if not any(_past_cest(doc, c, hi) == k + 1 for c in range(max(lo, k - 2), k + 1)):
        return None
    if span.end >= hi or fold(doc[span.end].text) not in ("que", "qu'", "qu"):
        return None
    for v in range(span.end + 1, min(hi, span.end + 15)):
        tok = doc[v]
        if tok.is_punct and tok.text != "'":
            return None
        if tok.pos_ in ("VERB", "AUX") and _says(tok):
            subj = _subject_of(tok)
            if subj is None or not span.end < subj.i < v:
                return None
            a, b = _np_of_subject(subj)
            return namer.name(doc, max(a, span.end + 1), min(b, v), mentions, ctx)[0]
    return None


def _past_cest(doc, k: int, hi: int) -> int | None:
    """The token after "C'est" opening at ``k`` (one token, "c'" + "est", or "c" + "'" +
    "est", as the tokenizer splits it); None when the words there are not "c'est"."""
    words = [fold(t.text) for t in doc[k:min(hi, k + 3)]]
    for form in (["c'est"], ["c'", "est"], ["c", "'", "est"]):
        if words[:len(form)] == form:
            return k + len(form)
    return None


def _case_of(doc, lo: int, hi: int, mentions):
    """``C'est aussi le cas de Mahamadou Salissou, qui …``: the person the sentence presents,
    whom "il" / "elle" then go on with. (mention, None), else None."""
    k = _past_cest(doc, lo, hi)
    if k is None:
        return None
    while k < hi and doc[k].pos_ == "ADV":
        k += 1  # "aussi", "également", "notamment"
    if k + 3 >= hi or [fold(t.text) for t in doc[k:k + 2]] != ["le", "cas"] or fold(doc[k + 2].text) not in ("de", "d'"):
        return None
    m = next((m for m in mentions if m.start_token == k + 3 and m.label == "PER"), None)
    return (m, None) if m is not None else None


def _back_attribution(doc, lo: int, hi: int, mentions, namer, ctx) -> str | None:
    """``C'est ce qu'a déclaré X`` / ``C'est ce qu'affirme X`` opening a sentence: the
    speaker of the quotation just before; else None."""
    k = _past_cest(doc, lo, hi)
    if k is None or k + 1 >= hi or fold(doc[k].text) != "ce" or fold(doc[k + 1].text) not in ("qu'", "que", "qu"):
        return None
    k += 2
    if k < hi and doc[k].text in ("'", "’"):
        k += 1
    np = _attribution_at(doc, k, hi, selon=False)
    if not np:
        return None
    if np[0] == "pronoun":
        return ctx.resolve_pronoun(np[1])
    return namer.name(doc, np[0], np[1], mentions, ctx)[0]


#: What points back at the quotation just said: "C'est par ces mots que X …", "voilà comment X …".
_BACK_MANNERS = (("par", "ces", "mots"), ("en", "ces", "termes"), ("de", "cette", "facon"),
                 ("de", "cette", "maniere"), ("ainsi",))


#: Nouns of the words said ("ces mots", "ces propos"), a demonstrative pointing them back.
_WORDS_SAID = frozenset({"mots", "mot", "termes", "propos", "paroles", "phrase", "phrases", "declaration",
                         "declarations"})


def _pointing_back(doc, k: int, hi: int) -> int | None:
    """``« … ». C'est par ces mots (forts) que X a salué …``, ``« … », voilà comment X a
    réagi``, ``voilà ce que X a déclaré``: at token ``k`` (past a comma), words that point back
    at the quotation and open the clause whose subject said it; the token where that clause
    starts, else None."""
    if k < hi and doc[k].text in (",", "."):
        k += 1
    words = [fold(t.text) for t in doc[k:min(hi, k + 8)]]
    if len(words) > 2 and words[0] in ("ces", "ce", "cette") and words[1] in _WORDS_SAID:
        # "« … » Ces termes que la mère d'Alexandre confie …": the words said, then who says them
        n = 2 + (doc[k + 2].pos_ == "ADJ")
        return k + n + 1 if n < len(words) and words[n] in ("que", "qu'") else None
    if words[:1] in (["voila"], ["voici"]):
        rest, j = words[1:], k + 1
        if rest[:1] == ["comment"]:
            return j + 1
        if rest[:2] in (["ce", "que"], ["ce", "qu'"]):
            return j + 2
    elif (j := _past_cest(doc, k, hi)) is not None:
        rest = words[j - k:]
    else:
        return None
    for manner in _BACK_MANNERS:
        if tuple(rest[:len(manner)]) == manner:
            n = len(manner)
            if n < len(rest) and rest[n] not in ("que", "qu'") and doc[j + n].pos_ == "ADJ":
                n += 1  # "par ces mots forts"
            if n < len(rest) and rest[n] in ("que", "qu'"):
                return j + n + 1
    return None


#: Nouns of words said that an owner's phrase may follow ("les mots du ministre").
_OWNED_WORDS = _WORDS_SAID | SPEECH_NOUNS


def _cest_words_of(doc, k: int, hi: int, mentions, namer, ctx) -> str | None:
    """``« … », c'est l'une des phrases fortes du président X``, ``« … » : ce sont les mots du
    ministre``: after the quotation, "c'est" or "ce sont" and a noun of the words said with
    its owner; the owner, when a name (a person's or an organisation's) stands in its phrase."""
    if k < hi and doc[k].text in (",", ":"):
        k += 1
    j = _past_cest(doc, k, hi)
    if j is None and k + 1 < hi and [fold(t.text) for t in doc[k:k + 2]] == ["ce", "sont"]:
        j = k + 2
    if j is None:
        return None
    who = _cleft_sayer(doc, j, hi, mentions)
    if who is not None:
        return namer.name(doc, who[0], who[1], mentions, ctx)[0]
    words = [fold(t.text) for t in doc[j:min(hi, j + 4)]]
    if words[:2] in (["l'", "un"], ["l'", "une"]) or words[:1] in (["l'un"], ["l'une"]):
        j += 2 if words[0] == "l'" else 1  # "l'une des phrases": one of them
        if j < hi and fold(doc[j].text) in ("des", "de", "d'"):
            j += 1
    while j < hi and doc[j].pos_ == "DET":
        j += 1
    if j >= hi or fold(doc[j].text) not in _OWNED_WORDS:
        return None
    j += 1
    while j < hi and doc[j].pos_ == "ADJ":
        j += 1  # "les phrases fortes"
    if j + 1 >= hi or fold(doc[j].text) not in ("de", "du", "des", "d'"):
        return None
    np = _np_after(doc, j + 1, hi)
    if np is None or not any(m.start_token < np[1] and m.end_token > np[0] and m.label in ("PER", "ORG") for m in mentions):
        return None
    return namer.name(doc, np[0], np[1], mentions, ctx)[0]


def _cleft_sayer(doc, j: int, hi: int, mentions):
    """``« … » : c'est la maire X qui emploie cette formule``: after "c'est", a phrase naming
    someone, then "qui" and a clause with a verb of saying or a noun of words said; that
    phrase's token range, else None."""
    np = _np_after(doc, j, hi)
    if np is None or np[1] >= hi or fold(doc[np[1]].text) != "qui" \
            or not any(m.start_token < np[1] and m.end_token > np[0] and m.label in ("PER", "ORG") for m in mentions):
        return None
    end = next((e for e in range(np[1] + 1, hi) if doc[e].is_punct and doc[e].text not in ("-", "'", "’")), hi)
    if any(_says(t) or fold(t.text) in _STATED_NOUNS for t in doc[np[1] + 1:end]):
        return np
    return None


#: Nouns of someone's stated view, which a colon may announce like a noun of speech
#: ("Le constat de X est sans appel : « … »").
_VIEW_NOUNS = frozenset({"constat", "avis", "verdict", "reaction", "analyse", "explication", "diagnostic"})

#: Nouns of words said or of a stated view that a sentence after a quotation may give an
#: owner ("« … » Le constat de X est sans appel", "« … » L'avertissement est lancé par X").
_STATED_NOUNS = _OWNED_WORDS | _VIEW_NOUNS | frozenset({
    "avertissement", "description", "temoignage", "confidence", "aveu", "conclusion", "enseignement", "mise", "cri",
    "resume", "formule"})


#: Prepositions of time: the phrase they open ("après le blocage de … par X") holds nouns with
#: agents of their own.
_TIME_PREPOSITIONS = frozenset({"apres", "avant", "lors", "pendant", "depuis", "durant"})


def _owner_after(doc, lo: int, hi: int, mentions, namer, ctx) -> str | None:
    """``« … » Le constat de Yann D., patron-armateur, est sans appel.``, ``« … » L'avertissement
    est lancé par un jeune homme …``, ``« … » Telle était la description faite de la Broye par
    X``, ``« … » C'est l'un des enseignements de l'étude réalisée par X``: a sentence right
    after a quotation that opens on a noun of words said or of a view, whose owner ("de X", a
    name) or whose agent ("par X" after a participle, someone) spoke; else None."""
    k = lo
    words = [fold(t.text) for t in doc[lo:min(hi, lo + 3)]]
    if words[:1] in (["telle"], ["tel"], ["telles"], ["tels"]) \
            and words[1:2] in (["etait"], ["est"], ["fut"], ["etaient"], ["sont"], ["furent"]):
        # (plural too: "« … » Tels sont les mots prononcés par X")
        k += 2
    elif (j := _past_cest(doc, lo, hi)) is not None:
        k = j
        if k + 1 < hi and fold(doc[k].text) in ("l'", "l’") and fold(doc[k + 1].text) in ("un", "une"):
            k += 2
        elif k < hi and fold(doc[k].text) in ("l'un", "l'une"):
            k += 1
        if k < hi and fold(doc[k].text) in ("des", "de", "d'"):
            k += 1
    while k < hi and doc[k].pos_ == "DET":
        k += 1
    noun = fold(doc[k].text) if k < hi else ""
    if k == lo or not noun or doc[k].pos_ != "NOUN" or noun not in _STATED_NOUNS and noun.rstrip("sx") not in _STATED_NOUNS:
        # "« … » Difficile de faire plus concret que ce résumé tranchant de Loïc Perrin": further
        # in the sentence, a demonstrative before such a noun points back at the quotation
        k = next((d + 1 for d in range(lo, hi - 2) if fold(doc[d].text) in ("ce", "cet", "cette", "ces")
                  and doc[d + 1].pos_ == "NOUN" and fold(doc[d + 1].text).rstrip("sx") in _STATED_NOUNS), None)
        if k is None:
            return None  # (a plural too: "les enseignements")
    j = k + 1
    while j < hi and (doc[j].pos_ == "ADJ" or _present_participle(doc[j]) or j == k + 1 and doc[j].pos_ == "NOUN"
                      and doc[j].is_lower and not any(c.dep_ == "case" for c in doc[j].children)):
        j += 1  # ("ce résumé tranchant de X", "la formule béton": a present participle or a noun
        #          qualifies it like an adjective)
    if j + 2 < hi and doc[j].lemma_ == "être" and "Fin" in doc[j].morph.get("VerbForm"):
        # "« … » Ces mots sont de Florent M., du BIC 2000", "Ces propos sont ceux de X": whose
        # words they are, after the copula
        j += 1 + (fold(doc[j + 1].text) in ("ceux", "celles", "celui", "celle"))
    if j + 1 < hi and fold(doc[j].text) in ("de", "du", "des", "d'"):
        np = _np_after(doc, j + 1, hi)
        if np is not None and any(m.start_token < np[1] and m.end_token > np[0] and m.label in ("PER", "ORG")
                                  for m in mentions):
            stop = next((t for t in range(np[0], np[1]) if doc[t].text == ","), np[1])
            return namer.name(doc, np[0], stop, mentions, ctx)[0]
    for t in range(j, hi - 1):
        if fold(doc[t].text) in _TIME_PREPOSITIONS and doc[t].pos_ == "ADP":
            return None  # "Tels sont les mots employés jeudi après le blocage … par la CGT": the blocking's agent
        if fold(doc[t].text) == "par" and any("Part" in u.morph.get("VerbForm") for u in doc[j:t]):
            np = _np_after(doc, t + 1, hi)
            if np is not None and np[0] == t + 1 and _designates_someone(doc, np[0], np[1], mentions):
                return namer.name(doc, np[0], np[1], mentions, ctx)[0]
            return None
        if fold(doc[t].text) in ("a", "au", "aux") and doc[t].pos_ == "ADP" and any(
                u.lemma_ == "attribuer" and "Part" in u.morph.get("VerbForm") for u in doc[j:t]):
            # "« … » La formule est attribuée (et raccourcie) au maçon creusois Martin Nadaud": the
            # phrase up to the next punctuation, when a person's name stands in it
            stop = next((u for u in range(t + 1, min(hi, t + 12)) if doc[u].is_punct), min(hi, t + 12))
            if any(m.label == "PER" and t < m.start_token and m.end_token <= stop for m in mentions):
                return namer.name(doc, t + 1, stop, mentions, ctx)[0]
            return None
    return None


def _pointed_back_speaker(doc, k: int, hi: int, mentions, namer, ctx, name_of, persons) -> str | None:
    """The subject of the clause at ``k`` that points back at a quotation ("… que le
    ministre-gouverneur …, Pascal Abinan, a salué", "… comment la ministre a réagi"): the
    person its subject names or describes, a pronoun's referent; None when it is a thing."""
    subject = _main_subject(doc, k, hi, mentions, name_of, ctx, persons)
    if subject is _RESET:
        subj = next((t for t in doc[k:hi] if t.dep_.startswith("nsubj") and _top(t.head, k, hi)), None)
        if subj is None or subj.pos_ != "NOUN" or fold(subj.text) not in TITLE_HEADS:
            return None
        a, b = _np_of_subject(subj)
        return namer.name(doc, max(a, k), b, mentions, ctx)[0]
    if subject is None:
        # (a parse that found no subject there: the person named before the clause's verb)
        verb = next((t.i for t in doc[k:hi] if "Fin" in t.morph.get("VerbForm")), hi)
        named = next((m for m in mentions if m.label == "PER" and k <= m.start_token and m.end_token <= verb), None)
        return name_of.get(fold(named.text), named.text) if named else None
    return subject[0] or None


#: How many words of complements an incise inside a quotation may have before its end.
_INCISE_TAIL = 10


def _incise_inside(doc, qstart: int, qend: int, mentions, namer, ctx):
    """``« Nous irons jusqu'au bout, a-t-elle assuré. Personne ne … »``, ``« J'entretiens …,
    confiait d'ailleurs Hamon en 2010. J'écoute … »``: the press often puts the incise
    inside the quotation marks, between commas or before the period that ends the
    quoted sentence. The first comma of the quotation (outside a quotation nested in it)
    followed by an inverted verb of saying and its subject, up to a comma, a period or
    the closing mark, names the speaker; else None. The quotation's text stays as
    written, incise included."""
    depth = 0
    for i in range(qstart + 1, qend - 2):
        t = doc[i].text
        if t in ("»", "”") or _closing_left_mark(doc[i]):
            depth -= 1
        elif t in ("«", "“"):
            depth += 1
        if t not in (",", "–", "—") or depth:
            continue  # (also between dashes: "« …, mais nous sommes privilégiés – déclare-t-on chez X – car … »")
        np = _attribution_at(doc, i + 1, qend - 1, selon=False)
        if not np:
            # "« Je viens d'apprendre …, a repris Pogačar. … »": any inverted verb whose subject
            # is a person's name (not "…, peu importe la taille »")
            np = _attribution_at(doc, i + 1, qend - 1, selon=False, after_quote=True)
            # (or a verb after a reflexive clitic: "« C'était simple, se souvient le Souverain. … »")
            if not np or np[0] == "pronoun" or not any(
                    m.label == "PER" and np[0] <= m.start_token < np[1] for m in mentions) and not (
                    fold(doc[i + 1].text) in ("se", "s'") and np[0] == i + 3) and not (
                    # (or a title: "« …, vante le maire, Jacques Terracol. … »")
                    np[1] - np[0] >= 2 and doc[np[0]].pos_ == "DET" and fold(doc[np[0] + 1].text) in TITLE_HEADS):
                continue
        if np[0] == "pronoun":
            clitic = next((k for k in range(i + 2, min(qend, i + 7)) if doc[k].text.startswith("-")
                           and fold(doc[k].text) in _PRONOUNS), None)
            if clitic is not None and not (clitic + 1 < qend and (doc[clitic + 1].text in (",", ".", ";", "!", "»", "”")
                                                                  or "Part" in doc[clitic + 1].morph.get("VerbForm"))) \
                    and not any(_is_reporting(t) for t in doc[i + 1:clitic]):
                continue  # "« Pour être juste, suffit-il d'obéir aux lois ? »": a question, no incise
            return ctx.resolve_pronoun(np[1], incise=True)
        k = np[1]
        while k < qend - 1 and not (doc[k].is_punct and doc[k].text not in ("+", "-")) and k - np[1] < _INCISE_TAIL:
            k += 1  # its complements: "en 2010", "à l'AFP", "dans des propos accordés à Canal +"
        if k < qend and doc[k].text in (",", ".", ";", "»", "”", "!", "?", "–", "—"):
            return namer.name(doc, np[0], np[1], mentions, ctx)[0]
        return None
    return None


def _agent_after(doc, qend: int, hi: int, lo: int, qstart: int):
    """``qualifié de « … » par ses détracteurs``: the agent ("par X") right after a quotation
    that completes the past participle of a verb of saying, or after such a participle right
    after the quotation (``« … » lancée par le député``): X's token range."""
    if qend + 2 < hi and "Part" in doc[qend].morph.get("VerbForm") and _is_reporting(doc[qend]) \
            and fold(doc[qend + 1].text) == "par":
        # "la réplique « C'est pas de votre faute ! » lancée par le député": the participle of a
        # verb of saying right after the quotation, then its agent (not "« … » offert par X")
        return _np_after(doc, qend + 2, hi)
    if qend >= hi or fold(doc[qend].text) != "par":
        return None
    if not any(_is_reporting(t) and "Part" in t.morph.get("VerbForm") for t in doc[max(lo, qstart - 4):qstart]):
        return None
    if any(fold(t.text) in ("se", "s'") and t.pos_ == "PRON" for t in doc[max(lo, qstart - 4):qstart]):
        return None  # "X s'est dit « surpris » par la visite du ministre": "se dire" is active, "par" a cause
    return _np_after(doc, qend + 1, hi)


def _quoted_title(doc, span, inner: str, title_end: int = -1) -> bool:
    """True when the quotation marks of ``span`` hold a name or a title in a noun's slot:
    a short capitalised phrase with no verb, right after a determiner, a noun, a
    preposition (``le candidat « Les Républicains »``, ``dans « La cinquième vague »``,
    ``auteur de « Vendredi ou les Limbes du Pacifique »``) or, in a list, after another
    title (``« Le Roi des aulnes », « Les Météores » ou encore « … »``); after a verb and
    "de" (``qualifié de « Grand Satan »``) they stay someone's words."""
    words = inner.split()
    if not 2 <= len(words) <= 7 or not inner[:1].isupper() or inner.rstrip()[-1:] in ("?", "!", "."):
        return False
    if span.start == 0:
        return False
    k = span.start - 1
    while k > title_end and k > span.start - 4 and (doc[k].text == "," or doc[k].pos_ in ("CCONJ", "ADV")):
        k -= 1
    if k == title_end and k < span.start - 1:
        return True  # a list of titles: the verbs of a title are its own ("Vendredi ou la Vie sauvage")
    if any(t.pos_ in ("VERB", "AUX") for t in span[1:-1]):
        return False
    prev = doc[span.start - 1]
    if prev.pos_ == "ADP" and fold(prev.text) in ("de", "d'", "d"):
        return span.start >= 2 and doc[span.start - 2].pos_ == "NOUN"  # "auteur de", not "qualifié de"
    return prev.pos_ in ("DET", "NOUN", "PROPN", "ADP")


_THIRD_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})


def _topic_first(doc, lo: int, hi: int, mentions):
    """``Quant au député Alain Aoun, il …``: the person or organisation named last in a
    sentence's opening "Quant à" phrase, when a subject pronoun follows its comma; else None."""
    if hi - lo < 5 or fold(doc[lo].text) != "quant" or fold(doc[lo + 1].text) not in ("a", "au", "aux", "à"):
        return None
    comma = next((k for k in range(lo + 2, min(hi, lo + 16)) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= hi or fold(doc[comma + 1].text) not in ("il", "elle", "ils", "elles"):
        return None
    named = [m for m in mentions if lo + 1 < m.start_token and m.end_token <= comma and m.label in ("PER", "ORG")]
    return named[-1] if named else None


def _possessed_heads(doc, lo: int, hi: int, mentions) -> set[str]:
    """Person nouns after "son", "sa", "leur" in tokens lo..hi with no name apposed to them
    ("laisser parler son défenseur syndical"; not "son capitaine, Mickaël Guigou"): someone
    the text designates by their tie to another, and does not name."""
    heads = set()
    for t in doc[lo:hi - 1]:
        noun = doc[t.i + 1]
        word = fold(noun.text)
        if fold(t.text) not in _THIRD_POSSESSIVES or noun.pos_ != "NOUN" or not noun.is_lower \
                or not (word in ANAPHORIC_HEADS or _PERSON_NOUN.search(word)):
            continue
        k = noun.i + 1
        while k < min(hi, noun.i + 4) and (doc[k].pos_ == "ADJ" or doc[k].text == ","):
            k += 1
        if not any(m.start_token == k and m.label == "PER" for m in mentions):
            heads.add(word)
    return heads
_I_WORDS = re.compile(r"(?<![\w'’-])(?:(?:[Jj]e|[Mm]oi|me|[Mm]on|[Mm]a|[Mm]es)(?![\w-])|[Jj]['’]|m['’])")  # ("Me X": a lawyer)
_NESTED = re.compile(r"«[^»]*»|“[^”]*”")


def _speaks_as_i(inner: str) -> bool:
    """The quotation speaks in the first person singular ("je", "me", "mon", outside a
    quotation within it): one human being's words, never an organisation's."""
    return bool(_I_WORDS.search(_NESTED.sub(" ", inner)))


def _back_to(doc, k: int, lo: int, text: str) -> int:
    """The last token ``text`` at or before ``k`` (not before ``lo``); ``lo`` if none."""
    while k > lo and doc[k].text != text:
        k -= 1
    return k


def _source_before_colon(doc, lo: int, qstart: int):
    """``C'est l'analyse de X, président de …, : « … »``: a noun of information whose
    complement names someone, in the clause announcing a quotation; that complement's range."""
    colon = _back_to(doc, qstart - 1, lo, ":")
    for k in range(colon - 1, max(lo, colon - 25) - 1, -1):
        if doc[k].pos_ == "DET" and k + 1 < colon and fold(doc[k + 1].text) in _SOURCE_NOUNS:
            if k > lo and doc[k - 1].pos_ == "ADP":
                continue  # "X, cité dans le communiqué de son entreprise, a affirmé :": a circumstance
            return _source_owner(doc, k, colon)
    return None


def _agent_before_colon(doc, lo: int, qstart: int):
    """``… est saluée par l'association Verte (AV) : « … »``: the passive agent that ends
    the clause announcing a quotation; its token range."""
    end = _back_to(doc, qstart - 1, lo, ":")
    if end - 1 > lo and doc[end - 1].text == ")":  # an acronym in brackets after the name
        end = _back_to(doc, end - 1, lo, "(")
    for k in range(end - 1, max(lo, end - 12) - 1, -1):
        if fold(doc[k].text) == "par" and doc[k].dep_ == "case" and doc[k].head.dep_ == "obl:agent" \
                and (_passive(doc[k].head.head) or _by_the_voice_of(doc, k, end) is not None):
            verb = doc[k].head.head
            if _by_the_voice_of(doc, k, end) is None and not any(c.dep_.startswith("aux") for c in verb.children) \
                    and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[lo:verb.i]):
                # "l'entraîneur retient l'attitude de son équipe, décimée par les blessures : « … »":
                # the agent of a participle that qualifies a noun, after a clause with its own
                # verb, is no one who speaks
                return None
            np = _np_after(doc, k + 1, end)
            if np and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in doc[np[1]:end]):
                return None  # "Répondant à la demande voulue par X, il déclare :": another clause announces it
            return np  # the agent phrase; a complement of its name ("pour les libertés") may follow
    return None


def _passive(verb) -> bool:
    """True when ``verb`` is passive: with a passive auxiliary, or a past participle with
    no auxiliary of tense ("saluée par X"). "Il a terminé sa déclaration par la maxime
    de X" is active: its "par" phrase is a means, not an agent who speaks."""
    if any(c.dep_ == "aux:pass" for c in verb.children) or "Pass" in verb.morph.get("Voice"):
        return True
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and not any(c.dep_ == "aux:tense" for c in verb.children)


def _for_whom_before_colon(doc, lo: int, qstart: int, mentions):
    """``Même constat pour Hélène Vidal, commerçante : « … »`` / ``Même son de cloche chez
    X : « … »``: a clause without a verb announcing a quotation, whose "pour" or "chez"
    phrase designates someone; that phrase's token range."""
    end = _back_to(doc, qstart - 1, lo, ":")
    if end <= lo or any(t.pos_ in ("VERB", "AUX") for t in doc[lo:end]):
        return None
    for k in range(lo, end - 1):
        if fold(doc[k].text) in ("pour", "chez") and doc[k].pos_ == "ADP":
            stop = next((j for j in range(k + 1, end) if doc[j].text == ","), end)
            np = _np_after(doc, k + 1, stop)
            if np and np[0] == k + 1 and _designates_someone(doc, np[0], np[1], mentions):
                return np
            return None
    return None


def _selon_before(doc, lo: int, qstart: int, mentions, namer, ctx):
    """``… est selon l'Église « … »`` / ``…, d'après X, « … »``: "selon X" or "d'après X" right before the quotation names its source."""
    for k in range(qstart - 1, max(lo, qstart - 12) - 1, -1):
        after = k + 1 if fold(doc[k].text) == "selon" else k + 2 if (
            fold(doc[k].text) in ("d'", "d") and k + 1 < qstart and fold(doc[k + 1].text) == "apres") else None
        # "…, tandis que, pour le président X, « … »": "pour" after a comma, naming someone
        pour = after is None and fold(doc[k].text) == "pour" and k > lo and doc[k - 1].text == "," \
            and doc[qstart - 1].text == ","
        if pour:
            after = k + 1
        if after is not None:
            end = qstart - 1 if doc[qstart - 1].text == "," else qstart
            np = _np_after(doc, after, end)
            if np and np[1] == end and (not pour or _designates_someone(doc, np[0], np[1], mentions)):
                return namer.name(doc, np[0], np[1], mentions, ctx)[0]
            return None
    return None


def _selon_apposed_before(doc, lo: int, qstart: int, mentions, namer, ctx):
    """``… et selon le centre national de …, situé à Miami, « … »``: "selon X" whose phrase
    runs up to the quotation with only an apposition or a participle between commas after
    it (no finite verb): X, up to its first comma, is the source."""
    end = qstart - 1 if qstart - 1 > lo and doc[qstart - 1].text == "," else qstart
    for k in range(end - 1, lo - 1, -1):
        if "Fin" in doc[k].morph.get("VerbForm") or doc[k].text in ("«", "»", "“", "”", "\"", ":", ";"):
            return None
        after = k + 1 if fold(doc[k].text) == "selon" else k + 2 if (
            fold(doc[k].text) in ("d'", "d") and k + 1 < end and fold(doc[k + 1].text) == "apres") else None
        if after is None:
            continue
        comma = next((j for j in range(after, end) if doc[j].text == ","), None)
        if comma is None:
            return None
        np = _np_after(doc, after, comma)
        if np and np[1] == comma:
            return namer.name(doc, np[0], np[1], mentions, ctx)[0]
        return None
    return None


def _selon_incise(doc, lo: int, qstart: int, mentions, namer, ctx):
    """``la régie aurait embauché, selon certains salariés, des « … »``: "selon X" between
    commas before the quotation, in its sentence, names the source of what follows."""
    for k in range(lo + 1, qstart - 2):
        if doc[k - 1].text == "," and fold(doc[k].text) == "selon" and not _in_quotes(doc, k, lo):
            end = next((j for j in range(k + 1, qstart) if doc[j].text == ","), None)
            np = _np_after(doc, k + 1, end) if end is not None else None
            if np and np[1] == end:
                return namer.name(doc, np[0], np[1], mentions, ctx)[0]
    return None


_STRESSED = {"lui": "il", "elle": "elle", "eux": "ils", "elles": "elles"}

#: First-person possessives: "selon nos informations", "d'après notre enquête" (the outlet itself).
_OWN = frozenset({"nos", "notre", "mes", "mon", "ma"})


def _own_source(doc, lo: int, hi: int) -> bool:
    """True when "selon" / "d'après" outside quotation marks in the sentence has a
    first-person possessive after it ("Selon nos informations, X devrait annoncer …"): the
    outlet reports what its own sources say, and no one in the sentence is its speaker."""
    for k in range(lo, hi - 1):
        word = fold(doc[k].text)
        after = k + 1 if word == "selon" else k + 2 if word in ("d'", "d") and fold(doc[k + 1].text) == "apres" else None
        if after is not None and after < hi and fold(doc[after].text) in _OWN and not _in_quotes(doc, k, lo):
            return True
    return False

#: "Selon X" / "D'après X" / "Pour X" opening the sentence, after a linking word or a short
#: adverbial phrase closed by a comma ("En effet, pour X, …").
_HEAD_RE = re.compile(r"^(?:(?:mais|et|or|donc|ainsi|enfin)\s*,?\s+|[^\W\d][^,«»“”\"]{0,18}\w,\s+)?"
                      r"(selon|d['’]\s?apr[eè]s|pour|[àa] en croire|si (?:l['’]\s?)?on en croit|de l['’]\s?avis d(?:e|u|es)"
                      r"|aux yeux d(?:e|u|es))\s+",
                      re.I)


#: "À ses yeux, …" / "À leurs yeux, …" opening the sentence: "selon lui / elle / eux".
_EYES_RE = re.compile(r"^(?:(?:mais|et|or|donc|ainsi|enfin)\s*,?\s+)?[àa]\s+(ses|leurs)\s+yeux\s*,", re.I)


def _complement_of_qualifier(doc, a: int) -> bool:
    """True when the phrase starting at ``a`` is the complement of an adjective or a
    participle ("un militant opposé à | la loi travail"): the noun the qualifier belongs to
    may be what a relative clause after the phrase is about."""
    return a >= 2 and doc[a - 1].pos_ == "ADP" and (
        doc[a - 2].pos_ == "ADJ" or doc[a - 2].pos_ == "VERB" and "Part" in doc[a - 2].morph.get("VerbForm"))


def _uttered_by(doc, lo: int, qstart: int, qend: int, mentions, namer, ctx) -> str | None:
    """``… il aurait crié « Allahu akbar »``, ``… en leur disant « Bougez pas »``: a quotation
    that is the object of a verb of saying in tokens lo..qstart is the words of that verb's
    subject (for a gerund or participle, the subject of the verb it depends on); its speaker,
    else None."""
    root = next((t for t in doc[qstart:qend] if not t.is_punct and not qstart <= t.head.i < qend), None)
    verb = root.head if root is not None else None
    if verb is None or not lo <= verb.i < qstart or root.dep_ not in ("obj", "ccomp") or not _is_reporting(verb):
        return None
    subj, up = _subject_of(verb), verb
    while subj is None and _present_participle(up) and up.dep_ in ("advcl", "acl", "conj") \
            and up.head.pos_ in ("VERB", "AUX") and lo <= up.head.i < up.i:
        up = up.head
        subj = _subject_of(up)
    if subj is None or not lo <= subj.i < verb.i or _in_quotes(doc, subj.i, lo):
        return None
    if _CLITIC_RE.match(subj.text) or fold(subj.text) in _PRONOUNS:
        return ctx.resolve_pronoun(subj.text)
    a, b = _np_of_subject(subj)
    if not _designates_someone(doc, max(a, lo), b, mentions) and (fold(subj.text) in _RELATIVES or not any(
            max(a, lo) < m.start_token and m.end_token <= b for m in mentions)):
        # "un militant opposé à la loi travail qui a crié": an antecedent cut short names no one;
        # a phrase the verb's own subject, with a name inside it, does ("L'usine de Challerange
        # a confirmé un « … »")
        return None
    return namer.name(doc, max(a, lo), b, mentions, ctx)[0]


def _head_end(doc, lo: int, hi: int) -> int:
    """The token after the comma closing a ``Selon X, …`` / ``D'après X, …`` / ``Pour X, …``
    that opens tokens lo..hi (``lo`` when none does)."""
    if not _HEAD_RE.match(doc[lo:hi].text):
        return lo
    return next((k + 1 for k in range(lo, hi) if doc[k].text == ","), lo)


#: "Selon X," / "D'après X," opening a sentence.
_SOURCE_OPENING = re.compile(r"(?i)(?:selon|d['’]\s?apr[èe]s)\s")


def _head_attribution(doc, lo: int, hi: int, mentions, namer, ctx, allow_pour: bool | str = True):
    """``Selon X, …`` / ``D'après X, …`` / ``Pour X, …`` at the start of the sentence.
    ``allow_pour="someone"``: "Pour X" only when X names someone or is a person noun
    ("Pour les pêcheurs, …", not "Pour cela, …")."""
    if lo >= hi:
        return None
    eyes = _EYES_RE.match(doc[lo:hi].text)
    if eyes:
        return possessor(ctx, eyes.group(1))  # "À ses yeux, …": the possessive's owner
    base = doc[lo].idx
    m = _HEAD_RE.match(doc[lo:hi].text)
    if not m or (not allow_pour and fold(m.group(1)) == "pour"):
        return None
    k = next((k for k in range(lo, hi) if doc[k].idx >= base + m.end()), hi)
    latter = latter_words(doc, k) if k < hi else []
    if " ".join(latter) in _LATTER and any(doc[e].text in (",", ":") for e in range(k + 1, min(hi, k + 4))) \
            and not any(t.is_alpha and t.is_title for t in doc[k + 1:k + 3]):
        # "Mais pour celui-ci, un premier objectif a été atteint : « … »", "Selon ce dernier, …":
        # the person named last in the sentence before, or nobody
        return ctx.resolve_latter(latter)
    if allow_pour == "someone" and fold(m.group(1)) == "pour":
        j = next((j for j in range(k, hi) if doc[j].text in (",", ":")), hi)
        np = _np_after(doc, k, j) if j < hi else None
        if np and np[1] < j and fold(doc[np[1]].text) in ("et", "ou") and any(
                fold(t.text) in ("pour", "selon") for t in doc[np[1] + 1:min(np[1] + 3, j)]):
            j = np[1]  # "Pour le chef de la diplomatie et donc pour l'UE, …": the first one named
        if np and doc[np[0]].pos_ == "NOUN" and doc[np[0]].is_lower:
            return None  # "Avec, pour résultat, …", "pour preuve": a bare noun after "pour" is a locution
        if k < hi and fold(doc[k].text) in _STRESSED and (k + 1 == hi or doc[k + 1].text in (",", ":", "«", "“", "\"")):
            pass  # "Pour lui, « … »", "Pour elle, qui …, « … »": resolved below
        elif not np or np[1] != j or not (_designates_someone(doc, np[0], np[1], mentions) or any(
                m.end_token == j and all(t.pos_ == "DET" or t.text in ("'", "’") for t in doc[np[0]:m.start_token])
                for m in mentions)):  # "Pour L'Opinion, …": a name, whatever the model's label
            return None
    k = lo
    while k < hi and doc[k].idx < base + m.end():
        k += 1
    if k < hi and doc[k].text == "«":  # "Selon « Quotidien », …": a quoted title names the source
        e = k + 1
        while e < hi and doc[e].text != "»":
            e += 1
        if e + 1 < hi and e - k <= 5 and doc[e + 1].text == ",":
            inner = doc[k + 1:e].text.strip()
            return namer.name_of.get(fold(inner), inner)
    j = k
    while j < hi and doc[j].text not in (",", "«", "“", "\"", ":"):
        j += 1
    if fold(m.group(1)) != "pour" and j - k >= 3 and fold(doc[k].text) == "ce" and fold(doc[k + 1].text) in ("qu'", "que"):
        # "Selon ce qu'a confié à la radio X, …": the subject of the relative clause's reporting verb
        np = _attribution_at(doc, k + 2, j, selon=False)
        if np and np[0] == "pronoun":
            return ctx.resolve_pronoun(np[1])
        if np:
            return namer.name(doc, np[0], np[1], mentions, ctx)[0]
        return None
    if j == k + 1 and fold(doc[k].text) in _STRESSED:  # "Selon lui, …", "Pour elle « … »"
        return ctx.resolve_pronoun(_STRESSED[fold(doc[k].text)])
    if j < hi and j - k <= 20:
        np = _np_after(doc, k, j)
        if np and fold(m.group(1)) == "pour" and _possessive_locution(doc, np[0], np[1], mentions):
            return None
        agent = _participle_agent(doc, k, j, mentions) if np else None
        if agent is not None:
            return namer.name_of.get(fold(agent.text), agent.text)
        if np:
            return namer.name(doc, np[0], np[1], mentions, ctx)[0]
    return None


def _participle_agent(doc, a: int, b: int, mentions):
    """``Selon un bilan établi à 09h GMT par EDF, …``: in the phrase a..b, a common noun
    qualified by a past participle whose agent ("par X") is a named person or
    organisation: the mention of X, who gives the figures; else None."""
    if any(m.start_token <= a + 1 < m.end_token and m.label in ("PER", "ORG") for m in mentions):
        return None  # the phrase opens on a name: it is the source itself
    for k in range(a + 1, b - 1):
        t = doc[k]
        if fold(t.text) != "par":
            continue
        if not any(doc[p].pos_ == "VERB" and doc[p].morph.get("VerbForm") == ["Part"]
                   and doc[p].morph.get("Tense") != ["Pres"] for p in range(a + 1, k)):
            return None
        start = k + 1 + (doc[k + 1].pos_ == "DET")
        return next((m for m in mentions if m.start_token in (k + 1, start) and m.end_token <= b
                     and m.label in ("PER", "ORG")), None)
    return None


#: Possessive determiners (a closed class of French grammar).
_POSSESSIVES = frozenset({"mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "leur",
                          "nos", "vos", "leurs"})


def _possessive_locution(doc, a: int, b: int, mentions) -> bool:
    """``Pour sa part, X …`` / ``pour leur part``: a possessive noun phrase whose noun
    designates nobody refers back to the sentence's own subject; it is an adverbial, not
    a source ("Pour son avocat, …" designates someone and stays one)."""
    return doc[a].pos_ == "DET" and fold(doc[a].text) in _POSSESSIVES and not _designates_someone(doc, a, b, mentions)


def _coordinated_speaker(doc, lo: int, qstart: int, mentions, namer):
    """``Pour X, ce blocage est « … » et Y, président de …, estime qu'« … »``: a clause
    coordinated by "et" / "mais", opening on a name (an apposition between commas may
    follow it) and a verb of saying right before the quotation, is that name's; an
    adjunct opening the sentence ("Pour X,") does not reach into it."""
    end = qstart
    while end > lo and (fold(doc[end - 1].text) in ("que", "qu'", "qu", ":", "'", "’") or doc[end - 1].pos_ == "ADV"):
        end -= 1
    if end == qstart and not (end > lo and doc[end - 1].text == ":"):
        return None  # the verb must lead straight to the quotation: "estime qu'« … »", "déclare : « … »"
    verb = doc[end - 1] if end > lo else None
    if verb is None or not _is_reporting(verb) or "Fin" not in verb.morph.get("VerbForm"):
        return None
    for k in range(end - 2, lo, -1):
        if fold(doc[k].text) in ("et", "mais") and doc[k].pos_ == "CCONJ" and not _in_quotes(doc, k, lo):
            if doc[k].head.dep_ == "conj" and doc[k].head.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return None  # "A et B rapportent qu'« … »": names coordinated, not clauses
            m = next((m for m in mentions if m.start_token == k + 1 and m.label in ("PER", "ORG")), None)
            if m is None:
                return None
            v = m.end_token
            if v < end - 1 and doc[v].text == ",":
                v = next((j for j in range(v + 1, end - 1) if doc[j].text == ","), None)
                if v is None or any(t.pos_ in ("VERB", "AUX") for t in doc[m.end_token:v]):
                    return None
                v += 1
            while v < end - 1 and (fold(doc[v].text) in _PREVERBAL or doc[v].pos_ == "ADV"):
                v += 1
            return namer.name_of.get(fold(m.text), m.text) if v == end - 1 else None
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


def _saying_root_subject(doc, lo: int, hi: int, mentions, namer, ctx) -> str | None:
    """The named subject of the main verb of tokens lo..hi when that verb is a verb of
    saying ("Il a évoqué des raisons familiales": "il", resolved), else None."""
    root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or not _is_reporting(root) or _in_quotes(doc, root.i, lo):
        return None
    subj = _subject_of(root)
    if subj is None or not lo <= subj.i < root.i or subj.dep_ == "nsubj:pass":
        return None
    a, b = _np_of_subject(subj)
    if _CLITIC_RE.match(subj.text) or fold(subj.text) in _PRONOUNS:
        a, b = subj.i, subj.i + 1
    speaker, named = namer.name(doc, max(a, lo), b, mentions, ctx)
    return speaker if named or fold(subj.text) in _PRONOUNS else None


def _verb_subject_speaker(doc, lo: int, upto: int, mentions, namer, ctx, require_reporting=True, quote_tok=None):
    """Subject of the last reporting verb in lo..upto that governs the quote. A sentence
    opening on a compound conjunction ("Alors que X considère …, Y a déclaré « … »")
    has a subordinate clause up to its first comma: its verbs govern nothing after it."""
    sub_end = lo
    if lo + 1 < upto and fold(doc[lo].text) in _CONJ_HEADS and fold(doc[lo + 1].text) in ("que", "qu'"):
        sub_end = next((k for k in range(lo + 2, upto) if doc[k].text == ","), lo)
    elif lo + 1 < upto and fold(doc[lo].text) in _SIMPLE_CONJ:
        # "Quand on lui demande ce qu'il va faire, X plaisante : « … »": likewise
        sub_end = next((k for k in range(lo + 1, upto) if doc[k].text == ","), lo)
    for i in range(upto - 1, lo - 1, -1):
        tok = doc[i]
        if require_reporting and not _is_reporting(tok):
            continue
        if i < sub_end:
            continue
        if not _governs(tok, quote_tok):
            continue
        if not require_reporting and tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = _subject_of(tok)
        if subj is None and tok.pos_ in ("NOUN", "ADJ") and tok.is_lower and lo + 1 < tok.i < upto - 1 \
                and doc[lo].pos_ in ("DET", "PROPN") and doc[tok.i + 1].pos_ in ("DET", "SCONJ") \
                and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                            for t in doc[lo:upto] if not _in_quotes(doc, t.i, lo)):
            # "La cheffe de groupe critique le manque de vision de la majorité :", parsed with no
            # finite verb ("critique" read as an adjective): the form of a verb of saying between
            # a noun phrase and its object is the verb, the noun phrase before it its subject
            speaker, named = namer.name(doc, lo, tok.i, mentions, ctx)
            return speaker if named or fold(doc[lo].text) in _DESCRIPTION_OPENERS else None
        if subj is None and tok.dep_ == "acl" and lo <= tok.head.i < tok.i and tok.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_.startswith("aux") and fold(c.text) == "ayant" and c.i == tok.i - 1 for c in tok.children):
            # "…, le substitut X ayant réclamé « … »": the noun before an absolute participle
            # clause in "ayant" is its subject
            subj = tok.head
        if subj is None and _present_participle(tok) and tok.dep_ == "advcl" and lo <= tok.head.i < tok.i:
            # "Fillon s'est justifié en affirmant que « … »": a gerund's words are those of the
            # subject of the verb it depends on; parsed without one, the name that opens the
            # sentence right before that verb's group
            v = _verb_group_start(doc, tok.head.i, lo)
            opening = next((m for m in mentions if m.start_token == lo and m.end_token == v
                            and m.label in ("PER", "ORG")), None)
            if opening is not None and _subject_of(tok.head) is None:
                return namer.name(doc, opening.start_token, opening.end_token, mentions, ctx)[0]
        if subj is None and _present_participle(tok) and tok.i - 1 > lo and doc[tok.i - 1].text == ",":
            # "X a ouvert une cagnotte …, déclarant au magazine People : « … »": a participial
            # clause set off by a comma has the main clause's subject, wherever the parse hangs it
            # (a sentence opening on a person's name and a comma: that person)
            opening = next((m for m in mentions if m.start_token == lo and m.label == "PER"
                            and m.end_token < tok.i and doc[m.end_token].text == ","), None)
            if opening is not None:
                return namer.name(doc, opening.start_token, opening.end_token, mentions, ctx)[0]
        if subj is None or not (lo <= subj.i < max(upto, subj.i + 1)):
            continue
        if _in_quotes(doc, subj.i, lo) and not _in_quotes(doc, i, lo):
            continue  # "« La loi … », a précisé X": who is spoken of inside quotation marks does not speak
        if subj.dep_ == "nsubj:pass" and any(c.dep_ == "aux:pass" for c in tok.children):
            continue  # "le Brexit, qui sera lancé mercredi": the subject of a passive is what is said
        if fold(subj.text) in _PRONOUNS:
            outer = _reporter_above(doc, tok, lo, subj, mentions, namer, ctx) \
                or _relative_owner(doc, tok, lo, subj, mentions, namer, ctx)
            if outer:
                return outer
        if _clause_break(doc, tok.i + 1, upto, mentions):
            return None
        voice = _by_the_voice_of(doc, tok.i + 1, upto)
        if voice is not None:
            # "le Rwanda a répondu par la voix de X, porte-parole de l'armée : « … »": X speaks
            speaker, named = namer.name(doc, voice[0], voice[1], mentions, ctx)
            if named:
                return speaker
        a, b = _subject_phrase(doc, subj, tok, mentions)
        if subj.lower_ == "qui" and _complement_of_qualifier(doc, max(a, lo)) \
                and not _designates_someone(doc, max(a, lo), b, mentions):
            return None  # "un militant opposé à la loi travail qui a crié": the antecedent found names no one
        speaker, named = namer.name(doc, max(a, lo), b, mentions, ctx)
        if not require_reporting and not named and fold(subj.text) not in _PRONOUNS:
            return None
        return speaker
    return None


def _by_the_voice_of(doc, a: int, b: int):
    """Token range of X in ``par la voix de X`` within tokens a..b, else None."""
    for k in range(a, b - 3):
        if [fold(t.text) for t in doc[k:k + 3]] == ["par", "la", "voix"] and fold(doc[k + 3].text) == "d" \
                and k + 5 < b and doc[k + 4].text in ("'", "’"):
            end = next((j for j in range(k + 5, b) if doc[j].is_punct), b)
            return _np_after(doc, k + 5, end)  # "par la voix d' Igor Morozov": the elision typed with a space
        if [fold(t.text) for t in doc[k:k + 3]] == ["par", "la", "voix"] and fold(doc[k + 3].text) in ("de", "du", "d'", "des"):
            start = k + 4 if fold(doc[k + 3].text) in ("de", "d'") else k + 3
            end = next((j for j in range(start, b) if doc[j].is_punct and doc[j].text not in ("-", "'", "’")), b)
            return _np_after(doc, start, end) if fold(doc[k + 3].text) in ("de", "d'") else _np_after(doc, start + 1, end)
    return None


def _content_clause(verb) -> bool:
    """True when ``verb`` heads a content clause opened by a bare "que" ("annonce que le
    ministère s'emploie à …"), not by a compound conjunction ("alors que", "pour que")."""
    doc = verb.doc
    # (the parse may hang the "que" on the clause's subject: "qu'Hubert Caouissin … avait été")
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj")]
    for c in [*verb.children, *(g for sj in subjects for g in sj.children if g.i < sj.i)]:
        if c.dep_ == "mark" and fold(c.text) in ("que", "qu'"):
            prev = doc[c.i - 1] if c.i > 0 else None
            if prev is None or not (prev.pos_ in ("ADP", "SCONJ") or fold(prev.text) in _CONJ_HEADS):
                return True
    return False


def _clause_break(doc, a: int, b: int, mentions) -> bool:
    """True when tokens a..b hold a clause opened by a compound conjunction whose subject
    names someone ("X précise que « … » tandis que son avocat Y s'« indigne … »"): what
    follows is that clause's, not the verb's before it."""
    for j in range(a, b - 1):
        if fold(doc[j].text) in _CONJ_HEADS and fold(doc[j + 1].text) in ("que", "qu'") and not _in_quotes(doc, j, a):
            if any(j + 1 < m.start_token < b and m.label in ("PER", "ORG") for m in mentions):
                return True
    return False


def _reporter_above(doc, verb, lo: int, pronoun, mentions, namer, ctx):
    """``X a indiqué qu'il souhaite « … »``: a subject pronoun in the content clause of a
    verb of saying whose subject names someone of the pronoun's gender stands for
    that someone (the nearest antecedent, in the same sentence); None otherwise."""
    v = verb
    while v.head.i != v.i:
        if _content_clause(v):
            head = v.head
            if not _says(head):
                return None
            subj = _subject_of(head)
            if subj is None or subj.i < lo or fold(subj.text) in _PRONOUNS:
                return None
            return _pronoun_for(doc, subj, lo, pronoun, mentions, namer, ctx)
        v = v.head
    return None


def _relative_owner(doc, verb, lo: int, pronoun, mentions, namer, ctx):
    """``X ne reconnaît aucune valeur aux conclusions de ce tribunal, qu'il qualifie de
    « … »``: a subject pronoun in a relative clause opened by the object relative "que"
    is not the antecedent (the object); it stands for the subject of the clause above,
    when that names someone of the pronoun's gender (in the same sentence); None otherwise."""
    rel = doc[pronoun.i - 1] if pronoun.i > 0 else None
    if rel is None or fold(rel.text) not in ("que", "qu'", "qu") or "Rel" not in rel.morph.get("PronType") \
            or verb.head.i == verb.i:
        return None
    v = verb.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    subj = _subject_of(v) if v.pos_ in ("VERB", "AUX") else None
    if subj is None or subj.i < lo or subj.i > pronoun.i or fold(subj.text) in _PRONOUNS:
        return None
    return _pronoun_for(doc, subj, lo, pronoun, mentions, namer, ctx)


def _pronoun_for(doc, subj, lo: int, pronoun, mentions, namer, ctx):
    """The speaker the subject ``subj`` names, when it names someone the subject
    pronoun ``pronoun`` (il / elle) can stand for (same gender, where known);
    None otherwise."""
    a, b = _np_of_subject(subj)
    speaker, named = namer.name(doc, max(a, lo), b, mentions, ctx)
    gender = "f" if fold(pronoun.text).lstrip("-").startswith("elle") else "m"
    if named and fold(pronoun.text).lstrip("-") in ("il", "elle") and ctx.genders.get(speaker, gender) == gender:
        return speaker
    return None


def _thing_of_names(doc, subj, a: int, b: int, mentions) -> bool:
    """True when the subject phrase a..b is headed by a common noun that is no person, title or
    body ("les relations", "la hausse") and the names in it are only its complements, after a
    preposition ("entre le Burundi et le Rwanda", "des prix de Total"): a thing, not who speaks."""
    if subj.pos_ != "NOUN" or not subj.is_lower or not a <= subj.i < b:
        return False
    head = fold(subj.text)
    stem = head[:-1] if head.endswith("s") else head
    if head in TITLE_HEADS or stem in TITLE_HEADS or head in ORG_HEADS or stem in ORG_HEADS \
            or _PERSON_NOUN.search(stem) or head in ANAPHORIC_HEADS \
            or head in SPEECH_NOUNS or head in _SOURCE_NOUNS or head in _DOCUMENT_NOUNS:
        return False  # (what carries someone's words: "une information de l'AFP fait état de « … »")
    inside = [m for m in mentions if a <= m.start_token < b and m.label in ("PER", "ORG", "LOC")]
    return bool(inside) and all(
        m.start_token > subj.i and any(doc[k].pos_ == "ADP" for k in range(subj.i + 1, m.start_token)) for m in inside)


def _clause_subject(doc, tok, lo, hi, mentions, namer, ctx, quote=None):
    """Walk up from the quote to the first clause with a subject (outside the quote:
    who is spoken about inside it is not who speaks): its speaker when it names a
    person or an organisation, else nobody (a description or a thing is not a guess
    among the people above). A relative clause's subject speaks only when its
    antecedent names someone; otherwise the walk goes through it ("une situation qui
    met « … »"). The subject of a content clause ("… que le ministère s'emploie à
    « … »") is who is spoken about: the walk goes on, and after it only a verb of
    saying or thinking, or a verb above one, gives the speaker."""
    seen = 0
    reported = False  # crossed a content clause and no verb of saying since
    while seen < 8:
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            subj = _subject_of(tok) or _controller(tok) or _name_before_verb(doc, tok, lo, mentions)
            if subj is not None and (quote is not None and quote[0] <= subj.i < quote[1] or _in_quotes(doc, subj.i, lo)):
                subj = None  # (inside this quotation or another one of the sentence: « A », « B »)
            saying = _says(tok)
            if subj is not None and lo <= subj.i < hi and subj.lower_ not in ("que", "ce", "c'", "cela", "ça"):
                # the clause that owns the subject: the verb itself or the one it is coordinated
                # with or completes ("s'emploie à « vérifier … »")
                if _content_clause(tok) or _content_clause(subj.head):
                    reported = True
                elif reported and not saying:
                    return None
                elif subj.dep_ == "nsubj:pass" and subj.head.i == tok.i and not saying \
                        and quote is not None and not quote[0] <= tok.i < quote[1] \
                        and any(c.dep_ == "aux:pass" for c in tok.children) \
                        and not any(fold(t.text) in ("se", "s'") for t in doc[max(lo, tok.i - 4):tok.i]):
                    # "Le prix X est attribué à Y, « pour … »": what is acted on says nothing ("X s'est
                    # excusé", a reflexive the parse may call passive, is X's own doing; "X est
                    # « effaré par … »", the participle quoted, is what X says of himself)
                    return None
                else:
                    a, b = _subject_phrase(doc, subj, tok, mentions)
                    if _thing_of_names(doc, subj, max(a, lo), b, mentions):
                        return None  # "les relations entre le Burundi et le Rwanda « se sont détériorées »"
                    speaker, named = namer.name(doc, max(a, lo), b, mentions, ctx)
                    if named:
                        return speaker
                    if not _relative(tok, subj):
                        return None
            elif _content_clause(tok):
                reported = True
            elif saying:
                reported = False
        if tok.head is tok:
            return None
        tok = tok.head
        seen += 1
    return None


def _name_before_verb(doc, verb, lo: int, mentions):
    """``À l'issue de la rencontre, Laurent Berger a jugé …``, parsed with the name in
    apposition to the adjunct and no subject: a person's or organisation's name right
    before the verb group (its auxiliaries, clitics, negation), after a comma, is the
    subject of a finite verb that has none; its first token."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    k = verb.i - 1
    finite = "Fin" in verb.morph.get("VerbForm")
    while k >= lo and (doc[k].pos_ == "AUX" or fold(doc[k].text) in _PREVERBAL or doc[k].pos_ == "ADV"):
        finite = finite or doc[k].pos_ == "AUX" and "Fin" in doc[k].morph.get("VerbForm")
        k -= 1
    if not finite or k < lo:
        return None
    m = next((m for m in mentions if m.end_token == k + 1 and m.label in ("PER", "ORG")), None)
    if m is None or m.start_token == lo or doc[m.start_token - 1].text != ",":
        return None  # (opening the sentence, the parse finds the subject; when it does not, it is lost)
    return doc[m.start_token]


def _apposed_name_before(doc, verb, lo: int, mentions):
    """``Une des passagères ayant filmé la scène, Audra B., raconte que …``, parsed with no
    subject for the verb: a person's name between commas right before a finite verb of
    saying (its clitics and adverbs aside), after the description it is apposed to, is
    the subject; its first token, else None."""
    if any(c.dep_.startswith("nsubj") for c in verb.children) or "Fin" not in verb.morph.get("VerbForm") \
            and not any(c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm") for c in verb.children):
        return None
    k = verb.i - 1
    while k >= lo and (doc[k].pos_ == "AUX" or fold(doc[k].text) in _PREVERBAL or doc[k].pos_ == "ADV"):
        k -= 1
    if k <= lo or doc[k].text != ",":
        return None
    m = next((m for m in mentions if m.end_token == k and m.label == "PER"), None)
    if m is None:
        # "…, William O., expert des Nations unies en Haïti, qualifie …": the name, then its
        # description (no verb, no comma) up to the comma before the verb
        m = next((m for m in mentions if m.label == "PER" and m.end_token < k - 1 and doc[m.end_token].text == ","
                  and k - m.end_token - 1 <= _LABEL_DESCRIPTION_TOKENS and doc[m.end_token + 1].pos_ in ("NOUN", "DET")
                  and not any(t.text in _LABEL_STOPS or "Fin" in t.morph.get("VerbForm")
                              for t in doc[m.end_token + 1:k])), None)
    if m is None or m.start_token - 1 <= lo or doc[m.start_token - 1].text != ",":
        return None
    return doc[m.start_token]


def _controller(verb):
    """``… ont conduit le Conseil à exprimer sa « … »``: the object of the verb above
    controls an infinitive introduced by "à" or "de"; None otherwise."""
    if verb.morph.get("VerbForm") != ["Inf"] or verb.dep_ not in ("advcl", "xcomp"):
        return None
    if not any(c.dep_ == "mark" and fold(c.text) in ("a", "de", "d'") for c in verb.children):
        return None
    objs = [c for c in verb.head.children if c.dep_ == "obj" and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    return objs[-1] if objs else None  # the nearest: "conduit la semaine dernière le Conseil à …"


def _relative(verb, subj) -> bool:
    """True when ``verb`` heads a relative clause: tagged so, or its subject is the
    relative pronoun or comes right after one ("les attaques dont le but est de …")."""
    if verb.dep_ == "acl:relcl" or "Rel" in subj.morph.get("PronType"):
        return True
    doc = subj.doc
    return any("Rel" in t.morph.get("PronType") for t in doc[max(0, subj.left_edge.i - 1):subj.i])


def _conditional(doc, lo: int, hi: int) -> bool:
    """True when the sentence's main verb is in the conditional (its auxiliary included):
    the French press's mood for what a source says, not the writer."""
    root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    verbs = [root] + [c for c in root.children if c.dep_.startswith("aux")]
    return any("Cnd" in t.morph.get("Mood") for t in verbs)




def _speech_owner(doc, lo: int, upto: int, mentions, namer, ctx):
    """``Les paroles de l'écrivain sont : « … »``: whose words a colon announces, when
    the clause before it opens on a noun of speech and its complement. A name, or a
    role the article gives to one person, names the speaker; another description
    stays as written (no guess among the people mentioned before)."""
    k = lo
    while k < upto and doc[k].pos_ == "DET":
        k += 1
    prep = fold(doc[k + 1].text) if k + 1 < upto else ""
    if not (k + 2 < upto and fold(doc[k].text) in SPEECH_NOUNS | _VIEW_NOUNS and prep in ("de", "du", "des", "d'")):
        return None
    np = _np_after(doc, k + 2, upto)
    if np is None:
        return None
    a, b = np
    if any(m.start_token < b and m.end_token > a and m.label in ("PER", "ORG") for m in mentions):
        return namer.name(doc, a, b, mentions, ctx)[0]
    words = [fold(t.text) for t in doc[a:b]]
    bare = " ".join(w for w in words if w not in ("le", "la", "l'", "les"))
    if bare in namer.by_role:
        return namer.by_role[bare]
    text = " ".join(doc[a:b].text.split())
    return ("le " + text) if prep == "du" else text


def _predicate_mention(doc, m) -> bool:
    """True when the name is the predicate of a copula ("Le futur vice-président sera Mike
    Pence"): the text says who holds a role, it is not about that person."""
    root = next((t for t in doc[m.start_token:m.end_token]
                 if t.head.i == t.i or not m.start_token <= t.head.i < m.end_token), None)
    return root is not None and any(c.dep_ == "cop" for c in root.children)


def _is_journalist(speaker: str | None, entities) -> bool:
    return any(e.type == JOURNALIST and e.name == speaker for e in entities)


_RESET = ("", "RESET", None)


#: The "gender" of a plural organisation in the speaker context: no singular pronoun's.
_PLURAL = "plural"

def _common_noun(tok) -> bool:
    """A common noun, also when the tagger took an unknown one for a proper noun: a
    word in lower case is no name ("le wali d'Oran", tagged PROPN)."""
    return tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.text.islower()


def _top(tok, lo: int, hi: int) -> bool:
    """True when ``tok`` heads the words lo..hi: the parse's root, or a verb whose head lies
    outside them ("le président a un argument : « C'est risqué »": the parse may hang "a"
    on a word of the quotation; before the colon, "a" is the main verb)."""
    return tok.dep_ == "ROOT" or not lo <= tok.head.i < hi


def _personal_expletive(tok) -> bool:
    """``Il va même plus loin en dénonçant …``: a subject "il"/"elle" opening its sentence that
    the parse calls an expletive, of the main verb, not an impersonal one ("il faut", "il y a",
    "il est vrai que")."""
    return tok.dep_ == "expl:subj" and fold(tok.text) in ("il", "elle") and tok.head.pos_ == "VERB" \
        and tok.head.dep_ == "ROOT" and tok.i == tok.sent.start \
        and tok.head.lemma_ not in _IMPERSONAL and not any(t.lower_ == "y" for t in tok.doc[tok.i + 1:tok.i + 3])


#: At most this many tokens make a line that is only a name and its label ("Sébastien
#: Ogier (1er WRC)", "Marie Dupont, maire de Nérac").
_NAME_LINE_TOKENS = 14


#: Verbs of will or ability whose negation, before an infinitive, says that someone did not
#: speak ("n'a pas souhaité s'exprimer", "n'a pas voulu en dire plus", "n'a pas pu être joint").
_WILL_LEMMAS = frozenset({"vouloir", "souhaiter", "pouvoir", "désirer"})


def _one_of_a_pair(doc, end: int, hi: int) -> bool:
    """True when "et" joins another subject to the name ending at ``end``, after its
    apposition's comma or not ("X et Y ont tenté", "Le directeur, X, et le ministre, Y, ont")."""
    k = end + (end < hi and doc[end].text == ",")
    return k < hi and fold(doc[k].text) == "et"


def _negated_root(doc, lo: int, hi: int) -> bool:
    """True when the main verb of the sentence lo..hi denies that its subject spoke: a
    negated verb of saying ("ne répond plus", "n'a pas commenté"), a negated will to do
    something ("X n'a pas souhaité s'exprimer"), "ne pas donner suite": its subject is not
    introduced as the next words' voice. Any other negation portrays the subject and still
    introduces them ("Le maire ne décolère pas. « … »", "X ne mâche pas ses mots : « … »")."""
    root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None or not any(c.dep_ == "advmod" and fold(c.text) in ("ne", "n'", "n") for c in root.children):
        return False
    if _is_reporting(root) or root.lemma_ in ("répondre", "réagir", "parler"):
        return True
    if root.lemma_ in _WILL_LEMMAS and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                                           for c in root.children):
        return True
    # ("n'a pas donné suite à …": the parse hangs "suite" on the noun after it)
    return root.lemma_ == "donner" and root.i + 1 < hi and fold(doc[root.i + 1].text) == "suite"


def _main_subject(doc, lo: int, hi: int, mentions, name_of, ctx, persons, reading: bool = False):
    """(name, label, gender) of the sentence's subject when it designates someone: a
    named person or organisation, a resolved pronoun or role phrase, a person noun
    ("le chauffeur" stays words). The main clause's subject first, then the others.
    ``_RESET`` when the main subject is a thing: no one is salient any more. ``reading``:
    the call that reads the whole sentence once, in order, which alone notes in the context
    a subject pronoun it could not resolve (the other calls only ask)."""
    opening = _name_then_apposition(doc, lo, hi, mentions) or _name_quant_a(doc, lo, hi, mentions) \
        or _description_then_name(doc, lo, hi, mentions) or _case_of(doc, lo, hi, mentions)
    fronted = _past_fronted_adverbial(doc, lo, hi, mentions) if opening is None else None
    if fronted is not None:
        # "Un peu plus loin, Tenin Guindo, une autre vendeuse de légumes ajoute :": the same
        # after a short adverbial phrase set off by a comma
        opening = _name_then_apposition(doc, fronted, hi, mentions) or _description_then_name(doc, fronted, hi, mentions)
    if opening is not None:
        m, gender = opening
        return (name_of.get(fold(m.text), m.text), m.label, gender)
    subjects = [t for t in doc[lo:hi] if (t.dep_.startswith("nsubj") or _personal_expletive(t)) and t.head.i < hi
                and not fold(t.text).endswith("-meme")]  # ("X s'est lui-même exprimé": an emphasis)
    # "En désignant la conseillère X, le maire a enchaîné": of two subjects the parse gives one
    # verb, the one nearer before it is the subject (the other is a phrase the parse misread)
    subjects = sorted((t for t in subjects if not any(
        o.head.i == t.head.i and t.i < o.i < t.head.i for o in subjects)),
        key=lambda t: (not _top(t.head, lo, hi), t.i))
    reset = False
    for subj in subjects:
        word = fold(subj.text)
        if word in ("qui", "que", "ce", "c'", "cela", "ca", "on", "tout", "rien", "lequel", "laquelle"):
            continue
        latter = ctx.resolve_latter(latter_words(doc, subj.left_edge.i))
        if latter:  # "Ce dernier n'était pas au courant", "Celui-ci a indiqué"
            return (latter, "PER", None)
        if any(c.dep_ == "cop" for c in subj.head.children) and (
                subj.head.pos_ == "PROPN" or subj.head.pos_ == "NOUN" and not any(
                    m.label == "PER" and subj.left_edge.i <= m.start_token <= subj.right_edge.i for m in mentions)):
            # "Le vice-président sera Mike Pence" says who holds a role, it is not about them
            # ("Le ministre … Jean X était l'invité du journal" is about Jean X)
            continue
        if word in _PRONOUNS or word == "lui":
            real = _subject_of(subj.head)
            if real is not None and real.i != subj.i:
                subj, word = real, fold(real.text)
        if word in _PRONOUNS:
            if subj.head.lemma_ in _IMPERSONAL:
                continue
            who = ctx.resolve_pronoun(subj.text)
            if who is None:
                if reading:
                    ctx.dangling = ctx.dangling or word in ("il", "elle")  # "Il souffre …": someone unnamed
                continue
            return (who, "PER" if who in persons else ctx.last_subject[1] if ctx.last_subject else "ORG", None)
        if any(c.dep_ == "case" and c.i < subj.i for c in subj.children):
            # "Avant que les soupçons se tournent vers X, Y avait cherché ailleurs": a phrase
            # after a preposition is no subject; the name apposed after its comma is
            named = next((m for m in mentions if m.label == "PER" and doc[m.start_token].dep_ == "appos"
                          and doc[m.start_token].head.i == subj.i and m.start_token < hi
                          and doc[m.start_token - 1].text == ","), None)
            if named is not None:
                return (name_of.get(fold(named.text), named.text), named.label, None)
            continue
        a, b = _np_of_subject(subj)
        a = max(a, lo)
        if a < b and _coordinated(doc, a, b, [m for m in mentions if m.start_token < b and m.end_token > a]):
            # "Marc et Hélène Dufresne ont écrit …": the pair, as written, is what "ils" goes on with
            return (_as_written(doc[a:b].text), "DESC", None)
        c = _past_brackets(doc, b, hi)  # "… de l'Union … (UGTT), Samir C., …"
        if _common_noun(subj) and doc[a].pos_ == "DET" and c + 1 < hi and doc[c].text == ",":
            # "L'inspecteur d'académie, Paul Garnier, s'est rendu …", "Le président de
            # l'Association …, Nicolas Thibault, …": the name between commas right after a
            # described subject is who it describes
            j = c + 1
            while j < hi and fold(doc[j].text) in HONORIFICS:
                j += 1
            named = next((m for m in mentions if m.start_token == j and m.label == "PER"
                          and m.end_token < hi and doc[m.end_token].text == ","), None)
            if named is not None:
                return (name_of.get(fold(named.text), named.text), named.label, None)
        of_name = False
        for m in mentions:
            if m.start_token < b and m.end_token > a and m.label in ("PER", "ORG"):
                if quoted_alone(doc, m):
                    of_name = True  # "l'émission "Good Singers" dont …": a title of a work, no one
                    continue
                if m.label == "ORG" and subj.pos_ == "NOUN" and m.start_token > subj.i and _person_head(subj):
                    of_name = True  # "l'ex-conseillère régionale EELV a placé …": the party qualifies her
                    continue
                described = _title_before(doc, m.start_token, lo) if m.label == "ORG" and subj.i == m.start_token else None
                if described is not None:
                    # the same, parsed with the party as the subject and the title apart
                    return (" ".join(doc[described:m.end_token].text.split()), "DESC",
                            _gender_of_words([fold(t.text) for t in doc[described:described + 2]]))
                if m.label == "PER" and doc[m.start_token].dep_ == "appos" and doc[m.start_token].head.i == subj.i:
                    # "Le ministre de la communication Jean X": the name apposed to the subject's noun
                    return (name_of.get(fold(m.text), m.text), m.label, None)
                prev = fold(doc[m.start_token - 1].text) if m.start_token > 0 else ""
                k = m.start_token - 1
                # past the lower-case words naming it and an article: "président de
                # l'Assemblée nationale", "secrétaire générale de la CGT", "la direction du groupe
                # Canal +", "la version du décret du président américain Donald Trump" name the
                # complement of the subject
                while k > a and m.start_token - k <= 4 and (
                        doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")
                        or fold(doc[k].text) in ("l'", "l’", "la", "le", "les") or fold(doc[k].text) in HONORIFICS):
                    k -= 1
                if k >= a and k < m.start_token - 1 and fold(doc[k].text) in ("de", "du", "des", "d'"):
                    prev = "de"
                if prev in ("de", "du", "des", "d'") and m.start_token > a:
                    of_name = True
                    continue
                # (a plural organisation, "Les Voies lyonnaises s'installent", is no "il" or "elle")
                # (an organisation's article gives its gender: "la Section Paloise" is no "il")
                article = fold(doc[m.start_token - 1].text) if m.start_token > lo else ""
                return (name_of.get(fold(m.text), m.text), m.label,
                        _PLURAL if m.label == "ORG" and subj.morph.get("Number") == ["Plur"]
                        else {"la": "f", "le": "m"}.get(article) if m.label == "ORG" else None)
        words = [fold(t.text) for t in doc[a:b]]
        who = ctx.resolve_role(words)
        if who:
            return (who, "PER" if who in persons else "ORG", None)
        if not of_name and subj.pos_ == "NOUN" and _top(subj.head, lo, hi) and len(words) == 2 \
                and (words[0] in ("le", "la") and _PERSON_NOUN.search(words[1])
                     or words[0] == "les" and words[1].endswith("s") and _PERSON_NOUN.search(words[1][:-1])):
            # "Le chauffeur a pris sa retraite." a person the text does not name is the salient one
            # (the gender of "les chauffeurs" is the noun's)
            return (" ".join(doc[a:b].text.split()), "DESC", _gender_of_words(words) or TAGGED_GENDER.get(
                next(iter(subj.morph.get("Gender")), "")))
        if not of_name and subj.pos_ == "NOUN" and _top(subj.head, lo, hi) and subj.i == a + 1 and len(words) >= 2 \
                and words[0] in ("le", "la", "l'", "l’") and _PERSON_NOUN.search(fold(subj.text)) \
                and all(t.pos_ == "ADJ" for t in doc[subj.i + 1:b]):
            # "L'entraîneur nantais a continué son analyse :": likewise, with an elided article
            # or adjectives after the noun
            return (" ".join(doc[a:b].text.split()), "DESC", _gender_of_words(words))
        if not of_name and subj.pos_ == "NOUN" and _top(subj.head, lo, hi) and len(words) > 2 \
                and words[0] in ("le", "la") and all(t.pos_ == "ADJ" for t in doc[a + 1:subj.i]) \
                and (word in ANAPHORIC_HEADS or _PERSON_NOUN.search(word) and _says(subj.head)):
            # "Le candidat de droite à la présidentielle a renouvelé …", "le nouveau maire
            # d'Orléans a montré …": a title (after adjectives too) with its
            # complements is a person too (whom "il" goes on with, not someone named before);
            # so is a person noun with its complements that says something ("Le technicien des
            # Rouge-et-Noir a déploré …")
            return (" ".join(doc[a:b].text.split()), "DESC", _gender_of_words(words[:2]))
        if of_name and subj.pos_ == "NOUN" and words and words[0] in _FEM_DETS | _MASC_DETS | {"l'"} \
                and _top(subj.head, lo, hi) and fold(subj.text) not in ANAPHORIC_HEADS:
            # "La veuve de X a cédé …": the description is the subject, not X
            b = max([b] + [m.end_token for m in mentions if m.start_token < b < m.end_token])  # whole names ("Canal +")
            return (" ".join(doc[a:b].text.split()), "DESC", _gender_of_words(words))
        if subj.pos_ == "NOUN" and _top(subj.head, lo, hi):
            reset = True
    if not reset:
        # "Alors que …, X, expert des Nations unies, qualifie …", parsed with no subject for the
        # main verb: the name apposed to a description right before it
        root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT" and t.pos_ == "VERB"), None)
        first = _apposed_name_before(doc, root, lo, mentions) if root is not None else None
        named = next((m for m in mentions if first is not None and m.start_token == first.i), None) \
            or _name_then_verb(doc, lo, hi, mentions) or _name_before_subjectless_verb(doc, lo, hi, mentions)
        if named is not None:
            return (name_of.get(fold(named.text), named.text), named.label, None)
    if reset:
        # "Les deux listes ont fusionné et X mène désormais une liste", parsed with the name
        # coordinated to the first verb: the person who is the second clause's subject is whom
        # the next sentence goes on with
        named = _name_before_subjectless_verb(doc, lo, hi, mentions, second_clause=True)
        if named is not None:
            return (name_of.get(fold(named.text), named.text), named.label, None)
    return _RESET if reset else None


def _name_then_verb(doc, lo: int, hi: int, mentions):
    """``Maféring Camara est ménagère à Taouyah.``, parsed with no subject (the name cut in
    two): a sentence that opens on a person's name followed by its finite verb (past
    negation and clitics) is about that person. The mention, else None."""
    m = next((m for m in mentions if m.start_token == lo and m.label == "PER"), None)
    if m is None:
        return None
    v = m.end_token
    while v < hi and (fold(doc[v].text) in _PREVERBAL or doc[v].pos_ == "ADV"):
        v += 1
    if v >= hi or doc[v].pos_ not in ("VERB", "AUX") or "Fin" not in doc[v].morph.get("VerbForm"):
        return None
    return m


def _name_before_subjectless_verb(doc, lo: int, hi: int, mentions, second_clause: bool = False):
    """``Après avoir réussi à rassembler sa famille politique, Yann Galut annonçait la couleur``,
    ``Leader de « … », François Blanchard digère le camouflet``, parsed with the name hung on
    the opening phrase and no subject for the verb: a person's name after the comma that closes
    an opening phrase, right before the sentence's first finite verb (past negation, clitics,
    auxiliaries), is its subject. With ``second_clause``, the name after "et", "mais" or
    "puis", right before a finite verb of that clause with no subject. The mention, else
    None."""
    after = ("et", "mais", "puis") if second_clause else (",",)
    # (also a copula's predicate with its finite copula: "…, Aline Guillén, 56 ans, est plus nuancée")
    verbs = [t for t in doc[lo:hi] if (t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") or not second_clause and any(
        c.dep_ == "cop" and "Fin" in c.morph.get("VerbForm") for c in t.children)) and not _in_quotes(doc, t.i, lo)]
    for verb in verbs if second_clause else verbs[:1]:
        if any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in verb.children):
            continue
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ == "cop" and c.i < verb.i])
        for m in mentions:
            if m.label != "PER" or not lo < m.start_token < first or fold(doc[m.start_token - 1].text) not in after:
                continue
            k = m.end_token
            if not second_clause and k < first and doc[k].text == ",":
                # past an apposition between commas with no verb and no other name ("X, 56 ans, est")
                close = next((e for e in range(k + 1, min(first, k + 10)) if doc[e].text == ","), None)
                if close is not None and not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ == "PER" for t in doc[k + 1:close]):
                    k = close + 1
            if all(fold(t.text) in _PREVERBAL or t.pos_ in ("ADV", "AUX") for t in doc[k:first]):
                return m
    return None


def _title_before(doc, k: int, lo: int) -> int | None:
    """``l'ex-conseillère régionale EELV``: the start of a determiner, a person's title and its
    adjectives right before token ``k`` (a party or an organisation that qualifies them), else
    None."""
    j = k - 1
    while j > lo and doc[j].pos_ == "ADJ":
        j -= 1
    if j > lo and doc[j].pos_ == "NOUN" and _person_head(doc[j]) and doc[j - 1].pos_ == "DET":
        return j - 1
    return None


def _person_head(tok) -> bool:
    """A noun that names a person by a title or a trade ("ministre", "ex-conseillère")."""
    word = fold(tok.text)
    word = word[3:] if word.startswith("ex-") else word
    return word in TITLE_HEADS or bool(_PERSON_NOUN.search(word))


#: Words that may stand between an apposition's closing comma and its finite verb
#: (negation, object and reflexive clitics: "X, le procureur, s'est saisi", "ne l'a pas dit").
_PREVERBAL = frozenset({"ne", "n'", "se", "s'", "le", "la", "l'", "les", "lui", "leur", "y", "en", "me", "m'",
                        "nous", "vous"})


def _name_then_apposition(doc, lo: int, hi: int, mentions):
    """``Xavier Dupont, le procureur de Lyon, s'est saisi …``: a sentence opening on a
    person's or organisation's name, then a noun phrase between commas (no verb, no other
    person, no coordination), then the finite verb. The name is the subject, whatever the
    parse made of it. (mention, gender of the apposition's determiner or None), else None."""
    k = lo
    while k < hi and doc[k].is_punct:
        k += 1  # "– Xavier Dupont, …" after a dateline dash
    m = next((m for m in mentions if m.start_token == k and m.label in ("PER", "ORG")), None)
    if m is None or m.end_token >= hi or doc[m.end_token].text != ",":
        return None
    a = m.end_token + 1
    if a >= hi or doc[a].pos_ not in ("DET", "NOUN", "ADJ", "NUM"):
        return None
    b = a
    unclosed = False  # "Assita Bagayoko, la cinquantaine range …": the apposition's closing comma left out
    while b < hi and b - a <= 15 and doc[b].text != ",":
        tok = doc[b]
        if b > a + 1 and tok.pos_ == "VERB" and not tok.is_title and "Fin" in tok.morph.get("VerbForm") \
                and doc[b - 1].pos_ in ("NOUN", "ADJ") and doc[b - 1].is_lower and not tok.text.endswith("ant"):
            unclosed = True
            break
        if tok.is_punct and tok.text not in ("-", "'", "’", "(", ")") or tok.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") \
                and not (tok.pos_ == "VERB" and tok.is_title and b > a) \
                or fold(tok.text) in ("qui", "que", "dont", "et", "ou"):
            return None  # (a capitalised word inside the phrase is a name the tagger calls a verb:
        b += 1           # "vendeuse de condiments à Faladiè Séma")
    if unclosed and m.label == "PER":
        words = [fold(t.text) for t in doc[a:b]]
        if len(words) > 1 and words[1].endswith("aine"):
            return m, None  # ("la cinquantaine": an age, no gender)
        return m, "f" if words[0] in ("la", "une", "cette") else "m" if words[0] in ("le", "un", "ce", "cet") else None
    if b >= hi or doc[b].text != "," or b == a:
        return None
    if any(a <= n.start_token < b and n.label == "PER" and not (n.start_token > a and doc[n.start_token - 1].pos_ == "ADP")
           for n in mentions):
        return None  # "X, Y et Z": a list of people, not an apposition (a name after a preposition is a complement)
    v = b + 1
    while v < hi and (fold(doc[v].text) in _PREVERBAL or doc[v].pos_ == "ADV"):
        v += 1
    if v >= hi or doc[v].pos_ not in ("VERB", "AUX") or "Fin" not in doc[v].morph.get("VerbForm"):
        return None
    words = [fold(t.text) for t in doc[a:b]]
    gender = "f" if words[0] in ("la", "une", "cette") else "m" if words[0] in ("le", "un", "ce", "cet") else None
    return m, gender


def _past_fronted_adverbial(doc, lo: int, hi: int, mentions) -> int | None:
    """The token after the comma closing a short adverbial phrase that opens the sentence
    ("Un peu plus loin,", "Ce matin,", "À Dakar,": at most five words, no verb, no person or
    organisation named), else None."""
    comma = next((k for k in range(lo + 1, min(hi, lo + 6)) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= hi or any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in doc[lo:comma]):
        return None
    if any(lo <= m.start_token < comma and m.label in ("PER", "ORG") for m in mentions):
        return None
    return comma + 1


def _past_brackets(doc, k: int, hi: int) -> int:
    """Index after a short bracketed group without a verb that opens at ``k`` ("l'Union
    générale du travail (UGTT), X, …": the acronym belongs to the description), else ``k``."""
    if k >= hi or doc[k].text != "(":
        return k
    for j in range(k + 1, min(hi, k + 8)):
        if doc[j].text == ")":
            return j + 1
        if doc[j].pos_ in ("VERB", "AUX") or doc[j].text in ("(", ",", ".", ";", ":"):
            return k
    return k


def _description_then_name(doc, lo: int, hi: int, mentions):
    """``Le président de l'Association …, Nicolas T., assistant de …, a pris la défense
    de …``, parsed with no subject: a sentence opening on a described noun phrase (no
    verb, no punctuation) followed by a person's name between commas; the name is the
    subject. (mention, None) or None; only when the parse gives the main clause no subject
    but the partitive pronoun opening the description ("Un des chefs du groupe, X, a …")."""
    root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
    partitive = doc[lo].pos_ == "PRON" and fold(doc[lo].text) in ("un", "une") \
        and lo + 1 < hi and fold(doc[lo + 1].text) in ("des", "de", "d'", "d")  # "Un des chefs du groupe, X, …"
    if root is None or doc[lo].pos_ != "DET" and not partitive:
        return None
    k = lo + 1
    while k < hi and k - lo <= 15 and not (doc[k].is_punct and doc[k].text not in ("'", "’", "-")):
        if doc[k].pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") and not _present_participle(doc[k]):
            return None  # (a present participle qualifies the noun: "Une voisine partageant la même situation")
        k = _past_brackets(doc, k + 1, hi)
    if k >= hi or doc[k].text != ",":
        return None
    if any(c.dep_.startswith("nsubj") and not (partitive and c.i == lo) for c in root.children):
        return None  # the partitive pronoun the parse makes the subject is the description's head
    j = k + 1
    while j < hi and fold(doc[j].text) in HONORIFICS:
        j += 1  # "…, Mme Sow, enseignante, …"
    m = next((m for m in mentions if m.start_token == j and m.label == "PER"), None)
    if m is None or m.end_token >= hi or doc[m.end_token].text != ",":
        return None
    return m, None


def _name_quant_a(doc, lo: int, hi: int, mentions):
    """``Xavier Dupont, quant à lui, s'insurge …``: a sentence opening on a name, then
    "quant à" and a stressed pronoun between commas, then the finite verb: the name is the
    subject, of the pronoun's gender. (mention, gender) or None."""
    m = next((m for m in mentions if m.start_token == lo and m.label in ("PER", "ORG")), None)
    a = m.end_token if m is not None else hi
    if a + 5 >= hi or doc[a].text != "," or [fold(t.text) for t in doc[a + 1:a + 3]] != ["quant", "a"] \
            or fold(doc[a + 3].text) not in _STRESSED or doc[a + 4].text != ",":
        return None
    v = a + 5
    while v < hi and (fold(doc[v].text) in _PREVERBAL or doc[v].pos_ == "ADV"):
        v += 1
    if v >= hi or doc[v].pos_ not in ("VERB", "AUX") or "Fin" not in doc[v].morph.get("VerbForm"):
        return None
    return m, "f" if fold(doc[a + 3].text).startswith("elle") else "m"


def _closing_person(doc, lo: int, hi: int, mentions, name_of, persons) -> str | None:
    """The person whose name is the sentence's last noun ("… prêté par une connaissance,
    Mohammed."): what "ce dernier" / "celui-ci" opening the next sentence designates."""
    last = next((t for t in reversed(doc[lo:hi]) if t.pos_ in ("NOUN", "PROPN")), None)
    if last is None:
        return None
    m = next((m for m in mentions if m.start_token <= last.i < m.end_token), None)
    if m is None or m.label != "PER":
        # "… ont fait bondir Gérald T., le chef sortant de l'hôtel de ville de Montréal.": the
        # name may end the sentence before its description
        m = next((m for m in mentions if m.label == "PER" and m.end_token + 2 < hi
                  and doc[m.end_token].text == "," and _description_to_end(doc, m.end_token + 1, hi, mentions)), None)
        if m is None:
            return None
    elif any(t.pos_ in ("NOUN", "PROPN") or t.is_alpha for t in doc[m.end_token:hi]):
        return None
    name = name_of.get(fold(m.text), m.text)
    return name if name in persons else None


def _description_to_end(doc, a: int, hi: int, mentions) -> bool:
    """True when the words from ``a`` to the sentence's end are a description of a person: a
    person noun (after a determiner, or a title without one), then no verb, pronoun,
    punctuation or other person's name."""
    end = hi
    while end > a and doc[end - 1].is_punct:
        end -= 1
    head = a + 1 if doc[a].pos_ == "DET" else a  # ("X, président de la Fnsea 79.": a title needs no article)
    if end - a < 2 or head == a and not doc[a].is_lower or not (
            fold(doc[head].text) in ANAPHORIC_HEADS or _PERSON_NOUN.search(fold(doc[head].text))):
        return False
    return not any(t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ") or t.is_punct and t.text not in ("'", "’", "-")
                   for t in doc[a:end]) and not any(m.label == "PER" and a <= m.start_token < end for m in mentions)


def _main_people(doc, lo: int, hi: int, mentions, name_of, persons) -> set[str]:
    """The people named as subjects of the sentence's main clause and of the clauses
    coordinated with it."""
    root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
    if root is None:
        return set()
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    subjects = [c for v in verbs for c in v.children if c.dep_.startswith("nsubj")]
    # "X finit par réagir et Y flanche", parsed with Y conjoined to a verb: a clause's subject
    subjects += [t for t in doc[lo:hi] if t.dep_ == "conj" and t.pos_ == "PROPN" and t.head.pos_ == "VERB"]
    found = set()
    for c in subjects:
        for m in mentions:
            if m.label == "PER" and m.start_token <= c.i < m.end_token:
                name = name_of.get(fold(m.text), m.text)
                if name in persons:
                    found.add(name)
    return found


def _classified(docs, spans, name_of) -> dict[str, str]:
    """Classifier noun → the one organisation it introduces ("l'association Médecins du
    monde" → association: Médecins du monde); a noun introducing two names is dropped."""
    found: dict[str, set[str]] = {}
    for doc, mentions in zip(docs, spans):
        for m in mentions:
            if m.label not in ("ORG", "MISC") or m.start_token == 0:
                continue
            noun = fold(doc[m.start_token - 1].text)
            if noun in CLASSIFIER_TYPES or noun in ORG_HEADS:
                found.setdefault(noun, set()).add(name_of.get(fold(m.text), m.text))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


_DASH_LINE = re.compile(r"^\s*[—–]\s*(?P<who>[^«»\"“”]{2,80}?)\s*$")
#: The same signature after the quotation, on its line: a dash (a hyphen between spaces),
#: then a name opening on a capital, to the paragraph's end.
_DASH_AFTER = re.compile(r"^\s*\.?(?:\s*[—–]|\s+-)\s+(?P<who>[A-ZÀ-Þ][^«»\"“”]{1,79}?)\s*\.?\s*$")



_LABEL_DESCRIPTION_TOKENS = 14
_LABEL_STOPS = frozenset({",", ";", "«", "»", "“", "”", "\"", "(", ")"})


def _name_label(doc, lo: int, hi: int, mentions, name_of=None, persons=(), where_ok: bool = True) -> tuple[int, int] | None:
    """``Samuel Delale (Indre) :``, ``Stéphane Moulin (entraîneur d'Angers SCO) :``: tokens lo..hi
    (up to a colon) that are only a person's name, then perhaps a bracket; the name's range.
    ``Paul Girard, maraîcher à Nérac :``: the name may also be followed by a comma and a
    description without a verb of its own (a clause there makes the line a sentence), or by
    where the person is (``Guy Savoy à Paris :``; ``where_ok``, not for a name inside a phrase). A
    mention the tagger did not type as a person counts when the article names that person
    elsewhere (``name_of`` and ``persons``)."""
    end = hi
    while end > lo and (doc[end - 1].text in (":", "«", "“", "\"") or doc[end - 1].is_space):
        end -= 1
    if end > lo and doc[end - 1].text in (")", "):"):  # the tokenizer may glue the colon on
        opening = next((k for k in range(end - 2, lo, -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        end = opening
    # (an organisation's name too, and a person's the tagger typed as one: "Rochelle Squires : « … »")
    name = next(((m.start_token, m.end_token) for m in mentions
                 if m.start_token == lo and m.end_token <= end and (
                     m.label in ("PER", "ORG") or name_of is not None and name_of.get(fold(m.text), m.text) in persons)),
                None)
    if name is None or name[1] == end:
        return name
    k, bracketed = name[1], False
    while k < end - 1 and doc[k].is_space:
        k += 1  # ("Guy Savoy  à Paris :", typed with two spaces)
    if doc[k].text == "(":
        # "Alexander Kristoff (NOR - UAE Emirates), vainqueur :", "Peter Sagan (SLK) 8e :": a
        # bracket after the name, then the description
        close = next((j for j in range(k + 1, end) if doc[j].text == ")"), None)
        if close is None or close + 1 == end:
            return None
        k, bracketed = close + 1, True
    # ("Guy Savoy à Paris :", "Jean-Luc Tartarin au Havre :": where the person is, no verb)
    where = where_ok and fold(doc[k].text) in ("a", "au", "aux") and doc[k].pos_ == "ADP"
    described = doc[k + 1:end] if doc[k].text == "," else doc[k:end] if bracketed or where else None
    if described is not None and 0 < len(described) <= _LABEL_DESCRIPTION_TOKENS and not any(
            "Fin" in t.morph.get("VerbForm") or t.text in _LABEL_STOPS for t in described):
        return name
    return None


def _name_then_colon_verb(doc, lo: int, hi: int, mentions) -> tuple[int, int] | None:
    """``…, Yves Leperlier alerte : « … »``, parsed with the verb as a word of the name: a
    person's name opening the clause (the sentence's start or after a comma), then one
    lower-case word with a verb's ending, then the colon; the name's range, else None."""
    end = hi
    while end > lo and (doc[end - 1].text in (":", "«", "“", "\"") or doc[end - 1].is_space):
        end -= 1
    if end - 1 <= lo or end >= len(doc) or doc[end].text != ":":
        return None
    word = doc[end - 1]
    if not (word.is_alpha and word.is_lower and word.pos_ in ("NOUN", "ADJ", "VERB")
            and re.search(r"(?:e|t|d|ent)$", word.text)):
        return None
    m = next((m for m in mentions if m.end_token == end - 1 and m.label == "PER"), None)
    if m is None or not (m.start_token == lo or doc[m.start_token - 1].text == ","):
        return None
    return m.start_token, m.end_token


def _after_colon(doc, lo: int, start: int, mentions, namer, ctx, name_of, persons) -> str | None:
    """Rule 5, a quotation after a colon: the owner of a noun of speech ("Les
    propos du ministre X sont :"), the owner of a noun of information, a
    passive agent, else the subject of the clause that announces it ("Elle se
    présente comme la seule … : « Moi, … »"); a name alone before the colon
    ("Samuel Delale (Indre) : « … »")."""
    label = _name_label(doc, lo, start, mentions, name_of, persons) or _name_then_colon_verb(doc, lo, start, mentions)
    if label:
        return namer.name(doc, *label, mentions, ctx)[0]
    speaker = _speech_owner(doc, lo, start, mentions, namer, ctx)
    for find in (_source_before_colon, _agent_before_colon,
                 lambda doc, lo, start: _for_whom_before_colon(doc, lo, start, mentions)):
        if speaker is not None:
            return speaker
        found = find(doc, lo, start)
        if found:
            speaker = namer.name(doc, found[0], found[1], mentions, ctx)[0]
    if speaker is not None:
        return speaker
    root = next((t for t in doc[lo:start] if t.pos_ == "VERB" and ("Fin" in t.morph.get("VerbForm") or "Part" in t.morph.get(
        "VerbForm") and not _e_ending(t) and not _present_participle(t))), None)  # ("avertit" read as a participle)
    subj = None
    if root is not None and _says(root):
        subj = _subject_of(root)
        if subj is None and root.dep_ == "acl" and root.head.i == root.i - 1 and root.head.pos_ == "NOUN":
            subj = root.head  # ("Le juge avertit …" parsed with "avertit" qualifying "juge")
    if subj is not None and lo <= subj.i < root.i and subj.dep_ != "nsubj:pass" and fold(subj.text) not in _PRONOUNS:
        # "Le juge avertit son auditoire : « … »": the subject of a verb of saying before the
        # colon, when it designates someone (a name, a title, a noun of a person)
        a, b = _np_of_subject(subj)
        if _designates_someone(doc, max(a, lo), b, mentions):
            return namer.name(doc, max(a, lo), b, mentions, ctx)[0]
    subject = _main_subject(doc, lo, start, mentions, name_of, ctx, persons)
    if subject is None:
        # "De quoi réjouir les grévistes, comme Rim Kefi, responsable syndicale : « … »", "C'est
        # le cas d'Adnene B., fonctionnaire : « … »": a clause with no subject designating anyone,
        # whose last words before the colon are a person's name and its description
        label = _name_label_before_colon(doc, lo, start, mentions, name_of, persons)
        if label:
            return namer.name(doc, *label, mentions, ctx)[0]
        colon = _back_to(doc, start - 1, lo, ":")
        if lo < colon <= lo + 6 and doc[colon].text == ":" and not any(
                t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in doc[lo:colon]) \
                and not any(m.start_token < colon and m.end_token > lo for m in mentions) \
                and ctx.last_subject and ctx.last_subject[0] in persons and not ctx.ambiguous:
            # "X envisage d'ouvrir … . Sans grande conviction : « … »": a short phrase with no verb
            # and no one in it, before the colon, goes on with the person the sentence before is about
            return ctx.last_subject[0]
        return None
    return subject[0] if subject is not _RESET else None


def _name_label_before_colon(doc, lo: int, start: int, mentions, name_of, persons):
    """The name range of a person's name ending the text before the colon, alone or with a
    comma and a description without a verb of its own (``_name_label`` from that name)."""
    for m in mentions:
        # (a person's name, and an apposition after it, not a complement: "Al-Qaïda, dans un
        # communiqué publié sur Telegram :" labels nothing)
        if lo < m.start_token < start and (m.label == "PER" or name_of.get(fold(m.text), m.text) in persons) \
                and not (m.end_token + 1 < start and doc[m.end_token].text == "," and doc[m.end_token + 1].pos_ == "ADP"):
            label = _name_label(doc, m.start_token, start, [m], name_of, persons, where_ok=False)
            if label:
                return label
    return None


def article_quotes(
    article: Article, docs, entities: tuple[Entity, ...], name_of: dict[str, str], spans=None
) -> tuple[Quote, ...]:
    namer = _Namer(entities, name_of)
    persons = {e.name for e in entities if e.type == "PER"}
    if spans is None:
        spans = article_spans(docs)
    ctx = _Context(
        genders=person_genders(docs, spans, name_of, persons),
        roles={e.name: fold(e.role) for e in entities if e.type == "PER" and e.role},
        classified=_classified(docs, spans, name_of),
        persons=frozenset(persons),
    )
    labels = {e.name: e.type for e in entities}
    out: list[Quote] = []
    paragraphs = list(article.paragraphs)
    announced = None  # speaker of a previous paragraph ending on a colon that announces a quotation
    carried = None  # speaker of the quotation that closes the previous paragraph
    for n, (para, doc, mentions) in enumerate(zip(paragraphs, docs, spans)):
        last_sentence = None
        last_found: list[Quote] = []  # the quotations of the paragraph's last sentence
        last_short: list[Quote] = []  # its quotations too short to stand without a speaker
        title_end = -1  # the closing mark of the last quoted title
        text = para.text
        quotes = find_quote_spans(text, continued=n + 1 < len(paragraphs)
                                  and paragraphs[n + 1].text.lstrip().startswith(("«", '"', "“")))
        ctx.person_in_paragraph = None
        ctx.paragraph = n
        # a paragraph that is one quotation, signed on the next line: "« … »" / "— Service de presse"
        signed = None
        if len(quotes) == 1 and quotes[0].start == 0:
            # (or on its own line, after a dash: "« … » – Amadou Diop", "« … ». - X, directeur …")
            m = (_DASH_LINE.match(paragraphs[n + 1].text) if n + 1 < len(paragraphs) else None) \
                if quotes[0].end >= len(text.rstrip(" .")) else _DASH_AFTER.match(text[quotes[0].end:])
            if m:
                who = m.group("who").strip(" .")
                # "— Jennifer Psaki , directrice de la communication …": the name before the
                # comma, when it is a name of the article, signs; its description does not
                named = who.split(",")[0].strip()
                signed = name_of.get(fold(who)) or (name_of.get(fold(named)) if "," in who else None) or who
        para_quotes: list[tuple[Quote, bool]] = []  # (quote, attributed after it)
        voice = None  # speaker of the paragraph's last quotation, quoted words included
        source = None  # speaker of the paragraph's previous sentence
        introduced = None  # the person the paragraph's previous sentence is about (its named subject)
        opening_quote = False  # the paragraph's previous sentence opened it and was one quotation
        asked = False  # the paragraph's previous sentence is a question of the writer's
        for s_start, s_end in ((s.start, s.end) for s in split_sentences(text, quotes)):
            sent = doc.char_span(s_start, s_end, alignment_mode="expand")
            if sent is None:
                continue
            lo, hi = sent.start, sent.end
            last_sentence = (lo, hi)
            in_sent = [q for q in quotes if s_start <= q.start < s_end]
            first_q = in_sent[0].start if in_sent else s_end
            early = [m for m in mentions if lo <= m.start_token < hi and m.end <= first_q and m.label in ("PER", "ORG")]
            ctx.possessed.update(_possessed_heads(doc, lo, hi, mentions))
            topic = _topic_first(doc, lo, hi, mentions)
            if topic is not None:
                # "Quant au député Alain Aoun, il a estimé que …": the pronoun after the topic
                # the sentence opens on stands for it
                ctx.last_subject = (name_of.get(fold(topic.text), topic.text), topic.label, None)
                ctx.ambiguous = False
            for m in early:
                ctx.recent.append((name_of.get(fold(m.text), m.text), m.label))
                ctx.oblique[name_of.get(fold(m.text), m.text)] = complement_mention(doc, m)
                ctx.predicate[name_of.get(fold(m.text), m.text)] = _predicate_mention(doc, m)
                ctx.passing[name_of.get(fold(m.text), m.text)] = _no_subject(doc, m)
            found: list[Quote] = []
            short: list[Quote] = []
            back = _back_attribution(doc, lo, hi, mentions, namer, ctx) if last_found or last_short else None
            pointing = _pointing_back(doc, lo, hi)
            if back is None and (last_found or last_short) and pointing:
                # "« … ». C'est par ces mots que X a salué …": the subject of the clause
                back = _pointed_back_speaker(doc, pointing, hi, mentions, namer, ctx, name_of, persons)
            if back is None and (last_found or last_short) and not in_sent:
                # "« … » Le constat de X est sans appel.": the owner of the words or view
                back = _owner_after(doc, lo, hi, mentions, namer, ctx)
            if back and not _is_fragment(back) and not _is_journalist(back, entities):
                # "« … » C'est ce qu'a déclaré X.": the sentence after a quotation says whose it was
                for k, qt in enumerate(last_found):
                    if qt.speaker is None and qt.kind == "direct":
                        fixed = Quote(qt.text, back, qt.paragraph, qt.kind)
                        out[out.index(qt)] = fixed
                        para_quotes[:] = [(fixed if p is qt else p, a) for p, a in para_quotes]
                        last_found[k] = fixed
                # ("«C'est juste incroyable!» Tels sont les mots prononcés par X": a quotation too
                # short to stand without a speaker stands with the one the next sentence gives)
                out.extend(Quote(qt.text, back, qt.paragraph, qt.kind) for qt in last_short)
            own = _own_source(doc, lo, hi)
            for q in in_sent:
                span = doc.char_span(q.start, q.end, alignment_mode="expand")
                if span is None:
                    continue
                inner = q.inner(text)
                ctx.first_person = _speaks_as_i(inner)
                before = text[s_start:q.start].strip(" -–—")
                kind = "direct" if (not before or before.endswith(":")) else "partial"
                if kind == "partial" and _quoted_title(doc, span, inner, title_end):
                    title_end = span.end - 1
                    continue  # "le candidat « Les Républicains »": a name, nobody's words
                speaker = signed
                speaker_given = signed is not None
                # "X a réagi : « … », a-t-il écrit": a pronoun in the incise first designates the
                # subject of the clause that opens the sentence
                pre = _main_subject(doc, lo, span.start, mentions, name_of, ctx, persons) \
                    if span.start > lo and not speaker else None
                saved = ctx.last_subject
                if pre and pre is not _RESET and (pre[0] in persons or pre[1] == "DESC"):
                    # (or a person the text describes: "le président des commerçants a un
                    # argument : « … », pointe-t-il")
                    ctx.last_subject = pre
                # "« Avez-vous un problème avec l'alcool ? » « Non », répond le prévenu": a question
                # followed right away by another quotation is one turn of a dialogue, the incise
                # after the answer is the answer's
                asked_then_answered = inner.rstrip().endswith("?") and text[q.end:s_end].lstrip()[:1] in _OPENING_MARKS
                tail = None if speaker or asked_then_answered else _tail_attribution(doc, span.end, hi, mentions, namer, ctx)
                ctx.last_subject = saved
                if tail is None and not speaker and (after := _pointing_back(doc, span.end, hi)):
                    # "« … », voilà comment X a réagi": the subject of the clause that points back
                    who = _pointed_back_speaker(doc, after, hi, mentions, namer, ctx, name_of, persons)
                    tail = (who, span.end) if who else None
                if tail is None and not speaker:
                    # "« … », c'est l'une des phrases fortes du président X": whose words they are
                    who = _cest_words_of(doc, span.end, hi, mentions, namer, ctx)
                    tail = (who, span.end) if who else None
                if tail is None and not speaker:
                    agent = _agent_after(doc, span.end, hi, lo, span.start)
                    if agent:
                        who = namer.name(doc, agent[0], agent[1], mentions, ctx)[0]
                        tail = (who, span.end) if who else None
                if tail is not None:
                    speaker = tail[0]
                    if kind == "partial" and tail[0]:
                        # "L'usine a confirmé un « … », rappelle le quotidien": the quoted words
                        # are those of the subject of the verb of saying they are the object
                        # of; the incise's subject relays them
                        speaker = _uttered_by(doc, lo, span.start, span.end, mentions, namer, ctx) or speaker
                    if tail[0] and _SOURCE_OPENING.match(before) and before.endswith(",") \
                            and fold(before.split()[-1].strip(",")) not in _STRESSED:
                        # "Selon le surveillant de la faune, « … », rapporte X": the words are the
                        # source's; the incise's subject relays them
                        speaker = _head_attribution(doc, lo, span.start, mentions, namer, ctx, allow_pour=False) or speaker
                if speaker is None and not speaker_given:
                    speaker = _incise_inside(doc, span.start, span.end, mentions, namer, ctx)
                said = _incise_before(doc, lo, span.start, ctx, _main_subject(
                    doc, lo, span.start, mentions, name_of, ctx, persons)) if speaker is None and not speaker_given else None
                if said:
                    # "Et cette agonie, dit-il, « est due … »": an incise between commas before it
                    # says who speaks (a pronoun with no referent leaves the speaker unknown: not
                    # the sentence's subject, "cette agonie")
                    speaker = said[0]
                if speaker is None:
                    speaker = _coordinated_speaker(doc, lo, span.start, mentions, namer)
                if speaker is None and kind == "partial":
                    speaker = _cleft_speaker(doc, lo, span, hi, mentions, namer, ctx)
                inner_tok = span[1] if len(span) > 2 else span[0]
                if speaker is None:
                    # "Météo France pour qui « … »", "le ministre X, selon lequel « … »": whose view it is
                    speaker = _source_relative(doc, lo, span.start, mentions, namer, ctx)
                if speaker is None:
                    speaker = _head_attribution(doc, lo, span.start, mentions, namer, ctx, allow_pour="someone")
                    if speaker is not None:
                        # "Selon des témoins, il aurait crié « … »": the source reports what the
                        # subject of the verb of saying that governs the quotation said
                        speaker = _uttered_by(doc, _head_end(doc, lo, span.start), span.start, span.end,
                                              mentions, namer, ctx) or speaker
                # "X, le président sortant, a tenu une conférence durant laquelle il a déclaré que
                # « … »": a pronoun after the sentence's own main subject, a person, stands for it
                named_at = next((m.start_token for m in mentions if lo <= m.start_token < span.start and pre
                                 and pre is not _RESET and name_of.get(fold(m.text), m.text) == pre[0]), None)
                pronoun_at = next((t.i for t in doc[lo:span.start] if fold(t.text) in _PRONOUNS), None)
                # (the name comes before the pronoun: "Il estime que X a bien fait …" is not X's)
                salient = pre[0] in persons and named_at is not None and (pronoun_at is None or pronoun_at > named_at) \
                    if pre and pre is not _RESET else False
                if salient:
                    saved, ctx.last_subject = ctx.last_subject, pre
                # "… quand elle disait vouloir devenir footballeuse – « Mais non Amandine, ça
                # n'existe pas ! » – avait 18 ans": a quotation between dashes is an aside, no
                # clause's words, wherever the parse hangs it
                aside = span.start > lo and doc[span.start - 1].text in ("–", "—") \
                    and span.end < len(doc) and doc[span.end].text in ("–", "—")
                if speaker is None and not aside:
                    speaker = _verb_subject_speaker(doc, lo, span.start, mentions, namer, ctx, quote_tok=inner_tok)
                if speaker is None:
                    speaker = _selon_incise(doc, lo, span.start, mentions, namer, ctx)
                if speaker is None and kind == "partial" and not aside:
                    speaker = _clause_subject(doc, span[0], lo, hi, mentions, namer, ctx, (span.start, span.end))
                if salient:
                    ctx.last_subject = saved
                if speaker is None:
                    speaker = _selon_before(doc, lo, span.start, mentions, namer, ctx)
                if speaker is None:
                    speaker = _selon_apposed_before(doc, lo, span.start, mentions, namer, ctx)
                if speaker is None and found and found[-1].speaker and found[-1].kind != "reported":
                    # "EDF précise qu'« … » et qu'il « … », ajoutant qu'il n'y a « … »": one voice
                    # runs through the sentence until someone else is named
                    prev_end = text.rfind(found[-1].text, s_start, q.start) + len(found[-1].text)
                    if prev_end > s_start and not any(
                            prev_end <= m.start < q.start and m.label in ("PER", "ORG")
                            and name_of.get(fold(m.text), m.text) != found[-1].speaker for m in mentions):
                        speaker = found[-1].speaker
                if speaker is None and not before and span.end + 1 < hi and doc[span.end].text == ":":
                    # "« … » : c'est ainsi que X résume la situation": the verb of saying after the colon
                    speaker = _verb_subject_speaker(doc, span.end + 1, hi, mentions, namer, ctx)
                if speaker is None and before.endswith(":"):
                    # "Et le ministre X d'abonder : « … »": the narrative infinitive's subject
                    np = _narrative_subject(doc, lo, span.start)
                    speaker = namer.name(doc, np[0], np[1], mentions, ctx)[0] if np else None
                if speaker is None and (before.endswith(":") and _narrative_infinitive(doc, lo, span.start)
                                        or _narrative_infinitive(doc, lo, span.start, that=True)):
                    # "« … », a-t-il indiqué. Avant d'ajouter : « … »": an infinitive of saying
                    # without a subject goes on with the voice of the quotation before it
                    speaker = voice or (carried if not any(qt.text for qt in found) else None)
                if speaker is None and before.endswith(":"):
                    speaker = _after_colon(doc, lo, span.start, mentions, namer, ctx, name_of, persons)
                if speaker is None and not before and q.start == 0 and announced:
                    # "X précise :" ¶ "« … »": a paragraph opening on a quotation after one ending on a colon
                    speaker = announced
                if speaker is None and q.start == 0 and carried and not _quoted_heading(text, q) and (
                        q.end >= len(text.rstrip(" .")) or not text[q.end:s_end].strip(" .") and s_start == 0):
                    # "« … », a déclaré X." ¶ "« … »": a paragraph that is one quotation and nothing
                    # else (or opens on a sentence that is one) goes on with the voice of the
                    # quotation closing the paragraph before
                    speaker = carried
                if speaker is None and not before and not text[q.end:s_end].strip(" .,;!?") and introduced \
                        and not last_found:
                    # "X, un pilote présent, avait tenté de le prévenir. « Ce n'était pas … »": a
                    # sentence that is one quotation right after a sentence whose subject is a named
                    # person (and no quotation) gives that person's words
                    # (the voice of an earlier quotation of the paragraph gives way to it)
                    speaker = introduced
                if speaker is None and not before and not text[q.end:s_end].strip(" .,;!?") and asked \
                        and (voice or carried):
                    # "Comment se portent les habitants ? « Il n'y a pas eu de victimes. »": in an
                    # interview, the answer after the writer's question is the voice the
                    # paragraph (or the one before) has been quoting
                    speaker = voice or carried
                if speaker is None and not before and not text[q.end:s_end].strip(" .,;!?") and voice \
                        and not (ctx.first_person and not _could_say_i(voice, labels)):
                    # (words in the first person singular go on with someone, not with a thing or an
                    # organisation that spoke before: "à en croire le déroulé de l'étape, … « J'ai crevé »")
                    # a quotation standing alone right after another one goes on with the same voice
                    # (also after a quoted word: "X a qualifié les frappes d'« agression ». « … »")
                    speaker = voice
                if speaker is None and before and not aside:
                    # "C'est ce qu'a annoncé X, soulignant que « … »": a claim made of the quotation
                    # (no row of its own: it says no more than the quotation) gives it its speaker
                    claim = _said_that(_Sentence(doc, lo, hi, para.id, mentions, namer, ctx, entities))
                    if claim is not None and inner in claim.text and not _says_more(claim.text) and claim.speaker \
                            and (claim.speaker in labels or fold(claim.speaker).split()[0] in _DESCRIPTION_OPENERS):
                        speaker = claim.speaker  # (a name, or a description: not "Ému", "celui", "Ce revirement")
                if speaker is None and source and _conditional(doc, lo, hi):
                    # "…, a rapporté le journal. Ils auraient été « … »": the conditional relays it
                    speaker = source
                if _is_fragment(speaker) or own or said and said[0] is None:
                    speaker = None
                if kind == "partial" and len(inner.split()) < 2:
                    voice = speaker
                    continue  # a scare-quoted word, not a quotation
                if speaker is None and len(inner.split()) < 4:
                    if kind == "direct":
                        short.append(Quote(inner, None, para.id, kind))
                    continue
                if _is_journalist(speaker, entities):
                    continue
                found.append(Quote(inner, speaker, para.id, kind))
                para_quotes.append((found[-1], tail is not None and tail[0] is not None))
                voice = speaker
                if speaker and labels.get(speaker) in ("PER", "ORG"):
                    ctx.last_subject = (speaker, labels[speaker], None)
                elif speaker and speaker not in labels and tail is not None \
                        and fold(speaker).split()[0] in ("le", "la", "l'"):
                    # "« … », a indiqué le ministre, mais « … », a-t-il ajouté": the person a
                    # description names in an incise is whom the next pronoun goes on with
                    ctx.last_subject = (speaker, "DESC", _gender_of_words([fold(w) for w in speaker.split()[:2]]))
            ctx.first_person = False
            # reported speech is kept as its whole sentence: never a fragment starting mid-sentence;
            # in a sentence with quotation marks, only when the claim says more than its quotations
            # (put first: the voice of the sentence's quotations is what the next sentences go on with)
            whole = text[s_start:s_end].strip()
            # (a sentence of two main clauses with a source each: each clause, whole, from its source)
            ctx.sentence_subject = _main_subject(doc, lo, hi, mentions, name_of, ctx, persons, reading=True)
            found[:0] = [Quote(q.text if q.kind == _CLAUSE else whole, q.speaker, q.paragraph, "reported")
                         for q in _reported(doc, lo, hi, para.id, mentions, namer, ctx, entities, bool(in_sent))
                         if not _is_fragment(q.speaker) and not own
                         and pointing is None]  # ("C'est par ces mots que X a salué …")
            ctx.sentence_subject = None
            claims = [qt for qt in found if qt.kind == "reported" and qt.speaker]
            claim_said = _said_that_from(_Sentence(doc, lo, hi, para.id, mentions, namer, ctx, entities)) \
                if len(claims) == 1 and any(qt.kind == "partial" and qt.speaker is None for qt in found) else (None, hi, None)
            if claim_said[0] is not None and claim_said[0].speaker == claims[0].speaker:
                # "X ont déclaré qu'ils demanderaient …, estimant avoir « le vent en poupe »": a
                # quoted phrase with no speaker of its own, in what the verb of saying introduces
                # (after it, no second main clause between: not "…, tandis que Y s'« indigne »"),
                # is the words of the verb's subject
                claim_start = doc[claim_said[1]].idx if claim_said[1] < len(doc) else len(doc.text)
                claim_joints = [doc[e].idx for e, _ in _clause_joints(doc, lo, hi)] + [
                    t.idx for t in doc[claim_said[1]:hi] if fold(t.text) in ("tandis", "mais", ";", "alors", "pendant")]
                for kq, qt in enumerate(found):
                    at_char = doc.text.find(qt.text, claim_start)
                    if qt.kind == "partial" and qt.speaker is None and at_char >= 0 and at_char < doc[hi - 1].idx + len(doc[hi - 1]) \
                            and not any(claim_start <= j < at_char for j in claim_joints):
                        fixed = Quote(qt.text, claims[0].speaker, qt.paragraph, qt.kind)
                        para_quotes[:] = [(fixed if p is qt else p, a) for p, a in para_quotes]
                        found[kq] = fixed
            if found and all(qt.kind == "reported" for qt in found) and found[-1].speaker:
                # "« … ». Plus vite nous le faisons …, explique Ueli Maurer. « … »": reported speech
                # between two quotations is the voice the next one goes on with
                voice = found[-1].speaker
            for qt in found:
                if qt.speaker:
                    ctx.last_speaker = qt.speaker
                    if qt.speaker in persons:
                        ctx.last_named_speaker = qt.speaker
            spoken = next((qt.speaker for qt in reversed(found) if qt.speaker), None)
            source = spoken
            # "X finit par réagir et Y flanche": two people are subjects of the main clauses;
            # a pronoun in the next sentences cannot tell them apart
            ctx.ambiguous = not spoken and len(_main_people(doc, lo, hi, mentions, name_of, persons)) > 1
            if spoken:
                label = labels.get(spoken, "DESC")
                if label == "MISC" and len(spoken.split()) >= 2 and all(w[:1].isupper() for w in spoken.split()):
                    # a name of two capitalised words the tagger could not type ("Hermione Way"),
                    # having spoken, designates someone (not "le Métro": one word, an organisation's)
                    label = "DESC"
                if spoken not in labels:
                    ctx.note_description(spoken)
                ctx.last_subject = (spoken, "PER" if label == JOURNALIST else label,
                                    _gender_of_words([fold(w) for w in spoken.split()[:1]]))
            introduced = None
            designated = spoken
            if not spoken:
                subject = _main_subject(doc, lo, hi, mentions, name_of, ctx, persons)
                designated = subject[0] if subject and subject is not _RESET else None
                if subject is _RESET:
                    ctx.last_subject = None
                elif subject:
                    ctx.last_subject = subject
                    negated = _negated_root(doc, lo, hi)
                    if negated:
                        # "L'administrateur n'avait pas souhaité s'expliquer… « … »": not his
                        # words, nor those of the voice before him
                        voice = None
                    elif subject[1] == "DESC" and not in_sent \
                            and fold(subject[0]).split()[0] in ("le", "la", "l'") and not _pair(subject[0]):
                        # "Avant de partir, le chef de l'État béninois s'est lui-même exprimé. « … »",
                        # "Le maire du district appelle à … . « … »": a person described, whatever
                        # the verb, is whose words follow (not the voice before)
                        introduced = subject[0]
                    if subject[1] == "PER" and subject[0] in persons and not in_sent and not negated:
                        introduced = subject[0]
                        if opening_quote and subject[0] not in ctx.named_in and doc[lo].pos_ not in (
                                "ADV", "CCONJ", "SCONJ") and any(  # (not what happened next: "Puis X est reparti")
                                m.label == "PER" and name_of.get(fold(m.text), m.text) == subject[0]
                                and not _one_of_a_pair(doc, m.end_token, hi)
                                for m in mentions if lo <= m.start_token < hi):
                            # "« On est déçu, triste … »" ¶-opening, then "X est résigné devant les
                            # pistes …": a person named for the first time as the subject of the
                            # sentence right after a quotation that opens the paragraph spoke it
                            for k, qt in enumerate(last_found):
                                if qt.speaker is None and qt.kind == "direct":
                                    fixed = Quote(qt.text, subject[0], qt.paragraph, qt.kind)
                                    out[out.index(qt)] = fixed
                                    para_quotes[:] = [(fixed if p is qt else p, a) for p, a in para_quotes]
                                    last_found[k] = fixed
                if not in_sent:
                    # "C'est un témoin qui raconte. « … »": a sentence closed by a verb of saying
                    # with nothing said announces the quotation that follows
                    introduced = _teller_closing(doc, lo, hi, mentions, namer, ctx) or introduced
            out.extend(found)
            last_found, last_short = found, short
            # (a question of the writer's: no quotation, a question mark at its end)
            asked = not in_sent and text[s_start:s_end].rstrip().endswith("?")
            # (a sentence that opens the paragraph and is one quotation, with no speaker found)
            opening_quote = s_start == 0 and bool(in_sent) and in_sent[0].start <= 1 \
                and in_sent[-1].end >= len(text[:s_end].rstrip(" .")) and all(qt.speaker is None for qt in found)
            for m in mentions:
                if lo <= m.start_token < hi and m.label in ("PER", "ORG"):
                    name = name_of.get(fold(m.text), m.text)
                    if m not in early:
                        ctx.recent.append((name, m.label))
                        ctx.oblique[name] = complement_mention(doc, m)
                        ctx.predicate[name] = _predicate_mention(doc, m)
                        ctx.passing[name] = _no_subject(doc, m)
                    if m.label == "PER" and not any(q.start <= m.start < q.end for q in quotes):
                        ctx.named_in[name] = n
                        ctx.dangling = False
                    if m.label == "PER" and name in persons:
                        ctx.last_person = name
                        ctx.person_in_paragraph = name
            if designated in persons and ctx.named_in.get(designated, -2) < n:
                # a person the sentence's subject or speaker designates without naming them
                # ("Il intègre ensuite France Inter.", "a-t-il dit") stays as salient as if named
                # again: a pronoun in the next paragraph still goes back to them
                ctx.recent.append((designated, "PER"))
                ctx.oblique[designated] = False
                ctx.named_in[designated] = n
            ctx.closing_person = _closing_person(doc, lo, hi, mentions, name_of, persons)
            if ctx.closing_person is None and spoken and spoken not in labels and not _pair(spoken) \
                    and len(desc_words := fold(spoken).replace("l'", "l' ").split()) >= 2 and desc_words[0] in ("le", "la", "l'") \
                    and (desc_words[1] in ANAPHORIC_HEADS | KIN_NOUNS or _PERSON_NOUN.search(desc_words[1])) \
                    and text[s_start:s_end].rstrip(" .!?…").endswith(spoken):
                # "« … », explique le père de famille. Sur la période …, ce dernier reconnaît …": a
                # person described, not named, whose incise ends the sentence is whom "ce dernier"
                # designates (a person noun: "le parquet de Paris" is no "cet homme")
                ctx.closing_person = spoken
            if not spoken and ctx.closing_person and not in_sent and not any(
                    "Fin" in t.morph.get("VerbForm") for t in doc[lo:hi]) and any(
                    m.label == "PER" and m.start_token > lo and doc[m.start_token - 1].text == ":"
                    for m in mentions if lo <= m.start_token < hi):
                # "Autre nouveau bourgmestre : Benoît M." (no verb, the name after its label's
                # colon): the person it presents is whom "il" goes on with
                ctx.last_subject = (ctx.closing_person, "PER", None)
                ctx.ambiguous = False
            if spoken:
                ctx.voice = (*ctx.last_subject, n, len(ctx.recent))
        # the last sentence's last quotation, when that sentence has one
        carried = next((qt.speaker for qt in reversed(last_found) if qt.kind != "reported"), None)
        if carried is None and last_sentence is not None and not any(qt.kind != "reported" for qt in last_found):
            # "X a annoncé sa démission. Il a évoqué des raisons familiales." ¶ "« … »": a
            # paragraph that is one quotation goes on with the voice of a last sentence whose
            # main verb is a verb of saying (or that reports speech)
            carried = next((qt.speaker for qt in reversed(last_found) if qt.speaker), None) \
                or _saying_root_subject(doc, *last_sentence, mentions, namer, ctx)
            if _is_fragment(carried) or _is_journalist(carried, entities):
                carried = None
        announced = None
        if quotes and not quotes[-1].closed:
            # "X a pris la parole : « Nous avons tout essayé." ¶ "« Mais … »": the quotation
            # runs over the next paragraph, in the same voice
            announced = para_quotes[-1][0].speaker if para_quotes else None
        elif last_sentence is not None and text.rstrip().endswith(":"):
            lo, hi = last_sentence
            announced = _verb_subject_speaker(doc, lo, hi, mentions, namer, ctx) \
                or _speech_owner(doc, lo, hi, mentions, namer, ctx)
            if announced is None:
                agent = _agent_before_colon(doc, lo, hi)
                announced = namer.name(doc, agent[0], agent[1], mentions, ctx)[0] if agent else None
            if announced is None:
                # "Le ministre de l'Intérieur X est plus explicite :" ¶ "« … »": a named person
                # who is the subject of the sentence announcing the quotation
                root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
                subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None) if root else None
                if subj is not None and not _in_quotes(doc, subj.i, lo):
                    who, named = namer.name(doc, *_np_of_subject(subj), mentions, ctx)
                    announced = who if named and who in persons else None
            if announced is None:
                # "Stéphane Moulin (entraîneur d'Angers SCO) :" ¶ "« … »": a line that is a name
                label = _name_label(doc, lo, hi, mentions, name_of, persons)
                announced = namer.name(doc, *label, mentions, ctx)[0] if label else None
            if _is_fragment(announced) or _is_journalist(announced, entities):
                announced = None
        elif not quotes and len(doc) <= _NAME_LINE_TOKENS and para.kind != "caption" and n + 1 < len(paragraphs) \
                and paragraphs[n + 1].text.lstrip()[:1] in _OPENING_MARKS:
            # "Sébastien Ogier (1er WRC)" ¶ "« … »" ¶ "« … »": a line that is only a person's name
            # (and a bracket or a description) heads the quotations under it, as with a colon (a
            # picture's caption names who is in the picture)
            label = _name_label(doc, 0, len(doc), mentions, name_of, persons, where_ok=False)
            if label and any(m.start_token == label[0] and (m.label == "PER" or name_of.get(fold(m.text)) in persons)
                             for m in mentions):
                announced = namer.name(doc, *label, mentions, ctx)[0]
                if _is_fragment(announced) or _is_journalist(announced, entities):
                    announced = None
        # « A » « B », a répondu X: quotes with nothing between them share the attribution after the last
        for k in range(len(para_quotes) - 2, -1, -1):
            q, _ = para_quotes[k]
            nxt, after = para_quotes[k + 1]
            if q.speaker is None and after and nxt.speaker and not (q.kind == "partial" and _names_another(
                    text, q.text, nxt.speaker, mentions, name_of)) and not q.text.rstrip().endswith("?"):
                # (a quotation inside a sentence that names someone else, "X fait observer le toit
                # où étaient abritées « … ». « … », observe Y", is not Y's; a question is one turn
                # of a dialogue, "« Avez-vous un problème avec l'alcool ? » « Non », répond le
                # prévenu", and the answer another's)
                a_end = text.find(q.text) + len(q.text)
                b_start = text.find(nxt.text, a_end)
                if a_end > 0 and b_start > a_end and not re.search(r"\w", re.sub(r"\b(?:et|puis)\b", "", text[a_end:b_start])):
                    fixed = Quote(q.text, nxt.speaker, q.paragraph, q.kind)
                    out[out.index(q)] = fixed
                    para_quotes[k] = (fixed, True)
    texts = {p.id: p.text for p in paragraphs}
    last = paragraphs[-1].id if paragraphs else None
    return tuple(_cut_off_speakers(_pull_quotes(out, texts), last, texts, labels))


def _cut_off_speakers(quotes: list[Quote], last: str | None, texts: dict[str, str], labels: dict) -> list[Quote]:
    """A text cut off in the middle of a word (a web excerpt: "», rappelle l'avo", "», a
    indiqué Pierre Gigu") has no last word to trust: a speaker whose words end the article's
    last paragraph, itself ended by no punctuation, is the one name the article writes in full
    starting with those words ("Pierre Giguère"), or ends with a name the article knows as
    such ("selon RFI", "ajoute le maire de Hamdara Oumarou Nouhou" with no final stop: whole
    or cut, the text cannot tell), else unknown rather than a fragment ("l'avo")."""
    text = texts.get(last, "").rstrip()
    if not text or not text[-1].isalnum():
        return quotes
    body = " ".join(texts.values())
    out = []
    for q in quotes:
        if q.paragraph == last and q.speaker and text.endswith(q.speaker) \
                and not re.search(rf"{re.escape(q.speaker)}\b(?!$)", body):
            # (a name written whole elsewhere in the article is whole here too)
            whole = {name for name in labels if name.startswith(q.speaker) and name != q.speaker}
            if len(whole) == 1 and len(q.speaker.split()) >= 2:
                q = Quote(q.text, whole.pop(), q.paragraph, q.kind)
            elif not any(q.speaker.endswith(name) for name in labels):
                q = Quote(q.text, None, q.paragraph, q.kind)
        out.append(q)
    return out


def _names_another(text: str, quoted: str, speaker: str, mentions, name_of) -> bool:
    """True when the sentence holding ``quoted`` names a person or organisation, before the
    quotation, other than ``speaker``."""
    at = text.find(quoted)
    start = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at)) + 1
    return any(start <= m.start < at and m.label in ("PER", "ORG") and name_of.get(fold(m.text), m.text) != speaker
               for m in mentions)


#: A relative pronoun after a preposition of source: "pour qui", "selon lequel", "d'après laquelle".
_SOURCE_RELATIVES = frozenset({"qui", "lequel", "laquelle", "lesquels", "lesquelles"})


def _source_relative(doc, lo: int, qstart: int, mentions, namer, ctx) -> str | None:
    """``Météo France pour qui « … »``, ``le ministre X, selon lequel « … »``: a quotation right
    after a relative of source ("pour qui", "selon lequel", "d'après qui") gives the view of
    the relative's antecedent, the named person or organisation (or described one) before it."""
    k = qstart - 1
    if k - 1 <= lo or fold(doc[k].text) not in _SOURCE_RELATIVES:
        return None
    first = qstart + 1
    while first < len(doc) and fold(doc[first].text) in _PREVERBAL:
        first += 1
    if first < len(doc) and "Fin" in doc[first].morph.get("VerbForm"):
        return None  # "une amende pour qui « refuse … »": whoever does it, the quotation's subject
    p = k - 1
    if fold(doc[p].text) == "apres" and p - 1 > lo and fold(doc[p - 1].text) in ("d'", "d"):
        p -= 1
    elif fold(doc[p].text) not in ("pour", "selon"):
        return None
    end = p
    while end > lo and doc[end - 1].text == ",":
        end -= 1
    named = next((m for m in mentions if m.end_token == end and m.start_token >= lo and m.label in ("PER", "ORG")), None)
    if named is not None:
        return namer.name(doc, named.start_token, named.end_token, mentions, ctx)[0]
    head = doc[end - 1] if end > lo else None
    if head is None or head.pos_ != "NOUN":
        return None
    while head.dep_ in ("nmod", "amod") and lo <= head.head.i < head.i and head.head.pos_ == "NOUN":
        head = head.head  # "le directeur de l'usine": up to the phrase's own noun
    a = head.left_edge.i if head.left_edge.i >= lo else head.i
    while a < head.i and doc[a].pos_ == "ADP":
        a += 1  # "à des experts pour qui": the phrase, not its preposition
    return namer.name(doc, a, end, mentions, ctx)[0]


def _quoted_heading(text: str, q) -> bool:
    """``«Milioner pé akapar partou»`` ¶ ``Kugan Parapen: «…»``: a paragraph that is only a
    quotation with no closing punctuation inside or after it is a quoted subheading over the
    next section, not a paragraph that carries on the voice of the one before."""
    return not text[q.end:].strip() and not re.search(r"[.!?…]\W*$", text[q.start:q.end])


def _words_of(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _pull_quotes(quotes: list[Quote], texts: dict[str, str]) -> list[Quote]:
    """A paragraph that is one quotation and nothing else, whose words another, longer
    quotation of the article repeats (a pull quote set as a subheading: « Lorsque l'on arrosait,
    l'eau gelait sur les toits » ¶ … « Lorsque l'on arrosait, l'eau gelait sur les toits, les
    murs… », a raconté X), takes the speaker of that quotation: the same words, the same voice."""
    out = list(quotes)
    words = [_words_of(q.text) for q in out]
    for k, q in enumerate(out):
        if q.kind == "reported" or len(q.text.split()) < 3 or _words_of(texts.get(q.paragraph, "")) != words[k]:
            continue
        source = next((o for o, w in zip(out, words) if o is not q and o.kind != "reported"
                       and (len(o.text) > len(q.text) or o.paragraph != q.paragraph and o.speaker)
                       and words[k] in w), None)  # (the same words in the body: « Être là » ¶ … « être là »)
        if source is None and q.speaker is None and not re.search(r"[.!?…]\W*$", texts.get(q.paragraph, "").strip()):
            # «Milioner pé akapar partou» ¶ "Kugan Parapen: «… Bane milioner p accapare partou.»": a
            # quoted subheading shares its words with the first quotation of the section it heads
            following = next((o for o in out[k + 1:] if o.paragraph != q.paragraph and o.kind != "reported"), None)
            shared = set(words[k].split()) & set(_words_of(following.text).split()) if following else set()
            if following is not None and following.speaker and len({w for w in shared if len(w) >= 4}) >= 2:
                source = following
        if source is not None and source.speaker != q.speaker:
            out[k] = Quote(q.text, source.speaker, q.paragraph, q.kind)
    return out


#: Words a reported claim must have outside quotation marks to be kept beside them.
_MIN_UNQUOTED = 4


#: Determiners that open a description of someone ("un élu", "son entourage"); a
#: demonstrative ("ce revirement", "celui") stands for something said before.
_DESCRIPTION_OPENERS = frozenset({"un", "une", "le", "la", "les", "l'", "des", "son", "sa", "ses", "leur", "leurs",
                                  "plusieurs", "certains", "certaines"})


#: Words opening a sentence of narration whose verb is an infinitive ("Avant d'ajouter :",
#: "Et de conclure :", "Puis de préciser :").
_NARRATIVE_OPENERS = frozenset({"avant", "et", "puis", "avant meme"})


def _teller_closing(doc, lo: int, hi: int, mentions, namer, ctx) -> str | None:
    """``Dans la rue, c'est un témoin qui raconte.`` / ``Une voisine témoigne.``: the sentence
    ends on a finite verb of saying that has nothing said (no object, no clause): who its
    subject designates, else None."""
    k = hi - 1
    while k > lo and doc[k].is_punct:
        k -= 1
    verb = doc[k]
    if verb.pos_ != "VERB" or "Fin" not in verb.morph.get("VerbForm") or not _is_reporting(verb) \
            or any(c.dep_ in ("obj", "ccomp", "xcomp", "obl:arg") for c in verb.children):
        return None
    subj = _subject_of(verb)
    if subj is None or subj.i < lo or fold(subj.text) in _PRONOUNS:
        return None
    a, b = _np_of_subject(subj)
    if a >= b or a < lo or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[a:b]):
        return None  # (who tells is whoever the subject is: « un témoin », « une voisine »)
    return namer.name(doc, a, b, mentions, ctx)[0]


def _narrative_teller(doc, verb, lo: int, mentions) -> tuple[int, int] | None:
    """``Le monsieur d'expliquer que …``, ``Et le ministre X d'ajouter que …``, ``Au journal
    d'indiquer que …``: an infinitive of narration after "de", whose subject is the noun
    phrase that opens the sentence (after "Et", or "À" / "Au"); its token range, else None."""
    de = verb.i - 1
    if verb.morph.get("VerbForm") != ["Inf"] or de <= lo or fold(doc[de].text) not in ("de", "d'", "d’", "d"):
        return None
    start = lo + (fold(doc[lo].text) == "et")
    if start < de and fold(doc[start].text) in ("au", "aux", "a") and doc[start].pos_ == "ADP":
        start += 1
    np = _np_after(doc, start, de)
    if not np or np[0] != start or np[1] != de:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in verb.ancestors) and not _designates_someone(doc, *np, mentions):
        return None  # "Le refus de répondre que … a surpris": a noun's complement, in a sentence with its own verb
    return np


def _narrative_subject(doc, lo: int, end: int) -> tuple[int, int] | None:
    """``Et le ministre de l'économie Guy Parmelin d'abonder :`` (tokens lo..end, up to a
    quotation): the infinitive of narration, "Et" + subject + "de" + infinitive + colon;
    the subject's token range, else None."""
    words = [t for t in doc[lo:end] if not t.is_space]
    if len(words) < 5 or fold(words[0].text) != "et" or words[-1].text != ":":
        return None
    verb, de = words[-2], words[-3]
    if verb.morph.get("VerbForm") != ["Inf"] or fold(de.text) not in ("de", "d'", "d’", "d") or not verb.is_lower:
        return None
    np = _np_after(doc, words[1].i, de.i)
    return np if np and np[0] == words[1].i and np[1] == de.i else None


def _narrative_infinitive(doc, lo: int, end: int, that: bool = False) -> bool:
    """True when tokens lo..end (up to a quotation) are ``Avant / Et / Puis de <infinitive
    of saying> :``, a sentence with no subject of its own; ``that``: the infinitive's content
    clause holds the quotation instead (``Avant d'indiquer que le point … « sera fait … »``)."""
    words = [t for t in doc[lo:end] if not t.is_space]
    if that:
        k = 1 if words and fold(words[0].text) in _NARRATIVE_OPENERS else 0
        return bool(k) and len(words) > k + 2 and fold(words[k].text) in ("de", "d'", "d’", "d") \
            and fold(words[k + 2].text) in ("que", "qu'", "qu’") \
            and _says(words[k + 1]) and words[k + 1].is_lower
    if len(words) < 4 or words[-1].text != ":":
        return False
    k = 1 if fold(words[0].text) in _NARRATIVE_OPENERS else 2 if " ".join(
        fold(t.text) for t in words[:2]) in _NARRATIVE_OPENERS else 0
    # "Et de s'interroger :": a reflexive clitic may stand before the infinitive
    reflexive = len(words) == k + 4 and fold(words[k + 1].text) in ("se", "s'", "s’")
    if not k or len(words) != k + 3 + reflexive or fold(words[k].text) not in ("de", "d'", "d’", "d"):
        return False
    verb = words[k + 1 + reflexive]
    return _says(verb) and verb.is_lower


def _second_content_clause(body: str) -> str | None:
    """The clause after a coordinated "et que" / "et qu'" of ``body`` outside quotation
    marks (``… que « … » et que X travaillait « … »``), without its "que"; else None."""
    spans = find_quote_spans(body)
    for m in re.finditer(r"\bet\s+qu(?:e\s+|['’]\s*)", body):
        if not any(q.start <= m.start() < q.end for q in spans):
            return body[m.end():].strip() or None
    return None


def _says_more(body: str) -> bool:
    """True when ``body`` has at least _MIN_UNQUOTED words outside its quotation marks,
    and no fewer than inside them."""
    inside = sum(len(re.findall(r"\w+", q.inner(body))) for q in find_quote_spans(body))
    outside = len(re.findall(r"\w+", body)) - inside
    return outside >= max(_MIN_UNQUOTED, inside)


@dataclass(frozen=True)
class _Sentence:
    """A sentence (tokens ``lo``..``hi`` of a paragraph's doc) and what naming its speaker needs."""

    doc: object
    lo: int
    hi: int
    pid: str
    mentions: list
    namer: _Namer
    ctx: _Context
    entities: tuple

    def name(self, a: int, b: int) -> str | None:
        return self.namer.name(self.doc, a, b, self.mentions, self.ctx)[0]

    def reported(self, body: str, speaker: str | None) -> Quote | None:
        """``body`` reported from ``speaker``; None when nobody, or a journalist, speaks."""
        if speaker and body and not _is_journalist(speaker, self.entities):
            return Quote(body, speaker, self.pid, "reported")
        return None


def _reported(doc, lo, hi, pid, mentions, namer, ctx, entities, quoted: bool = False,
              split: bool = True) -> list[Quote]:
    """Reported speech in a sentence: the first form that applies of ``…, selon X``,
    ``X <verb> que …``, ``X accuse …``, ``Selon X, …`` and the inverted ``…, a confirmé
    la Maison Blanche dimanche.`` (module docstring). In a sentence with quotation marks
    (``quoted``), only a claim that says more outside its quotations than inside them
    (``X a indiqué avoir vendu son stade au groupe « Nordica »``); a charge there is the
    attribution of its quotation (``X dénonce un comportement « … »``). ``split``: also
    look at the sentence's main clauses one by one (``_two_clauses``); the clauses
    themselves are not split again."""
    sent = _Sentence(doc, lo, hi, pid, mentions, namer, ctx, entities)
    forms = (_selon_after, _said_that, _selon_first, _inverted_reported) if quoted else (
        _selon_after, _said_that, _advised, _charged, _selon_first, _inverted_reported, _incise_reported)
    if _SOURCE_OPENING.match(doc[lo:hi].text):
        verb = _said_that_from(sent)[2]
        if verb is not None and verb.dep_ != "ROOT":
            # "Selon lui, le problème est si grave que … certains déplorent …": a verb of saying
            # below the main clause says no more than the source that opens the sentence
            forms = (_selon_first,) + tuple(f for f in forms if f is not _selon_first)
    extra = _pour_qui(sent)
    extra = [extra] if extra and (not quoted or _says_more(extra.text)) else []
    for form in forms:
        quote = form(sent)
        if isinstance(quote, list):  # one sentence, several sources
            quote = quote if not quoted or _says_more(quote[0].text) else []
            return quote + [e for e in extra if e.speaker not in {q.speaker for q in quote}]
        if quote and quoted and not _says_more(quote.text) and form is _said_that:
            second = _second_content_clause(quote.text)
            if second and _says_more(second):
                # "a ajouté que « … » et que Penelope Fillon travaillait pour lui « depuis
                # toujours »": the quotation is its own row; the clause after it says more
                return [Quote(second, quote.speaker, quote.paragraph, quote.kind)] + extra
        if quote and (not quoted or _says_more(quote.text)):
            # the sentence is kept whole: reported once per source
            both = _two_clauses(doc, lo, hi, pid, mentions, namer, ctx, entities, quote) if split else [quote]
            return both + [e for e in extra if e.speaker not in {q.speaker for q in both}]
    if not extra and split:
        # "…, mais selon X, …": a main clause after the joint opens like a sentence; only
        # that clause is X's
        for end, start in _clause_joints(doc, lo, hi):
            found = [*_clause_reported(doc, lo, end, pid, mentions, namer, ctx, entities),
                     *_clause_reported(doc, start, hi, pid, mentions, namer, ctx, entities)]
            if found:
                return found
    return extra


#: The kind of a reported claim that is one main clause of its sentence (``_two_clauses``):
#: shown as that clause, whole, instead of the whole sentence.
_CLAUSE = "clause"


#: Most joints of main clauses looked at in one sentence: more is an enumeration, not
#: two sources (and the work stays linear in the sentence's length).
_MAX_JOINTS = 8


def _quote_flags(doc, lo: int, hi: int) -> list[bool]:
    """For each token of lo..hi: ``_in_quotes(doc, i, lo)``, in one pass."""
    flags, opened = [], False
    for tok in doc[lo:hi]:
        flags.append(opened)
        opened = _quoted_after(opened, tok)
    return flags


def _clause_joints(doc, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where a sentence joins two main clauses: (end of the first, start of the second) at
    ", mais", ";", ", même si", ", tandis que", ", alors que" outside quotation marks, when
    both sides hold a finite verb outside quotation marks (", mais d'une opération …" joins
    two complements, not two clauses); at most the first ``_MAX_JOINTS``."""
    inside = _quote_flags(doc, lo, hi)
    finite = [0]  # finite verbs outside quotation marks before each token
    for k in range(lo, hi):
        t = doc[k]
        finite.append(finite[-1] + (t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                    and not inside[k - lo]))
    joints = []
    for k in range(lo + 3, hi - 3):
        word = fold(doc[k].text)
        if inside[k - lo]:
            continue
        if doc[k].text == ";":
            joint = (k, k + 1)
        elif doc[k - 1].text == "," and word == "mais":
            joint = (k - 1, k + 1)
        elif doc[k - 1].text == "," and word in ("meme", "tandis", "alors") \
                and fold(doc[k + 1].text) in ("si", "que", "qu'", "s'"):
            joint = (k - 1, k + 2)
        else:
            continue
        if fold(doc[joint[1]].text) in ("que", "qu'", "qu"):
            continue  # "affirme que …, mais que …": one content clause coordinated with another
        if finite[joint[0] - lo] > 0 and finite[hi - lo] - finite[joint[1] - lo] > 0 \
                and _has_subject(doc, joint[1], hi, inside[joint[1] - lo:]):
            joints.append(joint)
            if len(joints) == _MAX_JOINTS:
                break
    return joints


def _has_subject(doc, a: int, b: int, inside: list[bool]) -> bool:
    """True when tokens a..b hold the subject of a verb among them, outside quotation
    marks: a main clause of its own (", mais s'entraînait …" coordinates a second verb
    with the first one's subject: one clause)."""
    return any(t.dep_.startswith(("nsubj", "expl:subj")) and a <= t.head.i < b and not inside[t.i - a]
               for t in doc[a:b])


def _clause_reported(doc, a: int, b: int, pid, mentions, namer, ctx, entities) -> list[Quote]:
    """The reported claims of the main clause doc[a:b], each shown as that clause."""
    clause = doc[a:b].text.strip().rstrip(" .;,")
    quoted = any(t.text in ("«", "»", "“", "”", "\"") for t in doc[a:b])
    return [Quote(clause, q.speaker, pid, _CLAUSE)
            for q in _reported(doc, a, b, pid, mentions, namer, ctx, entities, quoted, split=False)]


def _two_clauses(doc, lo, hi, pid, mentions, namer, ctx, entities, quote) -> list[Quote]:
    """``Trois personnes sont mortes selon le journal, mais des témoins affirment que …``:
    two main clauses, each with its own source: each clause is reported from its source;
    a source of one clause only: that clause; else ``[quote]`` (the whole sentence)."""
    for end, start in _clause_joints(doc, lo, hi):
        left = _clause_reported(doc, lo, end, pid, mentions, namer, ctx, entities)
        right = _clause_reported(doc, start, hi, pid, mentions, namer, ctx, entities)
        if left and right and left[0].speaker != right[0].speaker:
            return [left[0], right[0]]
        if bool(left) != bool(right) and (left or right)[0].speaker == quote.speaker \
                and fold(doc[end].text) in (";", ",") and fold(doc[start - 1].text) in (";", "mais"):
            # "L'association a ouvert une ligne, mais selon plusieurs avocats, …": the other
            # main clause is not the source's ("même si", "tandis que" open a subordinate
            # clause, which may be part of what is said)
            return [(left or right)[0]]
    return [quote]


_LEQUEL = frozenset({"lequel", "laquelle", "lesquels", "lesquelles"})


def _pour_qui_at(doc, lo: int, hi: int) -> int | None:
    """Index of the "pour" of a ``, pour qui <clause>`` (or the "selon" of a ``, selon
    lequel <clause>`` or ``, selon qui <clause>``) in tokens lo..hi."""
    for k in range(lo + 1, hi - 2):
        if doc[k - 1].text == "," and not _in_quotes(doc, k, lo) and (
                fold(doc[k].text) == "pour" and fold(doc[k + 1].text) == "qui"
                or fold(doc[k].text) == "selon" and fold(doc[k + 1].text) in _LEQUEL | {"qui"}):
            return k
    return None


def _pour_qui(s: _Sentence) -> Quote | None:
    """``…, d'après l'ONU, pour qui c'est …`` / ``a confié la mère, pour qui sa fille …``:
    the relative ", pour qui <clause>" reports the view of its antecedent, the noun
    phrase right before the comma; so does ``…, selon lequel <clause>`` (``Même son de
    cloche au ministère, selon lequel le dispositif …``), whatever the antecedent does."""
    doc = s.doc
    k = _pour_qui_at(doc, s.lo, s.hi)
    if k is None:
        return None
    ante = doc[k - 2]
    if ante.pos_ not in ("NOUN", "PROPN"):
        return None
    while ante.head.i < ante.i and ante.head.i >= s.lo and ante.dep_ in ("nmod", "flat:name", "flat", "amod") \
            and ante.head.pos_ in ("NOUN", "PROPN"):
        ante = ante.head  # "la mère de l'adolescente": the head noun of the phrase
    a, b = _np_of_subject(ante)
    a = max(a, s.lo)
    while a < b and doc[a].pos_ == "ADP":
        a += 1  # "d'après l'ONU": the source, not the preposition
    if b != k - 1 or a >= b:
        return None
    # the antecedent is a source of the sentence ("d'après X, pour qui", "a confié X, pour
    # qui"): "les enfants, pour qui l'école est gratuite" says nothing of theirs
    inverted = ante.dep_ == "obj" and ante.head.i < ante.i and not any(  # "», a raconté X, pour qui": X parsed as object
        c.dep_.startswith("nsubj") for c in ante.head.children)
    source = fold(doc[k].text) == "selon" and _designates_someone(doc, a, b, s.mentions) or (
        ante.dep_.startswith("nsubj") or inverted) and _says(ante.head) \
        or any(fold(t.text) in ("selon", "apres") for t in doc[max(s.lo, a - 2):a + 1])
    if not source:
        return None
    body = doc[k + 2:s.hi].text.strip().rstrip(".").strip()
    if len(body.split()) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in doc[k + 2:s.hi]):
        return None
    return s.reported(body, s.name(a, b))


def _claim(s: _Sentence, verb, body_start: int, min_words: int) -> Quote | None:
    """What follows ``verb`` (from token ``body_start``), said by the verb's subject."""
    subj = _subject_of(verb)
    if subj is not None and verb.text.endswith("ant") and "Part" in verb.morph.get("VerbForm") \
            and verb.i > s.lo and s.doc[verb.i - 1].text == "," and subj.i < verb.i:
        # "X n'a confirmé que le blocage de l'usine, qui dure depuis mai, reconnaissant que …": a
        # participle set off by a comma has no subject of its own; the parse's, borrowed from
        # the clause it hangs it on, is not it
        subj = None
    if subj is None and verb.text.endswith("ant") and (
            "Part" in verb.morph.get("VerbForm") or verb.i > s.lo and fold(s.doc[verb.i - 1].text) == "en"):
        # (a gerund, "tout en martelant", whatever its tag)
        # "X a reconnu …, indiquant …" / "X s'est défendu en affirmant …": the participle's
        # subject is the main clause's
        # the nearest verb of saying before it, outside quotation marks ("« … », a-t-il conclu,
        # ajoutant …"), else the sentence's root
        root = next((t for t in reversed(s.doc[s.lo:verb.i]) if t.pos_ == "VERB" and _is_reporting(t)
                     and not _in_quotes(s.doc, t.i, s.lo) and _subject_of(t) is not None), None) \
            or next((t for t in s.doc[s.lo:verb.i] if t.dep_ == "ROOT"), None)
        subj = _subject_of(root) if root is not None and not _clause_break(
            s.doc, root.i + 1, verb.i, s.mentions) else None
        incise = next((t for t in reversed(s.doc[s.lo:verb.i]) if t.pos_ == "VERB" and _is_reporting(t)
                       and not _in_quotes(s.doc, t.i, s.lo)), None)
        own = _subject_of(incise) if incise is not None else None
        # "X est estimée à …, indique la préfecture, précisant que …", parsed with "indique"
        # coordinated to the main verb: a subject borrowed from the verb it is coordinated with
        # is not the subject of a verb right after a comma with a noun phrase after it
        borrowed = own is not None and incise.dep_ == "conj" and own.head is not incise \
            and s.doc[incise.i - 1].text == "," and s.doc[incise.i + 1].pos_ in ("DET", "PROPN")
        if incise is not None and (own is None or own.i > incise.i or borrowed or _in_quotes(s.doc, own.i, s.lo)):
            # "« … », a déclaré un responsable, précisant que …": the incise's subject comes after
            # its verb (the parse takes a word of the quotation, or nothing, as its subject)
            np = _attribution_at(s.doc, next((k for k in range(incise.i, s.lo, -1) if s.doc[k - 1].text == ","),
                                             incise.i), verb.i, selon=False, after_quote=True)
            after_np = np[1] if np and np[0] != "pronoun" else None
            # "avait confié Fillon aux Échos, tout en martelant": whom it was said to, passed over
            while after_np is not None and after_np < verb.i and s.doc[np[1]].pos_ == "ADP" \
                    and s.doc[after_np].pos_ in ("ADP", "DET", "NOUN", "PROPN", "ADJ"):
                after_np += 1
            if np and (np[0] == "pronoun" or s.doc[after_np].text == ","):
                who = s.ctx.resolve_pronoun(np[1]) if np[0] == "pronoun" else s.name(np[0], np[1])
                body = s.doc[body_start:s.hi].text.strip().rstrip(".").strip()
                return s.reported(body, who) if len(body.split()) >= min_words else None
    voice = _by_the_voice_of(s.doc, verb.i + 1, body_start)
    if voice is not None and s.name(*voice):
        # "…, qui indique par la voix d'Igor Morozov que …": the one it speaks through speaks
        body = s.doc[body_start:s.hi].text.strip().rstrip(".").strip()
        return s.reported(body, s.name(*voice)) if len(body.split()) >= min_words else None
    if subj is None:
        subj = _apposed_name_before(s.doc, verb, s.lo, s.mentions)
    named = (_narrative_teller(s.doc, verb, s.lo, s.mentions) or _name_before_noun_verb(s.doc, verb, s.lo, s.mentions)) \
        if subj is None else None
    if named is not None:
        a, b = named  # "Maillaud juge que …", the verb tagged as the noun "juge"
    else:
        if subj is None or not (s.lo <= subj.i < verb.i) or _in_quotes(s.doc, subj.i, s.lo):
            # who is spoken of inside quotation marks is not who speaks, but a title may be
            title = _quoted_title_before(s.doc, verb, s.lo)
            if title is None:
                return None
            body = s.doc[body_start:s.hi].text.strip().rstrip(".").strip()
            return s.reported(body, s.namer.name_of.get(fold(title), title)) if len(body.split()) >= min_words else None
        a, b = _np_of_subject(subj)
        if _CLITIC_RE.match(subj.text):
            a, b = subj.i, subj.i + 1  # "ajoute-t-il encore, tout en disant …": the clitic alone
        a, b = _named_right_before(s.doc, max(a, s.lo), b, verb, s.mentions)
        if fold(subj.text) == "qui" and _located_place(s.doc, a, b, s.mentions):
            # "X, ouvrier dans une ONG à Ndélélé qui dit avoir payé …": the place where the
            # person described works does not speak; the person does
            described = _described_person_before(s.doc, a, s.lo, s.mentions)
            if described is None:
                return None
            a, b = described
        if fold(verb.text).startswith("exig") and not _CLITIC_RE.match(subj.text) and fold(subj.text) not in _PRONOUNS \
                and not _designates_someone(s.doc, max(a, s.lo), b, s.mentions):
            return None  # "la loi exige qu'un accord …", "la situation exige que": things require too
    speaker = s.name(a, b)
    body = s.doc[body_start:s.hi].text.strip().rstrip(".").strip()
    return s.reported(body, speaker) if len(body.split()) >= min_words else None


def _located_place(doc, a: int, b: int, mentions) -> bool:
    """True when tokens a..b are a place's name after a preposition of place ("à Ndélélé",
    "au Mali", "en Gironde")."""
    return a > 0 and fold(doc[a - 1].text) in ("a", "au", "aux", "en") \
        and any(m.start_token == a and m.end_token == b and m.label == "LOC" for m in mentions)


def _described_person_before(doc, k: int, lo: int, mentions):
    """The person's name whose description, after its comma and with no verb of its own, runs
    up to token ``k`` ("Jean Sali, ouvrier dans une ONG à …"): its token range, else None."""
    for m in sorted(mentions, key=lambda m: -m.start_token):
        if m.label != "PER" or not lo <= m.start_token < k or m.end_token >= k:
            continue
        between = doc[m.end_token:k]
        if between[0].text == "," and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                              for t in between):
            return m.start_token, m.end_token
        return None
    return None


def _verb_group_start(doc, i: int, lo: int) -> int:
    """The first token of the verb group ending at token ``i``: its auxiliaries, clitics,
    negation and adverbs before it (not before ``lo``)."""
    while i > lo and (doc[i - 1].pos_ == "AUX" or fold(doc[i - 1].text) in _PREVERBAL or doc[i - 1].pos_ == "ADV"):
        i -= 1
    return i


def _quoted_title_before(doc, verb, lo: int) -> str | None:
    """``« Quotidien » a affirmé que …``: a short title between quotation marks (at most
    five words, the first capitalised) right before the verb group, opening the sentence or
    a clause, is the name of the subject (a programme, a newspaper); its text, else None."""
    v = _verb_group_start(doc, verb.i, lo)
    close = v - 1
    if close <= lo or doc[close].text not in ("»", "”"):
        return None
    start = close - 1
    while start > lo and doc[start].text not in ("«", "“"):
        start -= 1
    if doc[start].text not in ("«", "“") or not 1 <= close - start - 1 <= 5 or not doc[start + 1].text[:1].isupper():
        return None
    if start > lo and doc[start - 1].text not in (",", ";") and doc[start - 1].pos_ not in ("DET", "CCONJ"):
        return None
    return doc[start + 1:close].text.strip()


def _name_before_noun_verb(doc, verb, lo: int, mentions) -> tuple[int, int] | None:
    """``Maillaud juge que …``, tagged as the noun "juge" in a name: a form of a verb of
    saying that the tagger calls a noun, with no determiner, right after a person's or
    organisation's name that opens the sentence or a clause (after a comma), and right
    before "que", is that name's verb; the name's token range, else None."""
    if verb.pos_ != "NOUN" or verb.i + 1 >= len(doc) or fold(doc[verb.i + 1].text) not in ("que", "qu'", "qu"):
        return None
    m = next((m for m in mentions if m.end_token == verb.i and m.label in ("PER", "ORG")), None)
    if m is None or m.start_token < lo or m.start_token > lo and doc[m.start_token - 1].text != ",":
        return None
    return m.start_token, m.end_token


def _subject_phrase(doc, subj, verb, mentions) -> tuple[int, int]:
    """The token range of ``verb``'s subject ``subj``: its noun phrase, or the person's name
    apposed to it right before the verb group (``_apposed_name_after``)."""
    a, b = _np_of_subject(subj)
    v = _verb_group_start(doc, verb.i, b)
    if v - 1 > b and doc[v - 1].text == ",":
        return _apposed_name_after(doc, a, b, v - 1, mentions)
    # "…, le ministre de la Santé, Olivier Véran, le maire Gaël Perdriau a précisé": the parse's
    # subject set off by a comma; a phrase with its own determiner naming someone right before
    # the verb is the subject (a bare noun there, ", président de …", is an apposition)
    comma = next((k for k in range(v - 1, b - 1, -1) if doc[k].text == ","), None)
    if comma is not None and comma + 1 < v and doc[comma + 1].pos_ == "DET":
        return _named_right_before(doc, a, b, verb, mentions)
    return a, b


def _apposed_name_after(doc, a: int, b: int, comma: int, mentions) -> tuple[int, int]:
    """``Le porte-parole de l'armée de l'air, Pongsak Semachai, a déclaré``: a subject
    phrase a..b that names nobody, then a person's name between commas, the second comma
    (``comma``) right before the verb group: the name designates the speaker; else a..b."""
    if b >= comma or doc[b].text != "," or any(a <= m.start_token < b and m.label == "PER" for m in mentions):
        return a, b
    if any(m.start_token == b + 1 and m.end_token == comma and m.label == "PER" for m in mentions) \
            or comma - b - 1 in (2, 3, 4) and all(t.pos_ == "PROPN" and t.is_title for t in doc[b + 1:comma]) \
            and a <= doc[b + 1].head.i < b:
        return b + 1, comma  # a person's name (the tagger may miss it: every word a capitalised proper noun)
    return a, b


def _named_right_before(doc, a: int, b: int, verb, mentions) -> tuple[int, int]:
    """``…, les zones les plus touchées, le PAM et Internews ont constaté que``: when a
    comma separates the parse's subject from the verb and a phrase naming someone stands
    between the last comma and the verb (auxiliaries and clitics aside), that phrase is
    the subject: a French subject comes right before its verb, an incise aside. The
    range a..b otherwise."""
    v = _verb_group_start(doc, verb.i, b)
    comma = next((k for k in range(v - 1, b - 1, -1) if doc[k].text == ","), None)
    if comma is not None and comma + 1 == v:
        return _apposed_name_after(doc, a, b, comma, mentions)
    if comma is None or comma + 1 >= v:
        return a, b
    named = {k for m in mentions for k in range(m.start_token, m.end_token)}
    if any((t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") and t.i not in named) or t.is_punct and t.text not in ("-", "'", "’")
           for t in doc[comma + 1:v]):
        return a, b
    if not any(comma < m.start_token and m.end_token <= v and m.label in ("PER", "ORG", "LOC") for m in mentions):
        return a, b
    return comma + 1, v


#: Tokens that may stand between a verb of saying and its "que": complements of the
#: verb ("a annoncé hier aux habitants que", "estime dans sa note de juillet que").
_COMPLEMENT_POS = frozenset({"ADV", "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"})
_QUE_WINDOW = 15
#: Words that make a compound conjunction with "que" (a closed class of French grammar).
_CONJ_HEADS = frozenset({"alors", "bien", "ainsi", "tandis", "parce", "des", "sans", "pour", "afin", "avant", "apres",
                         "pendant", "depuis", "tant", "si", "meme", "lors", "encore", "sitot", "aussitot", "outre"})

#: Subordinating conjunctions that open a sentence on a clause ended by a comma.
_SIMPLE_CONJ = frozenset({"quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "comme", "si", "s'"})

#: Verbs of saying whose bare infinitive complement is not what is said ("souhaite partir").
_WISH_LEMMAS = frozenset({"souhaiter", "demander", "réclamer", "exiger", "exhorter", "promettre", "saluer", "dénoncer",
                          "accuser", "critiquer", "qualifier", "regretter", "déplorer", "réagir"})


def _que_after(doc, i: int, hi: int) -> int | None:
    """Index of the "que" that opens the content clause of the verb at ``i``: right after
    it, or after its complements (no other verb, clause or quotation on the way). The "que"
    of a restrictive negation ("ne détaille que ses avantages": details only them) opens none."""
    restrictive = _restrictive_negation(doc, i)
    j = i + 1
    aside = 0  # tokens of asides passed (not counted in the window)
    while j < hi and j - i - aside <= _QUE_WINDOW:
        tok = doc[j]
        word = fold(tok.text)
        split = word == "qu" and j + 1 < hi and doc[j + 1].text in ("'", "’")  # "qu' il" typed with a space
        if (word in ("que", "qu'") or split) and restrictive:
            return None
        if word in ("que", "qu'") or split:
            # "après que", "alors que", "bien que": a conjunction of its own, not the verb's "que";
            # unless the parse makes its clause the verb's complement ("affirme tout de même que")
            if j > i + 2 and (doc[j - 1].pos_ in ("ADP", "SCONJ") or fold(doc[j - 1].text) in _CONJ_HEADS) \
                    and not (tok.head.dep_ == "ccomp" and tok.head.head.i == i and doc[j - 1].dep_ == "fixed"):
                return None
            return j + 1 if split else j
        if tok.text in ("«", "»", "“", "”", "\"", ":", ";", "(", ")") or word in ("qui", "dont", "lequel", "laquelle"):
            return None
        if tok.text == ",":
            close = _aside_end(doc, j, hi)
            if close is not None:
                aside += close + 1 - j
                j = close + 1  # "a annoncé lundi, en retenant ses larmes, qu'il …": an aside between commas
                continue
        if tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm"):
            return None
        past_participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")
        if tok.pos_ in ("VERB", "AUX") and not past_participle:
            return None  # an infinitive or gerund starts another clause
        # a past participle right after a noun qualifies it ("dans une vidéo mise en ligne vendredi
        # que"; ", mis à part que" is a locution of its own)
        if not (tok.pos_ in _COMPLEMENT_POS or past_participle and doc[j - 1].pos_ in ("NOUN", "PROPN")
                or tok.text in (",", "'", "’", "-")):
            return None
        j += 1
    return None


#: Words that complete "ne" into a negation of their own ("ne dit pas que"): the "que" after
#: them opens a content clause; with none of them, "ne … que" means "only".
_NEGATION_WORDS = frozenset({"pas", "plus", "jamais", "point", "guere", "rien", "personne", "nullement", "aucunement"})


def _restrictive_negation(doc, i: int) -> bool:
    """True when the verb at ``i`` (or its auxiliary) follows "ne" / "n'" with no word of
    negation after it: "ne détaille que", "n'a fait que" (only), not "ne dit pas que"."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (doc[k].pos_ in ("AUX", "PRON") or fold(doc[k].text) in _OBJECT_CLITICS):
        k -= 1
    if k < 0 or fold(doc[k].text) not in ("ne", "n'"):
        return False
    return not any(fold(t.text) in _NEGATION_WORDS for t in doc[max(0, k):min(len(doc), i + 4)])


#: Tokens an aside between commas may hold at most.
_ASIDE_WINDOW = 10


def _aside_end(doc, j: int, hi: int) -> int | None:
    """For the comma at ``j``: the index of the comma closing an aside right before a
    "que" (``, en retenant ses larmes, qu'il``, ``, selon lui, que``), when the aside holds
    no finite verb, quotation mark or other punctuation; else None. An adjunct aside may
    hold a relative clause of its own (``, depuis la Corrèze où il se trouvait, que``).
    A comma ending the text (an excerpt cut off after it) opens no aside."""
    if j + 1 >= hi:
        return None
    adjunct = doc[j + 1].pos_ in ("ADP", "ADV")
    relative = False
    for k in range(j + 1, min(hi - 1, j + 1 + _ASIDE_WINDOW)):
        tok = doc[k]
        if tok.text == ",":
            nxt = fold(doc[k + 1].text)
            split = nxt == "qu" and k + 2 < hi and doc[k + 2].text in ("'", "’")
            return k if k > j + 1 and (nxt in ("que", "qu'") or split) else None
        if tok.is_punct and tok.text not in ("-", "'", "’"):
            return None
        if fold(tok.text) in ("qui", "que", "qu'", "dont") or tok.text.lower() == "où":
            if not adjunct or k == j + 1:
                return None
            relative = True
        elif "Fin" in tok.morph.get("VerbForm") and not relative:
            return None
    return None


#: Object clitics that may stand before an infinitive ("indiquant les avoir arrêtés").
_CLITICS = frozenset({"le", "la", "l'", "les", "lui", "leur", "y", "en", "se", "s'", "me", "m'", "te", "t'", "nous", "vous"})


def _infinitive_after(doc, i: int, hi: int) -> int | None:
    """Index of a bare infinitive right after the verb at ``i`` (adverbs aside):
    "a indiqué avoir corrigé", "dit regretter"."""
    j = i + 1
    # a time adjunct of the verb may stand before the infinitive: "a confirmé le 25 mars être",
    # "a annoncé mardi soir avoir fermé" (tokens of an obl:mod child's phrase, no punctuation)
    adjunct = {t.i for c in doc[i].children if c.dep_ == "obl:mod" and c.i > i
               for t in c.subtree if t.pos_ in ("DET", "NUM", "NOUN", "ADJ", "ADV")}
    while j < hi and (doc[j].pos_ == "ADV" or j in adjunct or fold(doc[j].text) in _CLITICS and j + 1 < hi
                      and doc[j + 1].pos_ in ("VERB", "AUX", "PRON", "DET")):
        j += 1
    if j < hi and doc[j].pos_ in ("VERB", "AUX") and doc[j].morph.get("VerbForm") == ["Inf"]:
        return j
    return _infinitive_past_adjuncts(doc, i, hi)


def _infinitive_past_adjuncts(doc, i: int, hi: int) -> int | None:
    """``a reconnu auprès de l'AFP avoir acheté …``, ``a assuré au « 20 Heures » de TF1, ce
    jeudi 26 janvier, être prêt à …``: a bare infinitive after the verb's prepositional and
    time adjuncts (nouns, names, numbers, prepositions, commas, a short quoted title; no other
    verb, pronoun or conjunction), which the parse may cut from the verb. Its index, else None."""
    j, opened, inside = i + 1, False, 0
    if j >= hi or doc[j].pos_ != "ADP" and not (doc[j].text == "," or doc[j].pos_ == "ADV"):
        return None  # only past an adjunct opening right after the verb
    while j < hi and j - i <= 14:
        tok = doc[j]
        if tok.text in ("«", "“", "»", "”"):
            opened = tok.text in ("«", "“")
            inside = 0
        elif opened:
            inside += 1
            if inside > 4 or tok.pos_ in ("VERB", "AUX"):
                return None
        elif tok.pos_ in ("VERB", "AUX"):
            if tok.morph.get("VerbForm") == ["Inf"] and doc[j - 1].pos_ != "ADP" and doc[j - 1].text == "," or \
                    tok.morph.get("VerbForm") == ["Inf"] and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                return j
            return None
        elif not (tok.pos_ in ("ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "ADV") or tok.text == ","):
            return None
        j += 1
    return None


def _is_wish(tok) -> bool:
    """A verb of _WISH_LEMMAS, by lemma or by stem (the tagger's lemma of "demande" is "demande")."""
    return tok.lemma_ in _WISH_LEMMAS or any(fold(tok.text).startswith(fold(w[:-2])) for w in _WISH_LEMMAS)


def _closing_left_mark(tok) -> bool:
    """True when a left double mark "“" stands where a quotation closes: glued to the word
    before it, with a space or a punctuation mark after it (“Mon patron, c'est le peuple“, a
    déclaré X), as some outlets type the closing mark; ``find_quote_spans`` pairs it so."""
    doc = tok.doc
    return tok.text == "“" and tok.i > 0 and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 1].is_space \
        and (tok.i + 1 == len(doc) or bool(tok.whitespace_) or doc[tok.i + 1].is_punct)


def _quoted_after(opened: bool, tok) -> bool:
    """Whether quotation marks are open after the token ``tok``, given ``opened`` before it."""
    text = tok.text
    if text == "“" and opened and _closing_left_mark(tok):
        return False
    if text == "«":
        return True
    if text == "»":
        return False
    if text in ("“", "”", "\""):
        return not opened if text == "\"" else text == "“"
    return opened


def _in_quotes(doc, i: int, lo: int) -> bool:
    """True when token ``i`` lies between quotation marks opened in its sentence (from ``lo``)."""
    opened = False
    for tok in doc[lo:i]:
        opened = _quoted_after(opened, tok)
    return opened


def _said_that(s: _Sentence) -> Quote | None:
    """``X <verb> [complements] que …`` and ``X <verb> <infinitive> …`` ("a indiqué avoir
    corrigé la panne"): what a reporting verb's subject says."""
    return _said_that_from(s)[0]


def _said_that_from(s: _Sentence) -> tuple[Quote | None, int, object]:
    """``_said_that``'s claim, the index of the token where what is said starts and the
    verb of saying ((None, ``s.hi``, None) when there is no claim)."""
    doc = s.doc
    for i in range(s.lo, s.hi - 1):
        tok = doc[i]
        if not (_is_reporting(tok) or (tok.pos_ == "VERB" and tok.lemma_ in SAY_THAT_LEMMAS) or _made_known(tok)):
            continue
        if _in_quotes(doc, i, s.lo):
            continue  # a verb inside quotation marks is the quoted speaker's, not the sentence's
        j = _que_after(doc, i, s.hi)
        if j is None and not _restrictive_negation(doc, i):
            j = _parsed_que(doc, tok, s.lo, s.hi)
        if j is not None:
            causative = _causative_of(tok)
            speaking = causative if causative is not None and causative.head.i == i else tok
            if speaking is not tok and _subject_of(speaking) is None and _subject_of(tok) is not None:
                speaking = tok  # "Le maire a fait valoir que", parsed "fait" <- "valoir": the subject hangs on the infinitive
            quote = _claim(s, speaking, j + 1, 1)
            if quote:
                return quote, j + 1, tok
        # ("le club saura prendre les mesures": "savoir" before an infinitive is being able to)
        j = _infinitive_after(doc, i, s.hi) if tok.lemma_ != "savoir" else None
        if j is not None and not _is_wish(tok):
            quote = _claim(s, tok, j, 3)
            if quote:
                return quote, j, tok
        if _se_dire(doc, i, s.lo, s.hi):
            quote = _claim(s, tok, i + 1, 2)
            if quote:
                return quote, i + 1, tok
    return None, s.hi, None


def _parsed_que(doc, verb, lo: int, hi: int) -> int | None:
    """The "que" of a content clause the parse gives the verb (``ccomp``, opened by its
    ``mark`` "que"), after the verb, outside quotation marks, when the words between are no
    other clause (no finite verb, no quotation mark, no colon or semicolon): the complements
    ``_que_after`` passes by its window may be longer ("a expliqué lors d'une conférence de
    presse organisée dans les locaux du ministère que …"). Its index, else None."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i <= verb.i or c.i >= hi:
            continue
        mark = next((m for m in c.children if m.dep_ == "mark" and fold(m.text) in ("que", "qu'", "qu")), None)
        if mark is None or mark.i <= verb.i or _in_quotes(doc, mark.i, lo):
            continue
        between = doc[verb.i + 1:mark.i]
        if any(t.text in ("«", "»", "“", "”", "\"", ":", ";") or t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
               for t in between):
            continue
        return mark.i + (1 if mark.text == "qu" else 0)  # "qu' il": the apostrophe, as ``_que_after`` gives
    return None


def _made_known(tok) -> bool:
    """``X a fait savoir / laisse entendre / fait valoir que …``: a causative of a verb of knowing."""
    return _causative_of(tok) is not None


def _causative_of(tok):
    """The "faire" / "laisser" of ``fait savoir``, ``laisse entendre``: the infinitive's head,
    or the word right before it when the parse hangs the causative on the infinitive
    ("Il a fait savoir que", parsed "fait" ← "savoir"); None when ``tok`` is no such infinitive."""
    if tok.lemma_ not in _MAKE_KNOWN or tok.morph.get("VerbForm") != ["Inf"] and tok.dep_ != "xcomp":
        return None
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("faire", "laisser"):
        return tok.head
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.head.i == tok.i and prev.lemma_ in ("faire", "laisser") and prev.pos_ == "VERB":
        return prev
    return None


def _se_dire(doc, i: int, lo: int, hi: int) -> bool:
    """``X se dit optimiste``, ``se disent prêts à …``: "se dire" and an attribute."""
    tok = doc[i]
    if not (tok.lemma_ == "dire" or fold(tok.text) in ("dit", "dis", "dise", "disent", "disait", "disaient")):
        return False
    if i - 1 < lo or fold(doc[i - 1].text) not in ("se", "s'"):
        return False
    j = i + 1
    while j < hi and doc[j].pos_ == "ADV":
        j += 1
    return j < hi and (doc[j].pos_ == "ADJ" or doc[j].pos_ == "VERB" and (
        "Part" in doc[j].morph.get("VerbForm") or doc[j].dep_ == "xcomp" and doc[j].head.i == i))


#: Verbs of advising and requesting ("conseiller à X de …"): a closed class of French verbs.
_ADVICE_LEMMAS = frozenset({"conseiller", "déconseiller", "recommander", "demander", "enjoindre", "ordonner",
                            "interdire", "suggérer", "proposer", "exhorter"})


def _verb_lemma(tok) -> str:
    """The infinitive of a verb; a lemma the lemmatizer left as a noun's ("demande" for the
    verb "demande") gets the "-r" of the first group's infinitive."""
    lemma = tok.lemma_
    return lemma + "r" if lemma.endswith("e") and not lemma.endswith("re") else lemma


def _advised(s: _Sentence) -> Quote | None:
    """``X conseille / recommande / demande à Y de <infinitive> …``: the advice, said by X."""
    doc = s.doc
    for i in range(s.lo, s.hi - 3):
        tok = doc[i]
        if not (tok.pos_ == "VERB" and (_verb_lemma(tok) in _ADVICE_LEMMAS or _is_wish(tok) and fold(tok.text).startswith("demand"))
                and tok.morph.get("VerbForm") != ["Inf"]) or _in_quotes(doc, i, s.lo):
            continue
        j = i + 1
        while j < s.hi and doc[j].pos_ == "ADV":
            j += 1
        if j >= s.hi or fold(doc[j].text) not in ("a", "au", "aux"):
            continue
        j += 1
        while j < s.hi and j - i <= 10 and (doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM") or (
                doc[j].pos_ == "VERB" and doc[j].morph.get("VerbForm") == ["Part"])) \
                and fold(doc[j].text) not in ("de", "d'"):
            j += 1  # (a participle qualifies the noun: "au premier ministre élu de …")
        if j >= s.hi or fold(doc[j].text) not in ("de", "d'"):
            continue
        k = j + 1
        while k < s.hi and (doc[k].pos_ == "ADV" or fold(doc[k].text) in _CLITICS):
            k += 1
        if k < s.hi and doc[k].pos_ in ("VERB", "AUX") and doc[k].morph.get("VerbForm") == ["Inf"]:
            quote = _claim(s, tok, j, 3)
            if quote:
                return quote
    return None


def _charged(s: _Sentence) -> Quote | None:
    """``X accuse / dénonce …``: a charge is a claim of its subject (never of the subject
    of a passive, who is charged)."""
    for i in range(s.lo, s.hi - 2):
        tok = s.doc[i]
        if tok.pos_ == "VERB" and tok.lemma_ in _CHARGE_LEMMAS and tok.morph.get("VerbForm") != ["Inf"]:
            if any(c.dep_ == "aux:pass" for c in tok.children):
                continue  # "Cette pratique est dénoncée par des associations": who is charged
            quote = _claim(s, tok, i + 1, 3)
            if quote:
                return quote
    return None


def _selon_first(s: _Sentence) -> Quote | None:
    """``Selon X, …`` / ``D'après X, …`` opening the sentence."""
    doc, lo, hi = s.doc, s.lo, s.hi
    head = _head_attribution(doc, lo, hi, s.mentions, s.namer, s.ctx, allow_pour="someone")
    if not head:
        return None
    j = lo
    while j < hi - 1 and doc[j].text not in (",", ":"):
        j += 1
    # skip an apposition after the name: "D'après X, secrétaire d'Etat adjoint, …"
    if j + 1 < hi and fold(doc[j + 1].text) in TITLE_HEADS | {"le", "la", "l'"}:
        k = j + 1
        while k < hi and doc[k].text != ",":
            k += 1
        # an apposition is a noun phrase: "Selon X, le meurtrier aurait crié …" is the claim
        if k < hi - 1 and not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1:k]):
            j = k
    body = doc[j + 1:hi].text.strip().rstrip(".").strip()
    return Quote(body, head, s.pid, "reported") if body else None


_SELON_RE = re.compile(r"(,\s*)?\b(?:selon|d['’]\s?apr[eè]s|[àa] en croire)\s+", re.I)


#: Nouns of a unit of time, and "cas": after "selon" they say what a thing depends on ("selon
#: la saison", "selon les cas", "selon l'année"), never who says it.
_VARYING_NOUNS = frozenset({"cas", "jour", "semaine", "mois", "annee", "saison", "periode", "heure", "moment",
                            "epoque", "circonstance"})


def _depending_on(doc, a: int, b: int) -> bool:
    """True when the phrase a..b after "selon" is a determiner and a noun of time or of cases."""
    nouns = [fold(t.text) for t in doc[a:b] if t.pos_ == "NOUN"]
    if len(nouns) != 1:
        return False
    word = nouns[0]
    return word in _VARYING_NOUNS or word.endswith(("s", "x")) and word[:-1] in _VARYING_NOUNS


def _designates_someone(doc, a: int, b: int, mentions) -> bool:
    """True when tokens a..b name a person or organisation, or their head noun is a
    noun of a person by its shape ("plusieurs observateurs", "un photographe")."""
    if any(m.start_token < b and m.end_token > a and m.label in ("PER", "ORG") for m in mentions):
        return True
    # a country or city speaking for its government ("selon la Corée du Sud"): a place
    # mention that is the whole phrase, its determiner aside
    if any(m.label == "LOC" and m.end_token == b and all(t.pos_ == "DET" for t in doc[a:m.start_token])
           for m in mentions):
        return True
    head = next((t for t in doc[a:b] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        # "pour certains", "pour d'autres", "selon plusieurs": a pronoun of people
        return fold(doc[b - 1].text) in PEOPLE_PRONOUNS and (b - a == 1 or b - a == 2 and fold(doc[a].text) in ("d'", "d"))
    if fold(head.text) in _SOURCE_NOUNS | _DOCUMENT_NOUNS:
        return True  # "selon une première estimation …", "selon le rapport": a source that speaks
    if head.i + 2 < b and doc[head.i + 1].text == "-" and doc[head.i + 2].pos_ == "NOUN":
        head = doc[head.i + 2]  # "des marins-pompiers", split at its hyphen: the compound's last noun
    word = fold(head.text)
    word = word[:-1] if word.endswith(("s", "x")) and len(word) > 3 else word
    if word in _TIME_NOUNS:
        return False  # "pour l'instant", "pour le moment": a time, whatever its ending
    return bool(_PERSON_NOUN.search(word)) or word in ANAPHORIC_HEADS or word in ORG_HEADS


#: Nouns of time heading the locutions "pour l'instant", "pour le moment", "pour l'heure".
_TIME_NOUNS = frozenset({"instant", "moment", "heure", "temps", "present"})


def _selon_after(s: _Sentence) -> Quote | list[Quote] | None:
    """``…, selon X`` / ``…, d'après X`` after the start of the sentence, also without a
    comma when X names someone (``… a reculé selon plusieurs observateurs``): the source of
    the whole sentence, never cut to remove an attribution in its middle."""
    doc, lo, hi = s.doc, s.lo, s.hi
    sent_text = doc[lo:hi].text.strip()
    sources = [m for m in _SELON_RE.finditer(sent_text) if m.start() > 0]
    if sources:
        tail = _tail_attribution(doc, lo, hi, s.mentions, s.namer, s.ctx, selon=False)
        if tail is not None and tail[0] and not _in_quotes(doc, tail[1], lo) \
                and doc[tail[1]].idx - doc[lo].idx > sources[-1].end() and tail[1] + 1 < hi \
                and "Fin" in doc[tail[1] + 1].morph.get("VerbForm"):
            # "tout s'est fait selon les prescriptions …, a assuré le commandant": the
            # incise closing the sentence names its speaker; a "selon" before it is part
            # of what is said
            return None
    if len(sources) > 1:
        # "entre 2 000 selon la police et 5 000 selon les organisateurs": no one source
        # speaks for the whole sentence; the sentence is reported once from each, in order
        found = []
        for m in sources:
            k = next((k for k in range(lo, hi) if doc[k].idx >= doc[lo].idx + m.end()), None)
            np = _np_after(doc, k, hi) if k is not None and not _in_quotes(doc, k, lo) else None
            quote = s.reported(sent_text.rstrip(" ."), s.name(np[0], np[1])) if np else None
            if quote is None:
                return None
            found.append(quote)
        return found
    for m in sources:
        start_char = doc[lo].idx + m.end()
        k = next((k for k in range(lo, hi) if doc[k].idx >= start_char), None)
        if k is None or _in_quotes(doc, k, lo):
            continue
        if fold(doc[k].text) in _STRESSED and (k + 1 >= hi or doc[k + 1].text in (".", ",", ";", "!", "?", ")")) \
                and m.group(1):
            # "…, selon lui.": the pronoun's referent, else nobody
            who = s.ctx.resolve_pronoun(_STRESSED[fold(doc[k].text)])
            body = sent_text[:m.start()].strip()
            return s.reported(body, who) if who and body else None
        k = _past_ce_que(doc, k, hi)
        np = _np_after(doc, k, hi)
        if not np or not (m.group(1) and not _depending_on(doc, *np)
                          or _designates_someone(doc, np[0], np[1], s.mentions)):
            continue  # (after a comma too, "…, selon la saison" is depending on, not a source)
        speaker = s.name(np[0], np[1])
        said, said_from, verb = _said_that_from(s)
        if said is not None and (is_news_source(speaker) or said.speaker and k > said_from and verb.dep_ == "ROOT"):
            # "X a déclaré que … (selon l'AFP)": the agency relays what X said; "X a
            # déclaré que 25 personnes ont été tuées, selon un nouveau bilan": a source
            # inside what the sentence's main verb says is its subject's
            return None
        body = sent_text[:m.start()].strip()
        rest = doc[np[1]:hi].text.strip(" .,")
        if not body or rest and len(rest.split()) > 2:
            # never cut the attribution out of the middle: keep the whole sentence
            body = sent_text.rstrip(" .")
        return s.reported(body, speaker)
    return None


def _past_ce_que(doc, k: int, hi: int) -> int:
    """``selon ce qu'a confié X`` / ``d'après ce qu'ont indiqué X``: the inverted subject
    after the relative's verbs; else ``k``."""
    if k + 2 >= hi or fold(doc[k].text) != "ce":
        return k
    j = k + 1
    if fold(doc[j].text) == "qu" and doc[j + 1].text in ("'", "’"):
        j += 1
    if fold(doc[j].text) not in ("que", "qu'", "'", "’"):
        return k
    j += 1
    start = j
    while j < hi and (doc[j].pos_ in ("AUX", "ADV") or doc[j].pos_ == "VERB" and _says(doc[j])):
        j += 1
    return j if j > start and any(t.pos_ == "VERB" for t in doc[start:j]) else k


def _prepositional(tok) -> bool:
    """True when ``tok`` heads a prepositional phrase ("après une grave chute"): no subject,
    whatever the parse says ("des" and "du" tagged as prepositions are articles)."""
    return any(c.dep_ == "case" and fold(c.text) not in ("des", "du") for c in tok.children)


def _incise_reported(s: _Sentence) -> Quote | None:
    """``Depuis huit ans, renchérit X, l'eau ne coule pas ici.``, ``Il reste beaucoup à faire,
    comme l'a souligné X, président …``: an incise of saying between two commas (or closing
    the sentence after "comme"), outside quotation marks, inside a sentence that is a clause
    of its own: the whole sentence, from the incise's subject. (An incise after a short opening
    phrase needs a finite verb in the clause after it; "comme l'a dit X" one before or after.)"""
    doc, lo, hi = s.doc, s.lo, s.hi
    inside = _quote_flags(doc, lo, hi)
    if any(inside):
        return None
    for k in range(lo + 1, hi - 3):
        if doc[k].text != ",":
            continue
        j, like = k + 1, False
        if as_said := _past_comme(doc, j, hi):
            j, like = as_said, True  # "comme l'a souligné X", "comme le rappelle X"
        if "Part" in doc[j].morph.get("VerbForm") and not like:
            continue  # "La série, dite série Europa, ne comportera …": a participle names, it reports nothing
        np = _attribution_at(doc, j, hi, selon=False)
        if not np:
            continue
        end = np[1] if np[0] != "pronoun" else next((e for e in range(j, min(hi, j + 5)) if doc[e].text.startswith("-")), j) + 1
        close = next((e for e in range(end, hi) if doc[e].is_punct), hi)
        if close < hi and doc[close].text not in (",", "."):
            continue
        before = any("Fin" in t.morph.get("VerbForm") for t in doc[lo:k])
        after = close < hi and doc[close].text == "," and any("Fin" in t.morph.get("VerbForm") for t in doc[close + 1:hi])
        if not (like and (before or after) or not like and after and k - lo <= 8):
            continue
        who = s.ctx.resolve_pronoun(np[1], incise=True) if np[0] == "pronoun" else s.name(np[0], np[1])
        body = doc[lo:hi].text.strip()
        return s.reported(body, who) if who and not _is_fragment(who) else None
    return None


def _bare_incise(doc, lo: int, hi: int) -> tuple[int, tuple[int, int]] | None:
    """``Un cycliste est mort après une chute a révélé le Comité paralympique.``: an inverted
    verb of saying that ends the sentence without the comma the incise should have. The
    verb group (auxiliaries, "fait" of "fait savoir") has no subject before it and follows
    a clause with its own subject and finite verb (no conjunction, relative pronoun or
    clitic between them); a noun phrase opening with a determiner or a proper noun runs
    from the verb to the end of the sentence (a parenthesised acronym and time words
    aside). (start of the verb group, the noun phrase's range), else None; the caller
    keeps it only when the phrase designates someone ("… où les radiographies confirment
    une fracture du bras" names no source)."""
    end = hi
    while end > lo and doc[end - 1].is_punct and doc[end - 1].text in (".", "!", "?", "…"):
        end -= 1
    inside = _quote_flags(doc, lo, hi)
    for i in range(lo + 4, end - 1):
        tok = doc[i]
        if inside[i - lo] or tok.pos_ != "VERB" or not (_says(tok) or _made_known(tok)) \
                or doc[i + 1].pos_ not in ("DET", "PROPN"):
            continue
        g = i
        while g - 1 > lo and (doc[g - 1].pos_ == "AUX" or _made_known(tok) and fold(doc[g - 1].text) in ("fait", "faire")):
            g -= 1
        group = doc[g:i + 1]
        if not any("Fin" in t.morph.get("VerbForm") for t in group):
            continue
        before = doc[g - 1]
        if before.is_punct or before.pos_ in ("CCONJ", "SCONJ", "PRON") or fold(before.text) in _PREVERBAL:
            continue
        if any(c.dep_.startswith("nsubj") and c.i < g and not _prepositional(c) for t in group for c in t.children):
            continue  # (a noun inside a prepositional phrase the parse calls its subject is none)
        if not any(t.dep_.startswith("nsubj") and lo <= t.head.i < g and "Fin" in (
                t.head.morph.get("VerbForm") + [m for c in t.head.children if c.dep_.startswith("aux")
                                                for m in c.morph.get("VerbForm")]) for t in doc[lo:g]):
            continue
        np = _np_after(doc, i + 1, end)
        if np is None or np[0] != i + 1:
            continue
        rest = [t for t in doc[np[1]:end] if t.text not in ("(", ")")]
        if any(not (t.pos_ in ("PROPN", "NOUN") and t.text.isupper() or fold(t.text) in TIME_WORDS) for t in rest):
            continue
        return g, np
    return None


def _inverted_reported(s: _Sentence) -> Quote | None:
    """``…, a confirmé la Maison Blanche dimanche.``: a clause with a verb, then its source
    (also without the comma: ``_bare_incise``)."""
    doc, lo, hi = s.doc, s.lo, s.hi
    # "L'association reconnaît …, considère-t-elle": the pronoun of the incise first
    # designates the subject of the clause that opens the sentence (as for a quotation)
    # (of the whole sentence when this is one of its main clauses: "X reconnaît …, mais …,
    # considère-t-elle")
    pre = s.ctx.sentence_subject
    saved = s.ctx.last_subject
    if pre and pre is not _RESET and pre[1] in ("PER", "ORG"):
        s.ctx.last_subject = pre
    tail = _tail_attribution(doc, lo, hi, s.mentions, s.namer, s.ctx, selon=False)
    s.ctx.last_subject = saved
    if tail is not None and pre and pre is not _RESET and pre[1] in ("PER", "ORG") and not any(
            _is_reporting(t) or t.pos_ == "VERB" and t.lemma_ in SAY_THAT_LEMMAS for t in doc[lo:tail[1]]):
        # "La Ville dispose d'un délai …, puis le Conseil d'Etat devra trancher, ajoute-t-il": a
        # subject that says nothing in the clause is not whom the incise's pronoun stands for
        tail = _tail_attribution(doc, lo, hi, s.mentions, s.namer, s.ctx, selon=False)
    if tail is None:
        bare = _bare_incise(doc, lo, hi)
        if bare is not None and _designates_someone(doc, *bare[1], s.mentions) and not _head_attribution(doc, lo, bare[0], s.mentions, s.namer, s.ctx, allow_pour=False):
            return s.reported(doc[lo:bare[0]].text.strip(), s.name(*bare[1]))
    if tail is None or not tail[0]:
        return None
    comma = tail[1]
    verb = next((t for t in doc[comma + 1:hi] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and _apposed_name_before(doc, verb, lo, s.mentions) is not None:
        return None  # "…, X, expert …, qualifie la situation d'alarmante": X's verb, not an inversion
    if _in_quotes(doc, comma, lo):
        return None  # "« Nous irons jusqu'au bout, assure X. … »": the incise of a quotation
    mark = next((k for k in range(comma + 1, hi) if doc[k].text in (",", "«", "“", '"')), None)
    if mark is not None and doc[mark].text != ",":
        return None  # "…, évoque la possibilité de « révoquer les élus »": an incise's subject quotes nothing
    if any(t.pos_ == "CCONJ" and k + 1 < hi and doc[k + 1].pos_ == "VERB" and "Fin" in doc[k + 1].morph.get("VerbForm")
           for k, t in ((k, doc[k]) for k in range(comma + 2, mark if mark is not None else hi))):
        # "X décrit …, évoque les affaires qui … et distingue …": a predicate coordinated after
        # the noun phrase makes the verbs a list sharing one subject, not an incise and its own
        return None
    body = doc[lo:comma].text.strip()
    head = _head_attribution(doc, lo, comma, s.mentions, s.namer, s.ctx, allow_pour=False)
    if body and len(body.split()) >= 4 and not head and not _is_journalist(tail[0], s.entities):
        # a claim is a clause: a finite verb or a subject pronoun ("Sauf que le Conseil d'Etat,
        # après avoir étudié les pistes, prône le statu quo" has neither before the comma:
        # "prône" is its verb; "Il y traite de …" has its pronoun, whatever the tagger says)
        if any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
               or t.pos_ == "PRON" and fold(t.text) in _PRONOUNS for t in doc[lo:comma]):
            return Quote(body, tail[0], s.pid, "reported")
    return None
