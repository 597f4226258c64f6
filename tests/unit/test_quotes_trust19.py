"""Quotes: speakers, nineteenth round (issue 8). From misses of the press sets D–J, all
already read: one invented text per pattern, with its guard."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_name_and_its_description_before_the_colon_of_a_clause_without_subject(nlp):
    # "De quoi réjouir les grévistes, comme Rim Kefi, responsable syndicale : « … »", "C'est le
    # cas d'Adnene B., fonctionnaire : « … »": no subject designates anyone; the name that
    # ends the words before the colon is who speaks
    qs = quotes_of(nlp, "De quoi réjouir les centaines de grévistes présents, comme Léa Martin, responsable "
                        "syndicale des transports : « La grève est une réussite, tout le réseau est bloqué. »")
    assert speakers(qs) == ["Léa Martin"]
    qs = quotes_of(nlp, "La plupart des agents évoquent une grève sociale. C'est le cas de Marc Dubois, "
                        "fonctionnaire au sein d'un ministère : « Nous n'avons aucune demande politique. »")
    assert speakers(qs) == ["Marc Dubois"]


def test_a_name_with_a_clause_before_the_colon_labels_nothing(nlp):
    # (guards) a description holding a finite verb is a sentence about the person, and a
    # subject that designates someone keeps the quotation
    # ("C'est le cas de Marc Dubois, qui a perdu sa récolte : « … »" presents him and gives him the
    # quotation since the twenty-fourth round: test_quotes_trust24)
    qs = quotes_of(nlp, "Le gel a touché les vergers de Marc Dubois, qui a perdu sa récolte : « Nous n'avons plus rien. »")
    assert speakers(qs) == [None]
    qs = quotes_of(nlp, "Le maire Paul Morel a reçu Marc Dubois, fonctionnaire : « Nous n'avons aucune demande politique. »")
    assert speakers(qs) == ["Paul Morel"]


def test_the_participle_after_an_inverted_auxiliary_whatever_the_tagger_reads(nlp):
    # "», a-t-il relaté vendredi": the tagger reads "relaté" as a finite verb with "vendredi"
    # its object; after "a-t-il" it is the incise's participle
    qs = quotes_of(nlp, "Jean Carrier avait cherché ailleurs.",
                        "« J'allais entreprendre certaines vérifications dans mon unité », a-t-il relaté vendredi.")
    assert speakers(qs) == ["Jean Carrier"]


def test_a_name_after_a_preposition_is_no_subject(nlp):
    # "Avant que les soupçons se tournent vers X, Y avait cherché ailleurs": the parse makes
    # X the subject and Y its apposition; "il" then goes on with Y
    qs = quotes_of(nlp, "Avant que les soupçons ne se tournent vers Denis Maisonneuve, Patrice Carrier avait cherché ailleurs.",
                        "« J'allais entreprendre certaines vérifications dans mon unité », a-t-il déclaré.")
    assert speakers(qs) == ["Patrice Carrier"]


def test_an_incise_without_comma_after_an_exclamation(nlp):
    # "“… Télétravaillons !” propose X": after "!", "?" or "…" closing a quotation the press
    # writes no comma; the verb right after the mark is the incise's, whatever it is
    qs = quotes_of(nlp, "« La route est saturée ? La route pollue. Télétravaillons ! » propose Pierre Cuny, "
                        "le maire de Thionville, dans une tribune.")
    assert speakers(qs) == ["Pierre Cuny"]


def test_a_name_after_an_exclamation_with_its_own_verb_is_no_incise(nlp):
    # (a guard) "« … ! » Puis Pierre Cuny est reparti": the words after the mark make a
    # sentence of their own
    qs = quotes_of(nlp, "« La route est saturée ? La route pollue. Télétravaillons ! » Puis Pierre Cuny est reparti.")
    assert speakers(qs) == [None]


def test_a_reflexive_incise_inside_the_quotation_marks(nlp):
    # "« C'était très simple, se souvient le Souverain. Je l'ai félicité. »": a verb after a
    # reflexive clitic and before a noun phrase, between the quotation's comma and its full stop
    qs = quotes_of(nlp, "« C'était très chaleureux et simple, se souvient le maire. Je l'ai félicité. »")
    assert speakers(qs) == ["le maire"]
    # (a guard) an infinitive after the clitic is the quotation's own words
    qs = quotes_of(nlp, "« Il faut agir vite, se mobiliser les uns pour les autres », a déclaré Paul Roux.")
    assert speakers(qs) == ["Paul Roux"]


def test_the_owner_of_the_words_in_the_sentence_after_the_quotation(nlp):
    # "« … » Le constat de X, patron-armateur, est sans appel.", "« … » L'avertissement est
    # lancé par un jeune homme …", "« … » Telle était la description faite de la Broye par X":
    # a sentence right after a quotation opens on a noun of words said or of a view, and
    # gives its owner or its agent
    qs = quotes_of(nlp, "« Aujourd'hui, nous levons 900 casiers par jour pour seulement y arriver. » Le constat "
                        "de Yann Morvan, patron-armateur d'un chalutier de Lorient, est sans appel.")
    assert speakers(qs) == ["Yann Morvan"]
    qs = quotes_of(nlp, "« Ce n'est pas très bien vu ici, les journalistes. » L'avertissement est lancé par un "
                        "jeune homme qui semble monter la garde.")
    assert speakers(qs) == ["un jeune homme"]
    qs = quotes_of(nlp, "« Une région propice à des réflexions communes. » Telle était la description faite de la "
                        "vallée par Jacques Morel, commandant de la police cantonale, dans son rapport.")
    assert speakers(qs) == ["Jacques Morel"]


def test_a_noun_of_view_about_something_names_no_speaker(nlp):
    # (guards) the owner must name someone ("le constat de la crise" does not), and a sentence
    # that does not open on such a noun says nothing of the quotation
    qs = quotes_of(nlp, "« Nous levons 900 casiers par jour. » Le constat de la crise est sans appel.")
    assert speakers(qs) == [None]
    qs = quotes_of(nlp, "« Nous levons 900 casiers par jour. » La pêche de Yann Morvan est en crise.")
    assert speakers(qs) == [None]


def test_a_name_with_an_apostrophe_after_o_is_one_word(nlp):
    # "William O’Neill": the tokenizer splits after "O’" as after an elided article; the name,
    # kept whole, is the subject the parse missed ("…, X, expert …, qualifie …"), whom "il"
    # goes on with, and the object after the verb is no inverted source
    qs = quotes_of(nlp, "Alors que les gangs dominent la capitale, William O’Neill, expert des Nations Unies sur les "
                        "droits humains en Haïti, qualifie la situation de véritablement alarmante. « Les gangs disposent "
                        "d'armes lourdes », déclare-t-il lors d'un entretien.")
    assert [(q.kind, q.speaker) for q in qs] == [("direct", "William O’Neill")]
    tokens = [t.text for t in nlp("Sean O'Brien et William O’Neill sont arrivés.")]
    assert "O'Brien" in tokens and "O’Neill" in tokens


def test_mentionner_que_reports_speech(nlp):
    qs = quotes_of(nlp, "La mairesse suppléante, Samuelle Roy, mentionne que la Ville souhaite que les besoins "
                        "des citoyens soient identifiés.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Samuelle Roy")]


def test_a_label_of_an_organisation_or_a_name_typed_as_one(nlp):
    # "Rochelle Squires : « … »": the tagger types the name as an organisation; a label before
    # the colon is a name whatever its type
    qs = quotes_of(nlp, "Greenpeace : « Nous ne lâcherons rien sur le climat. »")
    assert speakers(qs) == ["Greenpeace"]


def test_an_organisation_and_a_complement_before_a_colon_label_nothing(nlp):
    # (a guard) "… liés à Al-Qaïda, dans un communiqué publié sur Telegram : « … »": a
    # complement after a comma is no description of the name, whose words these are not
    qs = quotes_of(nlp, "L'attaque a été revendiquée par des islamistes liés à l'organisation Al-Qaïda, dans un "
                        "communiqué publié sur Telegram : « Un kamikaze a visé un hôtel ».")
    assert speakers(qs) != ["Al-Qaïda"]


def test_the_means_after_par_ends_an_inverted_source(nlp):
    # "…, mentionne le corps de police par courriel": a bare common noun after "par" is how
    # it was said; an agent with its name stays ("un médecin cité par AP")
    qs = quotes_of(nlp, "Les policiers seraient alors intervenus pour mettre fin à l'attroupement, indique le "
                        "service de police par courriel.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "le service de police")]
    qs = quotes_of(nlp, "On compte un manque de sang et de médicaments, a indiqué un médecin local cité par AP.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "un médecin local cité par AP")]


def test_a_possessive_source_is_its_owner_not_the_outlet_relaying_it(nlp):
    # "Selon son témoignage relayé par RFI, « … »": the testimony is the person's; the outlet
    # that relays it does not speak
    qs = quotes_of(nlp, "Parmi les victimes, figure Paul Diallo, Guinéen parti en Tunisie depuis 3 ans. Selon "
                        "son témoignage relayé par nos confrères de Radio France Internationale, « il a été chassé de "
                        "son domicile par ses voisins ».")
    assert speakers(qs) == ["Paul Diallo"]


def test_local_titles_name_their_holder(nlp):
    # "le wali d'Oran", "la mairesse", "le bourgmestre": titles of Algeria, Québec, Belgium;
    # the description of a person the article names resolves to that person
    qs = quotes_of(nlp, "Le wali d'Oran, Saïd Benali, a visité les chantiers mardi.",
                        "« Cette situation est inacceptable », a lancé le wali d'Oran.")
    assert speakers(qs)[-1] == "Saïd Benali"


def test_a_thing_and_a_pronoun_after_a_comma_the_pronoun_is_the_subject(nlp):
    # "Une peine qui ne soulagera pas la mère, elle assure « … »": the parse gives "assure" two
    # subjects; the noun is a thing set before, the pronoun after the comma is who speaks
    qs = quotes_of(nlp, "Les accusés encourent vingt ans de réclusion. Une peine qui ne soulagera pas la mère "
                        "d’Alexandre, elle assure « Je n’attends pas grand chose de ce procès. »")
    assert speakers(qs) != ["Une peine"]


@pytest.mark.parametrize("text, speaker", [
    ("Le monsieur d'expliquer que ces gens n'ont pas respecté les règles établies.", "Le monsieur"),
    ("Et le ministre Paul Roux d'ajouter que la réforme sera votée avant l'été.", "Paul Roux"),
])
def test_an_infinitive_of_narration_reports_speech(nlp, text, speaker):
    # "X d'expliquer que …": the infinitive of narration, as "Et X d'abonder : « … »" for a
    # quotation; the noun phrase opening the sentence speaks
    qs = quotes_of(nlp, text)
    assert [(q.kind, q.speaker) for q in qs] == [("reported", speaker)]


def test_an_infinitive_after_de_inside_a_clause_is_no_narration(nlp):
    # (a guard) "Il est venu le féliciter et lui dire que …": no "de" after an opening phrase
    qs = quotes_of(nlp, "Le refus de répondre que la loi impose aux témoins a surpris le tribunal.")
    assert [q for q in qs if q.kind == "reported"] == []
