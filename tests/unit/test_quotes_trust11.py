"""Quotes: pronoun speakers, eleventh round (issue 8). Made from a random sample of the
quotations the tool left without a speaker across the Wikinews corpus (articles of the
blind eighth set left out), not from a gold set's misses: one invented text per pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)


def speakers(qs):
    return [q.speaker for q in qs if q.kind != "reported"]


def test_an_inverted_clitic_after_its_auxiliary_whatever_the_verb(nlp):
    # "a-t-il plaisanté": not a verb of saying, but the inversion after the quotation is an
    # incise, with or without the comma
    for tail in (" a-t-il plaisanté.", ", a-t-il plaisanté."):
        qs = quotes_of(nlp, "M. Paul Roux quitte son poste ce soir. La salle applaudit longuement. "
                            "« Je me sens à présent comme Cendrillon »" + tail)
        assert speakers(qs) == ["Paul Roux"]


def test_a_person_a_pronoun_designates_stays_salient_over_paragraphs(nlp):
    # "Il commence …" names nobody, yet keeps M. Roux the one "il" goes back to after a
    # sentence whose subject is a thing ("Son émission …") and a paragraph more
    qs = quotes_of(
        nlp,
        "M. Paul Roux est décédé jeudi à Paris.",
        "Il commence à la radio. Son émission s'arrête en 1969.",
        "Il rejoint ensuite une autre station. « Le parisianisme se décentralise enfin » , "
        "annonçait-il dans son premier billet.",
    )
    assert speakers(qs) == ["Paul Roux"]


def test_two_titles_joined_by_et_give_a_gender(nlp):
    # "Le journaliste et animateur de radio X": one description, masculine
    qs = quotes_of(nlp, "Le journaliste et animateur de radio français Paul Roux est décédé jeudi à Paris. "
                        "Le studio a fermé ses portes la même année. « Le parisianisme se décentralise enfin » , "
                        "a-t-il annoncé dans son premier billet.")
    assert speakers(qs) == ["Paul Roux"]


def test_a_singular_pronoun_never_goes_to_a_pair(nlp):
    qs = quotes_of(nlp, "Le président et Marie Dupont sont arrivés ensemble. "
                        "« Nous sommes là pour longtemps encore » , a-t-elle dit.")
    assert "Le président et Marie Dupont" not in speakers(qs)


def test_the_gender_of_a_title_after_an_elided_article(nlp):
    # "l'Allemande": folded, its ending reads like a masculine "-é"; the tagger's gender decides
    qs = quotes_of(nlp, "La spécialiste des sols, l'Allemande Christiane Heinicke, avait pour mission "
                        "d'extraire de l'eau du sol. Le sol est similaire au sol martien. Sur ce travail, "
                        "elle affirma : « On a démontré que ça fonctionnait. »")
    assert speakers(qs) == ["Christiane Heinicke"]


def test_a_noun_phrase_ending_before_the_name_is_no_title(nlp):
    # (a guard) "l'élection présidentielle de 2016 à X" says nothing of X's gender
    qs = quotes_of(nlp, "Le rapport dit que c'était pour faire gagner l'élection présidentielle de 2016 "
                        "à Donald Trump. Trump a indiqué qu'il cherche des liens plus étroits avec la Russie. "
                        "Il prend le pouvoir ce mois-ci. « Nous verrons bien ce qui se passe » , a-t-il dit.")
    assert speakers(qs) == ["Donald Trump"]


def test_an_honorific_after_a_preposition_ends_the_title(nlp):
    # "une de mes montres à M. X": "M." says X is a man, "une" is the watch's
    qs = quotes_of(
        nlp,
        "François Fillon était présent. « J'ai offert une de mes montres à M. Fillon » , a déclaré "
        "Paul Dana. La salle applaudit longuement.",
        "« J'ai fait une erreur de jugement » , déplore-t-il ainsi.",
    )
    assert speakers(qs) == ["Paul Dana", "François Fillon"]


def test_a_gerund_of_saying_after_a_name_the_parse_left_apart(nlp):
    # the parse makes "Fillon" a root of its own: the gerund's verb has no subject, the name
    # opening the sentence right before its verb group is it
    qs = quotes_of(nlp, "Fillon s'est justifié en affirmant que « M. Dana a offert des montres à "
                        "plein d'autres personnes que [lui] » .")
    assert speakers(qs) == ["Fillon"]
