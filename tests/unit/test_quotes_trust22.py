"""Quotes: speakers, twenty-second round (issue 8). From misses of the press set T (scored
blind, then read at this round's start): one invented text per pattern, with its guard."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import said, speakers


def test_a_causative_of_a_verb_of_saying_after_a_quotation_is_an_incise(nlp):
    # "», a fait remarquer le DG de la PNH": "faire" + the infinitive of a verb of saying
    qs = quotes_of(nlp, "« La crise demande une approche politique », a fait remarquer la ministre du Tourisme "
                        "Claire Dorval.")
    assert speakers(qs) == ["Claire Dorval"]


def test_a_causative_incise_inside_the_quotation_marks(nlp):
    # "« …, a fait valoir le ministre X. … »": the incise inside the quotation, the title and
    # surname of the one person the article names in full
    qs = quotes_of(nlp, "Le ministre de l'Industrie, Marc Savoie, était présent mardi.",
                   "« Aujourd'hui, il est question d'innovation, a fait valoir le ministre Savoie. "
                   "Nous vous donnons les moyens de vos ambitions. »")
    assert speakers(qs) == ["Marc Savoie"]


def test_a_causative_with_its_subject_before_the_comma_is_no_incise(nlp):
    # (a guard) "X, la trentaine, fait observer le toit de l'étable": the verbs' subject
    # stands before the comma; the noun phrase after them is an object, not a speaker
    qs = quotes_of(nlp, "À Magoar, Arnaud Le Guen, la trentaine, fait observer le toit de l'étable où "
                        "étaient abritées « douze génisses prêtes à vêler ».")
    assert [q.speaker for q in qs if q.kind != "reported"] == [None]


def test_the_subject_of_a_causative_of_saying_hung_on_the_infinitive_says_the_clause(nlp):
    # "Le maire a fait valoir que …", parsed with "fait" hung on "valoir" and the subject on
    # the infinitive
    qs = quotes_of(nlp, "Le maire de Vierzon, Paul Roux, a fait valoir que la commune n'avait pas les moyens "
                        "de payer les travaux.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Paul Roux")]


def test_a_title_before_a_surname_two_people_bear_names_nobody(nlp):
    # (a guard) "le ministre Martin" when the article names two Martins: no guess between them
    qs = quotes_of(nlp, "Le ministre Jean Martin et la députée Anne Martin étaient présents.",
                   "« Nous serons toujours là pour vous appuyer », a fait valoir le ministre Martin.")
    assert len(qs) == 1 and qs[0].speaker not in (None, "Jean Martin", "Anne Martin")


def test_a_first_name_then_an_apposition_with_a_place_is_the_subject_a_pronoun_goes_on_with(nlp):
    # "Maimouna, vendeuse de condiments à Faladiè Séma, est de même avis que Bintou
    # Coulibaly. Selon elle, …": the name that opens the sentence before its apposition is
    # the subject (the place's first word read as a verb, the place as a person), not the
    # name closing the sentence
    qs = quotes_of(nlp, "Bintou Traoré, ménagère au marché, estime que les condiments sont trop chers.",
                   "Awa, vendeuse de légumes à Faladiè Séma, est du même avis que Bintou Traoré. "
                   "Selon elle, la cherté des condiments est due aux grossistes.")
    assert said(qs, "la cherté des condiments") == "Awa"


def test_a_list_of_people_after_a_name_is_no_apposition(nlp):
    # (a guard) "X, Y et Z sont d'accord. « … », affirme-t-elle": several people are
    # subjects; the pronoun is not resolved to the first of them
    qs = quotes_of(nlp, "Awa Keita, Mariam Doumbia et Bintou Traoré sont du même avis. "
                        "« La cherté des condiments est due aux grossistes », affirme-t-elle.")
    assert said(qs, "La cherté des condiments") is None


def test_the_antecedent_of_who_after_a_description_with_a_place_is_the_name_before(nlp):
    # "Bintou Coulibaly, ménagère à Faladiè Séma, qui atteste que …": "qui" goes back past the
    # description and its place to the name the description is apposed to
    qs = quotes_of(nlp, "Cette cherté est évoquée par Bintou Traoré, ménagère à Faladiè Séma, qui atteste que "
                        "les condiments sont chers sur le marché.")
    assert speakers(qs) == ["Bintou Traoré"]


def test_a_sentence_opening_on_a_name_then_its_verb_is_about_that_person(nlp):
    # "Maféring Camara est ménagère à Taouyah. Elle raconte son calvaire. « … », affirme-t-elle":
    # the parse cuts the name in two and gives the sentence no subject; the name opening it,
    # right before its verb, is whom the pronouns go on with (not the woman quoted before)
    qs = quotes_of(nlp, "Mme Awa Keita, habitante du quartier, est vendeuse de bouillon. « Je fais mon ménage "
                        "grâce à l'eau du forage », dit-elle.",
                   "Maféring Camara est ménagère à Taouyah. Elle raconte son calvaire. « Je suis là depuis "
                   "trois heures du matin », affirme-t-elle.")
    assert speakers(qs) == ["Awa Keita", "Maféring Camara"]


def test_a_description_with_a_participle_then_a_titled_name_is_the_subject(nlp):
    # "Une voisine partageant la même situation, Mme Sow, enseignante, pointe du doigt l'Etat.
    # « … », prie-t-elle": the participle qualifies the description, the honorific opens the
    # name it describes
    qs = quotes_of(nlp, "Mme Awa Keita, habitante du quartier, est vendeuse de bouillon. « Je fais mon ménage "
                        "grâce à l'eau du forage », dit-elle.",
                   "Une voisine partageant la même situation, Mme Sow, enseignante, pointe du doigt l'Etat. "
                   "« Nous sollicitons vraiment l'aide de l'Etat », prie-t-elle.")
    assert speakers(qs) == ["Awa Keita", "Sow"]


def test_a_name_after_a_preposition_opening_the_sentence_is_not_its_subject(nlp):
    # (a guard) "Chez Awa Keita, la voisine …": the name after a preposition is no subject;
    # the pronoun does not go to her
    qs = quotes_of(nlp, "Mme Sow, enseignante, est vendeuse de bouillon. « Je fais mon ménage grâce à l'eau "
                        "du forage », dit-elle.",
                   "Chez Awa Keita est arrivée la pénurie. « Nous sollicitons vraiment l'aide de l'Etat », "
                   "prie-t-elle.")
    assert said(qs, "Nous sollicitons") != "Awa Keita"


def test_an_incise_inside_a_quotation_after_percentages(nlp):
    # "« … : -13,2 % et -10,5 % pour les surfaces …, détaille X. … »": the percentage the parse
    # makes the verb's subject says nothing; the name after the verb does
    qs = quotes_of(nlp, "\"Cette tendance est en net recul : -13,2% et -10,5% pour les surfaces hors hôtellerie "
                        "et locaux agricoles, détaille Jacques Chanut. Tous les segments participent.\"")
    assert speakers(qs) == ["Jacques Chanut"]


def test_an_incise_without_comma_with_a_verb_in_the_imperfect_and_a_day(nlp):
    # "\"…\" prévenait  mercredi Frédéric Rouanet président du syndicat": the imperfect of an
    # irregular verb of saying, a day and a double space between it and the name
    qs = quotes_of(nlp, "Ils dénoncent des prix du vin trop bas, \"les producteurs ne peuvent plus boucler leurs "
                        "fins de mois\" prévenait  mercredi Frédéric Rouanet président du syndicat des vignerons.")
    assert speakers(qs) == ["Frédéric Rouanet"]


def test_a_question_with_an_inverted_clitic_inside_a_quotation_is_no_incise(nlp):
    # "« Pour être juste, suffit-il d'obéir aux lois ? »": the verb after the comma, inverted
    # with "-il", asks a question; it is no incise whose "il" would be the last subject
    qs = quotes_of(nlp, "Paul Roux a été nommé directeur de l'école.",
                   "Les candidats ont réfléchi à la justice ( « Pour être juste, suffit-il d'obéir aux lois ? » ).")
    assert [q.speaker for q in qs if "obéir" in q.text] == [None]


def test_a_demonstrative_noun_of_words_later_in_the_next_sentence_names_their_owner(nlp):
    # "«…» Difficile de faire plus concret que ce résumé tranchant de Loïc Perrin, …": the
    # demonstrative points back at the quotation, its owner said it
    qs = quotes_of(nlp, "«Ici, on naît supporter de Saint-Étienne et on devient fan de foot.» Difficile de faire "
                        "plus concret que ce résumé tranchant de Loïc Perrin, figure de la cité forézienne.")
    assert speakers(qs) == ["Loïc Perrin"]


def test_a_demonstrative_noun_of_words_of_a_thing_names_nobody(nlp):
    # (a guard) "ce résumé de la situation": the owner is no one, the quotation stays unknown
    qs = quotes_of(nlp, "«Ici, on naît supporter de Saint-Étienne et on devient fan de foot.» Difficile de faire "
                        "plus concret que ce résumé tranchant de la situation de la ville.")
    assert speakers(qs) == [None]


def test_words_ascribed_to_someone_in_the_sentence_after_the_quotation(nlp):
    # "« … » La formule béton est attribuée (et raccourcie) au célèbre maçon creusois Martin
    # Nadaud": whom the words are ascribed to, a name in the phrase after "à"
    qs = quotes_of(nlp, "Le bâtiment pèse lourd dans l'économie.",
                   "« Quand le Bâtiment va, tout va. » La formule béton est attribuée (et raccourcie) au célèbre "
                   "maçon creusois Martin Nadaud, lors d'un discours à la Chambre des députés en 1850.")
    assert speakers(qs) == ["Martin Nadaud"]


def test_an_aside_saying_how_long_ago_between_the_incise_verb_and_its_subject(nlp):
    # "», résumait, il y a quelques semaines, un élu minoritaire d'Annecy, …": "il y a" and a
    # duration say when, the subject follows
    qs = quotes_of(nlp, "« Nous sommes contre mais nous allons voter pour », résumait, il y a quelques semaines, "
                        "un élu minoritaire d'Annecy, lors d'une réunion organisée par le Medef.")
    assert speakers(qs) == ["un élu minoritaire d'Annecy"]


def test_for_the_latter_before_a_colon_names_the_person_who_closed_the_sentence_before(nlp):
    # "…, a expliqué Patrice Coutin, président de la Fnsea 79. Mais pour celui-ci, un premier
    # objectif a été atteint : « … »": "celui-ci" (one token) is the person whose name and
    # title without article end the sentence before
    qs = quotes_of(nlp, "« Ces réunions ne sont qu'un début », a expliqué Patrice Coutin, président de la Fnsea 79. "
                        "Mais pour celui-ci, un premier objectif a été atteint : « Impulser une nouvelle dynamique ».")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Patrice Coutin", "Patrice Coutin"]


def test_for_the_latter_after_a_sentence_ending_on_a_thing_names_nobody(nlp):
    # (a guard) the sentence before ends on a thing: "celui-ci" names no one
    qs = quotes_of(nlp, "« Ces réunions ne sont qu'un début », a expliqué Patrice Coutin devant le nouveau barrage. "
                        "Mais pour celui-ci, un premier objectif a été atteint : « Impulser une nouvelle dynamique ».")
    assert [q.speaker for q in qs if q.kind == "direct"][1] != "Patrice Coutin"


def test_an_incise_pronoun_goes_to_the_one_person_named_in_full_and_gives_her_gender(nlp):
    # "Et pour certains, comme Danièle Staquet (PS), c'est un chapitre qui se ferme. « … », nous
    # dit-elle.": the one person named in this paragraph and the one before, whose gender the
    # text does not give; "elle" gives it, so a later "il" is not she
    qs = quotes_of(nlp, "Et pour certains, comme Danièle Staquet (PS), c'est un long chapitre qui s'est refermé. "
                        "« Je suis plutôt dans le trip du travail accompli », nous dit-elle.",
                   "Les travaux de la salle ont commencé. « J'ai voulu laisser la place aux jeunes », sourit-il.")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Danièle Staquet", None]


def test_an_incise_pronoun_never_goes_to_a_person_named_in_passing_or_as_a_role_holder(nlp):
    # (guards) "… au pouvoir du président Jean Mbala" (a noun's complement), "Le vice-président
    # sera Mike Pence" (who holds a role): spoken of, the pronoun does not go on with them
    one = quotes_of(nlp, "Le texte demande le maintien au pouvoir du président Jean Mbala. « Ce serait l'unique "
                         "manière », estime-t-il.")
    two = quotes_of(nlp, "Le futur vice-président sera Mike Pence. « Nous gagnerons ensemble », a-t-il dit.")
    assert speakers(one) == [None] and speakers(two) != ["Mike Pence"]


def test_an_incise_pronoun_after_an_unresolved_pronoun_subject_stays_unknown(nlp):
    # (a guard) "… devant Paul Kuty. On lui reproche … Il souffre … « … », explique-t-il": the
    # text goes on with someone it has not named; the one person named is no antecedent
    qs = quotes_of(nlp, "Un jeune de 29 ans, se défendant seul, comparaît devant Paul Kuty. On lui reproche "
                        "des faits de rébellion. Il souffre d'un problème psychologique. « Quand ils m'ont arrêté, "
                        "je me suis débattu », explique-t-il.")
    assert speakers(qs) == [None]


def test_an_incise_pronoun_with_a_lone_word_or_two_people_named_stays_unknown(nlp):
    # (a guard) a name of one word may be a common noun the model read as a name; two people
    # named leave the pronoun ambiguous
    one = quotes_of(nlp, "Astuce vieille comme le monde, assumée par le prévenu. « Je reconnais les faits », dit-il.")
    two = quotes_of(nlp, "Et pour certains, comme Danièle Staquet et Paul Wargnie, c'est un chapitre qui se ferme. "
                         "« Je suis plutôt dans le trip du travail accompli », nous dit-elle.")
    assert speakers(one) != ["Astuce"] and [q.speaker for q in two if q.kind == "direct"] == [None]


def test_an_incise_pronoun_never_goes_to_the_name_of_a_photo_credit(nlp):
    # (a guard) "© Juliette Coulais / Reporterre" between the person and her words: the photo's
    # author is no one the text speaks of; the quotation stays, its speaker unknown
    qs = quotes_of(nlp, "C'est dans la plaine que Julie Méric a découvert ce nom barbare.",
                   "Un capteur a relevé des taux record cet été. © Juliette Coulais / Reporterre",
                   "La mère de famille est née dans la région. « Ça a activé quelque chose de très fort en moi, "
                   "se souvient-elle. Ça m'a donné envie de déménager. »")
    assert [q.speaker for q in qs if "activé" in q.text] in ([None], ["Julie Méric"])


def test_reported_speech_with_its_incise_inside_the_sentence(nlp):
    # "Depuis huit ans, renchérit X, l'eau ne coule pas ici." / "…, comme l'a souligné X, …": an
    # incise of saying between commas; the whole sentence is reported from its subject
    qs = quotes_of(nlp, "Depuis huit ans, renchérit Aïssatou Sonna Diallo, l'eau de la SEG ne coule pas ici.",
                   "Néanmoins, il reste beaucoup à faire, comme l'a souligné Fabien Navet, président des jeunes "
                   "agriculteurs du canton.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Aïssatou Sonna Diallo"), ("reported", "Fabien Navet")]


def test_a_participle_that_names_between_commas_reports_nothing(nlp):
    # (a guard) "La nouvelle série de billets, dite série Europa, ne comportera …": "dite" names
    qs = quotes_of(nlp, "La nouvelle série de billets, dite série Europa, ne comportera donc pas de billet de 500 euros.")
    assert qs == ()
