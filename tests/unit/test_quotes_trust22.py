"""Quotes: speakers, twenty-second round (issue 8). From misses of the press set T (scored
blind, then read at this round's start): one invented text per pattern, with its guard."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_causative_of_a_verb_of_saying_after_a_quotation_is_an_incise(nlp):
    # "», a fait remarquer le DG de la PNH": "faire" + the infinitive of a verb of saying
    qs = quotes_of(nlp, "« La crise demande une approche politique », a fait remarquer la ministre du Tourisme "
                        "Claire Dorval.")
    assert speakers(qs) == ["Claire Dorval"]


def test_a_causative_incise_inside_the_quotation_marks(nlp):
    # "« …, a fait valoir le ministre X. … »": the incise inside the quotation, the title and
    # surname of the one person the article names in full
    qs = quotes_of(nlp, "Le ministre de l'Industrie, Marc Savoie, était présent mardi.",
                   "« Aujourd'hui, il est question d'innovation, a fait valoir le ministre Savoie. "
                   "Nous vous donnons les moyens de vos ambitions. »")
    assert speakers(qs) == ["Marc Savoie"]


def test_a_causative_with_its_subject_before_the_comma_is_no_incise(nlp):
    # (a guard) "X, la trentaine, fait observer le toit de l'étable": the verbs' subject
    # stands before the comma; the noun phrase after them is an object, not a speaker
    qs = quotes_of(nlp, "À Magoar, Arnaud Le Guen, la trentaine, fait observer le toit de l'étable où "
                        "étaient abritées « douze génisses prêtes à vêler ».")
    assert [q.speaker for q in qs if q.kind != "reported"] == [None]


def test_the_subject_of_a_causative_of_saying_hung_on_the_infinitive_says_the_clause(nlp):
    # "Le maire a fait valoir que …", parsed with "fait" hung on "valoir" and the subject on
    # the infinitive
    qs = quotes_of(nlp, "Le maire de Vierzon, Paul Roux, a fait valoir que la commune n'avait pas les moyens "
                        "de payer les travaux.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Paul Roux")]


def test_a_title_before_a_surname_two_people_bear_names_nobody(nlp):
    # (a guard) "le ministre Martin" when the article names two Martins: no guess between them
    qs = quotes_of(nlp, "Le ministre Jean Martin et la députée Anne Martin étaient présents.",
                   "« Nous serons toujours là pour vous appuyer », a fait valoir le ministre Martin.")
    assert len(qs) == 1 and qs[0].speaker not in (None, "Jean Martin", "Anne Martin")
