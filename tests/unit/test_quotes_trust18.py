"""Quotes: speakers, eighteenth round (issue 8). From misses of the press set H (press8),
scored blind first, then read: one invented text per pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_participle_made_noun_after_its_article_speaks(nlp):
    # "», a déclaré l'opposant": the tagger reads "opposant" as the participle of "opposer";
    # after an article it is a noun, and the description names the person introduced before
    qs = quotes_of(nlp, "L'opposant Paul Marchal a annoncé mardi de nouvelles manifestations.",
                        "« Le pouvoir n'aime pas la paix ni l'ordre », a lancé l'opposant devant la foule.")
    assert speakers(qs)[-1] == "Paul Marchal"
    qs = quotes_of(nlp, "« Nous ne savons rien des causes de la panne », a déclaré l'intervenant.")
    assert speakers(qs) == ["l'intervenant"]


def test_a_participle_with_its_object_is_not_a_speaker(nlp):
    # (a guard) "», a déclaré X en annonçant …": a participle that is not after an article
    # stays a verb
    qs = quotes_of(nlp, "« Nous ne savons rien des causes de la panne », a déclaré Paul Marchal en annonçant une enquête.")
    assert speakers(qs) == ["Paul Marchal"]
