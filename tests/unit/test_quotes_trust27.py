"""Quotes: twenty-seventh round (issue 8). Rules written from the misses of the press sets
press33 and press34 once read; each test is a construction of its own, not their text."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_name_apposed_after_a_title_and_its_complement_is_the_speaker(nlp):
    # "le député d'Amal, Ali Bazzi": the complement (a party the model may take for a person)
    # is not who speaks; the name after the comma is
    qs = quotes_of(nlp, "« Nous ne voterons pas ce budget en l'état », a affirmé le député d'Amal, "
                        "Ali Bazzi, qui a réclamé un débat public.")
    assert speakers(qs) == ["Ali Bazzi"]
    # a particle stays a particle: "le général de Gaulle" is one person
    qs = quotes_of(nlp, "« La France a perdu une bataille », a déclaré le général de Gaulle, qui a quitté Paris.")
    assert speakers(qs) == ["de Gaulle"]


def test_the_agent_of_a_participle_qualifying_an_object_is_not_the_speaker(nlp):
    qs = quotes_of(nlp, "L'entraîneur du club retient surtout l'attitude de son équipe, décimée par les "
                        "blessures depuis l'automne : « Je n'avais pas vu autant d'engagement depuis longtemps. »")
    assert speakers(qs) == [None]  # (unknown rather than "les blessures")
    qs = quotes_of(nlp, "L'entraîneur du club salue l'attitude de son équipe, décimée par les "
                        "blessures depuis l'automne : « Je n'avais pas vu autant d'engagement depuis longtemps. »")
    assert speakers(qs) == ["L'entraîneur du club"]
    # the agent of the clause's own passive verb still announces the quotation
    qs = quotes_of(nlp, "Le projet est vivement critiqué par Paul Dubois, président de l'association : "
                        "« C'est une honte pour la commune. »")
    assert speakers(qs) == ["Paul Dubois"]


def test_a_cleft_speaker_is_the_phrase_after_cest_not_the_circumstance_before_it(nlp):
    qs = quotes_of(nlp, "Après la défaite face à Lyon, c'est un entraîneur visiblement touché qui a expliqué "
                        "où le bât blesse : « Je suis extrêmement déçu par notre entame. »")
    assert speakers(qs) == ["un entraîneur"]


def test_words_in_the_first_person_singular_are_not_a_newspapers(nlp):
    # the voice of a sentence a newspaper relays does not go on with a quotation that says "je"
    qs = quotes_of(nlp, "La ministre Awa Ndiaye visitait dimanche les quartiers inondés de Dakar.",
                   "Le quartier de Pikine était la dernière étape de la tournée, rapporte Le Soleil. "
                   "« Je pense qu'il va falloir reloger ces familles au plus vite. Les conditions sont très précaires. »")
    assert [q.speaker for q in qs if q.kind == "direct"] == [None]
    # an organisation still speaks as "nous"
    qs = quotes_of(nlp, "La direction de l'usine a publié un communiqué lundi.",
                   "« Nous regrettons profondément cet incident et nous indemniserons les pêcheurs », "
                   "a indiqué la direction de l'usine.")
    assert speakers(qs) == ["la direction de l'usine"]


def test_a_person_noun_used_after_a_possessive_is_not_the_person_just_named(nlp):
    # "son défenseur" designates someone the text does not name: "le défenseur" is not the
    # client named last
    qs = quotes_of(nlp, "Le salarié Karim Benali est présent à l'audience mais il laisse parler son défenseur "
                        "syndical.",
                   "Karim Benali a été licencié en juillet. « Il a seulement demandé une justification de ces "
                   "propos blessants », développe le défenseur.")
    assert speakers(qs) == ["le défenseur"]
    # a possessive with the person's name apposed names them: the noun goes on with that name
    qs = quotes_of(nlp, "Montpellier l'emporte et son capitaine, Mickaël Guigou, marque quatre buts.",
                   "En conférence de presse, le capitaine montpelliérain se dit fier de son équipe : "
                   "« Je crois que l'équipe s'est donné les moyens d'aller chercher cette victoire. »")
    assert speakers(qs) == ["Mickaël Guigou"]


def test_an_organisations_own_site_or_account_is_its_voice(nlp):
    qs = quotes_of(nlp, "« Les trains circuleront normalement dès lundi matin », peut-on lire sur le site de la SNCF.")
    assert speakers(qs) == ["SNCF"]
    qs = quotes_of(nlp, "« Les trains circuleront normalement dès lundi matin », peut-on lire sur le compte "
                        "Twitter de la SNCF.")
    assert speakers(qs) == ["SNCF"]
    # a page named after a person may be kept by others: nobody
    qs = quotes_of(nlp, "« Nous avons perdu l'un des visionnaires les plus prolifiques du monde », peut-on lire sur "
                        "la page Facebook du musicien.")
    assert speakers(qs) == [None]


def test_the_pronoun_after_a_quant_a_topic_stands_for_it(nlp):
    qs = quotes_of(nlp, "Le ministre Élie Mahfouz a défendu le plan du gouvernement.",
                   "Quant au député Alain Aoun, il a estimé que les revendications concernant l'électricité "
                   "sont exagérées.")
    assert reported_speakers(qs)[-1:] == ["Alain Aoun"]
    qs = quotes_of(nlp, "Le ministre Élie Mahfouz a défendu le plan du gouvernement.",
                   "Quant à la CGT, elle a estimé que les revendications concernant l'électricité sont légitimes.")
    assert reported_speakers(qs)[-1:] == ["CGT"]


def test_a_hyphenated_subject_the_tokenizer_cuts_stays_whole(nlp):
    qs = quotes_of(nlp, "Le feu a repris lundi.",
                   "Les sapeurs-pompiers ont déclaré que de nouvelles évacuations étaient à prévoir dans la soirée.")
    assert reported_speakers(qs) == ["Les sapeurs-pompiers"]


def test_a_calling_noun_of_another_ending_goes_on_with_the_person_named(nlp):
    # "le vigneron", "la psychiatre", "le boulanger": person nouns whatever their ending
    qs = quotes_of(nlp, "La grêle est tombée lundi.",
                   "Paul Martin a perdu la moitié de sa récolte lundi. « C'est un coup très dur pour toute "
                   "l'exploitation familiale », regrette le vigneron.")
    assert speakers(qs) == ["Paul Martin"]


def reported_speakers(qs):
    return [q.speaker for q in qs if q.kind == "reported"]


def test_a_name_apposed_after_a_descriptions_acronym_in_brackets_is_the_speaker(nlp):
    qs = quotes_of(nlp, "« Beaucoup de producteurs devront vendre leurs animaux avant l'hiver », se désole le premier "
                        "vice-président de l'Union des producteurs agricoles (UPA), Martin Caron.")
    assert speakers(qs) == ["Martin Caron"]
    qs = quotes_of(nlp, "Le président de l'Association des transitaires du port (ANLT), Iju Tony Nwabunike, a confié "
                        "son admiration pour ce port qui est « très convenable pour nos membres ».")
    assert speakers(qs) == ["Iju Tony Nwabunike"]


def test_a_full_name_described_as_someone_after_an_opening_phrase_speaks(nlp):
    # the model takes unfamiliar full names for places; an apposition that describes a person
    # ("une autre vendeuse de légumes", "la cinquantaine") says who they are, and a short
    # adverbial phrase before them does not hide the subject (the apposition's comma may be left out)
    qs = quotes_of(nlp, "Le marché est vide en ce lendemain de fête.",
                   "Un peu plus loin, Tenin Guindo, une autre vendeuse de légumes ajoute : « La cherté des "
                   "produits sur le marché n'est pas le souhait des consommateurs. »")
    assert speakers(qs) == ["Tenin Guindo"]
    qs = quotes_of(nlp, "Le marché est vide en ce lendemain de fête.",
                   "Un peu plus loin, Assita Bagayoko, la cinquantaine range ses bidons d'huile. « Je suis juste "
                   "venue voir mon étable et nettoyer un peu », confie la vendeuse.")
    assert speakers(qs) == ["Assita Bagayoko"]


def test_a_clause_the_parse_takes_for_a_subject_names_no_one(nlp):
    # "Quant au maïs grain, la récolte n'est qu'à l'automne mais X prévoit que …": the phrase
    # with a finite verb of its own is no speaker; the one who says so is
    qs = quotes_of(nlp, "Quant au maïs grain, la récolte n'est qu'à l'automne mais Jean Lacharité prévoit tout de "
                        "même qu'il n'atteindra pas sa pleine hauteur.")
    assert all(q.speaker in (None, "Jean Lacharité") for q in qs)
    assert "la récolte n'est qu'à l'automne" not in [q.speaker for q in qs]


def test_an_incise_without_a_comma_with_a_person_described(nlp):
    qs = quotes_of(nlp, "Le prix du lait ne cesse de baisser.",
                   "« Ils veulent le beurre et l'argent du beurre » lâche un éleveur.")
    assert speakers(qs) == ["un éleveur"]
    # a verb of saying the tagger reads as an infinitive
    qs = quotes_of(nlp, "Le prix du lait ne cesse de baisser.",
                   "« La baisse du prix du lait non plus. Et pourtant, on doit faire avec » rétorque un éleveur.")
    assert speakers(qs) == ["un éleveur"]


def test_quant_a_lui_between_the_incises_verb_and_its_subject(nlp):
    qs = quotes_of(nlp, "« Mon travail me plaisait, mais je ne connaissais pas mes voisins », confie quant à lui "
                        "Florent, 32 ans, qui travaillait dans des associations.")
    assert speakers(qs) == ["Florent"]


def test_pour_and_someone_after_a_quotation_give_whose_view_it_is(nlp):
    qs = quotes_of(nlp, "« Un chiffre stable, réparti dans cinq classes, un effectif tout à fait correct », pour le "
                        "directeur de l'école depuis quatre ans, Christophe Brault.")
    assert speakers(qs) == ["Christophe Brault"]
    # (guards) a purpose or a time after "pour" names no one
    qs = quotes_of(nlp, "« C'est une victoire pour tout le quartier », pour la première fois depuis des années.")
    assert speakers(qs) == [None]


def test_a_feminine_title_in_eure_gives_the_pronoun_its_referent(nlp):
    # "procureure", "auteure": the feminine of "-eur"; "elle" then goes on with her
    qs = quotes_of(nlp, "\"Elle est partie d'elle-même\", a déclaré Carole Étienne, procureure de Caen. "
                        "\"Elle a été prise en charge par les gendarmes\", a-t-elle ajouté.")
    assert speakers(qs) == ["Carole Étienne"] * 2


def test_an_incise_inside_a_quotation_with_a_title_and_its_name(nlp):
    # "vante" read as an adjective: after a comma inside the quotation, a word with a verb's
    # ending, then a title and the name apposed to it, is an incise
    qs = quotes_of(nlp, "Le village a perdu son dernier médecin en 2008.",
                   "« Il avait pourtant une patientèle de 2 500 personnes. Et il nous reste une pharmacie, vante "
                   "le maire, Jacques Terracol. Depuis, nous avons recherché un candidat. »")
    assert speakers(qs) == ["Jacques Terracol"]


def test_l_edile_designates_the_mayor_named(nlp):
    qs = quotes_of(nlp, "Le maire de la commune, Fabien Kees, entouré de son équipe, a commencé la cérémonie des vœux.",
                   "L'édile a présenté le bilan de l'année où « 60 % de nos projets ont vu le jour ».")
    assert speakers(qs) == ["Fabien Kees"]



def test_a_name_with_an_apposed_noun_in_aire_is_described_as_someone(nlp):
    # "propriétaire", "bénéficiaire", "locataire": who someone is (the model may take the name
    # before them for a place)
    from briefing.analyse.entities.spans import described_as_someone

    doc = nlp("Abdeladim Khismi, propriétaire de la maison, a porté plainte lundi.")
    assert described_as_someone(doc, 0, 2)
    doc = nlp("Saint-Pierre, capitale de la commune, a fêté ses commerçants.")
    assert not described_as_someone(doc, 0, 1)


def test_words_in_the_first_person_do_not_go_on_with_a_thing_that_spoke_before(nlp):
    qs = quotes_of(nlp, "Pourtant, à en croire le déroulé de la fin d'étape, un sprint massif était envisagé. "
                        "Mais pas même la crevaison du coureur ne l'aura empêché de gagner. « À deux tours de "
                        "l'arrivée j'ai crevé, je me suis vraiment fait mal pour rentrer. »")
    assert [q.speaker for q in qs if q.kind == "direct"] == [None]
    # a person described still goes on
    qs = quotes_of(nlp, "Un proche de la famille a confié que les relations étaient tendues depuis longtemps. "
                        "« Je ne l'ai pas vu depuis des années, il ne venait plus aux fêtes. »")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Un proche de la famille"]


def test_a_title_with_its_party_or_its_place_then_the_name(nlp):
    # "le conseiller municipal PLR": a definite title qualified by a party goes on with the person
    # it designates, not the party
    qs = quotes_of(nlp, "Invité de la radio, Olivier Français a évoqué les tensions à la municipalité. Le "
                        "conseiller municipal PLR a déclaré qu'il y avait \"un problème de gouvernance à la municipalité\".")
    assert "PLR" not in [q.speaker for q in qs]
    assert [q.speaker for q in qs if q.kind == "partial"] == ["Olivier Français"]
    # "le maire de la commune de Puisseguin Xavier Sublett": a full name right after the title's
    # place, with no comma, bears the title
    qs = quotes_of(nlp, "« Manifestement, c'est le camion qui a perdu le contrôle », a indiqué le maire de la "
                        "commune de Puisseguin Xavier Sublett à la radio.")
    assert speakers(qs) == ["Xavier Sublett"]


def test_a_name_of_three_words_gathers_its_middle_word_and_its_first_two(nlp):
    from tests.unit.test_quotes_trust13 import _entities

    ents = _entities(nlp, "Le gouverneur de la ville-province, Gentiny Ngobila Mbaka, a remercié la population.",
                     "« Le calme a régné sur la ville », s'est réjoui le gouverneur Ngobila.",
                     "Gentiny Ngobila condamne néanmoins la violence policière.")
    assert [e.name for e in ents if e.type == "PER"] == ["Gentiny Ngobila Mbaka"]


def test_cluster_rules_for_names_of_three_words():
    from briefing.analyse.entities.merging import _cluster_people

    out = _cluster_people(["Gentiny Ngobila Mbaka", "Ngobila", "Gentiny Ngobila"], titled={"ngobila"})
    assert set(out.values()) == {"gentiny ngobila mbaka"}
    # (a guard) a middle word two full names share stays apart
    out = _cluster_people(["Noureddin Bongo Valentin", "Sylvia Bongo", "Bongo"])
    assert out["bongo"] == "bongo"


def test_a_full_name_typed_as_a_thing_is_the_person_its_surname_names(nlp):
    from tests.unit.test_quotes_trust13 import _entities

    ents = _entities(nlp, "Echati Insuffo vit à Dzaoudzi depuis dix ans.",
                     "« On est dépassé », confie Echati Insuffo. Insuffo doit prévoir un budget pour l'eau.")
    assert [e.type for e in ents if e.name == "Echati Insuffo"] == ["PER"]
    # (a guard) a place named after someone keeps its type
    ents = _entities(nlp, "Le Centre Athénas accueille les réfugiés.", "Athénas a dit qu'elle était fière.")
    assert "Centre Athénas" not in [e.name for e in ents if e.type == "PER"]


def test_a_demonstrative_person_noun_goes_on_with_the_person_the_sentence_before_was_about(nlp):
    qs = quotes_of(nlp, "Le tireur est un homme de 39 ans, Kori Ali Muhammad, qui s'est rendu à la police.",
                   "M. Muhammad a tiré en quatre lieux différents du centre-ville.",
                   "Cet homme avait affirmé sur Internet détester le gouvernement.")
    assert [q.speaker for q in qs if q.kind == "reported"][-1:] == ["Kori Ali Muhammad"]


def test_an_organisations_name_of_the_form_x_de_a_et_de_b_stays_whole(nlp):
    from tests.unit.test_quotes_trust13 import _entities

    ents = _entities(nlp, "Selon le Service Départemental d'Incendie et de Secours, le feu progresse vers le nord.")
    assert "Service Départemental d'Incendie et de Secours" in [e.name for e in ents if e.type == "ORG"]
    # (a guard) two organisations joined by "et" stay two
    ents = _entities(nlp, "Le maire a écrit à l'ONU et à l'Union européenne lundi.")
    assert {"ONU", "Union européenne"} <= {e.name for e in ents}


def test_quoted_words_in_a_noun_slot_take_no_speaker_from_the_verb_after_them(nlp):
    qs = quotes_of(nlp, "La manifestation a réuni mille personnes.",
                   "Les « gilets jaunes en colère » dénoncent le gouvernement depuis des mois.")
    assert "le gouvernement" not in [q.speaker for q in qs]
    # a quotation opening the sentence still has its incise without a comma
    qs = quotes_of(nlp, "La manifestation a réuni mille personnes.",
                   "« Nous ne lâcherons rien » dénoncent les manifestants.")
    assert speakers(qs) == ["les manifestants"]


def test_the_first_person_singular_is_found_elided_and_not_in_a_lawyers_title():
    from briefing.analyse.quotes.attribution import _speaks_as_i

    assert _speaks_as_i("J’ai vu les flammes depuis ma fenêtre")
    assert _speaks_as_i("il me l'a dit hier")
    assert not _speaks_as_i("Me Dupont a plaidé l'acquittement")
    assert not _speaks_as_i("Nous irons jusqu'au bout, « je vous le promets » disait-il")
