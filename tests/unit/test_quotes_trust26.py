"""Quotes: twenty-sixth round (issue 8). Rules written from typical press constructions,
before the blind sets press29–32 were read."""

from __future__ import annotations

from briefing.analyse.entities import article_entities, article_spans
from briefing.analyse.quotes import article_quotes
from briefing.model import Article, Paragraph
from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def quotes_as_analysed(nlp, *texts):
    """``quotes_of`` with the article's mentions as the analysis computes them (``article_spans``:
    a surname or a first name alone typed as the person named in full)."""
    a = Article(id="a", source="a.txt", paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)))
    docs = list(nlp.pipe(texts))
    spans = article_spans(docs)
    ents, name_of = article_entities(a, docs, spans)
    return article_quotes(a, docs, ents, name_of, spans)

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


def test_laisser_and_an_infinitive_after_a_quotations_comma_is_a_way_of_saying(nlp):
    qs = quotes_of(nlp, "« On peut en rediscuter, on verra ce qu’on peut faire », a laissé tomber M. Paul Girard "
                        "en parlant du possible changement de journée.")
    assert speakers(qs) == ["Paul Girard"]


def test_an_initial_before_an_opening_quotation_mark_ends_the_sentence(nlp):
    qs = quotes_of(nlp, "«C’est un grand jour. Bravo!», a lancé Louise Arsenault, porte-parole du Comité Action H. "
                        "«On va s’en souvenir. Un député qui se lève pour toute sa population, c’est du jamais vu!»")
    assert [q.kind for q in qs] == ["direct", "direct"]
    assert speakers(qs) == ["Louise Arsenault"] * 2


def test_an_organisation_right_after_a_person_noun_qualifies_the_person_who_speaks(nlp):
    qs = quotes_of(nlp, "« Une rentrée chaotique, je n’ai pas l’impression que ça soit nouveau », estime au micro une "
                        "syndicaliste Force ouvrière.")
    assert speakers(qs) == ["une syndicaliste Force ouvrière"]
    # (a guard) a classifier noun of organisations names the organisation
    qs = quotes_of(nlp, "Selon le quotidien Hürriyet, la fondation aurait fait appel de cette décision.")
    assert speakers(qs) == ["Hürriyet"]


def test_a_name_and_a_verb_the_parse_reads_as_a_noun_before_a_colon(nlp):
    qs = quotes_of(nlp, "La réunion s'est tenue mardi à Paris.",
                   "Yves Lemoine alerte : « Si rien n'est fait, nous sommes partis pour des mois de baisse. »")
    assert speakers(qs) == ["Yves Lemoine"]


def test_an_incise_pronoun_goes_to_the_one_person_the_article_has_named(nlp):
    qs = quotes_of(nlp, "Le ministre de l'Agriculture, Marc Fesneau, a reçu mardi les représentants des éleveurs.",
                   "La réunion a duré trois heures. Les discussions ont porté sur les prix du lait.",
                   "« Nous avons avancé sur l'essentiel », a-t-il assuré à la sortie.")
    assert speakers(qs) == ["Marc Fesneau"]
    # (a guard) two men named: nobody
    qs = quotes_of(nlp, "Le ministre de l'Agriculture, Marc Fesneau, a reçu mardi Paul Girard, président des éleveurs.",
                   "La réunion a duré trois heures. Les discussions ont porté sur les prix du lait.",
                   "« Nous avons avancé sur l'essentiel », a-t-il assuré à la sortie.")
    assert speakers(qs) == [None]


def test_a_quoted_phrase_in_what_a_verb_of_saying_introduces_is_its_subjects(nlp):
    qs = quotes_of(nlp, "Les opposants au projet, qui ont perdu le vote dimanche, ont déclaré jeudi qu'ils "
                        "demanderaient un nouveau scrutin, estimant avoir « le vent en poupe ».")
    assert [(q.kind, q.speaker) for q in qs if q.kind == "partial"] == [("partial", "Les opposants au projet")]
    # (a guard) after a second main clause with its own subject, the phrase is not the first subject's
    qs = quotes_of(nlp, "Une source proche du dossier précise que le supplétif ne concerne pas son épouse, tandis "
                        "que son avocat Paul Girard s’« indigne des fuites dans la presse ».")
    assert [q.speaker for q in qs if q.kind == "partial"] != ["Une source proche du dossier"]


def test_a_title_and_a_name_in_a_nouns_complement_are_not_who_speaks(nlp):
    qs = quotes_of(nlp, "Interrogé par Le Journal, le cabinet du maire Marchand a confirmé que la mission en Espagne "
                        "est maintenue.")
    assert speakers(qs) == ["le cabinet du maire Marchand"]
    # (a guard) a title right before the name is the name's
    qs = quotes_of(nlp, "Le ministre de l'Intérieur Gérald Darmanin a confirmé que la mission est maintenue.")
    assert speakers(qs) == ["Gérald Darmanin"]


