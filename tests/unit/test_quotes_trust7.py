"""Quotes: speakers in ordinary press prose (possessive locutions, names cut short,
descriptions that are not the name they complement), one invented sentence per pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)


def test_pour_sa_part_is_not_a_source(nlp):
    # "Pour sa part" refers back to the subject: the subject speaks, and the pronoun after it
    qs = quotes_of(nlp, "Pour sa part, la ministre Claire Dubois a averti que les syndicats devront « revenir à la table "
                        "des négociations » . « Nous y veillerons personnellement » , a-t-elle ajouté.")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["Claire Dubois"] * 2
    # a verb that is not of saying: the subject of the clause holding the quotation
    qs = quotes_of(nlp, "Pour leur part, le Courrier de Brest résumait l'affaire en une phrase : « le port a perdu "
                        "sa raison d'être » .")
    assert [q.speaker for q in qs] == ["Courrier de Brest"]


def test_pour_a_possessive_person_noun_is_still_a_source(nlp):
    (q,) = quotes_of(nlp, "Pour son avocat, « ce dossier ne tient pas debout » .")
    assert q.speaker == "son avocat"
