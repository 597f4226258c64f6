"""Quotes: speakers, twenty-fourth round (issue 8). From the unknown speakers of every read
press set, sorted by where the gold speaker stands (same paragraph before or after the
quotation, the paragraph before, further up): one invented text per pattern, with its guard."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_an_incise_without_comma_of_any_verb_before_a_persons_name(nlp):
    # "« C'est une sorte de pèlerinage » décrit Antoine", "« … » rembobine Eric Junique" (a
    # verb the tagger reads as a noun): no comma after the closing mark, a verb that is not
    # one of saying, then a person's name: an incise all the same
    qs = quotes_of(nlp, "Alors toutes les deux semaines, les supporters se rendent au stade. « C’est une sorte de "
                        "pèlerinage pour nous tous » décrit Antoine Morel.")
    assert speakers(qs) == ["Antoine Morel"]
    qs = quotes_of(nlp, "« Mon grand-père était chauffeur routier, il m’achetait des bouquins au stade » rembobine "
                        "Eric Junique qui soutient le club depuis 50 ans.")
    assert speakers(qs) == ["Eric Junique"]


def test_a_quotation_that_is_a_verbs_subject_has_no_incise(nlp):
    # (a guard) with no comma, a quotation may be the subject of the verb after it; what
    # follows then is no person's name, and names no speaker
    qs = quotes_of(nlp, "« Nous ne céderons jamais sur les retraites » provoque la colère des syndicats.")
    assert speakers(qs) == [None]
    qs = quotes_of(nlp, "« Nous ne céderons jamais sur les retraites » a choqué le ministre Paul Roux.")
    assert speakers(qs) == [None]


def test_a_described_subject_of_any_verb_introduces_the_quotation_standing_after_it(nlp):
    # "Le maire du district de Bamako appelle à un changement de comportement. « … »": a person
    # described with a definite article, the subject of the sentence before, whatever its verb,
    # speaks the sentence that is one quotation after it
    qs = quotes_of(nlp, "Dans la nuit, la pluie a noyé plusieurs quartiers. Le maire du district de Bamako appelle à "
                        "un changement de comportement. « La force de l’eau est telle que rien ne peut résister. »")
    assert speakers(qs) == ["Le maire du district de Bamako"]


def test_a_thing_as_subject_introduces_no_quotation(nlp):
    # (a guard) the subject is a thing, not someone: the quotation after it stays unattributed
    qs = quotes_of(nlp, "Dans la nuit, la pluie a noyé plusieurs quartiers. La crue du fleuve a emporté trois "
                        "ponts. « La force de l’eau est telle que rien ne peut résister. »")
    assert speakers(qs) == [None]
