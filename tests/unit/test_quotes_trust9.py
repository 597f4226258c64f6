"""Quotes: reported speech found where the sentence's structure says it is (issue 8,
trust, ninth round): one invented sentence per pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)


def reported(qs):
    return [(q.speaker, q.text) for q in qs if q.kind == "reported"]


def test_selon_a_name_the_tagger_calls_a_pronoun(nlp):
    # "iTELE" (a capital after its first letter) is tagged as a pronoun by the model
    qs = quotes_of(nlp, "Selon iTELE, les enquêteurs ont découvert une liste de noms au domicile du suspect.")
    assert [s for s, _ in reported(qs)] == ["iTELE"]


def test_selon_l_un_des(nlp):
    qs = quotes_of(nlp, "Cependant, selon l'un des membres du collectif, la foule a pu frapper malgré le périmètre "
                        "de sécurité.")
    assert [s for s, _ in reported(qs)] == ["l'un des membres du collectif"]


def test_ce_dernier_is_no_time_word_in_a_source(nlp):
    qs = quotes_of(nlp, "Le collectif a manifesté devant la mairie. Selon l'un des membres de ce dernier, la police "
                        "a chargé sans sommation.")
    assert [s for s, _ in reported(qs)] == ["l'un des membres de ce dernier"]


def test_selon_a_noun_of_information_without_a_comma(nlp):
    qs = quotes_of(nlp, "Le pays a connu en 2016 une hausse sensible de la natalité selon une première estimation "
                        "provenant des instituts officiels.")
    assert [s for s, _ in reported(qs)] == ["une première estimation provenant des instituts officiels"]
    # a phrase naming no source stays no source
    qs = quotes_of(nlp, "Les prix varient fortement selon les saisons et les régions du pays.")
    assert reported(qs) == []


def test_a_clause_after_selon_x_is_the_claim_not_an_apposition(nlp):
    # "le meurtrier aurait crié …" opens with "le" but has a verb: it is the claim, kept
    # beside its short quotation
    # (before, the comma inside the parenthesis closed an "apposition" and the claim became "en arabe)")
    qs = quotes_of(nlp, "Selon les policiers du RAID, le meurtrier aurait crié « Allah Akbar » (Dieu est le plus "
                        "grand, en arabe).")
    assert [s for s, _ in reported(qs)] == ["les policiers du RAID"]
    # a true apposition is still skipped: the claim is what follows it
    qs = quotes_of(nlp, "D'après Paul Martin, le porte-parole du syndicat, la grève sera reconduite lundi prochain.")
    assert reported(qs) == [("Paul Martin", "D'après Paul Martin, le porte-parole du syndicat, la grève sera "
                                            "reconduite lundi prochain.")]


def test_a_verb_of_saying_tagged_as_a_noun_after_a_name(nlp):
    # "juge" tagged as the noun (the judge): after a name, with no determiner, before "que"
    qs = quotes_of(nlp, "Eric Maillaud juge que cette levée n'est donc pas un échec.")
    assert [s for s, _ in reported(qs)] == ["Eric Maillaud"]
    # with a determiner it is the noun: no reported speech
    qs = quotes_of(nlp, "Le juge que tout le monde attendait est arrivé hier soir à Paris.")
    assert reported(qs) == []


def test_more_verbs_of_saying_with_que(nlp):
    for verb in ("prétend", "a démenti", "nie", "jure"):
        qs = quotes_of(nlp, f"Le porte-parole du parti {verb} que le ministre aurait menti aux députés.")
        assert [s for s, _ in reported(qs)] == ["Le porte-parole du parti"], verb


def test_an_aside_between_the_verb_and_its_que(nlp):
    qs = quotes_of(nlp, "Le président Jean Dupont a annoncé lundi, en retenant ses larmes, qu'il quittait ses "
                        "fonctions après dix ans.")
    assert [s for s, _ in reported(qs)] == ["Jean Dupont"]
    qs = quotes_of(nlp, "La ministre Anne Roussel a expliqué, lors d'une conférence de presse à Lyon, que la réforme "
                        "serait votée en juin.")
    assert [s for s, _ in reported(qs)] == ["Anne Roussel"]
    # an aside holding a relative clause is no aside of the verb
    qs = quotes_of(nlp, "La ministre Anne Roussel a parlé aux élus, qui l'attendaient depuis midi, que la réforme "
                        "inquiète.")
    assert reported(qs) == []


def test_a_first_person_pronoun_is_never_the_speaker(nlp):
    # the unquoted "Je" is the speaker's own word: "a-t-il conclu" says who speaks
    qs = quotes_of(nlp, "Le candidat Paul Garnier a dénoncé une « manœuvre politique » devant la presse.",
                   "Je le « démontrerai » , a-t-il conclu, ajoutant avoir le sentiment de ne pas être traité comme "
                   "les autres.")
    assert all(q.speaker != "Je" for q in qs)
    assert [s for s, _ in reported(qs)] == ["Paul Garnier"]


def test_a_clause_is_never_a_speaker():
    from briefing.analyse.quotes.speakers import _is_fragment

    assert _is_fragment("que les joueurs soient à vie la propriété des clubs")
    assert _is_fragment("qu'il parte")
    assert _is_fragment("Je") and _is_fragment("nous")
    assert not _is_fragment("Quentin Dupont") and not _is_fragment("le quotidien Le Monde")


def test_selon_lequel_reports_its_antecedent(nlp):
    qs = quotes_of(nlp, "Même son de cloche au ministère de la Justice, selon lequel le dispositif n'est pas une "
                        "solution miracle.")
    assert [s for s, _ in reported(qs)] == ["ministère de la Justice"]
    # an antecedent that designates no one is no source
    qs = quotes_of(nlp, "Le chercheur défend une vieille théorie, selon laquelle les fruits sont plus chers en hiver.")
    assert reported(qs) == []


def test_a_participle_after_an_inverted_clitic(nlp):
    # "ajoute-t-il encore, tout en disant …": the clitic, resolved, says it
    qs = quotes_of(nlp, "Le commissaire Pierre Moscovici a reçu des cadeaux. « Il n'y a entre nous aucun lien "
                        "d'intérêt » , ajoute-t-il encore, tout en disant n'y être pour rien dans la conclusion des "
                        "contrats.")
    assert [s for s, _ in reported(qs)] == ["Pierre Moscovici"]


def test_the_owner_of_information_given_by_a_participle_or_a_relative(nlp):
    qs = quotes_of(nlp, "Selon les renseignements confiés par une source au Parisien, « les enquêteurs ont la "
                        "conviction qu'il ne s'agissait pas d'un départ préparé » .")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["une source"]
    qs = quotes_of(nlp, "Selon les informations que le procureur a confiées à l'AFP, les enquêteurs ont retrouvé des "
                        "traces de sang dans la cuisine.")
    assert [s for s, _ in reported(qs)] == ["le procureur"]


def test_a_noun_phrase_opening_the_sentence_right_before_a_verb_of_saying(nlp):
    # parsed with "ajoute" hung on "dossier" and no subject
    qs = quotes_of(nlp, "Une source proche du dossier ajoute à Presse Océan que « certaines traces ont été "
                        "sommairement essuyées » .")
    assert [q.speaker for q in qs] == ["Une source proche du dossier"]
    # an adjunct opening the sentence is no subject
    qs = quotes_of(nlp, "À Paris ajoute que la réunion aura lieu demain matin dans la grande salle.")
    assert reported(qs) == []


def test_two_main_clauses_with_a_source_each(nlp):
    # each clause is reported from its own source, whole, in order
    qs = quotes_of(nlp, "Trois personnes y sont décédées selon les connaissances du journal, mais des témoins "
                        "affirment qu'il y aurait davantage de morts.")
    # ("des" is tagged there as a preposition: a subject has none, it is the plural article)
    assert reported(qs) == [("journal", "Trois personnes y sont décédées selon les connaissances du journal"),
                            ("des témoins", "des témoins affirment qu'il y aurait davantage de morts")]
    qs = quotes_of(nlp, "Pour certains, le père de la révolution était le défenseur de la justice sociale ; pour "
                        "d'autres, il était un dictateur.")
    assert [s for s, _ in reported(qs)] == ["certains", "d'autres"]


def test_a_source_of_one_clause_only_reports_that_clause(nlp):
    qs = quotes_of(nlp, "L'association a ouvert une ligne téléphonique, mais selon plusieurs avocats, la police "
                        "utilise ces appels pour arrêter davantage de personnes.")
    assert reported(qs) == [("plusieurs avocats", "selon plusieurs avocats, la police utilise ces appels pour arrêter "
                                                  "davantage de personnes")]


def test_a_but_between_two_complements_joins_no_clauses(nlp):
    # ", mais d'une opération …" has no verb: the sentence has one source, the one after selon
    qs = quotes_of(nlp, "L'armée a pris le contrôle du pays en réclamant qu'il ne s'agit pas d'un coup d'État, mais "
                        "d'une opération contre certains membres du pouvoir, selon le général Paul Moyo.")
    assert len(reported(qs)) == 1
    assert reported(qs)[0][1].startswith("L'armée a pris le contrôle")


def test_a_content_clause_coordinated_by_mais_que_stays_with_its_speaker(nlp):
    qs = quotes_of(nlp, "Le ministre Paul Martin affirme que la réforme sera votée en juin, mais que le calendrier "
                        "reste ouvert aux discussions.")
    assert reported(qs) == [("Paul Martin", "Le ministre Paul Martin affirme que la réforme sera votée en juin, mais "
                                            "que le calendrier reste ouvert aux discussions.")]


def test_a_concessive_subordinate_stays_in_what_is_said(nlp):
    qs = quotes_of(nlp, "Le procureur Eric Maillaud estime que suffisamment d'informations ont été recueillies, même "
                        "si elles n'ont pas encore permis d'interpellation.")
    assert [t for _, t in reported(qs)] == ["Le procureur Eric Maillaud estime que suffisamment d'informations ont "
                                            "été recueillies, même si elles n'ont pas encore permis d'interpellation."]


def test_a_quotation_paragraph_after_a_sentence_whose_main_verb_is_a_verb_of_saying(nlp):
    qs = quotes_of(nlp, "Pierre Karl Péladeau a quitté la salle lundi. Il a évoqué des raisons familiales pour "
                        "expliquer cette décision.",
                   "« Aujourd'hui, je suis devant une absence d'alternative qui me force à faire un choix. »")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Pierre Karl Péladeau"]
    # a last sentence that says nothing passes no voice on
    qs = quotes_of(nlp, "Pierre Karl Péladeau a quitté la salle lundi. Il a pris sa voiture pour rentrer chez lui.",
                   "« Aujourd'hui, je suis devant une absence d'alternative qui me force à faire un choix. »")
    assert [q.speaker for q in qs if q.kind == "direct"] == [None]


def test_an_impersonal_incise_with_a_modal(nlp):
    qs = quotes_of(nlp, "« Nous avons perdu l'un des visionnaires les plus prolifiques du monde » , peut-on lire dans "
                        "le communiqué du gouvernement canadien.")
    assert [q.speaker for q in qs] == ["le communiqué du gouvernement canadien"]
    # a medium is no speaker
    qs = quotes_of(nlp, "« Nous avons perdu l'un des visionnaires les plus prolifiques du monde » , peut-on lire sur "
                        "la page Facebook du musicien.")
    assert [q.speaker for q in qs] == [None]


def test_an_adjunct_aside_may_hold_its_own_relative_clause(nlp):
    qs = quotes_of(nlp, "François Hollande a confié en milieu d'après-midi, depuis la Corrèze où il se trouvait en "
                        "déplacement, que la situation justifie l'état d'urgence.")
    assert [s for s, _ in reported(qs)] == ["François Hollande"]


def test_a_description_keeps_its_complement_of_place_or_topic(nlp):
    qs = quotes_of(nlp, "Selon des policiers présents sur les lieux, il aurait tenté d'égorger le policier.")
    assert [s for s, _ in reported(qs)] == ["des policiers présents sur les lieux"]
    qs = quotes_of(nlp, "Selon les scientifiques sur ce projet, la mission va faire ses observations les plus "
                        "impressionnantes.")
    assert [s for s, _ in reported(qs)] == ["les scientifiques sur ce projet"]
    # where it was said is no part of who said it
    qs = quotes_of(nlp, "« Nous sommes inquiets pour la suite » , a déclaré le ministre dans un communiqué.")
    assert [q.speaker for q in qs] == ["le ministre"]
    qs = quotes_of(nlp, "« Nous sommes inquiets pour la suite » , a déclaré un conseiller du ministre sur France Inter.")
    assert [q.speaker for q in qs] == ["un conseiller du ministre"]


def test_an_incise_inside_the_quotation_marks(nlp):
    # the press often keeps the incise inside the marks: « …, a-t-elle assuré. … »
    qs = quotes_of(nlp, "La ministre Anne Roussel est revenue sur la réforme. « Nous irons jusqu'au bout, a-t-elle "
                        "assuré. Personne ne nous fera reculer. »")
    assert [(q.speaker, q.text) for q in qs] == [
        ("Anne Roussel", "Nous irons jusqu'au bout, a-t-elle assuré. Personne ne nous fera reculer.")]
    qs = quotes_of(nlp, "« J'entretiens avec lui une relation de très grande confiance, confiait d'ailleurs Benoît "
                        "Hamon en 2010. J'écoute ses conseils. »")
    assert [q.speaker for q in qs] == ["Benoît Hamon"]
    # the incise names the speaker once: no reported claim cut inside the quotation
    qs = quotes_of(nlp, "« Nous irons jusqu'au bout, assure Anne Roussel, la ministre du Travail. Personne ne nous "
                        "fera reculer. »")
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "Anne Roussel")]


def test_a_clause_after_a_comma_inside_a_quotation_is_no_incise(nlp):
    qs = quotes_of(nlp, "« Quand on aime, on ne compte pas » , répète souvent le cuisinier.")
    assert [q.speaker for q in qs] == ["le cuisinier"]
    # a verb with its own subject before the comma: its object is no speaker
    qs = quotes_of(nlp, "Il a lu la lettre à voix haute. « Le président, qui était malade, a annoncé sa démission. »")
    assert all(q.speaker != "sa démission" for q in qs)


def test_locutions_of_attribution_like_selon(nlp):
    qs = quotes_of(nlp, "À en croire le maire Jean Dupont, les travaux seront terminés en juin.")
    assert [s for s, _ in reported(qs)] == ["Jean Dupont"]
    qs = quotes_of(nlp, "Les travaux seront terminés en juin, à en croire le maire Jean Dupont.")
    assert [s for s, _ in reported(qs)] == ["Jean Dupont"]
    qs = quotes_of(nlp, "De l'avis de plusieurs experts, la situation va encore se dégrader cet hiver.")
    assert [s for s, _ in reported(qs)] == ["plusieurs experts"]


def test_a_colon_announces_the_view_of_its_noun_s_owner(nlp):
    qs = quotes_of(nlp, "Le constat de Marie Dubois, présidente de l'association, est sans appel : « Rien n'a changé "
                        "depuis dix ans. »")
    assert [q.speaker for q in qs] == ["Marie Dubois"]


def test_an_incise_verb_the_tagger_reads_as_a_participle(nlp):
    # "peste" tagged as a participle: no auxiliary and no -é ending, right after the quotation
    qs = quotes_of(nlp, "« On nous a oubliés » , peste un habitant du quartier.")
    assert [q.speaker for q in qs] == ["un habitant du quartier"]


def test_the_sentence_after_a_quotation_says_whose_it_was(nlp):
    qs = quotes_of(nlp, "« Nous avons pris du retard sur les travaux. » C'est ce qu'a reconnu le maire Jean Dupont "
                        "lundi.")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Jean Dupont"]
    # a sentence that explains it names no speaker
    qs = quotes_of(nlp, "« Nous avons pris du retard. » C'est ce qui explique la colère des habitants.")
    assert [q.speaker for q in qs if q.kind == "direct"] == [None]


def test_a_conjunction_before_the_subject_is_no_part_of_the_speaker(nlp):
    qs = quotes_of(nlp, "Trois personnes sont mortes, mais des témoins affirment qu'il y aurait davantage de morts.")
    assert [s for s, _ in reported(qs)] == ["des témoins"]


def test_the_gender_of_an_elided_participle_noun(nlp):
    # "l'élu" / "l'élue": the elided article gives no gender, the ending does
    two = "Le maire Jean Dupont et la préfète Anne Roussel se sont rencontrés. "
    qs = quotes_of(nlp, two + "« Nous avançons » , a déclaré l'élu.")
    assert [q.speaker for q in qs] == ["Jean Dupont"]
    qs = quotes_of(nlp, two + "« Nous avançons » , a déclaré l'élue.")
    assert [q.speaker for q in qs] == ["Anne Roussel"]


def test_many_joints_are_looked_at_a_bounded_number_of_times(nlp, monkeypatch):
    # a long enumeration of clauses joined by ";" once made the clause split recurse into
    # every pair of joints (exponential time); the clauses are not split again and at
    # most _MAX_JOINTS joints are tried
    import briefing.analyse.quotes.attribution as attribution

    calls = []
    original = attribution._reported

    def counting(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(attribution, "_reported", counting)
    quotes_of(nlp, "Les prix montent ; " * 12 + "les salaires baissent.")  # one sentence, 12 joints
    assert 1 < len(calls) <= 1 + 2 * attribution._MAX_JOINTS
