"""Quotes: speakers, twenty-fourth round (issue 8). From the unknown speakers of every read
press set, sorted by where the gold speaker stands (same paragraph before or after the
quotation, the paragraph before, further up): one invented text per pattern, with its guard."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_an_incise_without_comma_of_any_verb_before_a_persons_name(nlp):
    # "« C'est une sorte de pèlerinage » décrit Antoine", "« … » rembobine Eric Junique" (a
    # verb the tagger reads as a noun): no comma after the closing mark, a verb that is not
    # one of saying, then a person's name: an incise all the same
    qs = quotes_of(nlp, "Alors toutes les deux semaines, les supporters se rendent au stade. « C’est une sorte de "
                        "pèlerinage pour nous tous » décrit Antoine Morel.")
    assert speakers(qs) == ["Antoine Morel"]
    qs = quotes_of(nlp, "« Mon grand-père était chauffeur routier, il m’achetait des bouquins au stade » rembobine "
                        "Eric Junique qui soutient le club depuis 50 ans.")
    assert speakers(qs) == ["Eric Junique"]


def test_a_quotation_that_is_a_verbs_subject_has_no_incise(nlp):
    # (a guard) with no comma, a quotation may be the subject of the verb after it; what
    # follows then is no person's name, and names no speaker
    qs = quotes_of(nlp, "« Nous ne céderons jamais sur les retraites » provoque la colère des syndicats.")
    assert speakers(qs) == [None]
    qs = quotes_of(nlp, "« Nous ne céderons jamais sur les retraites » a choqué le ministre Paul Roux.")
    assert speakers(qs) == [None]


def test_a_described_subject_of_any_verb_introduces_the_quotation_standing_after_it(nlp):
    # "Le maire du district de Bamako appelle à un changement de comportement. « … »": a person
    # described with a definite article, the subject of the sentence before, whatever its verb,
    # speaks the sentence that is one quotation after it
    qs = quotes_of(nlp, "Dans la nuit, la pluie a noyé plusieurs quartiers. Le maire du district de Bamako appelle à "
                        "un changement de comportement. « La force de l’eau est telle que rien ne peut résister. »")
    assert speakers(qs) == ["Le maire du district de Bamako"]


def test_a_thing_as_subject_introduces_no_quotation(nlp):
    # (a guard) the subject is a thing, not someone: the quotation after it stays unattributed
    qs = quotes_of(nlp, "Dans la nuit, la pluie a noyé plusieurs quartiers. La crue du fleuve a emporté trois "
                        "ponts. « La force de l’eau est telle que rien ne peut résister. »")
    assert speakers(qs) == [None]


def test_a_word_then_an_article_is_no_speaker(nlp):
    # "X, coiffeur, livre un témoignage poignant qui résume … : « … »", with "livre" read as a
    # noun: "livre un témoignage poignant" is a verb and its object, no one who speaks
    qs = quotes_of(nlp, "Sur le terrain, Yannick Kraemer, coiffeur et supporter de longue date, livre un témoignage "
                        "poignant qui résume parfaitement la situation : « Je veux apporter mon soutien au club. »")
    assert "livre un témoignage poignant" not in speakers(qs)


def test_an_adverbial_locution_between_the_clitic_and_the_participle(nlp):
    # "», a-t-il tout d'abord analysé": "tout d'abord" between "-il" and the participle
    qs = quotes_of(nlp, "Sonné, le co-manager de Pau Frédéric Manca s’est exprimé après la défaite.",
                   "« Il y a des matches qu’il faut prendre et on n’a pas su le prendre », a-t-il tout d’abord "
                   "analysé avant de se rendre à l’évidence.")
    assert speakers(qs) == ["Frédéric Manca"]


def test_a_feminine_organisation_is_no_il(nlp):
    # "la Section Paloise s'est effondrée … Sonné, …, Frédéric Manca, s'est exprimé" (a name the
    # parse hangs nowhere): "-il" cannot go back to "la Section Paloise"; the one person named
    # in full is whom it designates
    qs = quotes_of(nlp, "Ce dimanche, la Section Paloise s’est effondrée face à Castres 13-17. Sonné, mais pas abattu, "
                        "le co-manager de Pau Frédéric Manca, s’est exprimé après la défaite.",
                   "« Il y a des matches qu’il faut prendre et on n’a pas su le prendre », a-t-il analysé.")
    assert speakers(qs) == ["Frédéric Manca"]


def test_a_medium_whose_name_ends_on_a_word_the_tagger_does_not_call_a_name(nlp):
    # "», a précisé à AUXERRE TV André Villiers": "TV" tagged apart; the medium is passed over
    qs = quotes_of(nlp, "Des banderoles exprimaient le refus de la fermeture du collège. « La fermeture d'un "
                        "établissement est la conséquence de la démographie », a précisé à AUXERRE TV André Villiers.")
    assert speakers(qs) == ["André Villiers"]


def test_the_noun_before_an_absolute_participle_in_ayant_speaks(nlp):
    # "…, le substitut X ayant réclamé « … »": the participle clause's subject is the noun before it
    qs = quotes_of(nlp, "Lors de l’audience, une amende avait été requise, le substitut Eric Belfayol ayant réclamé "
                        "« une condamnation qui a du sens » pour « se prémunir pour l’avenir ».")
    assert speakers(qs) == ["Eric Belfayol"] * 2


def test_a_name_and_where_the_person_is_before_a_colon(nlp):
    # "Guy Savoy  à Paris : « … »" (two spaces), "Jean-Luc Tartarin au Havre : « … »"
    qs = quotes_of(nlp, "De 3 à 2 étoiles :", "Guy Savoy  à Paris : « Jusqu'à présent, je n'avais connu que des "
                                             "meilleurs moments. » (AFP).",
                   "Jean-Luc Tartarin au Havre : « Autant l'année dernière, je n'étais pas trop serein. »")
    assert speakers(qs) == ["Guy Savoy", "Jean-Luc Tartarin"]


def test_a_name_inside_a_phrase_with_a_manner_before_a_colon_labels_nothing(nlp):
    # (a guard) "pastiche de … de Serge Lama en chœur : « … »": the singer is not who chants
    qs = quotes_of(nlp, "Les militants ont défilé en chantant un pastiche de Femme, femme, femme de Serge Lama en "
                        "chœur : « Tram, tram, tram, on va faire un tour. »")
    assert "Serge Lama" not in speakers(qs)


def test_a_closing_mark_whose_opening_mark_the_page_lost_opens_nothing():
    # "Retour à la normale: … fonctionnels", a indiqué X. "Le réseau … heures", a-t-il ajouté.":
    # the first mark, glued to its word and followed by a comma, only closes; taken as an
    # opening mark it made a quotation of the narrative up to the next one
    from briefing.analyse.quotes import find_quote_spans

    text = ("Retour à la normale: tous les services sont de nouveau fonctionnels\", a indiqué l'opérateur. "
            "\"Le réseau reste sous vigilance\", a-t-il ajouté.")
    assert [q.inner(text) for q in find_quote_spans(text)] == ["Le réseau reste sous vigilance"]


def test_a_quotation_inside_a_quotation_in_straight_marks():
    # "Les feuilles … On dit qu'elles sont "en cigare", ça veut dire …": a mark between two
    # words opens a quotation within; after a sentence's end it closes the one open
    from briefing.analyse.quotes import find_quote_spans

    text = ("Didier inspecte ses plants : \"Les feuilles sont roulées. On dit qu'elles sont \"en cigare\", ça veut "
            "dire qu'elles ont besoin d'eau.\" Une partie des récoltes est compromise. \"On attend un orage\", "
            "espère Didier.")
    assert [q.inner(text) for q in find_quote_spans(text)] == [
        "Les feuilles sont roulées. On dit qu'elles sont \"en cigare\", ça veut dire qu'elles ont besoin d'eau.",
        "On attend un orage"]
    text = "\"J'ai voulu laisser la place aux jeunes, sourit-il. \"On a besoin de ça.\""
    assert [q.inner(text) for q in find_quote_spans(text)][0] == "J'ai voulu laisser la place aux jeunes, sourit-il."


def test_a_closing_guillemet_closes_a_quotation_opened_by_a_curly_mark():
    # "“On va faire un bilan et voir », indiquent les coprésidents. … “2500 euros …”": the
    # page mixed its marks; the closing guillemet closes the curly opening one
    from briefing.analyse.quotes import find_quote_spans

    text = ("“On va faire un bilan du nouveau système et voir », indiquent les coprésidents. La commune a versé "
            "2500 euros. “2500 euros qui permettaient de repartir”, reconnaissent-ils.")
    assert [q.inner(text) for q in find_quote_spans(text)] == [
        "On va faire un bilan du nouveau système et voir", "2500 euros qui permettaient de repartir"]


def test_words_pointed_back_in_the_plural(nlp):
    # "« … » Tels sont les mots prononcés par X": the plural of "Telle était la description
    # faite … par X"
    qs = quotes_of(nlp, "Il a parlé hier soir. «C’est juste incroyable pour nous tous ici ce soir!» Tels sont les mots "
                        "prononcés par Jacques-Henri Jufer.")
    assert speakers(qs) == ["Jacques-Henri Jufer"]


def test_the_person_a_cleft_presents_is_whom_il_goes_on_with(nlp):
    # "C'est aussi le cas de X qui habite … . Après 7h il sait … :" ¶ "« … »": the person the
    # sentence presents is whom "il" designates, and so who speaks after the colon
    qs = quotes_of(nlp, "Les habitants souffrent de cette période de canicule. C’est aussi le cas de Mahamadou "
                        "Salissou qui habite Soura Bildi. Après 7h du matin il sait qu’il n’a aucune chance d’avoir "
                        "de l’eau au robinet :",
                   "« Dès mars ou avril, les problèmes commencent. Avant minuit, impossible d’avoir de l’eau. »")
    assert speakers(qs)[-1] == "Mahamadou Salissou"
    qs = quotes_of(nlp, "C'est le cas de Marc Dubois, qui a perdu sa récolte : « Nous n'avons plus rien. »")
    assert speakers(qs) == ["Marc Dubois"]


def test_a_verb_of_saying_read_as_an_adjective_in_a_sentence_with_no_verb(nlp):
    # "La cheffe de groupe critique le manque de vision de la majorité :" ¶ "« … »", parsed with
    # no finite verb ("critique" an adjective): the noun phrase before it speaks
    qs = quotes_of(nlp, "La cheffe de groupe critique le manque de vision de la majorité :",
                   "« On voit que la géopolitique bouscule aujourd'hui la situation. »")
    assert speakers(qs) == ["La cheffe de groupe"]


def test_an_adjective_before_a_preposition_is_no_verb(nlp):
    # (a guard) "Un regard critique sur la majorité :" is a label, no one speaks in it
    qs = quotes_of(nlp, "Un regard critique sur la majorité :",
                   "« On voit que la géopolitique bouscule aujourd'hui la situation. »")
    assert speakers(qs) == [None]


def test_the_described_subject_of_a_verb_of_saying_before_a_colon(nlp):
    # "Le juge avertit son auditoire : « … »" ("avertit" parsed as qualifying "juge"): the subject
    # of a verb of saying before the colon, when it designates someone (a thing that is the
    # subject of a verb of saying, "La crise rappelle une évidence : « … »", is still taken for a
    # speaker by rule 3, as "Le rapport rappelle" rightly is: not this rule's to judge)
    qs = quotes_of(nlp, "Le tribunal s'est réuni mardi.",
                   "Le juge avertit son auditoire: «M. X. ne risque rien. Il n'a jamais commis d'infraction.»")
    assert speakers(qs) == ["Le juge"]


def test_ce_dernier_after_a_described_speaker_ending_the_sentence(nlp):
    # "« … », explique le père de famille. Sur la période …, ce dernier reconnaît … : « … »": the
    # person described whose incise ends the sentence is whom "ce dernier" designates; an
    # institution is no "cet homme" ("… », a annoncé le parquet de Paris. Cet homme a déclaré …")
    qs = quotes_of(nlp, "« Mon entreprise a été liquidée et je n'ai aucun diplôme », explique le père de famille. "
                        "Sur la période retenue, ce dernier reconnaît avoir eu des revenus importants : « Je n'en "
                        "déclarais que la moitié aux impôts. »")
    assert speakers(qs)[-1] == "le père de famille"
    qs = quotes_of(nlp, "« Un suspect a été placé en garde à vue hier soir », a annoncé le parquet de Paris. Cet homme "
                        "a déclaré aux enquêteurs : « Je n'ai rien fait de mal ce soir-là. »")
    assert speakers(qs)[-1] == "Cet homme"


def test_an_incise_between_dashes_inside_the_quotation(nlp):
    # "« …, mais nous sommes privilégiés – déclare-t-on chez André Coquillages – car … »": the
    # incise between dashes, as between commas
    qs = quotes_of(nlp, "Les commerçants de l'avenue attendent le tramway.",
                   "« Le problème se portera sur les livraisons, mais nous sommes privilégiés – déclare-t-on chez "
                   "André Coquillages – car nous bénéficions d’un accès arrière. »")
    assert speakers(qs) == ["André Coquillages"]
    qs = quotes_of(nlp, "Anne Morel, maire de la commune, a reçu les parents.",
                   "« Nous irons au bout – a-t-elle assuré – car personne ne nous arrêtera. »")
    assert speakers(qs) == ["Anne Morel"]


def test_a_dash_inside_a_quotation_before_no_verb_is_no_incise(nlp):
    # (a guard) "« … – la ville de Paul Roux – … »": an aside between dashes names no speaker
    qs = quotes_of(nlp, "Les commerçants de l'avenue attendent le tramway.",
                   "« Nous aimons cette ville – la ville de Paul Roux et de ses amis – depuis toujours et pour longtemps. »")
    assert speakers(qs) == [None]


def test_an_incise_after_a_dash_following_the_quotation(nlp):
    # "« … » – a déclaré X", "« … », – a déclaré X –": a dash before the incise, as inside the marks
    for text in ("« Nous irons jusqu'au bout du combat » – a déclaré Paul Roux.",
                 "« Nous irons jusqu'au bout du combat », – a déclaré Paul Roux –, avant de partir."):
        qs = quotes_of(nlp, "Les grévistes ont manifesté mardi.", text)
        assert speakers(qs) == ["Paul Roux"]
    # (a guard) a dash then a clause with its own subject is no incise
    qs = quotes_of(nlp, "Les grévistes ont manifesté mardi.",
                   "« Nous irons jusqu'au bout du combat » – les syndicats ont déclaré la grève illimitée.")
    assert speakers(qs) == [None]


def test_a_short_quotation_stands_with_the_speaker_the_next_sentence_gives(nlp):
    # "«C'est juste incroyable!» Tels sont les mots prononcés par X": three words, no speaker in
    # their sentence; the next sentence gives one, and the quotation stands with it
    qs = quotes_of(nlp, "Il a parlé hier soir. «C’est juste incroyable!» Tels sont les mots prononcés par "
                        "Jacques-Henri Jufer après les résultats.")
    assert [(q.text, q.speaker) for q in qs] == [("C’est juste incroyable!", "Jacques-Henri Jufer")]


def test_the_agent_of_a_noun_in_a_phrase_of_time_is_not_the_one_who_said_the_words(nlp):
    # (a guard) "« Scandaleuse », « censure ». Tels sont les mots employés jeudi après le blocage
    # des quotidiens par la CGT": the CGT blocked, others said the words
    qs = quotes_of(nlp, "« Scandaleuse », « censure ». Tels sont les mots employés en ce jeudi matin après le blocage "
                        "de la parution des quotidiens nationaux par la Confédération générale du travail.")
    assert all(q.speaker != "Confédération générale du travail" for q in qs)
