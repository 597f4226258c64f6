"""Quotes: speakers, twenty-third round (issue 8). From misses of the press set W (scored
blind, then read at this round's start): one invented text per pattern, with its guard.
Most are speakers that name no one ("par la visite du Premier Ministre", "non sans une
pointe d'ironie", "de son côté l'autre candidat", a place): each is now someone or nobody."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_the_par_phrase_after_a_pronominal_verb_is_no_agent(nlp):
    # "X s'est dit « surpris » par la visite du ministre": "se dire" is active; its "par"
    # phrase is the cause, the subject speaks
    qs = quotes_of(nlp, "Paul Roux, candidat à la mairie de Nantes, s’est dit « surpris et choqué » par la visite "
                        "du Premier ministre ce matin.")
    assert speakers(qs) == ["Paul Roux"]


def test_the_agent_of_a_passive_participle_after_a_quotation_still_speaks(nlp):
    # (a guard) "qualifié de « … » par X": a passive participle, its agent speaks
    qs = quotes_of(nlp, "Le projet, qualifié de « désastre écologique » par le député Paul Roux, a été voté hier.")
    assert speakers(qs) == ["Paul Roux"]


def test_a_phrase_after_a_preposition_parsed_as_subject_gives_way_to_the_noun_coordinated_to_it(nlp):
    # "Pourtant, non sans une pointe d'ironie, le conseiller X n'a pas hésité à lancer « … »",
    # parsed with "une pointe" as subject and "le conseiller" coordinated to it
    qs = quotes_of(nlp, "Paul Roux a dressé un bilan de l’action de l’équipe municipale, non sans une pointe "
                        "d’ironie. Comme nous l’avions souligné dans un article du 18 novembre, il n’y a pas "
                        "d’état de grâce pour cette majorité, à peine installée, elle avait dû prendre le relais "
                        "sur la crise sanitaire. Pourtant, non sans une pointe d’ironie, le conseiller municipal "
                        "Roux n’a pas hésité à lancer « nous vous avons laissé le temps » qui n’aura échappé à "
                        "aucun observateur attentif.")
    assert "non sans une pointe d’ironie" not in speakers(qs)


def test_de_son_cote_between_the_verb_and_its_subject_is_no_part_of_the_speaker(nlp):
    # "», estime de son côté l'autre candidat": a locution, then the subject
    qs = quotes_of(nlp, "« On voit bien qu'on est sur autre chose », estime de son côté l'autre candidat.")
    assert speakers(qs) == ["l'autre candidat"]


def test_of_two_subjects_of_comme_on_dit_the_place_does_not_speak(nlp):
    # "Rouen est, comme on dit dans les guides, une « terre de contrastes »": parsed with
    # "dit" as the root and both "Rouen" and "on" its subjects; "on" says it, not the town
    qs = quotes_of(nlp, "La campagne a commencé lundi.",
                   "Sociologiquement parlant, Rouen est, comme on dit dans les guides touristiques, une « terre "
                   "de contrastes ». Si l’immobilier flambe dans le centre, tout va bien.")
    assert "Rouen" not in speakers(qs)


def test_qui_after_a_description_with_a_place_complement_is_the_person_described(nlp):
    # "X, conseiller municipal UMP d'Argenteuil, qui se demande « … »": the antecedent is
    # the description (of X), not the place its complement names
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "« C’est l’escalade » s’indigne Paul Roux, conseiller municipal UMP d’Argenteuil, qui se "
                   "demande « où s’arrêtera le maire dans ce que nous devons qualifier de décisions délirantes ? »")
    assert speakers(qs) == ["Paul Roux", "Paul Roux"]


def test_a_subject_pronoun_parsed_as_expletive_speaks_before_a_colon(nlp):
    # "Il va plus loin en dénonçant l'attitude de Y : « … »": "il" (parsed as an expletive
    # subject) is the speaker of the sentence before, not Y named in a complement
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "« Le maire avance de prétendues raisons » déplore Xavier Morel dans un communiqué. Il va "
                   "même plus loin en dénonçant l’attitude de Philippe Doucet : « tout ce qui n’est pas à "
                   "l’unisson du maire n’a plus droit de cité à présent. »")
    assert speakers(qs) == ["Xavier Morel", "Xavier Morel"]


def test_an_impersonal_il_before_a_colon_is_no_one(nlp):
    # (a guard) "Il faut dire que …, comme l'écrit X :" — an impersonal "il" designates nobody
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "« Le maire avance de prétendues raisons » déplore Xavier Morel dans un communiqué. Il "
                   "est vrai que la décision de Philippe Doucet surprend : « tout ce qui n’est pas à l’unisson "
                   "du maire n’a plus droit de cité. »")
    assert speakers(qs)[1] != "Xavier Morel"


def test_a_subject_cut_before_its_complement_is_no_speaker(nlp):
    # "Le Premier à se porter avocat pour défendre X, aura été Y, soulignant que …": the phrase
    # the parse gives as subject ends on "à"; words cut in the middle name no one
    qs = quotes_of(nlp, "La séance a eu lieu hier soir.",
                   "Avec des attaques en règle contre tout ce que le Président Marti a fait pendant le mandat contre "
                   "la ville et contre ses élus.Le Premier à se porter avocat pour défendre David Marti, aura été "
                   "Jean-Claude Lagrange, soulignant que tout ce qui a pu être réalisé sur le Mecateam Cluster, "
                   "depuis 2014 l’aura été avec l’appui de David Marti.")
    assert "Le Premier à" not in speakers(qs)


def test_a_name_after_an_opening_phrase_and_right_before_the_verb_is_its_subject(nlp):
    # "Après avoir réussi à …, X annonçait la couleur : « … »", parsed with the name hung on
    # the infinitive and no subject for "annonçait"
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "Après avoir réussi à rassembler largement sa famille politique, Luc Perrin annonçait déjà hier "
                   "la couleur : « Je serai le maire de toutes les habitantes et de tous les habitants. »")
    assert speakers(qs) == ["Luc Perrin"]


def test_a_name_after_an_opening_noun_phrase_is_whom_il_goes_on_with(nlp):
    # "Leader de « … », X digère le camouflet. « … », explique-t-il.": the name before the
    # verb is the subject (parsed as the noun's complement), and "il" goes on with it, not with
    # whom the sentence before was about
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "L’air de rien, l’ex-conseillère régionale EELV a aussi placé ses concurrents au chômage "
                   "technique. Leader de « Poitiers, l’avenir à taille humaine », François Bertin digère à peine le camouflet. "
                   "« Nous restons persuadés que notre projet est le plus pertinent », explique-t-il.")
    assert speakers(qs)[-1] == "François Bertin"


def test_a_party_after_a_persons_title_is_no_subject_il_goes_on_with(nlp):
    # "l'ex-conseillère régionale EELV a placé …": the person described, not the party
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "L’air de rien, l’ex-conseillère régionale EELV a aussi placé ses concurrents au chômage "
                   "technique. « Nous restons persuadés que notre projet est le plus pertinent », a-t-elle dit.")
    assert speakers(qs) == ["l’ex-conseillère régionale EELV"]


def test_a_verb_of_a_manner_of_speaking_right_after_the_closing_mark_is_an_incise(nlp):
    # "« … » souffle une habitante": no comma, a verb that says how it was said
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "« Les vendeurs étaient du côté de Bagnolet il y a cinq ans » souffle une habitante du quartier.")
    assert speakers(qs) == ["une habitante du quartier"]


def test_a_verb_of_a_manner_of_speaking_elsewhere_reports_nothing(nlp):
    # (a guard) "glisser" after a quotation that names a thing, in a sentence of its own
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "Le camion de la société « Transports du Nord et de l'Est » glisse sur la chaussée verglacée.")
    assert speakers(qs) == []


def test_a_verb_of_an_incise_the_tagger_reads_as_a_participle_still_speaks(nlp):
    # "« … on peut plus s'en dépêtrer » souffle une habitante": "souffle" tagged a past
    # participle; with no -é ending and no auxiliary, it is the present of the incise
    qs = quotes_of(nlp, "La réunion a eu lieu hier soir.",
                   "« Les vendeurs, ils étaient du côté de Bagnolet il y a cinq ans, depuis ils ont été repoussés "
                   "chez nous et on peut plus s’en dépêtrer » souffle une habitante du quartier.")
    assert speakers(qs) == ["une habitante du quartier"]


def test_the_second_clause_s_named_subject_is_whom_the_next_sentence_goes_on_with(nlp):
    # "Les deux listes ont fusionné et X mène une liste", parsed with X coordinated to the
    # first verb: "il" in the next sentence is X, not nobody
    qs = quotes_of(nlp, "Les deux listes ont fusionné et Nicolas Mayer-Rossignol mène désormais une liste de 55 noms.",
                   "Il voit dans les scores « une attente très forte en matière environnementale ».")
    assert speakers(qs) == ["Nicolas Mayer-Rossignol"]


def test_a_verb_glued_to_its_inverted_clitic_is_the_incise_whatever_the_tagger_says(nlp):
    # "…", estime-t-il.": "estime" tagged an adverb; glued to "-t-il" it is the incise's verb
    qs = quotes_of(nlp, "Paul Roux mène désormais une liste de 55 noms.",
                   'Lubrizol "est encore dans les têtes", même si "aujourd\'hui bien sûr on parle plus de '
                   'sécurité sanitaire", estime-t-il.')
    assert speakers(qs) == ["Paul Roux", "Paul Roux"]


def test_a_title_after_an_adjective_with_its_complement_is_whom_il_goes_on_with(nlp):
    # "le nouveau maire d'Orléans a montré …. « … », a-t-il commencé": the described person
    # (an adjective before the title), not nobody
    qs = quotes_of(nlp, "Dans son discours inaugural, le nouveau maire d’Orléans a montré qu’il avait de la mémoire "
                        "et est revenu sur la campagne. « Sans mémoire, pas de fidélité. », a-t-il commencé.")
    assert speakers(qs) == ["le nouveau maire d’Orléans"]


def test_an_adverbial_locution_between_an_incise_verb_and_its_subject_is_passed_over(nlp):
    # "», s'esclaffe d'ailleurs X, le maire": a verb no lexicon lists, then "d'ailleurs"
    qs = quotes_of(nlp, "La réunion a eu lieu hier.",
                   "« Je suis circonspect sur la façon dont le Conseil d’Etat traite ses dossiers », s’esclaffe "
                   "d’ailleurs Georges Tron, le maire de la commune.")
    assert speakers(qs) == ["Georges Tron"]


def test_a_quotation_put_forward_by_c_est_que_belongs_to_the_clause_after_que(nlp):
    # "C'est « la mort dans l'âme » que le maire X a annoncé …": the subject of the verb of saying
    qs = quotes_of(nlp, "La fête est annulée.",
                   "C'est « la mort dans l'âme » que le maire de Dax Paul Roux a annoncé l'annulation de la fête.")
    assert speakers(qs) == ["Paul Roux"]


def test_a_quotation_put_forward_by_c_est_que_before_a_verb_of_no_saying_has_no_speaker(nlp):
    # (a guard) "C'est « un scandale » que le maire a découvert": no verb of saying, nobody
    qs = quotes_of(nlp, "La fête est annulée.",
                   "C'est « un scandale absolu et total » que le maire de Dax Paul Roux a découvert en ouvrant "
                   "le dossier.")
    assert "Paul Roux" not in speakers(qs)


def test_comme_l_a_dit_after_a_quotation_names_its_speaker(nlp):
    # "« … », comme nous l'a confié un élu": "as X said", after the closing mark's comma
    qs = quotes_of(nlp, "La réunion a eu lieu hier.",
                   "« Bizarre comme angle d’attaque politique, ou plutôt politicien, non ? », comme nous l’a confié "
                   "un élu de la majorité.",
                   "« Nous voterons contre ce budget », comme l’a rappelé Paul Roux.")
    assert speakers(qs) == ["un élu de la majorité", "Paul Roux"]


def test_an_aside_between_an_auxiliary_and_its_participle_is_no_incise_inside_a_quotation(nlp):
    # "« La Minusca a, comme toujours, prévenu le Gouvernement … »": "prévenu … le
    # Gouvernement" after the aside's comma is the compound tense's participle and object,
    # not an incise naming who speaks (the organisation named inside the quotation)
    qs = quotes_of(nlp, "La réunion a eu lieu hier.",
                   "“La Minusca a, comme toujours, prévenu officiellement le Gouvernement via le Ministère des "
                   "Affaires Etrangères par le canal officiel.”")
    assert speakers(qs) == [None]


def test_a_noun_s_complement_after_an_incise_verb_is_no_speaker(nlp):
    # "«…», a regretté au coup de sifflet final.": the incise has no subject; "de sifflet
    # final" names no one
    qs = quotes_of(nlp, "La JSK a perdu dimanche.",
                   "Il reconnaît que la JSK avait les moyens de gagner. «On a perdu un match facile», a regretté au "
                   "coup de sifflet final.")
    assert "de sifflet final" not in speakers(qs)
    # (a guard) a name after a locution opened by "de" still speaks
    qs = quotes_of(nlp, "« Le parquet a ouvert une série d’enquêtes », a confirmé d’emblée Olivier Nzaou.")
    assert speakers(qs) == ["Olivier Nzaou"]