def test_an_agency_that_relays_a_statement_is_not_its_owner(nlp):
    qs = quotes_of(nlp, "Précisant « n’avoir autorisé aucune source à faire ce genre de déclarations », la police "
                        "dément « toutes les allégations attribuées à ses services », soutient le communiqué relayé "
                        "par la Map.")
    assert "Map" not in speakers(qs) and speakers(qs)


def test_an_incise_inside_the_marks_after_a_copula_clause(nlp):
    # "période" (the predicate of "était") parsed as the subject of "repris": a clause, not its subject
    qs = quotes_of(nlp, "« La première période était notre meilleure période, a repris Martin Dupont. C'est très "
                        "dur pour nous tous. »")
    assert speakers(qs) == ["Martin Dupont"]


def test_an_incise_inside_the_marks_names_a_person_by_a_form_the_model_reads_as_a_place(nlp):
    # (a guard: the article's spans type "St-Louis" as the person named in full)
    qs = quotes_as_analysed(nlp, "Martin St-Louis ne s’est pas laissé emporter par les émotions pendant sa conférence de presse.",
                   "« On était encore dans le match, mais on a commencé à faire des erreurs, a revu St-Louis. Ensuite, "
                   "le début de la deuxième était correct. »")
    assert speakers(qs) == ["Martin St-Louis"]


def test_a_bare_noun_after_pour_is_a_locution_not_a_source(nlp):
    qs = quotes_of(nlp, "Avec, pour résultat, des vignobles entiers mis à mal par la grêle en plein mois de juin.")
    assert speakers(qs) == []
    # (a guard) a name after "Pour" is a source
    qs = quotes_of(nlp, "Pour Greenpeace, la décision du gouvernement est une erreur historique.")
    assert speakers(qs) == ["Greenpeace"]


def test_a_place_in_a_complement_after_a_preposition_is_not_who_speaks(nlp):
    qs = quotes_of(nlp, "Le tir a eu lieu mardi.",
                   "Les élus de treize communes limitrophes entre l'Allemagne et le Luxembourg dénoncent le fait que "
                   "«les fermetures de frontières mettent en danger le projet européen.»")
    assert "Allemagne" not in speakers(qs)
    # (a guard) a place that is the whole phrase speaks for its government
    qs = quotes_of(nlp, "Selon la Corée du Sud, le tir a eu lieu mardi matin au large des côtes.")
    assert speakers(qs) == ["Corée du Sud"]


def test_a_name_and_its_apposition_before_a_copula_after_an_opening_phrase_is_the_subject(nlp):
    qs = quotes_of(nlp, "« Tout est centralisé maintenant », regrette Elisa Bravo, une habitante.",
                   "Rencontrée près d’une jolie rue aux trottoirs plats et pavés, Aline Guillén, 56 ans, est plus "
                   "nuancée. Mais elle estime qu’une centralisation incite les gens à se déplacer, ce qui «n’est pas "
                   "bien écologiquement», et évoque le petit marché, qui a disparu.")
    assert speakers(qs) == ["Elisa Bravo", "Aline Guillén", "Aline Guillén"]


def test_an_incise_pronoun_in_a_relative_clause_is_the_sentences_subject_of_its_gender(nlp):
    # "première femme maire" makes Monique Caudan a woman; the opening description "Ancienne
    # adjointe …" makes Christel Louvel one; "assure-t-elle", in the relative clause about a
    # man, is the sentence's subject
    qs = quotes_of(nlp, "Le conseil municipal de samedi a été marqué par l’élection de Monique Caudan, première femme "
                        "maire de Tréméven. Il a également vu une opposition à l’offensive. Ancienne adjointe à la "
                        "culture et désormais élue d’opposition, Christel Louvel a interpellé Jean-claude Quentel, "
                        "fraîchement nommé adjoint qui, assure-t-elle, « a usé beaucoup d’énergie à dénigrer le "
                        "travail de l’équipe sortante ».")
    assert [q.speaker for q in qs if q.kind == "partial"] == ["Christel Louvel"]


def test_nouns_of_sex_and_kinship_give_their_gender_whatever_their_ending():
    from briefing.analyse.quotes.speakers import _gender_of_words

    assert _gender_of_words(["l'", "premiere", "femme", "maire"]) == "f"
    assert _gender_of_words(["l'", "ancienne", "adjointe"]) == "f"
    assert _gender_of_words(["l'", "homme", "d'affaires"]) == "m"


def test_a_short_phrase_with_no_verb_before_a_colon_goes_on_with_the_person_before(nlp):
    qs = quotes_of(nlp, "Paul Girard a reçu les syndicats mardi à la préfecture. Avec un constat amer : « Rien n'a "
                        "changé depuis dix ans dans cette filière. »")
    assert speakers(qs) == ["Paul Girard"]
    # (a guard) the phrase names someone else: theirs, not the person before
    qs = quotes_of(nlp, "Paul Girard a reçu les syndicats mardi à la préfecture. Même constat pour Anne Roussel, "
                        "commerçante : « Rien n'a changé depuis dix ans dans cette filière. »")
    assert speakers(qs) == ["Anne Roussel"]
