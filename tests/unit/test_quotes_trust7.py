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


def test_invisible_format_characters_inside_a_name_do_not_cut_it(nlp):
    # zero-width spaces typed before the last word of the name
    (q,) = quotes_of(nlp, "« Les routes sont coupées depuis trois jours » , a déclaré Marc Olivier Ba \u200b\u200bDiallo, "
                          "le responsable de la Croix-Rouge locale.")
    assert q.speaker == "Marc Olivier Ba Diallo"  # whole, and shown without the invisible characters


def test_a_title_goes_on_over_its_adjective_and_keeps_its_fuller_form_in_the_article(nlp):
    # a capital "Le" after a word is part of a title; the sentence-initial mention takes
    # the fuller form the article gives
    qs = quotes_of(nlp, "Le journal satirique Le Hibou déchaîné a révélé mercredi une note interne du ministère.",
                   "Le Hibou déchaîné dénonce « une gestion opaque et bricolée depuis des années » .")
    assert [q.speaker for q in qs] == ["Le Hibou déchaîné"]


def test_a_document_with_its_owners_name_in_apposition_speaks_as_written(nlp):
    (q,) = quotes_of(nlp, "Selon le rapport Gartex de 2019, les ventes de tablettes ont reculé de moitié en Europe.")
    assert (q.kind, q.speaker) == ("reported", "le rapport Gartex de 2019")


def test_a_one_word_person_span_right_after_a_person_is_the_rest_of_the_name(nlp):
    from briefing.analyse.entities.spans import _adjacent_people, _mention

    doc = nlp("Hier, Lucia Ferreira Mbengue a parlé aux ministres de Paul Roux Anne Vidal et Marc Petit.")
    words = [t.text for t in doc]
    lucia, roux, anne = words.index("Lucia"), words.index("Paul"), words.index("Anne")
    cut = [_mention(doc, lucia, lucia + 2, "PER"), _mention(doc, lucia + 2, lucia + 3, "PER")]
    assert [m.text for m in _adjacent_people(doc, cut)] == ["Lucia Ferreira Mbengue"]
    # two full names side by side (an apposition without a comma) stay two people
    two = [_mention(doc, roux, roux + 2, "PER"), _mention(doc, anne, anne + 2, "PER")]
    assert [m.text for m in _adjacent_people(doc, two)] == ["Paul Roux", "Anne Vidal"]


def test_a_person_noun_with_a_full_name_as_complement_is_someone_else(nlp):
    # "La porte-parole de X" speaks, not X; the pronoun after it goes to her
    qs = quotes_of(nlp, "Le maire Julien Marchand a perdu son recours.",
                   "La porte-parole de Julien Marchand précise à la presse que le dossier sera déposé de nouveau lundi. "
                   "« Nous irons jusqu'au bout de la procédure » , explique-t-elle.")
    assert [q.speaker for q in qs] == ["La porte-parole de Julien Marchand"] * 2


def test_a_name_then_quant_a_lui_is_the_subject_for_the_next_pronoun(nlp):
    # (parsed with the surname as a sentence of its own: no subject for the verb)
    qs = quotes_of(nlp, "Le maire Jacques Ferrand a validé le projet contre l'avis de Paul Renaud.",
                   "Renaud, quant à lui, s'insurge contre la décision. « C'est une honte absolue pour le quartier » , "
                   "fustige-t-il.")
    assert [q.speaker for q in qs] == ["Paul Renaud"]


def test_a_present_participle_after_a_quotation_is_no_inverted_attribution(nlp):
    # "qualifiant X de « … »": X is the participle's object, the subject of the sentence speaks
    qs = quotes_of(nlp, "Pour La Gazette du Port, il s'agit d'une « ingérence inacceptable dans la rédaction » que le "
                        "journal juge comme « une menace pour le pluralisme local » qualifiant la lettre du préfet de "
                        "« simple manœuvre électorale » .")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["La Gazette du Port"] * 3


def test_a_coordinated_clause_with_a_name_and_a_verb_of_saying_is_out_of_reach_of_pour_x(nlp):
    qs = quotes_of(nlp, "Pour le quotidien La Gazette du Port, cette grève est « inacceptable et dangereuse » et Marc Lebrun, président "
                        "du conseil de surveillance, estime qu' « on aurait appelé cela de la censure autrefois » .")
    assert [(q.text[:12], q.speaker) for q in qs if q.kind != "reported"] == [
        ("inacceptable", "La Gazette du Port"), ("on aurait ap", "Marc Lebrun")]


def test_the_named_phrase_right_before_the_verb_is_its_subject_not_an_apposition_before_it(nlp):
    # the parse takes "les villages" (an apposition to the places) for the subject. (With
    # "la Croix-Rouge", one token since the twelfth round, the parse of this invented sentence
    # gives "constaté" no subject at all; "le Secours populaire" keeps the case.)
    (q,) = quotes_of(nlp, "Après qu'Action Santé ait mené une évaluation indépendante des dispensaires à Sorel , Brieux et "
                          "Lanvau, les villages les plus touchés par la crue, le Secours populaire et Action Santé ont "
                          "constaté que la plupart des familles se servent de l'eau du puits comme seule ressource.")
    assert (q.kind, q.speaker) == ("reported", "le Secours populaire et Action Santé")


