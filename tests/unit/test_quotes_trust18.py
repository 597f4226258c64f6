"""Quotes: speakers, eighteenth round (issue 8). From misses of the press set H (press8),
scored blind first, then read, and of the sets E and G, already read: one invented text
per pattern."""

from __future__ import annotations

import pytest

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_participle_made_noun_after_its_article_speaks(nlp):
    # "», a déclaré l'opposant": the tagger reads "opposant" as the participle of "opposer";
    # after an article it is a noun, and the description names the person introduced before
    qs = quotes_of(nlp, "L'opposant Paul Marchal a annoncé mardi de nouvelles manifestations.",
                        "« Le pouvoir n'aime pas la paix ni l'ordre », a lancé l'opposant devant la foule.")
    assert speakers(qs)[-1] == "Paul Marchal"
    qs = quotes_of(nlp, "« Nous ne savons rien des causes de la panne », a déclaré l'intervenant.")
    assert speakers(qs) == ["l'intervenant"]


def test_a_participle_with_its_object_is_not_a_speaker(nlp):
    # (a guard) "», a déclaré X en annonçant …": a participle that is not after an article
    # stays a verb
    qs = quotes_of(nlp, "« Nous ne savons rien des causes de la panne », a déclaré Paul Marchal en annonçant une enquête.")
    assert speakers(qs) == ["Paul Marchal"]


def test_a_quotation_signed_after_a_dash_on_its_line(nlp):
    # "« … » – Amadou Diop", "« … ». - X, directeur …": the signature may stand on the
    # quotation's own line, as it may on the next one
    qs = quotes_of(nlp, "« Nous ne pensions pas que la mer allait arriver à ce niveau. Nous appelons à l'aide » – Amadou Diop")
    assert speakers(qs) == ["Amadou Diop"]
    qs = quotes_of(nlp, "La police analysera les images.",
                        "« Ça peut avoir l'air anodin, mais c'est très dangereux ». - Ian Lafrenière, directeur des "
                        "communications de la police.")
    assert speakers(qs) == ["Ian Lafrenière"]


def test_words_after_a_dash_that_name_nobody_sign_nothing(nlp):
    # (a guard) "« … » - et puis plus rien": no capitalised name after the dash
    qs = quotes_of(nlp, "« Nous ne pensions pas que la mer allait arriver à ce niveau » - et puis plus rien.")
    assert speakers(qs) == [None]


def test_a_label_with_a_bracket_and_a_description_announces_the_quotation(nlp):
    # "Alexander Kristoff (NOR - UAE Emirates), vainqueur :" ¶ "« … »": a name, a bracket and
    # a description (with or without a comma) before the colon label the next paragraph
    qs = quotes_of(nlp, "Paul Morel (FRA - Équipe Bleue), vainqueur :",
                        "« C'est un rêve qui devient réalité, j'ai rêvé de cette victoire. »",
                        "Jean Dufour (BEL - Équipe Rouge) 8e :",
                        "« Je suis ravi d'avoir ramené ce maillot vert jusqu'à Paris. »")
    assert speakers(qs) == ["Paul Morel", "Jean Dufour"]


def test_a_bracket_then_a_clause_is_not_a_label(nlp):
    # (a guard) "X (FRA) a déclaré hier :": a finite verb after the bracket makes a sentence,
    # whose subject another rule reads; the label rule must not need it
    qs = quotes_of(nlp, "Le maire Paul Morel (PS) tient à rassurer ses administrés.",
                        "La réunion (publique) aura lieu mardi soir :",
                        "« Tout le monde pourra poser ses questions aux élus. »")
    assert "La réunion" not in speakers(qs)


