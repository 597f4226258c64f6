"""Quotes: speakers, twentieth round (issue 8). From misses of the press sets M and N
(scored blind last session, read this one): one invented text per pattern, with its guard."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_a_bracketed_acronym_in_the_description_before_the_name(nlp):
    # "Le secrétaire général de l'Union des agriculteurs (UDA), Paul Morel, a prononcé …":
    # the acronym in brackets is part of the description; the name after it is the subject
    # that "il" goes on with
    qs = quotes_of(nlp, "Le secrétaire général de l'Union départementale des agriculteurs (UDA), Paul Morel, "
                        "a prononcé un discours devant la préfecture.",
                        "« Cette grève nous a été imposée » a-t-il lancé.")
    assert speakers(qs) == ["Paul Morel"]


def test_a_bracketed_acronym_is_no_speaker(nlp):
    # (a guard) with no name after the description, the organisation in brackets is only its
    # complement: "il" is not the union
    qs = quotes_of(nlp, "Le directeur de l'Union départementale des agriculteurs (UDA) a reçu le préfet à Rouen.",
                        "« Cette grève nous a été imposée » a-t-il lancé.")
    assert speakers(qs) == [None]


def test_an_inverted_subject_after_a_phrase_of_where_it_was_said(nlp):
    # "», a déclaré lors d'une conférence de presse commune des cinq opposants, le candidat
    # X": the phrase saying where, up to its comma, is passed over; the subject follows it
    qs = quotes_of(nlp, "« Nous assistons à une fraude électorale », a déclaré lors d'une conférence de presse "
                        "commune des cinq opposants, le candidat de l'opposition Paul Morel.")
    assert speakers(qs) == ["Paul Morel"]
    qs = quotes_of(nlp, "« Nous assistons à une fraude électorale », a affirmé devant les journalistes réunis "
                        "au siège du parti, la candidate Marie Dubois.")
    assert speakers(qs) == ["Marie Dubois"]


def test_a_phrase_of_where_it_was_said_without_a_subject_after_it_names_nobody(nlp):
    # (a guard) the phrase of place is never the speaker, and a date after its comma is no
    # subject either
    qs = quotes_of(nlp, "« Nous assistons à une fraude électorale », a déclaré lors d'une conférence de presse, lundi.")
    assert speakers(qs) == [None]


def test_a_speaker_the_tagger_could_not_type_is_what_the_pronoun_goes_on_with(nlp):
    # "Hermione W., promotrice à la Silicon Valley déclare que : “…”. Elle déclare aussi que
    # … “…”": the tagger types the name as a miscellaneous entity, not a person; having
    # spoken, it designates someone, and "elle" goes on with it
    qs = quotes_of(nlp, "Dolores Way, consultante à la Silicon Valley déclare que : « L’Afrique est le nouveau centre "
                        "d’innovation ». Elle déclare aussi que le concours vise à « exploiter les talents de toute l’Afrique ».")
    assert speakers(qs) == ["Dolores Way", "Dolores Way"]


def test_a_pronoun_after_a_named_thing_that_does_not_speak_stays_unknown(nlp):
    # (a guard) a miscellaneous entity that is only mentioned is nobody "elle" stands for
    qs = quotes_of(nlp, "Le concours Harmony Way a eu lieu à Kigali. Elle déclare aussi que le concours vise à "
                        "« exploiter les talents de toute l’Afrique ».")
    assert speakers(qs) == [None]


def test_a_surname_with_its_particle_after_the_incise_verb_speaks(nlp):
    # (a guard) "», ajoute encore de la Morlais": "de la" opens a name, not a complement
    qs = quotes_of(nlp, "« Sarah a été manipulée par son compagnon », ajoute encore de la Morlais.")
    assert speakers(qs) == ["de la Morlais"]


def test_a_locution_or_a_medium_with_its_name_before_the_subject(nlp):
    # (guards) "», a répété de son côté X": a locution with a possessive, not a complement;
    # "», a indiqué à l'AFP Nina, une vacancière": the name after the medium speaks, not the
    # description apposed to it
    qs = quotes_of(nlp, "« On se battra jusqu’au bout », a répété de son côté Michel Lefort, secrétaire du syndicat.")
    assert speakers(qs) == ["Michel Lefort"]
    qs = quotes_of(nlp, "« Les flammes ont été visibles jusque tard dans la nuit », a indiqué à l'AFP Nina, "
                        "une vacancière séjournant à Campomoro.")
    assert speakers(qs) != ["une vacancière"]


def test_the_latter_in_an_incise_after_a_name_and_its_description(nlp):
    # "Des propos qui ont fait bondir X, le chef sortant de …. « … », a réagi ce dernier qui
    # …": "ce dernier" after the verb is the pronoun, not a time phrase, and the person whose
    # name ends the sentence before, its description after it, is whom it designates
    qs = quotes_of(nlp, "Des propos qui ont fait bondir Gérard Lemieux, le chef sortant de l’hôtel de ville de Laval. "
                        "« Les citoyens sont tous des citoyens à part entière », a réagi ce dernier qui a déjà "
                        "annoncé son intention de briguer un troisième mandat.")
    assert speakers(qs) == ["Gérard Lemieux"]


def test_the_latter_after_a_name_followed_by_a_clause_stays_unknown(nlp):
    # (guards) a name followed by a clause does not end the sentence; "ce dernier jour" is a time
    qs = quotes_of(nlp, "Des propos qui ont fait bondir Gérard Lemieux, qui dirige la ville de Laval. "
                        "« Les citoyens sont tous des citoyens à part entière », a réagi ce dernier.")
    assert speakers(qs) == [None]
    qs = quotes_of(nlp, "Des propos qui ont fait bondir Gérard Lemieux. « Les citoyens sont tous des citoyens à part "
                        "entière », a déclaré ce dernier jour le maire Paul Simard.")
    assert speakers(qs) == ["Paul Simard"]


def test_an_incise_without_comma_after_a_quotation_opening_the_sentence(nlp):
    # "« … » se plaint un agriculteur de la province Bubanza": no comma after the closing mark,
    # a reflexive verb (or a verb of saying) and its subject; the place in the subject's
    # complement is where the speaker is from, not who speaks; "poursuit-il" goes on with him
    qs = quotes_of(nlp, "« Nous ne savons pas ce qu’il faudra faire. Les autorités nous ont oubliés » se plaint un "
                        "agriculteur de la province Kirundo. « La situation ne change pas » poursuit-il.")
    assert speakers(qs) == ["un agriculteur de la province Kirundo"] * 2
    qs = quotes_of(nlp, "« La route est longue et nous irons au bout » explique la ministre Anne Morel.")
    assert speakers(qs) == ["Anne Morel"]


def test_a_quoted_name_in_a_noun_slot_heads_no_incise(nlp):
    # (a guard) the quotation follows a determiner, the verb after it has its own subject
    # before it: no incise, whether or not the verb is one of saying
    qs = quotes_of(nlp, "Le projet « Cap sur la mer durable » se poursuit cette année à Brest.")
    assert speakers(qs) == [None] * len(qs)
    qs = quotes_of(nlp, "Les habitants du « quartier des pêcheurs sinistrés » expliquent le problème au maire.")
    assert "le problème" not in speakers(qs)


def test_a_phrase_with_a_first_person_possessive_is_no_speaker(nlp):
    # "« … ». Nos retours nous permettent de dire que …": "nos" is the voice of whoever
    # speaks (or of the outlet), never a speaker of its own
    qs = quotes_of(nlp, "Nos retours nous permettent de dire que la grève a été suivie à plus de 90 %.")
    assert "Nos retours" not in speakers(qs)


def test_an_incise_without_comma_with_an_auxiliary_and_a_word_of_the_quotation_as_subject(nlp):
    # "« … seul Dieu qui l'a sauvé » a révélé cette victime à la barre": the auxiliary, then
    # the participle of a verb of saying that; the parse's subject inside the quotation is none
    qs = quotes_of(nlp, "À la barre, cette victime affirme avoir été au stade le jour de la manifestation.",
                        "« Marcel voulait tuer mon patron, mais c’est seul Dieu qui l’a sauvé » a révélé cette victime "
                        "à la barre.")
    assert speakers(qs)[-1] == "cette victime"


def test_a_demonstrative_person_noun_is_the_person_named_at_the_end_of_the_sentence_before(nlp):
    # "Un avis que ne partage pas X. Ce producteur de café …, espérait … « … », explique-t-il"
    qs = quotes_of(nlp, "Un avis que ne partage pas Maurice Kaboré. Ce producteur de café près de Bouaké espérait "
                        "voir les prix s’aligner. « C’est sur le même marché que les deux pays vendent », explique-t-il.")
    assert speakers(qs) == ["Maurice Kaboré"]


def test_a_demonstrative_time_is_not_the_person_named_before(nlp):
    # (a guard) "Cette semaine" is no one: never the person whose name ends the sentence before
    qs = quotes_of(nlp, "Un avis que ne partage pas Marie Kaboré. Cette semaine a révélé que les prix montent sans cesse.")
    assert "Marie Kaboré" not in speakers(qs)
    qs = quotes_of(nlp, "Un avis que ne partage pas Marie Kaboré. Cette vendeuse a révélé que les prix montent sans cesse.")
    assert speakers(qs) == ["Marie Kaboré"]


def test_the_outlets_unnamed_source_still_speaks(nlp):
    # (a guard) "notre source", "notre correspondant": someone the outlet does not name
    qs = quotes_of(nlp, "« La police est arrivée très vite », raconte notre source, présente sur les lieux.")
    assert speakers(qs) == ["notre source"]


def test_a_plural_noun_is_no_subject_of_a_singular_incise_verb(nlp):
    # "Des mesures d'autant justifiées que « … », a rappelé le préfet X": the parse makes
    # "mesures" the subject of "a rappelé"; a plural noun cannot be the subject of a singular
    # verb, the inversion stands
    qs = quotes_of(nlp, "Des mesures d’autant justifiées que « le risque terroriste est toujours présent », a rappelé "
                        "le préfet Jean-Luc Mercier.")
    assert [q.speaker for q in qs if q.kind == "partial"] == ["Jean-Luc Mercier"]


def test_a_plural_subject_of_a_plural_verb_keeps_its_object(nlp):
    # (a guard) the subject agrees: the noun phrase after the verb is its object
    qs = quotes_of(nlp, "Les salariés, inquiets d’un « plan social déguisé et brutal », ont interpellé la direction du site.")
    assert "la direction du site" not in speakers(qs)


def test_a_source_opening_the_sentence_owns_the_words_an_incise_relays(nlp):
    # "Selon le surveillant de la faune, « … », rapporte X": the words are the source's, X
    # relays them ("Selon lui, …, a ajouté X" is left to the incise)
    qs = quotes_of(nlp, "Selon le garde-faune du canton, « seul un loup a une telle force dans la mâchoire », "
                        "rapporte Léa Morel.")
    assert speakers(qs) == ["le garde-faune du canton"]
    qs = quotes_of(nlp, "« Seul un loup a une telle force dans la mâchoire », rapporte Léa Morel.")
    assert speakers(qs) == ["Léa Morel"]


def test_an_aside_with_a_participle_between_the_incise_verb_and_its_subject(nlp):
    # "», explique, la casquette vissée sur la tête, cet agriculteur de 57 ans"
    qs = quotes_of(nlp, "« J'avais 3.700 dindes, la moitié sont sous les gravats », explique, la casquette vissée sur "
                        "la tête, l'agriculteur de Kerpert.")
    assert speakers(qs) == ["l'agriculteur de Kerpert"]


def test_a_person_introduced_right_after_a_quotation_opening_the_paragraph_spoke_it(nlp):
    # "« On est déçu … »" then "X est résigné devant les pistes …": a person named for the
    # first time as the subject of the next sentence is whom the quotation is from
    qs = quotes_of(nlp, "Les stations de ski n’ont pu ouvrir que deux jours cette saison.",
                        "« On est déçu, triste, mais on doit l’accepter. On ne peut rien faire. » Danièle Morand est "
                        "résignée devant les pistes vertes sur lesquelles elle a appris à skier.")
    assert speakers(qs) == ["Danièle Morand"]


def test_a_person_already_named_or_not_named_after_an_opening_quotation_is_not_its_speaker(nlp):
    # (guards) a person the article has already named, or a description, may be someone else
    # than the one quoted: the quotation stays without a speaker
    qs = quotes_of(nlp, "Danièle Morand dirige la station depuis 2010.",
                        "« On est déçu, triste, mais on doit l’accepter. On ne peut rien faire. » Danièle Morand a "
                        "fermé les pistes lundi.")
    assert speakers(qs) == [None]
    qs = quotes_of(nlp, "« Nous avons tout perdu dans l'incendie de la nuit. » Le maire a promis une aide.")
    assert speakers(qs) == [None]


def test_selon_a_unit_of_time_is_depending_on_not_a_source(nlp):
    # "…, selon la saison", "…, selon les cas": what a thing depends on, nobody's words
    for tail in ("selon la saison", "selon les jours", "selon les cas"):
        qs = quotes_of(nlp, f"Le nombre de visiteurs du marché couvert varie fortement, {tail}.")
        assert speakers(qs) == []
    # (a guard) a source after the comma still speaks
    qs = quotes_of(nlp, "Le bilan de l'accident est très lourd, selon les secours.")
    assert speakers(qs) == ["les secours"]


def test_verbs_in_a_list_sharing_one_subject_are_no_incise(nlp):
    # "X décrit la délinquance, évoque les affaires qui … et distingue …": "évoque" shares X as
    # its subject; "les affaires" after it is its object, not an inverted source
    qs = quotes_of(nlp, "Le vice-procureur Paul Morand décrit la délinquance, évoque les affaires qui ont une place "
                        "à part dans sa mémoire et distingue les exercices de son métier.")
    assert "les affaires" not in speakers(qs)


def test_a_quoted_phrase_in_a_sentence_naming_someone_else_is_not_the_next_incise_speakers(nlp):
    # "X fait observer le toit de l'étable où étaient abritées « … ». « … », observe Y": the
    # quoted words inside X's sentence do not take Y's incise; a quotation standing as its own
    # sentence still does
    qs = quotes_of(nlp, "Arnaud Le Goff fait observer le toit de l'étable où étaient abritées « douze génisses prêtes à "
                        "vêler ». « On se demande comment tient le reste du bâtiment », observe un élu du canton.")
    assert speakers(qs) == [None, "un élu du canton"]


def test_a_quoted_phrase_in_a_sentence_naming_no_one_takes_the_next_incise_speaker(nlp):
    # (a guard) "… vingt autres brebis ont été retrouvées, « égorgées mais pas mortes ». « … »,
    # se désole X": nobody else is named, the phrase is X's
    qs = quotes_of(nlp, "Depuis l'attaque, vingt autres brebis ont été retrouvées dans les alentours, « égorgées mais "
                        "pas mortes ». « C'est à moi d'euthanasier mes bêtes, ce n'est pas normal », se désole Paul Morel.")
    assert speakers(qs) == ["Paul Morel", "Paul Morel"]


def test_a_date_is_no_speaker_nor_part_of_one(nlp):
    # "Vendredi 18 juin dernier, médecins, infirmiers … ont déclenché une grève, pour réclamer
    # « … »": the date the parse makes the subject is no one; "selon un communiqué le 19
    # avril": the date ends the source's phrase
    qs = quotes_of(nlp, "Les hôpitaux du pays vivent au rythme des grèves. Vendredi 18 juin dernier, médecins, infirmiers "
                        "et autres agents de l’hôpital ont déclenché une grève, pour réclamer « le paiement sans "
                        "condition de trois mois » d’arriérés.")
    assert "Vendredi 18" not in speakers(qs)
    qs = quotes_of(nlp, "Le collectif a saisi le Conseil d'Etat pour « demander l'annulation de l'arrêté ministériel », "
                        "selon un communiqué le 19 avril.")
    assert "un communiqué le 19" not in speakers(qs)


def test_a_first_name_that_is_a_month_still_speaks(nlp):
    # (a guard) "Avril Moreau" is a name, not a date
    qs = quotes_of(nlp, "« Nous irons jusqu'au bout de cette procédure », a déclaré Avril Moreau.")
    assert speakers(qs) == ["Avril Moreau"]


def test_a_verb_coordinated_after_a_content_clause_keeps_the_main_subject(nlp):
    # "Le collectif rappelle que 36 loups ont été abattus et dénonce : « … »": the parse makes
    # "dénonce" coordinated with "abattus"; the plural "loups" cannot be its subject, the
    # subject of the verb above, which agrees, is
    qs = quotes_of(nlp, "Le collectif rappelle que 36 loups ont été abattus en juillet et dénonce : « Ces tirs "
                        "politiques ne feront pas baisser la prédation sur le bétail. »")
    assert speakers(qs) == ["Le collectif"]


def test_a_verbless_sentence_presenting_a_person_makes_them_the_pronouns_referent(nlp):
    # "Autre nouveau bourgmestre : Benoît M. Présent depuis 2000, il succède à … « … », sourit-il":
    # the sentence without a verb presents the person "il" then goes on with, not the one before
    qs = quotes_of(nlp, "Marc Thiry sera le nouveau bourgmestre de Wavre. Il ne s'y attendait pas.",
                        "Autre nouveau bourgmestre : Benoît Lemaire. Présent depuis 2000 comme échevin, il succède à "
                        "Léon Walry. « Ce jour est historique en effet, sourit-il. C'est une grande fierté. »")
    assert speakers(qs) == ["Benoît Lemaire"]



def test_a_source_opening_the_sentence_beats_a_verb_of_saying_below_the_main_clause(nlp):
    # "Selon lui, le problème est tellement grave que … certains déplorent …": the verb of saying
    # inside the consecutive clause says no more than the source that opens the sentence
    qs = quotes_of(nlp, "Jean Ndayishimiye cultive du riz près de Bubanza. Selon lui, le problème est tellement grave "
                        "que les agriculteurs se découragent et certains déplorent le mensonge des autorités.")
    assert speakers(qs) == ["Jean Ndayishimiye"]
    # (a guard) a verb of saying that is the main clause's keeps its subject
    qs = quotes_of(nlp, "Selon le quotidien local, la ministre Anne Morel a déclaré que la réforme serait retirée.")
    assert speakers(qs) == ["Anne Morel"]


def test_a_possessive_noun_of_words_is_its_owner_or_nobody(nlp):
    # "…, selon ses termes, des instructions visant à « … »": "ses termes" are the words of the
    # possessive's owner, never a speaker written "ses termes"
    qs = quotes_of(nlp, "Le procureur a lu des extraits de messages où l’on peut lire, selon ses termes, des "
                        "instructions visant à « paralyser toute la ville » et à « empêcher le mandat ».")
    assert "ses termes" not in speakers(qs)


def test_a_thing_letting_people_say_is_not_who_says(nlp):
    # "Cet incendie laisse dire à certaines personnes qu'il pourrait s'agir d'un acte
    # « criminel »": the causative's subject, a thing, says nothing (the tagger misses the
    # lemma of "laisse")
    qs = quotes_of(nlp, "Cet incendie laisse dire à certaines personnes rencontrées sur place qu’il pourrait s’agir "
                        "d’un acte d’origine « criminel » commis la nuit.")
    assert "Cet incendie" not in speakers(qs)


def test_a_first_name_read_as_a_plural_noun_heads_the_inverted_subject(nlp):
    # "», se souvient Moncef Ben Ayadi, un menuisier": the tagger reads "Moncef" as a plural
    # noun; a capitalised word before a proper noun is a name, its number no evidence
    qs = quotes_of(nlp, "« Autrefois, notre ville était propre », se souvient Moncef Ben Ayadi, un menuisier de 52 ans.")
    assert speakers(qs) == ["Moncef Ben Ayadi"]


def test_a_manner_phrase_without_article_before_the_inverted_subject(nlp):
    # "», s'exclame avec ironie X", "», a dit en substance M. X": a preposition and a bare noun
    # say how; the name after them is the subject
    qs = quotes_of(nlp, "« On l’appelle la mer chocolat ! », s’exclame avec ironie Karim Aoun, professeur.")
    assert speakers(qs) == ["Karim Aoun"]
    qs = quotes_of(nlp, "« Nous sommes attachés au principe d’égalité entre tous les pays », a dit en substance M. Li Wei.")
    assert speakers(qs) == ["Li Wei"]


def test_a_described_person_who_speaks_announces_the_next_quotation(nlp):
    # "Avant de partir, le chef de l'État béninois s'est lui-même exprimé. « … »": the person
    # described as speaking ("lui-même" is an emphasis, not the subject) is whose words follow,
    # not the voice of the quotation before
    qs = quotes_of(nlp, "« Il va là-bas maintenant, il est en route », a déclaré Paul Okafor, président du Nigeria. "
                        "Les deux chefs d’État se sont rencontrés à Abuja. Avant de partir, le chef de l’État béninois "
                        "s’est lui-même exprimé. « La situation est suffisamment préoccupante pour que la région se "
                        "mobilise »." )
    assert speakers(qs) == ["Paul Okafor", "le chef de l’État béninois"]


def test_an_incise_verb_read_as_a_proper_noun_before_an_aside(nlp):
    # "», regrette, la mort dans l'âme, le vieux X": the tagger reads "regrette" as a proper
    # noun; a word in lower case is no name, and the aside after it leads to the subject
    qs = quotes_of(nlp, "« Malheureusement, le feu a tout emporté », regrette, la mort dans l’âme, le vieux Ousmane "
                        "Diallo, âgé de plus de 70 ans.")
    assert speakers(qs) == ["Ousmane Diallo"]


def test_a_narrative_infinitive_with_its_content_clause_goes_on_with_the_voice(nlp):
    # "… a indiqué que « … ». Avant d'indiquer que le point … « sera fait en temps utile »."
    qs = quotes_of(nlp, "Le procureur André Mbeng a indiqué que « des autopsies allaient être pratiquées sur les corps ». "
                        "Avant d’indiquer que le point des avancées de cette enquête « sera fait en temps utile ».")
    assert speakers(qs) == ["André Mbeng", "André Mbeng"]


def test_a_narrative_infinitive_of_another_verb_says_nothing(nlp):
    # (a guard) "Avant de vérifier que …" is no saying; the quotation keeps no speaker from it
    qs = quotes_of(nlp, "Le procureur André Mbeng a indiqué que « des autopsies allaient être pratiquées sur les corps ». "
                        "Avant de vérifier que le point de l'enquête « sera fait en temps utile ».")
    assert speakers(qs)[1:] in ([], [None])


def test_an_answer_after_the_writers_question_goes_on_with_the_voice(nlp):
    # an interview: "Comment se portent les habitants ? « … » A-t-il peu dormi ? « … »": each
    # answer after a question of the writer's is the voice quoted just before
    qs = quotes_of(nlp, "« Hier matin, c’était un spectacle de désolation, confie Bernard Audran, maire du village. Les "
                        "routes étaient coupées. »",
                        "Comment se portent les habitants ? « Il n’y a pas eu de victimes ni de blessés. » A-t-il peu "
                        "dormi ? « Oui, la nuit a été assez courte, c’était difficile de dormir. »")
    assert speakers(qs) == ["Bernard Audran"] * 3


def test_an_answer_with_its_own_incise_keeps_it(nlp):
    # (a guard) the incise after the answer names who answers
    qs = quotes_of(nlp, "« Hier matin, c’était un spectacle de désolation, confie Bernard Audran, maire du village. Les "
                        "routes étaient coupées. »",
                        "Qui est responsable ? « C’est l’État qui n’a rien prévu », répond Paul Kermarrec, un voisin.")
    assert speakers(qs) == ["Bernard Audran", "Paul Kermarrec"]


def test_a_person_described_after_a_complement_is_introduced(nlp):
    # "… le soutien de Jean-Luc M., député de La France insoumise. « … », a-t-il déclaré": a
    # name in a noun's complement given its own description is introduced, with its gender
    qs = quotes_of(nlp, "La grève continue.",
                        "Cette mobilisation a pu compter sur le soutien de Jean-Luc Moreau, député de la Somme. « Je me "
                        "sens de cœur avec eux, il y a un aspect humain », a-t-il déclaré.")
    assert speakers(qs) == ["Jean-Luc Moreau"]