def test_two_coordinated_names_speak_together_as_written(nlp):
    (q,) = quotes_of(nlp, "Paul Roux et Anne Vidal ont indiqué que le chantier de la gare reprendrait lundi prochain.")
    assert (q.kind, q.speaker) == ("reported", "Paul Roux et Anne Vidal")


def test_only_a_noun_of_an_organisation_stands_for_the_organisation_just_named():
    from briefing.analyse.quotes.speakers import _Context

    ctx = _Context(last_subject=("Marex", "ORG", None))
    assert ctx.resolve_role(["l'", "ouragan"]) is None  # a storm is not the company
    assert ctx.resolve_role(["la", "commune"]) is None
    assert ctx.resolve_role(["la", "societe"]) == "Marex"


def test_selon_x_with_an_apposition_before_the_quotation_names_the_source(nlp):
    qs = quotes_of(nlp, "La crue a atteint la ville jeudi et selon l'institut régional de prévision des crues du Rhône, "
                        "basé à Lyon , « c'est la plus forte crue depuis quarante ans » .")
    assert [q.speaker for q in qs if q.kind == "partial"] == ["l'institut régional de prévision des crues du Rhône"]


def test_the_subject_of_a_passive_verb_of_saying_is_what_is_said_not_who_says_it(nlp):
    (q,) = quotes_of(nlp, "Le plan, qui sera annoncé lundi, prévoit de « réduire les dépenses de moitié d'ici 2030 » .")
    assert q.speaker is None


def test_a_relative_after_a_list_of_names_has_the_whole_list_as_antecedent(nlp):
    (q,) = quotes_of(nlp, "Le traité fut signé en 1990 entre la Norvège , la Suède et le Danemark , qui s'étaient engagés "
                          "à « ouvrir leurs frontières sans aucune condition » .")
    assert q.speaker == "la Norvège , la Suède et le Danemark"


def test_a_title_opening_the_sentence_goes_on_over_its_adjective(nlp):
    qs = quotes_of(nlp, "Le Hibou déchaîné affirme que le couple a « signé une fausse déclaration de patrimoine » .")
    assert {q.speaker for q in qs} == {"Le Hibou déchaîné"}


def test_an_adjective_right_after_a_determiner_stands_for_its_noun_in_a_source(nlp):
    (q,) = quotes_of(nlp, "Selon plusieurs officiels maliens, le convoi a été attaqué près de la frontière dans la nuit.")
    assert (q.kind, q.speaker) == ("reported", "plusieurs officiels maliens")


def test_a_verb_of_saying_with_the_iterative_prefix_is_one(nlp):
    (q,) = quotes_of(nlp, "Les délégués réaffirment également que cette « alliance est une et indivisible » .")
    assert q.speaker == "Les délégués"


def test_pour_x_between_commas_right_before_the_quotation_names_someone(nlp):
    qs = quotes_of(nlp, "« Restez unis face à la crise » , a lancé le maire Paul Roux tandis que, pour la présidente "
                        "de la région Anne Vidal , « il y aura un avant et un après » .")
    assert [q.speaker for q in qs] == ["Paul Roux", "Anne Vidal"]
    # "pour" and a phrase that designates nobody: no source
    qs = quotes_of(nlp, "La mairie a fermé le parc tandis que, pour la première fois , « il y aura un avant et un après » .")
    assert [q.speaker for q in qs] == [None]


def test_a_paragraph_that_is_one_quotation_goes_on_with_the_voice_closing_the_paragraph_before(nlp):
    qs = quotes_of(nlp, "« Nous avons rouvert trois écoles cette semaine » , a déclaré Claire Petit, directrice de l'ONG "
                        "Lumière.",
                   "« Avec ce programme, nous espérons atteindre mille enfants avant l'hiver » .")
    assert [q.speaker for q in qs] == ["Claire Petit"] * 2
    # the paragraph before ends on narrative, not on a quotation: nobody
    qs = quotes_of(nlp, "« Nous avons rouvert trois écoles cette semaine » , a déclaré Claire Petit. Les cours reprennent "
                        "lundi dans tout le district.",
                   "« Avec ce programme, nous espérons atteindre mille enfants avant l'hiver » .")
    assert [q.speaker for q in qs] == ["Claire Petit", None]


def test_an_organisation_cut_before_its_complement_is_whole_up_to_its_acronym():
    from briefing.analyse.entities.spans import _mention, _named_before_acronym
    from briefing.analyse.nlp import load_model

    doc = load_model("fr_core_news_md")("La décision est saluée par l'Union nationale pour les droits des locataires "
                                        "(UNDL) : « une victoire » .")
    words = [t.text for t in doc]
    a = words.index("Union")
    cut = [_mention(doc, a, a + 2, "ORG")]
    assert [m.text for m in _named_before_acronym(doc, cut)] == ["Union nationale pour les droits des locataires"]
    # no acronym in brackets after the complement: the span stays as the model gave it
    doc = load_model("fr_core_news_md")("La décision est saluée par l'Union nationale pour les droits des locataires.")
    assert [m.text for m in _named_before_acronym(doc, [_mention(doc, a, a + 2, "ORG")])] == ["Union nationale"]
