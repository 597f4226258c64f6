"""Quotes: speakers, sixteenth round (issue 8). From misses of the press sets E and F,
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


def test_a_phrase_put_before_the_subject_is_not_the_speaker(nlp):
    # "Fils unique bichonné par ses parents, Régis a expliqué … «…»": the parse gives the
    # verb two subjects; the first, set off by a comma, with no determiner, describes the second
    qs = quotes_of(nlp, "Fils unique choyé par ses parents, Régis a expliqué jeudi avoir ressenti « de la "
                        "jalousie » quand sa mère avait changé de métier.")
    assert set(speakers(qs)) == {"Régis"}


def test_a_subject_with_a_determiner_keeps_its_apposition_out(nlp):
    # (a guard) "L'Assemblée nationale, …, le Sénat et la Chambre des députés, constate …"
    qs = quotes_of(nlp, "L'Assemblée nationale, constituée des deux chambres du pouvoir législatif, le Sénat et "
                        "la Chambre des députés, constate ainsi le « vide présidentiel ».")
    assert "le Sénat et la Chambre des députés" not in speakers(qs)
