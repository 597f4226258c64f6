"""Quotes: speakers, sixteenth round (issue 8). From a miss of the third press set (F),
already read: one invented text per pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_name_apposed_to_a_described_subject_the_tagger_took_for_a_name_is_the_subject(nlp):
    # "Le wali d'Oran, Said Sayoud, a …": the unknown noun "wali" is tagged PROPN; in lower
    # case it is a noun, and the name between commas after it is who it describes
    qs = quotes_of(nlp, "Le wali d'Oran, Said Sayoud, a piqué une vive colère sur le chantier.\n\n"
                        "« Vous nous avez trahis », a-t-il lancé à l'entrepreneur.")
    assert speakers(qs) == ["Said Sayoud"]


def test_a_described_subject_tagged_as_a_noun_gives_its_name_as_before(nlp):
    # (a guard) "Le maire de Lyon, Paul Durand, a …": the noun the tagger knows
    qs = quotes_of(nlp, "Le maire de Lyon, Paul Durand, a visité le chantier.\n\n"
                        "« Vous nous avez trahis », a-t-il déclaré.")
    assert speakers(qs) == ["Paul Durand"]