def test_of_two_subjects_of_one_verb_the_nearer_is_the_subject(nlp):
    # "En désignant la conseillère X, Bianca Roy, le maire a enchaîné. « … », a-t-il dit": the
    # parse gives the verb two subjects; the one right before it speaks, not the woman he points at
    qs = quotes_of(nlp, "Le conseil municipal s'est réuni lundi soir.",
                        "Pour Paul Marchal, la cour était pleine. « Savez-vous pourquoi il manque de transparence "
                        "en politique ? »",
                        "En désignant de la main la conseillère de Val-Bélair, Julie Tremblay, le maire a enchainé. "
                        "« Quand on écoute des commentaires comme ça, on aurait dû se taire », a-t-il dit.")
    assert speakers(qs)[-1] == "Paul Marchal" and "Julie Tremblay" not in speakers(qs)


def test_a_relative_of_source_gives_the_antecedent_view(nlp):
    # "X, selon lequel « … »", "X pour qui « … »": the quotation is the antecedent's view
    qs = quotes_of(nlp, "Le gouvernement rejette les propos du ministre des Affaires étrangères, Paul Durand, selon "
                        "lequel « les sanctions contre le pays seront sévères ».")
    assert speakers(qs) == ["Paul Durand"]
    qs = quotes_of(nlp, "Les syndicats ont rencontré le directeur de l'usine, pour qui « la fermeture est inévitable ».")
    assert speakers(qs) == ["le directeur de l'usine"]


def test_a_free_relative_names_nobody(nlp):
    # (a guard) "une amende pour qui « refuse … »": whoever refuses; the quotation's verb has
    # "qui" for subject, there is no antecedent
    qs = quotes_of(nlp, "Le texte prévoit une amende pour qui « refuse de se soumettre au contrôle des agents ».")
    assert speakers(qs) == [None]


def test_an_incise_verb_read_as_a_noun_before_a_name(nlp):
    # "», alerte Météo France": after the quotation's comma, a word with a verb's ending
    # followed by a capitalised name is the incise's verb ("alerte" read as a noun)
    qs = quotes_of(nlp, "Il « n'est pas totalement exclu que la tempête atteigne la catégorie 3 à son passage », "
                        "alerte Météo France.")
    assert speakers(qs) == ["Météo France"]


def test_a_quotation_glued_to_a_full_stop_follows_the_sentence_of_its_speaker(nlp):
    # "… les maux du secteur.«l'heure est grave»": a space lost before the guillemet; the
    # quotation is a sentence of its own, after one whose subject is a named person
    qs = quotes_of(nlp, "Le président Paul Diop met le doigt sur les maux du secteur.«l’heure est grave, car le "
                        "secteur de la pêche artisanale agonise».")
    assert speakers(qs) == ["Paul Diop"]


def test_an_incise_before_the_quotation_names_the_speaker_not_the_subject(nlp):
    # "Le projet, a-t-elle ajouté, « … »": the pronoun of the incise speaks, not "le projet"
    qs = quotes_of(nlp, "La ministre Anne Roy était à Lyon. Le projet, a-t-elle ajouté, « sera prêt en mai, comme "
                        "prévu par le calendrier ».")
    assert speakers(qs) == ["Anne Roy"]
    # with no referent for the pronoun, the speaker stays unknown (never the subject, a thing)
    qs = quotes_of(nlp, "Et cette agonie, dit-il, « est due à la pêche industrielle et à la sur-capture de la ressource ».")
    assert speakers(qs) == [None]


def test_a_claim_needs_a_clause_before_its_incise(nlp):
    # "Sauf que le Conseil d'Etat, après avoir étudié plusieurs pistes, prône le statu quo":
    # no finite verb before the last comma, so "prône" is the subject's verb, not an incise
    # whose subject would be "le statu quo"
    qs = quotes_of(nlp, "Des députés demandaient une réforme. Sauf que le Conseil d’Etat, après avoir étudié plusieurs "
                        "pistes, prône le statu quo. Il rappelle que l’ouvrage peut être remis sur le métier très vite.")
    assert "le statu quo" not in speakers(qs)


