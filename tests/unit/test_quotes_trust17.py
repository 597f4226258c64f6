"""Quotes: speakers, seventeenth round (issue 8). From misses of the press sets D, E and F,
already read: one invented text per pattern."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_name_and_a_bracket_glued_to_the_colon_label_the_quotation(nlp):
    # "Jean Morel (talonneur de Brive): « … »": the tokenizer glues ")" and ":" into one token
    qs = quotes_of(nlp, "Le match a eu lieu hier soir.",
                        "Jean Morel (talonneur de Brive): « Nous avons bien défendu pendant tout le match. »")
    assert speakers(qs) == ["Jean Morel"]


def test_a_name_and_an_apposition_before_a_colon_label_the_quotation(nlp):
    # "Paul Girard, maraîcher à Nérac : « … »": a name, a comma and a description without a
    # verb, then the colon, is a label: the name speaks
    qs = quotes_of(nlp, "La pluie est revenue cette semaine. Paul Girard, maraîcher à Nérac : « C'est bien "
                        "trop tard pour les récoltes de cette année. »")
    assert speakers(qs) == ["Paul Girard"]


def test_a_clause_before_the_colon_is_not_a_label(nlp):
    # (a guard) "Paul Girard, qui cultive à Nérac, a vu arriver Marc Lenoir : « … »": a verb
    # before the colon makes it a sentence, not a label; its subject is another rule's business
    qs = quotes_of(nlp, "Nous avons vu Paul Girard, maraîcher à Nérac, hier matin au marché : « C'est bien "
                        "trop tard pour les récoltes de cette année. »")
    assert "Paul Girard" not in speakers(qs)


def test_a_quoted_subheading_does_not_carry_on_the_voice_before_it(nlp):
    # "« … », a dit X." ¶ "« Des loyers hors de prix »" ¶ "Y : « … »": a quotation alone on its
    # line with no closing punctuation heads the next section; it is not X's next words
    qs = quotes_of(nlp, "« Nous ne lâcherons rien sur les salaires cette année », a déclaré Marc Lenoir.",
                        "« Des loyers hors de prix »",
                        "Sophie Laval : « Les loyers ont doublé en dix ans dans notre quartier. »")
    assert dict((q.text, q.speaker) for q in qs).get("Des loyers hors de prix") != "Marc Lenoir"


def test_a_quoted_paragraph_with_its_full_stop_still_carries_on_the_voice(nlp):
    # (a guard) "« … », a dit X." ¶ "« … les salaires. »": a paragraph that is one quoted
    # sentence goes on with the voice of the quotation closing the paragraph before
    qs = quotes_of(nlp, "« Nous ne lâcherons rien sur les salaires cette année », a déclaré Marc Lenoir.",
                        "« Les négociations reprendront lundi avec la direction. »")
    assert speakers(qs) == ["Marc Lenoir", "Marc Lenoir"]


def test_a_label_names_a_person_the_article_describes_though_the_model_missed_it_there(nlp):
    # "Fabrice, éleveur à Montemboeuf, explique …" ¶ "Fabrice (Charente) : « … »": the model
    # types this "Fabrice" as a thing; the article has made him a person
    qs = quotes_of(nlp, "Fabrice, éleveur à Montemboeuf, explique que la pluie arrive trop tard.",
                   "Fabrice (Charente) : « C'est une goutte d'eau dans l'océan »")
    assert dict((q.text, q.speaker) for q in qs).get("C'est une goutte d'eau dans l'océan") == "Fabrice"


def test_a_pronoun_incise_goes_with_the_described_subject_announcing_the_quotation(nlp):
    # "X … . Le président des commerçants a un argument : « … », pointe-t-il": the pronoun
    # designates the subject of the clause that announces the quotation, not the person
    # named in the sentence before
    qs = quotes_of(nlp, "Au marché, Élisabeth vend des gâteaux. Pour que les clients reviennent, le président "
                        "des commerçants a un argument de taille : « C'est moins risqué que d'aller au "
                        "supermarché », pointe-t-il.")
    assert dict((q.text, q.speaker) for q in qs)["C'est moins risqué que d'aller au supermarché"] \
        == "le président des commerçants"


def test_a_thing_announcing_the_quotation_is_not_what_the_pronoun_designates(nlp):
    # (a guard) "Marc Dubois … . Le texte prévoit : « … », a-t-il précisé": a thing speaks not
    qs = quotes_of(nlp, "Marc Dubois a présenté la réforme lundi. Le texte prévoit : « Les loyers seront "
                        "gelés pendant deux ans », a-t-il précisé.")
    assert dict((q.text, q.speaker) for q in qs)["Les loyers seront gelés pendant deux ans"] != "Le texte"


_VOICE = ("La préfecture assure que « des contrôles sont menés chaque semaine ». Les gendarmes sont "
          "intervenus 190 fois sur les plages. « Dans la majorité des cas, ces interventions font suite "
          "à un appel des sauveteurs », assure-t-elle.")


def test_an_incise_pronoun_goes_back_to_the_last_voice_over_sentences_about_others(nlp):
    # "X assure que « … ». Les gendarmes sont intervenus … « … », assure-t-elle": a plural
    # subject between is no "elle"; the one who last spoke is
    qs = quotes_of(nlp, _VOICE)
    assert dict((q.text, q.speaker) for q in qs)[
        "Dans la majorité des cas, ces interventions font suite à un appel des sauveteurs"] == "La préfecture"


def test_the_last_voice_gives_way_to_anyone_named_since(nlp):
    # (guards) someone named in between, or a new paragraph: no guess
    qs = quotes_of(nlp, _VOICE.replace("190 fois", "190 fois avec Paul Morel"))
    assert dict((q.text, q.speaker) for q in qs)[
        "Dans la majorité des cas, ces interventions font suite à un appel des sauveteurs"] is None
    first, second = _VOICE.split(" Les gendarmes")
    qs = quotes_of(nlp, first, "Les gendarmes" + second)
    assert dict((q.text, q.speaker) for q in qs)[
        "Dans la majorité des cas, ces interventions font suite à un appel des sauveteurs"] is None


@pytest.mark.parametrize("text, speaker", [
    # an aside between commas, with no name and no finite verb, between the incise's verb and
    # its inverted subject
    ("« Les choses sérieuses commencent », a lâché, tout sourire, la principale du collège.", "la principale du collège"),
    ("« Nous reviendrons bientôt », a promis, visiblement ému, le maire de la commune.", "le maire de la commune"),
    ("« Nous reviendrons plus tard », a déclaré, lundi soir, le maire de la ville.", "le maire de la ville"),
])
def test_an_aside_between_the_incise_verb_and_its_subject(nlp, text, speaker):
    assert speakers(quotes_of(nlp, text)) == [speaker]


def test_a_clause_between_commas_after_the_verb_is_no_aside(nlp):
    # (a guard) "« … », a dit Paul, qui a ajouté, la voix tremblante, …": the subject is Paul
    qs = quotes_of(nlp, "« Nous reviendrons », a dit Paul Morel, qui a quitté, la voix tremblante, la salle.")
    assert speakers(qs) == ["Paul Morel"]


@pytest.mark.parametrize("texts, speaker", [
    # words that point back at the quotation: the subject of the clause they open said it
    (("« On a besoin d'aide et maintenant ! », voilà comment Pierre Giguère, le député de la "
      "circonscription, a réagi à l'annonce de la fermeture.",), "Pierre Giguère"),
    (("« Nous ne céderons pas sur les salaires ». C'est en ces termes que la ministre a conclu la réunion.",),
     "la ministre"),
    (("« Vous avez raison de saluer cet homme ». C'est par ces mots forts que le gouverneur de la région, "
      "Paul Abinan, invité spécial, a salué la cérémonie.",), "Paul Abinan"),
])
def test_words_pointing_back_at_the_quotation_give_its_speaker(nlp, texts, speaker):
    qs = quotes_of(nlp, *texts)
    assert speakers(qs) == [speaker]  # (and the pointing sentence is no reported speech)


def test_a_thing_pointed_back_at_is_no_speaker(nlp):
    # (a guard) "« … », voilà comment le projet a été présenté": a thing speaks not
    qs = quotes_of(nlp, "« Le texte sera voté en mars », voilà comment le projet a été présenté.")
    assert speakers(qs) == [None]


def test_a_quoted_subheading_takes_the_voice_of_the_section_it_heads_when_it_shares_its_words(nlp):
    # "« Des loyers hors de prix »" ¶ "Sophie Laval : « … les loyers … hors de prix … »": the
    # subheading quotes the first quotation of its section, in other words
    qs = quotes_of(nlp, "« Nous ne lâcherons rien sur les salaires cette année », a déclaré Marc Lenoir.",
                   "« Des loyers hors de prix »",
                   "Sophie Laval : « Nos loyers sont devenus hors de prix en dix ans. »")
    assert dict((q.text, q.speaker) for q in qs)["Des loyers hors de prix"] == "Sophie Laval"


def test_a_quoted_subheading_sharing_nothing_with_its_section_stays_unattributed(nlp):
    # (a guard) the section's first quotation says something else: no guess
    qs = quotes_of(nlp, "« Nous ne lâcherons rien sur les salaires cette année », a déclaré Marc Lenoir.",
                   "« Des loyers hors de prix »",
                   "Sophie Laval : « Le quartier a beaucoup changé depuis dix ans. »")
    assert dict((q.text, q.speaker) for q in qs)["Des loyers hors de prix"] is None


@pytest.mark.parametrize("text", [
    "Il espère que le club saura prendre les mesures justes.",
    "Les Nantais ont su conserver leur avance jusqu'au bout du match.",
])
def test_savoir_before_an_infinitive_is_being_able_to_not_saying(nlp, text):
    # "a su profiter", "saura prendre": no reported speech, no speaker taken from it
    qs = quotes_of(nlp, "Gilles Simeoni a délivré un communiqué lundi.", text)
    assert "le club" not in speakers(qs) and not any(q.kind == "reported" and "su conserver" in q.text for q in qs)


def test_faire_savoir_que_still_reports(nlp):
    # (a guard) "X a fait savoir que …" says something
    qs = quotes_of(nlp, "Gilles Simeoni a fait savoir que le club prendrait des mesures dès lundi.")
    assert speakers(qs) == ["Gilles Simeoni"]


@pytest.mark.parametrize("text, speaker", [
    # to whom it was said, before the inverted subject: a noun and its own name
    ("« Les salariés sont dubitatifs », a déclaré à l'agence Reuters Jérôme Dholland, délégué syndical.",
     "Jérôme Dholland"),
    ("« Nous reviendrons lundi », a confié au quotidien Libération Marie Durand, déléguée syndicale.",
     "Marie Durand"),
])
def test_a_medium_named_by_a_noun_and_its_name_is_not_the_speaker(nlp, text, speaker):
    assert speakers(quotes_of(nlp, text)) == [speaker]


def test_a_subject_that_says_nothing_is_not_whom_the_incise_pronoun_stands_for(nlp):
    # "Paul Durand … . La Ville dispose d'un délai …, puis le Conseil d'Etat devra trancher,
    # ajoute-t-il": the Conseil d'Etat only decides in the clause; "il" is the man before
    qs = quotes_of(nlp, "Le président de la commune, Paul Durand, ne veut pas commenter la procédure. La Ville "
                        "dispose d'un délai de vingt jours pour se positionner, puis le Conseil d'Etat devra "
                        "trancher, ajoute-t-il.")
    assert "Conseil d'Etat" not in speakers(qs)


def test_a_title_with_two_complements_joined_by_et_is_one_person(nlp):
    # "le ministre de la Santé et de l'Action sociale a révélé …. « … », a-t-il indiqué": the
    # "et" joins two complements of one title, not two people
    qs = quotes_of(nlp, "Faisant le point sur la pandémie, le ministre de la Santé et de l'Action sociale a révélé "
                        "que le nombre de cas a quintuplé. « Il est passé de 190 à 1 114 depuis le 2 avril », "
                        "a-t-il indiqué.")
    assert speakers(qs)[-1] == "le ministre de la Santé et de l'Action sociale"


def test_a_pair_of_people_is_no_il(nlp):
    # (a guard) "Le maire et son adjoint ont …. « … », a-t-il indiqué": no guess between two
    qs = quotes_of(nlp, "Le maire et son adjoint ont révélé que le nombre de cas a quintuplé. « Il est passé de 190 "
                        "à 1 114 depuis le 2 avril », a-t-il indiqué.")
    assert speakers(qs)[-1] is None


def test_reported_speech_between_two_quotations_is_the_voice_the_next_goes_on_with(nlp):
    # "X d'abonder : « … » Plus vite …, explique Y. « … »": the quotation standing alone after
    # Y's reported words is Y's, not X's
    qs = quotes_of(nlp, "Et le ministre de l'Économie Paul Morel d'abonder : « Ensemble nous pouvons y arriver. » "
                        "Plus vite nous le faisons et plus vite nous retrouverons une vie normale, explique "
                        "Marc Dubois. « Nous tous le voulons, sans exception. »")
    assert dict((q.text, q.speaker) for q in qs)["Nous tous le voulons, sans exception."] == "Marc Dubois"


def test_a_subject_with_its_determiner_right_before_the_verb_is_the_speaker(nlp):
    # "… avec le ministre de la Santé, Olivier Véran, le maire de Saint-Étienne Gaël Perdriau a
    # précisé que : « … »": the parse may take the minister for the subject; the phrase with its
    # own determiner right before the verb is
    qs = quotes_of(nlp, "S'étant entretenu vendredi avec le premier ministre, Jean Castex et le ministre de la Santé, "
                        "Olivier Véran, le maire de Saint-Étienne Gaël Perdriau a précisé que : « si la situation "
                        "s'est dégradée rapidement ces derniers jours, nous devons redoubler d'attention. »")
    assert speakers(qs) == ["Gaël Perdriau"]


def test_an_apposition_without_determiner_before_the_verb_leaves_the_subject_named(nlp):
    # (a guard) "David Vuillermoz, président de la station de ski de Pila explique : « … »"
    qs = quotes_of(nlp, "David Vuillermoz, président de la station de ski de Pila explique : « chaque année, nous "
                        "avons une légère augmentation de la fréquentation. »")
    assert speakers(qs) == ["David Vuillermoz"]


def test_a_thing_whose_complements_are_names_is_not_who_speaks(nlp):
    # "les relations entre le Burundi et le Rwanda « se sont détériorées … »": the names are
    # complements of a thing; nobody is named as speaking
    qs = quotes_of(nlp, "Depuis la crise, les relations entre le Burundi et le Rwanda « se sont fortement "
                        "détériorées ces derniers mois ».")
    assert speakers(qs) == [None]


def test_what_carries_someones_words_still_names_its_source(nlp):
    # (a guard) "Une information de l'AFP … fait état de « … »": the information is the AFP's
    qs = quotes_of(nlp, "Une information de l' AFP , le tenant de source policière, fait état de « blessures "
                        "légères » pour la plupart, principalement au visage et aux jambes.")
    assert speakers(qs) == ["AFP"]


@pytest.mark.parametrize("text, speaker", [
    # a causative of knowing is a way of saying, its subject inverted after it
    ("« Nous voulons une personne neutre à la tête du ministère », a fait savoir Paul Durand, président du marché.",
     "Paul Durand"),
    ("« Nous voulons une personne neutre à la tête du ministère », fait savoir la direction.", "la direction"),
    ("« Nous voulons une personne neutre à la tête du ministère », a laissé entendre Marie Lenoir.", "Marie Lenoir"),
])
def test_a_causative_of_knowing_after_a_quotation_is_an_incise(nlp, text, speaker):
    assert speakers(quotes_of(nlp, text)) == [speaker]


def test_the_agent_of_a_participle_of_saying_right_after_the_quotation_speaks(nlp):
    # "… sur la réplique ironique « C'est pas de votre faute ! » lancée par le député"
    qs = quotes_of(nlp, "Une confrontation entre le député Marc Dord et le ministre Paul Morel avait attiré "
                        "l'attention sur la réplique ironique « C'est pas de votre faute ! » lancée par le député Marc Dord.")
    assert speakers(qs) == ["Marc Dord"]


def test_the_agent_of_another_participle_does_not(nlp):
    # (a guard) "qui y voit un « beau cadeau au monde des affaires » offert par les parlementaires"
    qs = quotes_of(nlp, "La mesure a fait vivement réagir Le Canard enchaîné qui y voit un « beau cadeau au monde "
                        "des affaires » offert par les parlementaires.")
    assert "les parlementaires" not in speakers(qs)
