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


def test_the_subject_of_a_passive_charge_is_charged_not_speaking(nlp):
    # from a random sample of the attributed quotations: "Cette pratique" was the speaker
    qs = quotes_of(nlp, "Cette pratique est depuis longtemps dénoncée par des associations. Elle est "
                        "accusée de « ne pas respecter l'égalité devant la loi ni la liberté d'aller et venir » .")
    assert [q.speaker for q in qs] == [None]
    qs = quotes_of(nlp, "Airbus est accusé d'avoir gonflé artificiellement les prix.")
    assert qs == ()
    # an active charge stays its subject's claim
    qs = quotes_of(nlp, "Les États-Unis et l'Union européenne ont immédiatement accusé le régime syrien "
                        "d'être à l'origine de l'attaque.")
    assert [q.kind for q in qs] == ["reported"] and qs[0].speaker


def test_a_name_or_title_in_quotation_marks_is_nobodys_words(nlp):
    # a short capitalised phrase without a verb in a noun's slot: a party, a film, a book
    for text in ("Le candidat « Les Républicains » à la présidentielle se retrouve à nouveau dans la tourmente.",
                 "L'actrice Chloe Grace Moretz apparaît cette année dans « La cinquième vague » puis dans un autre film.",
                 "Fillon a formulé ces accusations en s'appuyant sur le livre « Bienvenue Place Beauvau » , "
                 "écrit par des journalistes."):
        assert [q for q in quotes_of(nlp, text) if q.kind != "reported"] == []
    # after "qualifier de", the capitalised words are still someone's
    qs = quotes_of(nlp, "Le président iranien l'a qualifié de « Grand Satan » hier soir.")
    assert [q.speaker for q in qs] == ["Le président iranien"]


def test_a_list_of_titles_after_a_noun_and_de(nlp):
    qs = quotes_of(nlp, "Le romancier Paul Roux , auteur de « Vendredi ou les Limbes du Pacifique », "
                        "« Le Roi des aulnes » ou encore « Gaspard, Melchior et Balthazar », est mort lundi.")
    assert [q for q in qs if q.kind != "reported"] == []


def test_a_quotation_coordinated_in_a_content_clause_is_the_reporters(nlp):
    # the parse hangs "qu'" on the content clause's subject: "commençait" is still inside
    # the clause the mother reports, not Hubert's words
    qs = quotes_of(nlp, "Sa mère a confié au Parisien qu'Hubert Caouissin, inconnu des services de justice, "
                        "avait été « victime d’un gros burn-out, il y a un peu plus de trois ans » et "
                        "« commençait tout juste à remettre le pied à l’étrier » après ces années d'inactivité.")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["Sa mère", "Sa mère"]


def test_a_citation_of_someone_is_their_words(nlp):
    # "citation" is a noun of what someone said: its complement speaks, as with "les propos de X"
    qs = quotes_of(nlp, "Henri Guaino a ainsi ressorti une citation de François Fillon qui disait en "
                        "octobre 2012 : « Il ne sert à rien de parler d'autorité quand on n'est pas soi-même "
                        "irréprochable » .")
    assert [q.speaker for q in qs] == ["François Fillon"]


def test_an_inverted_clitic_before_a_participle_the_tagger_calls_a_noun(nlp):
    # "a-t-il communiqué": the tagger reads "communiqué" as the noun
    qs = quotes_of(nlp, "Un Français a été enlevé tôt ce jeudi au Tchad , a confirmé le ministère des affaires "
                        "étrangères sans préciser son identité. « Nous sommes mobilisés pour parvenir à la "
                        "libération de notre compatriote » , a-t-il communiqué.")
    assert speakers(qs) == ["le ministère des affaires étrangères"]


def test_whom_it_was_said_to_between_commas_in_an_incise(nlp):
    qs = quotes_of(nlp, "« La CGT a déposé un préavis de grève pour jeudi » , a confié, à Reuters, le directeur "
                        "de cabinet du président du Syctom, Patrice Furé.")
    assert speakers(qs) == ["Patrice Furé"]


def test_selon_lui_after_a_quotation_or_a_claim(nlp):
    qs = quotes_of(nlp, "« La grève est déclarée depuis lundi » , a déclaré Paul Roux. "
                        "« Ça va devenir compliqué » , selon lui.")
    assert speakers(qs) == ["Paul Roux", "Paul Roux"]
    qs = quotes_of(nlp, "Paul Roux est arrivé lundi à Paris. Le projet est mort depuis longtemps, selon lui.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Paul Roux")]
    # "selon lui « … »" qualifies the quotation after it, not the whole sentence
    qs = quotes_of(nlp, "Paul Roux est arrivé lundi à Paris. Il a soutenu le maire, même s'il n'était "
                        "« pas du tout d'accord avec son projet » , selon lui « déresponsabilisant » .")
    assert [q for q in qs if q.kind == "reported"] == []


def test_a_signature_line_signs_with_the_name_before_its_description(nlp):
    qs = quotes_of(nlp, "La Maison-Blanche a réagi mardi par la voix de Jennifer Psaki.",
                   "« Nous avons été en contact avec les Iraniens qui nous ont assuré qu'ils étaient en sécurité »",
                   "— Jennifer Psaki , directrice de la communication de la Maison-Blanche")
    assert speakers(qs) == ["Jennifer Psaki"]