def test_a_claim_with_a_subject_pronoun_keeps_its_incise(nlp):
    # (a guard) "Il y traite de …, annonçait-il": the subject pronoun makes it a clause, whatever
    # the tagger calls "traite"
    qs = quotes_of(nlp, "Le journaliste Pierre Morel ouvre une chronique. Il y traite de l’art de vivre à Paris comme "
                        "en province, annonçait-il dans son premier billet.")
    assert speakers(qs) == ["Pierre Morel"]


def test_quoted_words_a_named_thing_confirmed_are_its_own(nlp):
    # "L'usine de Challerange a confirmé un « … », rappelle le quotidien": the subject of the
    # verb of saying whose object the quotation is said them, a phrase with a name inside it;
    # the newspaper only relays them
    qs = quotes_of(nlp, "L’usine de Challerange a confirmé un « débordement ponctuel et involontaire d’effluents de "
                        "boues biologiques », rappelle le quotidien.")
    assert speakers(qs) == ["L’usine de Challerange"]


def test_words_said_pointed_back_name_who_said_them(nlp):
    # "« … » Ces termes que la mère d'Alexandre confie …": a demonstrative and a noun of the
    # words said, then a relative whose subject says them
    qs = quotes_of(nlp, "« Il ne m’a pas quittée, il ne me quittera jamais » Ces termes que la mère d’Alexandre confie "
                        "avec émotion alors que le procès s’ouvre mardi.")
    assert speakers(qs) == ["la mère d’Alexandre"]


def test_words_said_taken_up_without_a_relative_name_nobody(nlp):
    # (a guard) "Ces mots, la mère les répète": no relative opens a clause of saying there;
    # this rule gives no speaker
    qs = quotes_of(nlp, "Le procès s'ouvre mardi.",
                        "« Il ne m’a pas quittée, il ne me quittera jamais. » Ces mots, la mère d’Alexandre les répète.")
    assert speakers(qs) == [None]


@pytest.mark.parametrize("incise", [
    "est venu dire devant le portail le directeur, Paul Morel",  # "venir" before an infinitive of saying
    "vient de déclarer le directeur, Paul Morel",  # "venir de": just said
    "est allé expliquer Paul Morel",
])
def test_a_verb_of_motion_before_an_infinitive_of_saying_is_an_incise(nlp, incise):
    qs = quotes_of(nlp, f"« Il y a un projet de fermeture de l’usine de Nantes », {incise}.")
    assert speakers(qs) == ["Paul Morel"]


def test_a_verb_of_motion_with_another_infinitive_is_no_incise(nlp):
    # (a guard) "», est venu chercher X": not a way of saying; X is its object
    qs = quotes_of(nlp, "« Il y a un projet de fermeture de l’usine de Nantes », est venu chercher Paul Morel.")
    assert speakers(qs) == [None]


def test_exprimer_is_a_verb_of_saying(nlp):
    # "X ont exprimé leur refus d'appliquer les sanctions « … »": what they expressed is theirs
    qs = quotes_of(nlp, "Les délégations du Mali et du Burkina ont exprimé leur refus catégorique d’appliquer les "
                        "sanctions « illégales, illégitimes et inhumaines » de la communauté régionale.")
    assert speakers(qs) == ["Les délégations du Mali et du Burkina"]


def test_a_past_participle_without_auxiliary_is_no_incise(nlp):
    # "le « cela suffit » de X, exprimé lors du dernier conseil": a participle qualifying the
    # words; what follows it is no speaker
    qs = quotes_of(nlp, "Contre le « cela suffit vraiment » de Nathalie Roy, exprimé lors du dernier conseil municipal, "
                        "Charles Morel demande le droit d’une expression différente. « Vous êtes l’héritière d’un "
                        "système en place depuis plus de 46 ans », ajoute-t-il.")
    assert "du dernier conseil municipal" not in speakers(qs) and speakers(qs)[-1] == "Charles Morel"
    qs = quotes_of(nlp, "Des manifestations ont lieu tous les samedis contre la cheffe de l’État, accusée de corruption "
                        "et d'abus de pouvoir.")
    assert "de corruption et d'abus de pouvoir" not in speakers(qs)


