"""Quotes: reported speech and speakers where the sentence's structure says so (issue 8,
trust, tenth round, from the misses of the seventh held-out set, read once it had been
scored blind): one invented sentence per pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)


def reported(qs):
    return [(q.speaker, q.text) for q in qs if q.kind in ("reported", "clause")]


def direct(qs):
    return [(q.speaker, q.text) for q in qs if q.kind == "direct"]


def test_a_participle_phrase_between_the_verb_and_que(nlp):
    # "publiée mardi" qualifies "une note": the "que" is still the verb's
    qs = quotes_of(nlp, "Le syndicat a affirmé dans une note publiée mardi que les salaires seront gelés en 2018.")
    assert [s for s, _ in reported(qs)] == ["Le syndicat"]


def test_an_adverbial_locution_before_que(nlp):
    # "tout de même" ends in "même", which with "que" can be a conjunction ("de même que");
    # the parse makes the clause the verb's complement
    qs = quotes_of(nlp, "Marie Lebrun soutient tout de même que le projet sera terminé avant l'hiver.")
    assert [s for s, _ in reported(qs)] == ["Marie Lebrun"]


def test_two_verbs_of_one_subject_are_one_clause(nlp):
    # ", mais s'entraînait": a second verb of the same subject, not a second main clause; the
    # source after it reports the whole sentence
    text = ("Elle ne travaillait pas ce jour-là, mais préparait néanmoins le concours de la police, "
            "selon une de ses collègues.")
    qs = quotes_of(nlp, text)
    assert reported(qs) == [("une de ses collègues", text)]


def test_two_main_clauses_still_split(nlp):
    qs = quotes_of(nlp, "Le maire a quitté la salle sous les huées, mais selon plusieurs conseillers, "
                        "la séance a repris dans le calme.")
    assert reported(qs) == [("plusieurs conseillers", "selon plusieurs conseillers, la séance a repris dans le calme")]


def test_an_inverted_partitive_subject(nlp):
    # "un de ses avocats": the pronoun "un" heads a noun phrase
    qs = quotes_of(nlp, "Le prévenu se rendait alors au tribunal pour une audience, a expliqué un de ses avocats.")
    assert [s for s, _ in reported(qs)] == ["un de ses avocats"]


def test_relative_after_a_name_and_its_description(nlp):
    # "qui" follows the description apposed to the name: the name speaks
    qs = quotes_of(nlp, "« La décision est injuste » , selon Paul Girard, le président de l'association, qui "
                        "ajoute que « le combat continue » .")
    assert {q.speaker for q in qs} == {"Paul Girard"}
    assert [q.text for q in qs if q.kind != "reported"] == ["La décision est injuste", "le combat continue"]
    # a name in a complement is not what the description is apposed to
    qs = quotes_of(nlp, "Le frère de Paul Girard, un avocat, qui ajoute que « le combat continue » , était présent.")
    assert "Paul Girard" not in [q.speaker for q in qs]


def test_a_description_then_the_name_between_commas(nlp):
    # the name alone, every word a capitalised proper noun (the tagger types this one a place)
    qs = quotes_of(nlp, "Le porte-parole de la marine, Pongsak Semachai, a indiqué qu'une enquête serait ouverte.")
    assert [s for s, _ in reported(qs)] == ["Pongsak Semachai"]
    qs = quotes_of(nlp, "Le porte-parole de la marine, Pongsak Semachai, a déclaré : « Une enquête sera ouverte. »")
    assert direct(qs) == [("Pongsak Semachai", "Une enquête sera ouverte.")]


def test_a_pronoun_after_a_partitive_description_and_a_name(nlp):
    # "Un des chefs du groupe, X, a …": the parse makes the pronoun "Un" the subject; the
    # name apposed to the description is whom "il" designates next
    qs = quotes_of(nlp, "Un des chefs du groupe, Ali Moussa, a démenti la nouvelle. « Paul, vous mentez en "
                        "disant cela » clame-t-il dans la vidéo.")
    assert direct(qs) == [("Ali Moussa", "Paul, vous mentez en disant cela")]


def test_an_inverted_source_without_its_comma(nlp):
    qs = quotes_of(nlp, "Deux randonneurs ont été retrouvés sains et saufs après une nuit dans la montagne a "
                        "annoncé le maire de la commune.")
    assert [s for s, _ in reported(qs)] == ["le maire de la commune"]
    qs = quotes_of(nlp, "Le vol a été annulé à cause de la tempête a fait savoir la compagnie aérienne.")
    assert [s for s, _ in reported(qs)] == ["la compagnie aérienne"]
    # a verb with its own subject before it: its object names no source
    qs = quotes_of(nlp, "Le blessé a été conduit à l'hôpital où les médecins confirment une fracture du bras.")
    assert reported(qs) == []


def test_a_locution_with_a_participle_is_no_complement_of_the_verb(nlp):
    # ", mis à part que": not the complement of "sait"
    qs = quotes_of(nlp, "Des agresseurs, on ne sait pour l'instant pas grand-chose, mis à part qu'ils sont venus "
                        "à moto.")
    assert reported(qs) == []


def test_a_quotation_sentence_after_a_named_subject(nlp):
    qs = quotes_of(nlp, "Marc Lenoir, un commerçant du quartier, avait pourtant tenté de l'arrêter. « Il ne voulait "
                        "rien entendre. Il a accéléré d'un coup »")
    assert direct(qs) == [("Marc Lenoir", "Il ne voulait rien entendre. Il a accéléré d'un coup")]
    # after a description, nobody is named
    qs = quotes_of(nlp, "Un commerçant du quartier avait pourtant tenté de l'arrêter. « Il ne voulait rien entendre. "
                        "Il a accéléré d'un coup »")
    assert direct(qs) == [(None, "Il ne voulait rien entendre. Il a accéléré d'un coup")]


def test_a_first_name_the_tagger_calls_a_verb_or_a_foreign_word(nlp):
    # "Dietlind" is tagged as a verb, "Bulent" as a foreign word: capitalised before a proper
    # noun, each is the first word of a name
    qs = quotes_of(nlp, "D'après Dietlind Beaudoin, procureure de Lyon, l'homme avait agi seul ce soir-là.")
    assert [s for s, _ in reported(qs)] == ["Dietlind Beaudoin"]
    qs = quotes_of(nlp, "Selon Bulent Eczacibasi, le dirigeant du groupe, les passagers étaient des clients.")
    assert [s for s, _ in reported(qs)] == ["Bulent Eczacibasi"]


def test_a_quoted_title_as_subject(nlp):
    # a programme's or newspaper's title between quotation marks, right before the verb
    qs = quotes_of(nlp, "« Quotidien » a affirmé que le député avait employé ses deux filles.")
    assert [s for s, _ in reported(qs)] == ["Quotidien"]
    # words quoted inside the clause are not a subject
    qs = quotes_of(nlp, "Il a répondu « non » et a affirmé que tout allait bien.")
    assert "non" not in [s for s, _ in reported(qs)]


def test_a_hyphenated_person_noun_after_selon(nlp):
    qs = quotes_of(nlp, "L'incendie a commencé lundi soir selon des marins-pompiers.")
    assert [s for s, _ in reported(qs)] == ["des marins-pompiers"]


def test_a_named_subject_between_two_quotations_takes_the_second(nlp):
    # the voice of the paragraph's first quotation gives way to the person the sentence
    # before the second one is about
    qs = quotes_of(nlp, "Selon un témoin, le conducteur roulait vite, « bien au-dessus de la limite autorisée "
                        "dans le quartier » . Marc Lenoir, un voisin, avait tenté de l'arrêter. « Il ne voulait rien "
                        "entendre, il a accéléré d'un coup »")
    assert direct(qs)[-1] == ("Marc Lenoir", "Il ne voulait rien entendre, il a accéléré d'un coup")


def test_words_shouted_inside_a_selon_clause_are_the_shouters(nlp):
    # the source reports the event; the quoted words are those of the subject of "crier"
    qs = quotes_of(nlp, "Selon plusieurs témoins, l'assaillant aurait crié « Vive la révolution » avant de tirer.")
    assert [(q.speaker, q.text) for q in qs if q.kind != "reported"] == [("l'assaillant", "Vive la révolution")]
    assert [s for s, _ in reported(qs)] == ["plusieurs témoins"]
    # a quotation that is no verb's object stays the source's
    qs = quotes_of(nlp, "Selon plusieurs témoins, il s'agit d'« une attaque préparée de longue date » .")
    assert {q.speaker for q in qs} == {"plusieurs témoins"}


def test_informer_que(nlp):
    qs = quotes_of(nlp, "Le joueur a également informé qu'il souffrait du genou depuis deux semaines.")
    assert [s for s, _ in reported(qs)] == ["Le joueur"]
    # the participle as an adjective or noun is no verb of saying
    qs = quotes_of(nlp, "Le communiqué, bien informé, détaille les mesures prises par la mairie cette semaine.")
    assert reported(qs) == []


def test_a_relative_after_the_complement_of_a_qualifier(nlp):
    # "qui" may belong to "un militant", not to "la réforme": no speaker rather than the reform
    qs = quotes_of(nlp, "Le ministre a été bousculé par un militant opposé à la réforme qui a crié « Retrait, "
                        "retrait, retrait de la réforme » .")
    assert "la réforme" not in [q.speaker for q in qs]


def test_a_participle_after_an_inverted_incise(nlp):
    # "« … », a déclaré X, précisant que …": the incise's subject follows its verb (the parse
    # takes a word of the quotation as its subject)
    qs = quotes_of(nlp, "« C'est une question importante qui ne peut pas être réglée en une réunion », a déclaré "
                        "un diplomate européen, précisant que les discussions porteraient d'abord sur le commerce.")
    assert [s for s, _ in reported(qs)] == ["un diplomate européen"]


def test_a_participle_apposed_to_a_name_gives_its_gender(nlp):
    # "arrivé" (masculine) is the one cue that "il" may stand for Zach Manoun
    qs = quotes_of(nlp, "Zach Manoun, arrivé d'un vol en provenance de Genève, a été témoin des événements survenus "
                        "à l'aéroport. En entrevue avec BFM TV, il a déclaré : « Il y avait du sang partout, des gens "
                        "blessés. »")
    assert direct(qs) == [("Zach Manoun", "Il y avait du sang partout, des gens blessés.")]


def test_pour_x_et_donc_pour_y(nlp):
    qs = quotes_of(nlp, "Pour la ministre des Sports et donc pour le gouvernement tout entier, il s'agit « d'une "
                        "faute grave et inexcusable » de la fédération.")
    assert {q.speaker for q in qs} == {"la ministre des Sports"}


def test_a_named_subject_announcing_the_next_paragraph(nlp):
    qs = quotes_of(nlp, "Le ministre de l'Intérieur Pascal Barandagiye est plus explicite :",
                   "« Cinq associations ont continué à fonctionner clandestinement, en ternissant l'image du pays. »")
    assert direct(qs) == [("Pascal Barandagiye", "Cinq associations ont continué à fonctionner clandestinement, "
                                                 "en ternissant l'image du pays.")]


def test_a_title_with_complements_is_whom_il_goes_on_with(nlp):
    # not the person named in the paragraph before, whose gender is known
    qs = quotes_of(nlp, "Ces propos ont indigné Jean-Michel Durand, élu écologiste à Rouen.",
                   "Le candidat de droite à la présidentielle a cependant renouvelé sa référence lors d'un discours. "
                   "« Ne me jugez pas d'après les actes d'accusation » a-t-il déclaré.")
    assert [q.speaker for q in qs] == ["Le candidat de droite à la présidentielle"]


def test_a_qualified_title_is_not_another_one_described_before(nlp):
    # "le candidat socialiste" is not "le candidat de la France insoumise" who spoke before
    qs = quotes_of(nlp, "Le candidat de la France insoumise a déclaré que ses conditions étaient claires.",
                   "Le 17 février, Paul Martin a appelé son rival. Mais dès le 18 février, le candidat socialiste "
                   "indique que les négociations ont échoué.")
    assert [s for s, t in reported(qs) if "négociations" in t] != ["Le candidat de la France insoumise"]


def test_a_content_clause_the_parse_gives_past_a_parenthesis(nlp):
    # "(journal espagnol)" stops the word-by-word search for the verb's "que"; the parse
    # makes the clause the verb's complement
    qs = quotes_of(nlp, "Le joueur avait déclaré dans El Pais (journal espagnol) que l'entraîneur avait cédé à la "
                        "pression de la presse.")
    assert [s for s, _ in reported(qs)] == ["Le joueur"]


def test_par_la_voix_de_in_reported_speech(nlp):
    # the one an organisation speaks through, also with the elision typed with a space
    qs = quotes_of(nlp, "Le Sénat a demandé par la voix de son président Paul Durand que le gouvernement établisse "
                        "un recensement.")
    assert [s for s, _ in reported(qs)] == ["Paul Durand"]
    qs = quotes_of(nlp, "Même son de cloche du côté russe, qui indique par la voix d' Igor Morozov que le groupe "
                        "restera une cible de l'aviation.")
    assert [s for s, _ in reported(qs)] == ["Igor Morozov"]
