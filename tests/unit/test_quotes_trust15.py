"""Quotes: speakers, fifteenth round (issue 8). Made from the misses of a second new blind
gold set of real French press articles (38 articles of 38 outlets, kept outside the
repository: third-party text), read once it had been scored blind: one invented text per
pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import said, speakers


def test_the_adverb_of_a_gerund_is_no_part_of_the_speakers_name(nlp):
    # "», a insisté le procureur tout en précisant que …": not « le procureur tout »
    qs = quotes_of(nlp, "« La chronologie n'est pas établie », a insisté le procureur tout en précisant que les "
                        "faits se sont déroulés vers midi.")
    assert set(speakers(qs)) == {"le procureur"}


def test_the_incise_closing_the_sentence_wins_over_a_selon_of_conformity(nlp):
    # "tout s'est fait selon les prescriptions … selon l'accord …, a assuré le commandant"
    qs = quotes_of(nlp, "Car tout s'est fait selon les prescriptions légales en vigueur selon l'accord de "
                        "Schengen, a assuré le commandant.")
    assert speakers(qs) == ["le commandant"]


def test_two_sources_of_two_figures_still_speak_each(nlp):
    # (a guard) no incise: each "selon" gives its figure's source
    qs = quotes_of(nlp, "Ils étaient entre 2000 selon la police et 5000 selon les organisateurs.")
    assert speakers(qs) == ["la police", "les organisateurs"]


def test_the_named_agent_of_a_participle_after_selon_is_the_source(nlp):
    # "Selon un bilan établi à 09h GMT par EDF, …": EDF, not « un bilan »
    qs = quotes_of(nlp, "Selon un bilan établi à 09h GMT par EDF, 68.000 foyers étaient privés de courant, en "
                        "majorité dans l'ouest.")
    assert speakers(qs) == ["EDF"]


def test_quoted_words_object_of_a_named_subjects_verb_are_its_words_not_the_relaying_papers(nlp):
    # "X a dénoncé une « … », rapporte le journal local": the quoted words are X's; the
    # paper relays the sentence
    qs = quotes_of(nlp, "Le maire Paul Durand a dénoncé une « décision absurde et injuste », rapporte le journal "
                        "local.")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["Paul Durand"]


def test_a_subject_with_its_own_quoted_verb_leaves_the_verb_after_the_comma_an_incise(nlp):
    # "La réforme « canalise … » en France, a estimé X": "réforme" is the subject of
    # "canalise", not of "estimé"
    qs = quotes_of(nlp, "La réforme des retraites « canalise tous les mécontentements » en France, a estimé le "
                        "secrétaire général de la CGT Philippe Martinez jeudi.")
    assert said(qs, "canalise") == "Philippe Martinez"


def test_a_relative_clause_before_the_verb_still_makes_its_noun_the_subject(nlp):
    # (a guard) "Son frère, qui lui a succédé, a annoncé son décès": no incise
    qs = quotes_of(nlp, "Son frère Paul Durand, qui lui a succédé à la tête de l'entreprise, a annoncé son décès "
                        "dans un communiqué.")
    assert "son décès" not in speakers(qs)


def test_a_sentence_closed_by_a_verb_of_saying_announces_the_quotation_after_it(nlp):
    # "« … », relate une source policière. C'est un témoin très direct qui raconte. « … »":
    # the witness, not the police source
    qs = quotes_of(nlp, "« Il s'est déjà fait frapper. On a menacé sa famille », relate une source policière. "
                        "Dans la rue, c'est un témoin très direct qui raconte. « L'agresseur, je marchais derrière "
                        "lui. Quand il a croisé ce type, il a sorti un grand couteau. »")
    assert speakers(qs) == ["une source policière", "un témoin très direct"]
    qs = quotes_of(nlp, "« Il s'est déjà fait frapper. On a menacé sa famille », relate une source policière. "
                        "Une voisine témoigne. « J'ai eu très peur quand il a sorti un grand couteau de son sac. »")
    assert speakers(qs) == ["une source policière", "Une voisine"]


def test_a_pull_quote_takes_the_voice_of_the_same_words_in_the_body(nlp):
    # a subheading « Etre là, … » whose words the body gives as long, from its speaker
    qs = quotes_of(nlp, "« Nous voulons rester debout ! », s'insurge Paul Durand, président de la coordination.",
                   "« Etre là, c'est une forme de solidarité active »",
                   "Autour du robinet, les gens se pressent. Pour Nathalie Martin, une mère de famille, « être là, "
                   "c'est une forme de solidarité active » avec les agriculteurs.")
    assert speakers(qs) == ["Paul Durand", "Nathalie Martin", "Nathalie Martin"]


def test_the_subject_of_a_narrative_infinitive_speaks(nlp):
    # "Et le ministre X d'abonder : « … »", "Et la maire de Lyon de conclure : « … »"
    qs = quotes_of(nlp, "La présidente a parlé la première. Et le ministre de l'économie Guy Parmelin d'abonder : "
                        "« Ensemble nous pouvons y arriver. » « Pour nos hôpitaux, pour notre système de santé. »")
    assert speakers(qs) == ["Guy Parmelin", "Guy Parmelin"]
    qs = quotes_of(nlp, "La présidente a parlé la première. Et la maire de Lyon de conclure : « Nous rouvrirons "
                        "les écoles lundi matin. »")
    assert speakers(qs) == ["la maire de Lyon"]


def test_a_paragraph_ending_on_an_inverted_clitic_and_an_anonymised_name_do_not_crash(nlp):
    # a line cut after « a-t-il » (no participle after it) and « M. X. » (an initial and
    # its dot: no name word after the honorific) once raised IndexError
    qs = quotes_of(nlp, "« Nous sommes d'autant plus heureux que le maire nous revient », a-t-il",
                   "Le cas jugé hier matin est limpide. M. X. travaillait pour La Poste.")
    assert [q.text for q in qs] == ["Nous sommes d'autant plus heureux que le maire nous revient"]


def test_a_bare_title_never_designates_a_person_the_text_titles_otherwise(nlp):
    # "le ministre" is not « le président Paul Durand »; the same title still designates
    qs = quotes_of(nlp, "Le maire a été nommé ministre dans le gouvernement du président Paul Durand. « Le "
                        "président me charge de vous dire qu'il n'oubliera jamais la commune », a indiqué le ministre.")
    assert speakers(qs) != ["Paul Durand"]
    qs = quotes_of(nlp, "Le président Paul Durand est arrivé à midi. « Je n'oublierai jamais la commune ni ses "
                        "habitants », a indiqué le président.")
    assert speakers(qs) == ["Paul Durand"]