def test_a_pronoun_after_the_sentence_named_subject_stands_for_it(nlp):
    # "X, le président sortant, a tenu une conférence durant laquelle il a déclaré que « … »":
    # the first sentence of its paragraph; "il" is the person the sentence opened on
    qs = quotes_of(nlp, "Paul Morel, le président sortant, a tenu jeudi une conférence de presse à Tunis durant "
                        "laquelle il a déclaré que « le recours à la tyrannie ne résoudra pas les problèmes du pays ».")
    assert speakers(qs) == ["Paul Morel"]


def test_a_pronoun_before_a_name_does_not_stand_for_it(nlp):
    # (a guard) "Pour X, Y est victime « … ». Il estime que Y a bien fait de dire « … »": the
    # pronoun comes first; it goes on with the source of the sentence before, not with Y
    qs = quotes_of(nlp, "Jean Chartier, le conseiller spécial du candidat, a tenu à nuancer la polémique.",
                        "Pour Chartier, Fillon est victime « depuis un mois et demi » d'un acharnement. Il estime que "
                        "François Fillon a bien fait de dire « la vérité sur cette affaire ».")
    assert speakers(qs)[-1] == "Jean Chartier"


def test_a_past_participle_made_noun_after_its_article_speaks(nlp):
    # "», a encore dit l'accusé": "accusé" read as the participle of "accuser"
    qs = quotes_of(nlp, "« Je ne sais pas comment exprimer en mots ce sentiment ou montrer des remords », a encore dit "
                        "l’accusé.")
    assert speakers(qs) == ["l’accusé"]


def test_an_incise_verb_read_as_a_number(nlp):
    # "», tonne X": "tonne" read as a number (the weight)
    qs = quotes_of(nlp, "« On ne peut pas laisser comme ça des navires sur notre plan d'eau », tonne Moussa Ndiaye pas du "
                        "tout content.")
    assert speakers(qs) == ["Moussa Ndiaye"]


def test_an_incise_inside_the_quotation_may_have_long_complements(nlp):
    # "« Oui, …, a lâché X dans des propos accordés à Canal +. C'est … »"
    qs = quotes_of(nlp, "« Oui, c'est une victoire référence, a lâché Paul Morel dans des propos accordés à Canal +. "
                        "C'est peut-être dommage qu'on l'ait aussi tard dans la saison. »")
    assert speakers(qs) == ["Paul Morel"]


def test_a_subject_after_mais_is_the_verb_subject(nlp):
    # "L'incertitude plane sur la rentrée, mais le parent … se dit confiant et pense que …": the
    # parse coordinates the two phrases; the one after "mais" says it (never the first clause)
    qs = quotes_of(nlp, "L’incertitude plane quant à l’effectivité de la rentrée prévue pour le 3 octobre, mais le parent "
                        "qui désire garder l’anonymat, se dit confiant et pense que la situation s’apaisera d’ici lundi.")
    assert speakers(qs) == ["le parent"]


def test_a_prepositional_locution_ends_the_speaker_phrase(nlp):
    # "», s'écrie le ministre face aux explications du directeur …": "face à" opens a
    # complement of the verb; "le ministre" is the speaker, resolved to the person named before
    qs = quotes_of(nlp, "Le ministre de la Pêche, Paul Diop, était au port.",
                        "« Ce n'est pas un cimetière de navires », s'écrie le ministre face aux explications du directeur "
                        "général de l'agence, Jean Morel.")
    assert speakers(qs) == ["Paul Diop"]


