"""Quotes: twenty-sixth round (issue 8). Rules written from typical press constructions,
before the blind sets press29–32 were read."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers

SAID = "« C'est inadmissible, nous allons porter plainte contre la société. »"


def test_a_negated_verb_that_portrays_the_subject_still_introduces_their_words(nlp):
    # "ne décolère pas", "ne cache pas sa colère": a portrait, not a refusal to speak
    qs = quotes_of(nlp, "Les faits se sont produits dans la nuit.",
                   f"Le maire de Brest, François Cuillandre, ne décolère pas. {SAID}")
    assert speakers(qs) == ["François Cuillandre"]
    qs = quotes_of(nlp, "Paul Vidal, maire de Brest, s'est rendu sur place mardi matin.",
                   f"L'élu ne cache pas sa colère. {SAID}")
    assert speakers(qs) == ["Paul Vidal"]


def test_a_negated_will_to_speak_or_answer_introduces_nobody(nlp):
    for refusal in ("n'a pas voulu en dire plus", "n'a pas répondu à nos questions",
                    "n'a pas donné suite à nos sollicitations"):
        qs = quotes_of(nlp, "Les faits se sont produits dans la nuit.",
                       f"Contacté, le maire de Brest, François Cuillandre, {refusal}. {SAID}")
        assert speakers(qs) == [None], refusal


def test_an_inverted_incise_the_parse_coordinates_to_the_main_verb_gives_its_own_subject(nlp):
    # "…, indique la préfecture, précisant que …": the parse coordinates "indique" to the
    # passive main verb and lends it that verb's subject (the thing estimated)
    qs = quotes_of(nlp, "La perte totale pour les trafiquants est estimée à plus d'un million et demi d'euros "
                        "(saisies et amendes), indique la préfecture, précisant que deux personnes ont été arrêtées.")
    assert speakers(qs) == ["la préfecture"]


def test_the_same_source_is_the_last_source_that_spoke(nlp):
    qs = quotes_of(nlp, "Trente sites illégaux ont été démantelés en octobre, a annoncé la préfecture de la "
                        "Guyane dans un communiqué lundi.",
                   "Près de deux tonnes d'or ont été extraites illégalement l'an dernier, selon la même source.")
    assert speakers(qs) == ["la préfecture de la Guyane"] * 2


def test_a_pair_of_described_subjects_after_an_opening_quotation_speaks_no_words_of_it(nlp):
    # "« … »." then "Le directeur, X, et le ministre, Y, ont tenté …": two people, none of
    # whom the text makes the quotation's speaker
    qs = quotes_of(nlp, "« La compagnie présente ses excuses ». Le directeur général de la compagnie, Paul "
                        "Rakoto, et le ministre de l'Énergie, Jean Randria, ont tenté de calmer la colère des "
                        "usagers devant la presse.")
    assert [q.speaker for q in qs if q.kind == "direct"] == [None]


def test_a_time_phrase_and_its_comma_between_an_incise_verb_and_its_subject(nlp):
    qs = quotes_of(nlp, "« Mon patron, c'est le peuple de Dakar », a fait savoir ce mercredi, Amadou Ndiaye "
                        "Fall, par ailleurs ministre de la Santé.")
    assert speakers(qs) == ["Amadou Ndiaye Fall"]


def test_a_left_double_mark_glued_to_the_word_before_it_closes_the_quotation(nlp):
    qs = quotes_of(nlp, "“Mon patron, c'est le peuple de Dakar“, a déclaré Amadou Ndiaye Fall.")
    assert [q.text for q in qs] == ["Mon patron, c'est le peuple de Dakar"]
    assert speakers(qs) == ["Amadou Ndiaye Fall"]
