"""Quotes: speakers, twenty-first round (issue 8). From misses of the press set S (scored
blind at this round's start, then read): one invented text per pattern, with its guard."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_the_verb_after_an_aside_opened_by_a_conjunction_goes_on_with_the_subject(nlp):
    # "X a trouvé cette édition « particulièrement vivante » et, soutenu par les organisateurs,
    # a réaffirmé le crédo de la manifestation": "le crédo" is the object of a verb X goes on
    # with, not the inverted subject of an incise
    qs = quotes_of(nlp, "Marie Dubois, directrice du festival, a trouvé cette édition « particulièrement vivante » "
                        "et, soutenue par les organisateurs, a défendu le programme de la manifestation.")
    assert [(q.kind, q.speaker) for q in qs] == [("partial", "Marie Dubois")]


def test_an_incise_after_a_comma_with_no_conjunction_before_it_still_speaks(nlp):
    # (a guard) the same later comma without "et" before the aside: the verb after it is an
    # incise whose subject follows it
    qs = quotes_of(nlp, "Le programme est « particulièrement vivant », a estimé, devant les organisateurs, "
                        "Paul Morel, le maire de la ville.")
    assert speakers(qs) == ["Paul Morel"]


def test_a_phrase_of_where_it_was_said_between_two_commas_before_the_subject(nlp):
    # "», a lancé, lors d'un meeting à Lyon, le candidat X": the phrase between the commas is
    # passed over, also when it ends on a name
    qs = quotes_of(nlp, "« Nous irons jusqu'au bout », a lancé, lors d'un meeting à Lyon, le candidat Paul Morel.")
    assert speakers(qs) == ["Paul Morel"]



def test_an_organisation_named_in_passing_does_not_hide_the_last_voice(nlp):
    # "« … », assure le président de l'Umih. 47 % des professionnels ont eu recours au PGE.
    # « … », insiste-t-il": an organisation that is no subject (here the object of a
    # preposition) is not whom "il" goes back to; the one who last spoke is
    qs = quotes_of(nlp, "« Nous discutons encore pour trouver des solutions », assure le président de l'Umih. "
                        "47 % des professionnels ont eu recours au PGE. "
                        "« Ce n'était pas une aide, mais un achat de trésorerie », insiste-t-il.")
    assert speakers(qs) == ["le président de l'Umih", "le président de l'Umih"]


def test_an_organisation_that_is_a_subject_between_leaves_the_pronoun_unknown(nlp):
    # (a guard) the same organisation as the subject of a clause between may be whom "il"
    # stands for: no guess
    qs = quotes_of(nlp, "« Nous discutons encore pour trouver des solutions », assure le président de l'Umih. "
                        "Entre-temps, les hôteliers ont appris que le Medef refusait. "
                        "« Ce n'était pas une aide, mais un achat de trésorerie », insiste-t-il.")
    assert speakers(qs) == ["le président de l'Umih", None]


def test_the_one_who_after_an_incise_verb_is_the_last_voice(nlp):
    # "», ajoute celui qui est aussi président du comité": "celui qui" stands for the man
    # who just spoke, as "-t-il" would
    qs = quotes_of(nlp, "« Il va falloir s'adapter », analyse Christophe Cador, le président de Satys. "
                        "Aujourd'hui, « on travaille à 60 % de notre capacité », ajoute celui qui est aussi "
                        "président du comité des PME.")
    assert speakers(qs) == ["Christophe Cador", "Christophe Cador"]


def test_the_one_who_of_the_other_gender_stays_unknown(nlp):
    # (a guard) "celle qui" after a man has spoken: the gender disagrees, nobody is guessed
    qs = quotes_of(nlp, "« Il va falloir s'adapter », analyse Christophe Cador, le président de Satys.",
                        "Aujourd'hui, « on travaille à 60 % de notre capacité », ajoute celle qui dirige "
                        "le comité des PME.")
    assert speakers(qs) == ["Christophe Cador", None]


def test_a_reflexive_narrative_infinitive_goes_on_with_the_voice(nlp):
    # "Et de s'interroger : « … »": the reflexive clitic before the infinitive of saying does
    # not keep the sentence from going on with the voice before it
    qs = quotes_of(nlp, "« En France, on ne sait pas où l'on va », a déploré Laurent Abitbol. "
                        "Et de s'interroger : « Mais est-ce que cela durera ? »")
    assert speakers(qs) == ["Laurent Abitbol", "Laurent Abitbol"]


def test_a_reflexive_infinitive_that_says_nothing_names_nobody(nlp):
    # (a guard) "Et de se lever : « … »": a reflexive verb that is no way of saying
    qs = quotes_of(nlp, "« En France, on ne sait pas où l'on va », a déploré Laurent Abitbol. "
                        "Et de se lever : « Mais est-ce que cela durera ? »")
    assert speakers(qs) == ["Laurent Abitbol", None]


def test_a_person_noun_with_its_complement_that_says_something_is_whom_il_goes_on_with(nlp):
    # "Le technicien des Rouge-et-Noir a déploré …": a person noun with a complement (here a
    # nickname the tagger reads as a verb) as the subject of a verb of saying is a voice, as
    # written, for the pronoun of the next incise
    qs = quotes_of(nlp, "Le technicien des Rouge-et-Noir a déploré les erreurs de ses hommes. "
                        "« Encore une fois, on est une équipe en apprentissage », a-t-il admis.")
    assert speakers(qs) == ["Le technicien des Rouge-et-Noir"]


def test_a_noun_with_its_complement_that_says_nothing_is_no_voice(nlp):
    # (a guard) the same kind of noun as the subject of a verb that says nothing ("chantier"
    # ends like a person noun): the pronoun stays unknown
    qs = quotes_of(nlp, "Le chantier des Rouge-et-Noir a pris du retard cette saison. "
                        "« Encore une fois, on est une équipe en apprentissage », a-t-il admis.")
    assert speakers(qs) == [None]


def test_a_question_right_before_an_answer_with_its_incise_is_not_the_answerer_s(nlp):
    # "« Avez-vous un problème avec l'alcool ? » « Non », répond le prévenu": a question and
    # the quotation right after it are two turns of a dialogue; the incise is the answer's
    qs = quotes_of(nlp, "« Avez-vous un problème avec l'alcool, monsieur ? » « Non, jamais », répond le prévenu "
                        "avant de détailler sa consommation.")
    assert speakers(qs) == [None, "le prévenu"]


def test_two_statements_right_after_each_other_share_the_incise(nlp):
    # (a guard) two quotations that are no question and answer, with nothing between them,
    # share the attribution after the last
    qs = quotes_of(nlp, "« Je ne bois jamais en semaine. » « Seulement le samedi soir », répond le prévenu.")
    assert speakers(qs) == ["le prévenu", "le prévenu"]


def test_a_name_cut_off_by_the_end_of_the_text_is_the_name_written_in_full_before(nlp):
    # "», a indiqué Pierre Gigu" ending a web excerpt cut in the middle of a word: the speaker
    # and the person are "Pierre Giguère", whom the article names in full, not a fragment
    from briefing.analyse.entities import article_entities
    from briefing.analyse.quotes import article_quotes
    from briefing.model import Article, Paragraph

    texts = ("Pierre Giguère, député de Saint-Maurice, a réagi à l'annonce de la fermeture.",
             "« De nombreux projets feront l'objet d'une attention particulière et j'y veillerai "
             "personnellement », a indiqué Pierre Gigu")
    a = Article(id="a", source="a.txt", paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)))
    docs = list(nlp.pipe(texts))
    ents, name_of = article_entities(a, docs)
    assert [e.name for e in ents if e.type == "PER"] == ["Pierre Giguère"]
    assert speakers(article_quotes(a, docs, ents, name_of)) == ["Pierre Giguère"]


def test_a_description_cut_off_by_the_end_of_the_text_names_nobody(nlp):
    # "» rappelle l'avo": a description whose last word is cut is no speaker
    qs = quotes_of(nlp, "Les avocats de l'homme d'affaires ont exprimé leur colère après la décision.",
                        "« Ce jugement l'avait relaxé purement et simplement », rappelle l'avo")
    assert speakers(qs) == [None]


def test_a_name_ending_a_text_without_its_final_stop_stays_as_written(nlp):
    # (a guard) a text that only lacks its final stop: a whole name the article knows, or a
    # name of which the article writes no longer form, stays the speaker and the person
    qs = quotes_of(nlp, "Le district a voté sur le projet dimanche.",
                        "« Nous avons gagné le vote de justesse », a déclaré Vincent Bosson")
    assert speakers(qs) == ["Vincent Bosson"]


def test_ne_que_is_a_restriction_not_a_content_clause(nlp):
    # "la brochure … ne détaille que ses avantages, déplore X": "ne … que" means "only"; the
    # brochure says nothing, the incise's subject does
    qs = quotes_of(nlp, "Or la brochure, payée avec l'argent public, ne détaille que les avantages du projet, "
                        "déplore Raphael Zuchuat.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Raphael Zuchuat")]
    assert quotes_of(nlp, "Les résultats ne seront proclamés qu'à partir de 20 heures par la haute autorité.") == ()


def test_a_negation_of_its_own_before_que_keeps_the_content_clause(nlp):
    # (a guard) "ne dit pas que", "n'a jamais affirmé que": a negation, then a content clause
    for text in ("La maire ne dit pas que la ville a eu tort de fermer l'école.",
                 "La maire n'a jamais affirmé que la ville avait eu tort de fermer l'école."):
        assert [(q.kind, q.speaker) for q in quotes_of(nlp, text)] == [("reported", "La maire")], text


def test_a_participle_after_a_comma_has_the_main_clause_s_subject(nlp):
    # "Le Syctom n'a confirmé que le blocage de l'usine, qui dure depuis mai, reconnaissant que
    # …": the parse gives the participle "le blocage" as subject; a participle set off by a
    # comma has none of its own, the main clause's subject says it
    qs = quotes_of(nlp, "Le Syctom, quant à lui, n'a confirmé que le blocage de l'usine d'Ivry-sur-Seine, qui dure "
                        "depuis le 30 mai, reconnaissant que des camions ont été détournés.")
    assert speakers(qs) == ["Syctom"]


def test_words_said_to_be_someone_s_after_a_copula_are_theirs(nlp):
    # "« … » Ces mots sont de Florent Mallégol, du BIC 2000, et retracent …", "Ces propos sont
    # ceux de X": the sentence after the quotation says whose words they are
    for after in ("Ces mots sont de Florent Mallégol, du club de Rennes, et disent bien l'ambiance du départ.",
                  "Ces propos sont ceux de Florent Mallégol."):
        qs = quotes_of(nlp, "« Les principaux coureurs qui peuvent gagner sont dans l'équipe Sojasun. » " + after)
        assert speakers(qs) == ["Florent Mallégol"], after


def test_words_after_a_copula_with_no_owner_name_nobody(nlp):
    # (a guard) "Ces mots sont de plus en plus fréquents": no one's words
    qs = quotes_of(nlp, "« Les principaux coureurs qui peuvent gagner sont dans l'équipe Sojasun. » "
                        "Ces mots sont de plus en plus fréquents chez les coureurs.")
    assert speakers(qs) == [None]


def test_a_description_ending_on_a_name_at_the_end_of_the_text_stays_the_speaker(nlp):
    # (a guard) "», ajoute le maire de Hamdara Oumarou Nouhou" with no final stop: the words end
    # on a name the article knows; nothing says it is cut
    qs = quotes_of(nlp, "De fortes pluies se sont abattues sur la commune dans la nuit de samedi.",
                        "« C'est une pluie jamais enregistrée dans nos localités », ajoute le maire de Hamdara "
                        "Oumarou Nouhou")
    assert speakers(qs) == ["le maire de Hamdara Oumarou Nouhou"]


def test_the_article_of_a_newspaper_s_name_gives_no_gender_to_the_name_after_it(nlp):
    # "a déclaré au journal La Tribune Serge Papin": "La" is the newspaper's, not a title's;
    # "Pour lui" then goes back to Serge Papin
    qs = quotes_of(nlp, "« Carrefour et Leclerc doivent prendre leurs responsabilités », a déclaré au journal "
                        "La Tribune Serge Papin, PDG du groupement Système U, le 1er février. Pour lui, leur "
                        "« attitude met sous pression leurs fournisseurs et leurs concurrents ».")
    assert speakers(qs) == ["Serge Papin", "Serge Papin"]


def test_a_title_with_an_organisation_in_its_complement_still_gives_the_gender(nlp):
    # (a guard) "La présidente du Medef Sophie Martin": the title's article is not the
    # organisation's; "-t-il" does not go back to her
    qs = quotes_of(nlp, "La présidente du Medef Sophie Martin a parlé longuement. "
                        "« Nous irons jusqu'au bout », a-t-il dit.")
    assert speakers(qs) == [None]


def test_a_pronominal_verb_of_feeling_reports_speech(nlp):
    # "Il se réjouit que « … »", "», s'est désolé X", "X s'offusque : « … »": in their
    # pronominal use these verbs of feeling introduce words, like "s'inquiète"
    qs = quotes_of(nlp, "Pascal Robert était présent sur la scène. Il se réjouit que « l'économie soit revenue "
                        "à 90 % de l'activité d'avant la crise ».")
    assert speakers(qs) == ["Pascal Robert"]
    qs = quotes_of(nlp, "« Tous mes avocats sont par terre », s'est désolé un agriculteur de Saint-Pierre.")
    assert speakers(qs) == ["un agriculteur de Saint-Pierre"]
    qs = quotes_of(nlp, "Sur le port, Oumar Guèye s'offusque : « Mais qu'est-ce que c'est que ça ? »")
    assert speakers(qs) == ["Oumar Guèye"]


def test_the_same_verb_of_feeling_not_pronominal_reports_nothing(nlp):
    # (a guard) "La victoire réjouit les supporters, « enfin heureux »": the victory pleases,
    # it says nothing
    qs = quotes_of(nlp, "La victoire réjouit les supporters, « enfin heureux » après dix ans d'attente.")
    assert all(q.speaker != "La victoire" for q in qs)