@pytest.mark.parametrize("after, who", [
    ("c’est l’une des phrases fortes du président Paul Morel ce mercredi", "Paul Morel"),
    ("ce sont les mots du ministre Paul Morel devant les députés", "Paul Morel"),
])
def test_cest_and_the_words_of_someone_name_the_speaker(nlp, after, who):
    # "« … », c'est l'une des phrases fortes du président X": whose words they are
    qs = quotes_of(nlp, f"« Pas de détenus politiques dans notre pays », {after}.")
    assert speakers(qs) == [who]


def test_cest_and_words_of_nobody_named(nlp):
    # (a guard) "« … », c'est la phrase que tout le monde retient": no owner named
    qs = quotes_of(nlp, "« Nous ne céderons rien sur les retraites », c'est la phrase que tout le monde retient.")
    assert speakers(qs) == [None]


def test_an_incise_subject_quotes_nothing(nlp):
    # "…, évoque la possibilité de « révoquer les élus »": a verb after a comma whose phrase
    # holds a quotation is no incise closing a claim; "la possibilité" says nothing
    qs = quotes_of(nlp, "Jean Morel, candidat de La France unie, après avoir rappelé que tous les candidats de son "
                        "mouvement aux élections s'engagent sur la charte éthique de l'association Anticor, évoque la "
                        "possibilité de « révoquer les élus », qui serait une des bases de la VIe République.")
    assert "la possibilité" not in speakers(qs)


@pytest.mark.parametrize("who", ["l'un d'eux", "l'une d'entre elles", "certains d'entre eux"])
def test_one_of_them_is_the_whole_partitive(nlp, who):
    # "», confie l'un d'eux": the speaker is one of the people before, not "l'un"
    qs = quotes_of(nlp, f"Des habitants attendent depuis des mois. « Nous sommes exténués et désemparés », confie {who}.")
    assert speakers(qs) == [who]


def test_a_description_keeps_its_field_after_en(nlp):
    # "…, soutient le technicien en fiabilité X, qui …": "en fiabilité" is the description's
    # field, and the name after it is who speaks (not another "technicien" named before)
    qs = quotes_of(nlp, "Le technicien Éric Gilbert a confirmé la fermeture.",
                        "L’entreprise a convoqué ses employés pour leur annoncer la nouvelle, soutient le technicien en "
                        "fiabilité Jean-François Gagné, qui travaille dans le bâtiment depuis plus de 20 ans.")
    assert speakers(qs)[-1] == "Jean-François Gagné"


def test_a_locution_after_en_ends_the_description(nlp):
    # (a guard) "», a déclaré le ministre en marge d'un déplacement": a locution, not a field
    qs = quotes_of(nlp, "Le ministre Paul Roux était à Lyon.",
                        "« J'ai mes filles qui ont travaillé avec moi l'été », a déclaré le ministre en marge d’un "
                        "déplacement.")
    assert speakers(qs) == ["Paul Roux"]


@pytest.mark.parametrize("incise", ["semble se réjouir le président de la chambre", "semble dire le président de la chambre"])
def test_sembler_before_the_incise_verb(nlp, incise):
    # "», semble se réjouir le président": the infinitive after "sembler" is the incise's verb
    qs = quotes_of(nlp, f"« Les faits sont simples et reconnus », {incise}, quand le prévenu entre dans le box.")
    assert speakers(qs) == ["le président de la chambre"]


def test_sembler_before_a_verb_that_says_nothing(nlp):
    # (a guard) "», semble penser X": not a way of saying, no reflexive clitic
    qs = quotes_of(nlp, "« Les faits sont simples et reconnus », semble penser le président de la chambre.")
    assert speakers(qs) == [None]


@pytest.mark.parametrize("after", [" dixit Moussa Diallo, le président du pays.", ", dixit Moussa Diallo."])
def test_dixit_names_the_speaker(nlp, after):
    # "« … » dixit X": the Latin "said", an attribution with or without the comma
    qs = quotes_of(nlp, f"« Nous sommes reconnaissants à nos voisins de ce qu’ils font pour sécuriser la région »{after}")
    assert speakers(qs) == ["Moussa Diallo"]
