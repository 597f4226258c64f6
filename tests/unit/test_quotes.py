"""Quotes: each quote form, attribution to named and unnamed speakers, pronouns."""

from __future__ import annotations

import pytest

from briefing.analyse.entities import article_entities
from briefing.analyse.nlp import load_model
from briefing.analyse.quotes import article_quotes, find_quote_spans, split_sentences
from briefing.model import Article, Paragraph


@pytest.fixture(scope="session")
def nlp():
    return load_model("fr_core_news_md")


def quotes_of(nlp, *texts):
    a = Article(id="a", source="a.txt", paragraphs=tuple(Paragraph(f"p{i + 1}", "body", t) for i, t in enumerate(texts)))
    docs = list(nlp.pipe(texts))
    ents, name_of = article_entities(a, docs)
    return article_quotes(a, docs, ents, name_of)


def test_quote_marks_are_found_before_sentence_splitting():
    text = "Il estime que « c'est grave. Très grave » et s'en va. Puis “autre chose” et d'”infondée et absurde” enfin \"ok ok\"."
    inner = [q.inner(text) for q in find_quote_spans(text)]
    assert inner == ["c'est grave. Très grave", "autre chose", "infondée et absurde", "ok ok"]
    sentences = split_sentences(text, find_quote_spans(text))
    assert len(sentences) == 2  # never cut inside « … »


def test_direct_quote_with_inverted_named_speaker(nlp):
    (q,) = quotes_of(nlp, "“Il y a urgence. Nous devons coopérer”, a déclaré M. Russel.",)
    assert q.kind == "direct" and q.speaker == "Russel" and q.text.startswith("Il y a urgence")


def test_unnamed_speaker_and_pronoun_resolution(nlp):
    qs = quotes_of(
        nlp,
        "M. Blinken \"a souligné que nous avons la responsabilité de maintenir nos canaux ouverts\", a déclaré un autre responsable américain.",
        "\"Je pense qu'il est urgent de le faire. Nous n'y sommes pas encore parvenus\", a-t-il concédé.",
    )
    assert [q.speaker for q in qs] == ["un autre responsable américain"] * 2
    assert qs[0].kind == "partial" and qs[1].kind == "direct"


def test_partial_quotes_take_the_subject_of_the_reporting_verb(nlp):
    qs = quotes_of(
        nlp,
        "Antony Blinken dénonce un comportement « irresponsable, perturbateur et déstabilisant » de la Chine. "
        "Il estime que ces activités représentent « une menace majeure pour l'économie et la sécurité ».",
    )
    assert [(q.kind, q.speaker) for q in qs] == [("partial", "Antony Blinken")] * 2


def test_definite_description_resolves_to_previous_speaker(nlp):
    qs = quotes_of(
        nlp,
        "“Il y a urgence”, a déclaré Daniel Russel.",
        "“De plus en plus de preuves s’amoncellent contre eux”, a conclu le diplomate.",
    )
    assert qs[-1].speaker == "Daniel Russel"


def test_selon_and_newspaper_speakers(nlp):
    qs = quotes_of(
        nlp,
        "“Les responsables américains disent qu’ils ne s’attendent pas à une réduction”, selon le New York Times.",
        "Pékin est dans le viseur car, selon des experts, des composés chimiques sont exportés vers le Mexique.",
    )
    assert qs[0].speaker == "New York Times" and qs[0].kind == "direct"
    assert qs[1].speaker == "des experts" and qs[1].kind == "reported"


def test_reported_speech_with_que_and_inverted(nlp):
    qs = quotes_of(
        nlp,
        "Des responsables ont indiqué que M. Blinken s'est entretenu avec la Chine sur le fentanyl.",
        "Les Etats-Unis et la Chine se sont mis d’accord pour instituer des rencontres régulières, a confirmé la Maison Blanche dimanche.",
    )
    assert qs[0].kind == "reported" and qs[0].speaker == "Des responsables"
    # the whole sentence, never a fragment starting mid-sentence (issue 8)
    assert qs[0].text == "Des responsables ont indiqué que M. Blinken s'est entretenu avec la Chine sur le fentanyl."
    assert qs[1].kind == "reported" and qs[1].speaker == "Maison Blanche"
    assert qs[1].text.startswith("Les Etats-Unis et la Chine")


def test_scare_quotes_are_not_quotations(nlp):
    assert quotes_of(nlp, "La « cyber-défense » est inscrite au rang des priorités.") == ()


@pytest.mark.parametrize(
    "attribution, speaker",
    [
        ("a déclaré Joe Biden", "Joe Biden"),
        ("a affirmé le porte-parole du Kremlin", "le porte-parole du Kremlin"),
        ("a souligné un responsable de la Maison Blanche", "un responsable de la Maison Blanche"),
        ("a concédé la ministre", "la ministre"),
        ("estime Josep Borrell", "Josep Borrell"),
        ("dénonce Amnesty International", "Amnesty International"),
    ],
)
def test_reporting_verbs_after_a_quote(nlp, attribution, speaker):
    (q,) = quotes_of(nlp, f"« Nous prendrons les mesures nécessaires contre les responsables », {attribution}.")
    assert q.kind == "direct" and q.speaker == speaker


def test_present_tense_clitic_resolves_to_previous_speaker(nlp):
    qs = quotes_of(
        nlp,
        "« La situation est grave », a déclaré Angela Merkel jeudi.",
        "« Nous devons agir vite et ensemble », estime-t-elle.",
    )
    assert [q.speaker for q in qs] == ["Angela Merkel", "Angela Merkel"]


def test_partial_quote_belongs_to_the_subject_of_its_own_clause(nlp):
    (q,) = quotes_of(
        nlp,
        "De son côté, l’Otan affirme sa solidarité avec les signataires mais l’Alliance atlantique se contente "
        "de condamner toutes les cyberattaques dont le but est de « déstabiliser et de dégrader la sécurité ».",
    )
    assert q.kind == "partial" and q.speaker == "Alliance atlantique"


# --- speakers designated by a pronoun or a role phrase (issue 8) -------------------------


def speakers(qs):
    return [q.speaker for q in qs]


def test_inverted_clitic_without_comma_after_the_quote(nlp):
    qs = quotes_of(
        nlp,
        "Le Français Jimmy Vicaut termine à la septième place.",
        "« C'est une déception, j'étais venu pour une médaille » a-t-il confié.",
    )
    assert speakers(qs) == ["Jimmy Vicaut"]


def test_any_verb_inverted_with_its_clitic_is_an_incise(nlp):
    qs = quotes_of(
        nlp,
        "Le chercheur Bertrand Lefebvre reste prudent sur ces interprétations.",
        "« Ces fossiles sont assez différents des autres espèces connues » , tranche-t-il.",
    )
    assert speakers(qs) == ["Bertrand Lefebvre"]


def test_feminine_clitic_skips_a_man(nlp):
    qs = quotes_of(
        nlp,
        "La ministre Agnès Durand a rencontré le maire Paul Martin mardi.",
        "« Nous allons rouvrir le dossier dès la semaine prochaine », a-t-elle déclaré.",
    )
    assert speakers(qs) == ["Agnès Durand"]


def test_masculine_clitic_skips_a_woman(nlp):
    qs = quotes_of(
        nlp,
        "La ministre Agnès Durand a rencontré le maire Paul Martin mardi.",
        "Le maire Paul Martin a quitté la réunion plus tôt.",
        "« Rien n'a été décidé pour la commune à ce stade », a-t-il ajouté.",
    )
    assert speakers(qs) == ["Paul Martin"]


def test_selon_lui_before_the_quote(nlp):
    qs = quotes_of(
        nlp,
        "Le syndicaliste Marc Lefort a pris la parole devant les grévistes.",
        "Selon lui « les salariés ne lâcheront rien tant que la direction refusera de discuter ».",
    )
    assert speakers(qs) == ["Marc Lefort"]


def test_role_phrase_takes_the_person_holding_the_role(nlp):
    qs = quotes_of(
        nlp,
        "Le ministre de l'Intérieur Bruno Lemaire et l'avocat Jean Veil étaient présents.",
        "« Nous ne céderons rien sur la sécurité des Français », a répondu le ministre.",
    )
    assert speakers(qs) == ["Bruno Lemaire"]


def test_chief_of_government_is_the_prime_minister(nlp):
    qs = quotes_of(
        nlp,
        "Haïder al-Abadi, le Premier ministre irakien, a réagi samedi.",
        "« Nous avons ordonné aux forces irakiennes de traquer les auteurs de ces attaques », "
        "a déclaré le chef du gouvernement.",
    )
    assert speakers(qs) == ["Haïder al-Abadi"]


def test_bare_person_noun_takes_the_last_salient_person(nlp):
    qs = quotes_of(
        nlp,
        "L'élu écologiste Yannick Jadot a interpellé le gouvernement.",
        "« Chaque nouvel incident montre qu'il faut sortir du nucléaire », a insisté l'élu.",
    )
    assert speakers(qs) == ["Yannick Jadot"]


def test_spokesperson_apposition_names_the_speaker(nlp):
    qs = quotes_of(
        nlp,
        "Selon son porte-parole, Pierre Brandet, « aucun dispositif de piégeage n'a été trouvé sur place ».",
    )
    assert speakers(qs) == ["Pierre Brandet"]


def test_unresolvable_pronoun_stays_unknown(nlp):
    qs = quotes_of(
        nlp,
        "La réunion s'est terminée tard dans la nuit.",
        "« Nous reviendrons sur ce dossier dès que possible », a-t-elle ajouté.",
    )
    assert speakers(qs) == [None]


def test_never_a_token_fragment_as_speaker(nlp):
    qs = quotes_of(nlp, "« Nous reviendrons sur ce dossier très bientôt », a-t-il ajouté.")
    assert all(q.speaker is None or not q.speaker.startswith("-") for q in qs)
    assert speakers(qs) == [None]


def test_organisation_named_inside_the_quote_is_not_the_speaker(nlp):
    qs = quotes_of(
        nlp,
        "« Microsoft a été visé par une cyberattaque d'une ampleur inédite cette semaine. »",
    )
    assert speakers(qs) == [None]


def test_signed_block_quotation(nlp):
    qs = quotes_of(
        nlp,
        "« Nous sommes tristes de vous annoncer que l'invité a dû annuler sa venue en France. »",
        "— Service de presse du festival",
    )
    assert speakers(qs) == ["Service de presse du festival"]


def test_quotes_side_by_side_share_the_attribution_after_them(nlp):
    qs = quotes_of(
        nlp,
        "Le ministre Bruno Lemaire était interrogé mardi.",
        "« Ces fossiles sont assez différents des autres » et « les caractères ne sont pas flagrants » , tranche-t-il.",
    )
    assert speakers(qs) == ["Bruno Lemaire", "Bruno Lemaire"]


def test_selon_right_before_the_quote(nlp):
    qs = quotes_of(nlp, "L'enterrement est selon l'Église « la forme la plus appropriée pour exprimer la foi » .")
    assert speakers(qs) == ["Église"]


def test_one_voice_runs_through_the_sentence(nlp):
    qs = quotes_of(
        nlp,
        "« Nous travaillons à établir tous les détails » , a déclaré la première ministre Theresa May , "
        "en ajoutant qu'il s'agissait d' « une attaque terroriste épouvantable » .",
    )
    # both quotations (and the sentence, reported from the participle's subject)
    assert [q.speaker for q in qs if q.kind != "reported"] == ["Theresa May", "Theresa May"]
    assert {q.speaker for q in qs} == {"Theresa May"}


def test_demonym_as_unnamed_speaker(nlp):
    qs = quotes_of(nlp, "« Les gens couraient et criaient partout dans le terminal » , a raconté une Canadienne qui attendait son vol.")
    assert speakers(qs) == ["une Canadienne"]


def test_nested_quotation_is_kept_whole(nlp):
    text = "Selon l'IGF, ses salariés « pourraient être incriminés pour « favoritisme » » dans ce dossier."
    assert [q.inner(text) for q in find_quote_spans(text)] == ["pourraient être incriminés pour « favoritisme »"]


def test_the_article_of_a_complement_does_not_give_the_gender_of_a_title(nlp):
    from briefing.analyse.entities import article_spans
    from briefing.analyse.quotes import person_genders

    texts = ["Le président de la République Paul Martin a reçu la ministre Anne Leroy."]
    a = Article(id="a", source="a.txt", paragraphs=(Paragraph("p1", "body", texts[0]),))
    docs = list(nlp.pipe(texts))
    spans = article_spans(docs)
    ents, name_of = article_entities(a, docs, spans)
    genders = person_genders(docs, spans, name_of, {e.name for e in ents if e.type == "PER"})
    assert genders == {"Paul Martin": "m", "Anne Leroy": "f"}


def test_selon_ce_que_names_the_subject_of_the_relative_clause(nlp):
    qs = quotes_of(
        nlp,
        "Selon ce qu'a expliqué au quotidien régional Marc Dubois, maire de la commune, « les travaux "
        "reprendront en mars si la météo le permet ». Il ajoute qu'« aucun habitant n'a été blessé pendant le chantier ».",
    )
    assert [q.speaker for q in qs] == ["Marc Dubois", "Marc Dubois"]


def test_an_infinitive_reporting_verb_is_said_by_the_object_that_controls_it(nlp):
    (q,) = quotes_of(nlp, "Le maire a demandé au préfet Jean Martin de confirmer que « la route restera fermée tout l'hiver ».")
    assert q.speaker == "Jean Martin"
    (q,) = quotes_of(nlp, "Cette victoire permet à l'entraîneur de dire que « son équipe est prête pour la finale ».")
    assert q.speaker == "l'entraîneur"


def test_a_colon_after_a_noun_of_speech_gives_the_words_to_its_complement(nlp):
    (q,) = quotes_of(nlp, "Les propos du ministre Paul Martin étaient clairs : « Nous ne céderons pas sur ce point. »")
    assert q.speaker == "Paul Martin"
    # a description nobody in the article holds stays as written, no guess among the people named before
    qs = quotes_of(nlp, "Le chanteur Marc Lavoine a ouvert la soirée devant le public.",
                   "Les paroles de l'écrivain sont : « Rien ne vaut la lecture d'un bon livre au coin du feu. »")
    assert [q.speaker for q in qs] == ["l'écrivain"]


def test_a_quotation_standing_alone_after_a_quoted_word_keeps_its_voice(nlp):
    qs = quotes_of(
        nlp,
        "La CGT a qualifié l'accord de « trahison », en dénonçant des « mensonges ». "
        "« Ce texte a été négocié en secret par une poignée de responsables »",
    )
    assert [(q.text[:8], q.speaker) for q in qs] == [("Ce texte", "CGT")]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["quotes_gold.jsonl", "quotes_heldout.jsonl", "quotes_heldout2.jsonl",
                                  "quotes_heldout3.jsonl", "quotes_heldout4.jsonl", "quotes_heldout5.jsonl",
                                  "quotes_heldout6.jsonl", "quotes_heldout7.jsonl",
                                  "quotes_heldout8.jsonl", "quotes_heldout9.jsonl"])
def test_gold_quotes_are_verbatim_in_their_articles(name):
    """Each direct quotation of a gold file is the text of its article (white space aside)."""
    import json
    import re
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "data" / name
    shared = Path(__file__).resolve().parents[3] / "shared"
    roots = {"wikinews-fr": shared / "corpora" / "wikinews-fr", "seeds": shared / "seeds"}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows

    def squash(t):
        return re.sub(r"\s+", "", t.replace("’", "'"))

    missing = []
    for g in rows:
        assert g["kind"] in ("direct", "reported") and "speaker" in g
        corpus, rel = g["file"].split("/", 1)
        text = squash((roots[corpus] / rel).read_text(encoding="utf-8"))
        if g["kind"] == "direct" and squash(g["text"]) not in text:
            missing.append(g["text"][:60])
    assert missing == []


def test_a_sentence_in_the_conditional_relays_the_previous_sentences_source(nlp):
    first = "Une dizaine de voitures ont été incendiées dans la nuit, a rapporté le quotidien Ouest-France. "
    qs = quotes_of(nlp, first + "Les auteurs auraient « agi en quelques minutes seulement » avant de prendre la fuite.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Ouest-France"), ("partial", "Ouest-France")]
    # in the indicative the writer states it: nobody is credited
    qs = quotes_of(nlp, first + "Les auteurs ont « agi en quelques minutes seulement » avant de prendre la fuite.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Ouest-France"), ("partial", None)]


# --- reported speech forms (round 2; invented sentences) ---------------------------------


def _reported_of(nlp, *texts):
    return [q for q in quotes_of(nlp, *texts) if q.kind == "reported"]


def test_reported_que_after_the_verbs_complements(nlp):
    (q,) = _reported_of(nlp, "Le syndicat Solaris estime dans son rapport annuel que les salaires des guides ont baissé.")
    assert q.speaker == "Solaris" or "syndicat" in q.speaker
    assert q.text.startswith("Le syndicat Solaris estime")  # the whole sentence, never cut


def test_reported_que_of_a_compound_conjunction_is_not_the_verbs(nlp):
    qs = _reported_of(nlp, "La réunion aura lieu jeudi, a annoncé la mairie de Valbourg, après que les riverains ont protesté.")
    assert all("riverains" not in (q.speaker or "") for q in qs)
    assert all(q.speaker != "La réunion" for q in qs)


def test_reported_infinitive_complement(nlp):
    (q,) = _reported_of(nlp, "La société Ferrovia a indiqué avoir réparé la ligne de tramway en avril.")
    assert q.speaker == "Ferrovia" or "Ferrovia" in q.speaker


def test_infinitive_after_a_verb_of_wishing_is_not_speech(nlp):
    assert _reported_of(nlp, "Le maire de Valbourg souhaite rester au conseil jusqu'à la fin de son mandat.") == []


def test_reported_by_a_participle_takes_the_main_subject(nlp):
    (q,) = _reported_of(nlp, "La compagnie Aérolinea a reconnu son retard, indiquant les avoir prévenus trop tard.")
    assert "Aérolinea" in q.speaker


def test_reported_kept_beside_a_short_quotation_when_it_says_more(nlp):
    qs = quotes_of(nlp, "Le club Atlético Valbourg a indiqué avoir vendu son stade au groupe « Nordica » pour payer ses dettes.")
    assert [q.kind for q in qs] == ["reported"] and "Atlético Valbourg" in qs[0].speaker
    # a claim that is only its quotation stays one quotation
    qs = quotes_of(nlp, "Le maire Paul Verdier a déclaré que « la route restera fermée tout l'hiver ».")
    assert [q.kind for q in qs] == ["partial"]


def test_a_subject_inside_quotation_marks_is_not_a_speaker(nlp):
    qs = quotes_of(nlp, "« Je pense que les tarifs sont trop hauts », a dit un usager, ajoutant que les bus arrivent en retard.")
    assert all(q.speaker is None or "Je" not in q.speaker for q in qs)


def test_selon_at_the_end_names_the_source_of_the_whole_sentence(nlp):
    (q,) = _reported_of(nlp, "La digue a cédé en réclamant que les habitants partent, selon le préfet Marc Olivier.")
    assert q.speaker == "Marc Olivier"


def test_selon_inside_the_sentence_without_comma_when_it_names_someone(nlp):
    (q,) = _reported_of(nlp, "Le lac de Valbourg a beaucoup baissé cet été selon plusieurs pêcheurs du village.")
    assert q.speaker == "plusieurs pêcheurs du village"
    (q,) = _reported_of(nlp, "Le musée rouvrira en mars, d'après la conservatrice Léa Fontaine.")
    assert q.speaker == "Léa Fontaine"
    # "selon" of manner, naming nobody, is not a source
    assert _reported_of(nlp, "Les tarifs du ferry varient selon les saisons et les horaires.") == []


def test_incise_pronoun_designates_the_subject_opening_the_sentence(nlp):
    qs = quotes_of(
        nlp,
        "« Le pont restera fermé », ont affirmé les ingénieurs. "
        "Le maire Paul Verdier a aussitôt réagi sur son blog : « Nous rouvrirons le pont avant l'hiver ! », a-t-il écrit.",
    )
    assert qs[-1].speaker == "Paul Verdier"


def test_passive_agent_after_a_quotation_is_its_speaker(nlp):
    (q,) = [q for q in quotes_of(nlp, "La réforme a été qualifiée de « recul historique » par les syndicats enseignants.")
            if q.kind != "reported"]
    assert q.text == "recul historique" and q.speaker == "les syndicats enseignants"


def test_passive_agent_before_a_colon_is_the_speaker(nlp):
    (q,) = quotes_of(nlp, "La décision a été accueillie avec joie par l'association Terre Vive : "
                          "« Nous attendions ce jugement depuis des années. »")
    assert q.speaker and "Terre Vive" in q.speaker


def test_paragraph_ending_on_a_colon_announces_the_next_paragraphs_quotation(nlp):
    qs = quotes_of(
        nlp,
        "La juge Claire Dumont a ensuite précisé :",
        "« Les travaux du barrage reprendront dès que l'expertise sera rendue. »",
    )
    assert [q.speaker for q in qs if q.kind != "reported"] == ["Claire Dumont"]
    # without the colon, the quotation is not given to the previous paragraph's subject
    qs = quotes_of(
        nlp,
        "La juge Claire Dumont a visité le barrage.",
        "« Les travaux du barrage reprendront dès que l'expertise sera rendue. »",
    )
    assert [q.speaker for q in qs if q.kind != "reported"] in ([None], [])


def test_a_description_of_a_named_person_is_its_own_referent(nlp):
    qs = quotes_of(
        nlp,
        "Le peintre Marc Olivier est mort en 2019. La fille de Marc Olivier a vendu l'atelier mardi. "
        "Elle souhaite que la commune ouvre un musée dans le bâtiment.",
    )
    (q,) = [q for q in qs if q.kind == "reported"]
    assert q.speaker == "La fille de Marc Olivier"


def test_d_apres_right_before_a_quotation_names_its_source(nlp):
    qs = quotes_of(nlp, "Le suspect a été relâché et, d'après un gendarme, « l'enquête ne fait que commencer ».")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["un gendarme"]


def test_a_negative_pronoun_is_nobody(nlp):
    qs = quotes_of(nlp, "Rien ne confirme que le gardien de phare a quitté l'île avant la tempête.")
    assert all(q.speaker not in ("Rien", "rien") for q in qs)


def test_se_dire_with_an_attribute_is_reported_speech(nlp):
    (q,) = _reported_of(nlp, "La navigatrice Léa Fontaine se dit confiante pour la dernière étape de la course.")
    assert q.speaker == "Léa Fontaine"
    # "dire" without the reflexive and an attribute is not this form
    assert _reported_of(nlp, "La navigatrice Léa Fontaine dit bonjour aux enfants du port.") == []


def test_the_source_of_information_nouns_is_their_complement(nlp):
    (q,) = _reported_of(nlp, "Selon les chiffres du syndicat Solaris, le nombre de guides a doublé en dix ans.")
    assert q.speaker and "Solaris" in q.speaker and "chiffres" not in q.speaker
    (q,) = _reported_of(nlp, "D'après une étude publiée par la chercheuse Léa Fontaine, les abeilles du plateau reviennent.")
    assert q.speaker == "Léa Fontaine"


def test_gerund_of_a_verb_of_saying_reports_the_main_subject(nlp):
    (q,) = _reported_of(nlp, "Le club Atlético Valbourg s'est défendu en affirmant avoir respecté le règlement de la ligue.")
    assert "Atlético Valbourg" in q.speaker


def test_a_noun_of_information_before_a_colon_names_the_speaker(nlp):
    qs = quotes_of(nlp, "C'est aussi l'analyse de Léa Fontaine, la présidente de l'association Terre Vive : "
                        "« Les oiseaux du marais ont besoin de calme pendant l'hiver. »")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["Léa Fontaine"]


def test_pour_someone_opening_a_sentence_reports_their_view(nlp):
    (q,) = _reported_of(nlp, "Pour les pêcheurs du port, la saison de la sardine est déjà perdue.")
    assert q.speaker == "les pêcheurs du port"
    # "Pour" + a thing is a purpose, not a source
    assert _reported_of(nlp, "Pour cela, la mairie de Valbourg a voté un budget de deux millions.") == []


def test_pour_someone_after_a_short_adverbial(nlp):
    qs = quotes_of(nlp, "En effet, pour Léa Fontaine, « le marais ne survivra pas à un autre été sec ».")
    assert [q.speaker for q in qs if q.kind != "reported"] == ["Léa Fontaine"]
    (q,) = _reported_of(nlp, "En effet, pour les pêcheurs du port, la saison de la sardine est déjà perdue.")
    assert q.speaker == "les pêcheurs du port"


def test_an_adjectives_complement_is_not_the_source(nlp):
    (q,) = _reported_of(nlp, "Selon une source proche du dossier, le juge Marc Olivier entendra les témoins lundi.")
    assert q.speaker == "une source proche du dossier"


# --- rule 4: the subject of the clause that holds a partial quote (invented sentences) ---


def test_subject_of_a_content_clause_is_spoken_about_not_the_speaker(nlp):
    (q,) = quotes_of(nlp, "La direction espère que la Banque Lunaire va « revoir entièrement sa copie » .")
    assert q.speaker is None  # not "Banque Lunaire": who is spoken about; "espérer" is no verb of saying


def test_clause_subject_walk_stops_at_a_description(nlp):
    (q,) = quotes_of(nlp, "La ministre Claire Dubois visitait une école quand un élève de 12 ans a levé la main "
                          "en lançant « vous ne nous écoutez jamais » .")
    assert q.speaker is None  # the pupil speaks, never the minister of the clause above


def test_object_that_names_someone_controls_the_infinitive_of_saying(nlp):
    (q,) = quotes_of(nlp, "La fermeture de l'usine a poussé la semaine passée le syndicat Force Verte à dénoncer "
                          "une « trahison pure et simple des salariés » .")
    assert q.speaker == "Force Verte"


def test_relative_antecedent_after_a_participle_and_an_adverb(nlp):
    (q,) = quotes_of(nlp, "Les élus ont répondu à un avis du Conseil d'État rendu bien avant qui a jugé que la loi "
                          "était « contraire à la Constitution sur plusieurs points ».")
    assert q.speaker == "un avis du Conseil d'État"  # not the adverb "avant"


def test_bare_noun_apposition_after_a_name_is_that_person(nlp):
    qs = quotes_of(nlp, "Le 4 mai, Paul Garnier, porte-parole de la mairie, annonce que le service des eaux "
                        "s'attache à « contrôler toutes les canalisations du quartier nord » .")
    assert {q.speaker for q in qs} == {"Paul Garnier"}


# --- pronouns (invented sentences) ---


def test_pronoun_after_two_people_as_main_subjects_stays_unknown(nlp):
    qs = quotes_of(nlp, "La nageuse Lucie Armand a perdu en demi-finale. Camille Roche finit par accélérer et Lucie "
                        "Armand cède dans la dernière longueur. « J'ai tout donné jusqu'au bout de la course » "
                        "a-t-elle déclaré à la presse.")
    assert [q.speaker for q in qs if q.kind == "direct"] == [None]
    # with one person named, the pronoun is resolved
    qs = quotes_of(nlp, "Lucie Armand a perdu en demi-finale. « J'ai tout donné jusqu'au bout de la course » "
                        "a-t-elle déclaré à la presse.")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Lucie Armand"]


def test_pronoun_in_a_content_clause_is_the_reporting_subject(nlp):
    qs = quotes_of(nlp, "Selon Marc Olivier, ambassadeur en Norvège, la flotte est prête. Dans un entretien publié "
                        "jeudi, Pierre Lenoir a indiqué qu'il souhaite garder la base « au moins pendant quelques "
                        "années encore » , puis la fermer.")
    assert [q.speaker for q in qs if q.kind == "partial"] == ["Pierre Lenoir"]  # not the previous sentence's source


def _one_paragraph(nlp, text):
    from briefing.analyse.entities import article_spans
    from briefing.analyse.quotes.speakers import _Context, _Namer

    a = Article(id="a", source="a.txt", paragraphs=(Paragraph("p1", "body", text),))
    docs = [nlp(text)]
    spans = article_spans(docs)
    ents, name_of = article_entities(a, docs, spans)
    return docs[0], spans[0], _Namer(ents, name_of), _Context()


def test_subject_inherited_from_a_content_clause_is_not_the_speaker(nlp):
    from briefing.analyse.quotes.attribution import _clause_subject

    doc, mentions, namer, ctx = _one_paragraph(
        nlp, "La direction annonce que la Banque Lunaire s'emploie à « revoir entièrement sa copie » .")
    start = next(t.i for t in doc if t.text == "«")
    end = next(t.i for t in doc if t.text == "»") + 1
    # "revoir" takes its subject from "s'emploie", the content clause of "annonce": spoken about
    assert _clause_subject(doc, doc[start], 0, len(doc), mentions, namer, ctx, (start, end)) is None


def test_name_right_after_a_description_is_its_apposition(nlp):
    doc, mentions, namer, ctx = _one_paragraph(nlp, "Le journal polonais Gazeta Nowa a publié un rapport.")
    # the parse may cut the subject to "Le journal polonais" (tokens 0..3): the name after it is who
    assert namer.name(doc, 0, 3, mentions, ctx) == ("Gazeta Nowa", True)


def test_sentence_with_two_selon_sources_is_reported_from_each(nlp):
    qs = quotes_of(nlp, "La marche a réuni entre 2 000 personnes selon la préfecture et 6 000 selon les syndicats.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "la préfecture"), ("reported", "les syndicats")]
    assert {q.text for q in qs} == {"La marche a réuni entre 2 000 personnes selon la préfecture et 6 000 selon les syndicats."}


def test_selon_les_dires_de_x_is_x(nlp):
    (q,) = quotes_of(nlp, "Le lycée restera fermé toute la semaine, selon les dires du rectorat de Valbourg.")
    assert q.speaker == "rectorat de Valbourg"


def test_person_noun_that_does_not_fit_the_known_role_is_not_that_person(nlp):
    first = "« C'est un grand jour pour notre région » , a déclaré Jeanne Morel , la présidente, en signant l'accord. "
    qs = quotes_of(nlp, first + "Pour la donatrice, il s'agit d'« un geste sans précédent dans la région » .")
    assert [q.speaker for q in qs] == ["Jeanne Morel", "la donatrice"]  # the text's words, not a guess
    qs = quotes_of(nlp, first + "Pour la présidente, il s'agit d'« un geste sans précédent dans la région » .")
    assert [q.speaker for q in qs] == ["Jeanne Morel", "Jeanne Morel"]  # the role she holds


def test_a_document_with_its_owner_speaks_as_written(nlp):
    (q,) = quotes_of(nlp, "Le rapport de l'Agence Lunaire a conclu que la centrale du plateau était dangereuse "
                          "pour les riverains.")
    assert q.speaker == "Le rapport de l'Agence Lunaire"
    (q,) = quotes_of(nlp, "La centrale du plateau sera fermée en mars, selon une étude de l' Agence Lunaire.")
    assert q.speaker == "une étude de l'Agence Lunaire"  # the elision typed with a space is joined
    # information, not a document: its owner speaks
    (q,) = quotes_of(nlp, "La centrale du plateau sera fermée en mars, selon les informations d'un porte-parole "
                          "de la mairie.")
    assert q.speaker == "un porte-parole de la mairie"


def test_complement_after_an_elision_typed_with_a_space_is_not_the_speaker(nlp):
    (q,) = quotes_of(nlp, "Des géologues de l' Institut Borel avancent que le volcan pourrait se réveiller avant "
                          "la fin de l'année.")
    assert q.speaker == "Des géologues de l'Institut Borel"  # not the institute alone


def test_noun_of_information_inside_a_prepositional_phrase_does_not_announce_the_quote(nlp):
    (q,) = quotes_of(nlp, "De son côté, la directrice de Valtel, Sophie Arnaud, citée dans le communiqué de sa société, "
                          "a déclaré : « Nous sommes fiers de ce partenariat avec la région. »")
    assert q.speaker == "Sophie Arnaud"  # not "sa société": the communiqué is where she is quoted


def test_clause_opened_by_a_compound_conjunction_with_a_named_subject_is_not_the_first_speakers(nlp):
    qs = quotes_of(nlp, "Une source proche de l'enquête précise toutefois que « le dossier reste ouvert à ce stade » "
                        "tandis que son avocat Marc Olivier s’ « étonne des fuites dans la presse » .")
    assert [q.speaker for q in qs if q.kind == "partial"][1] != "Une source proche de l'enquête"


def test_verbs_of_an_opening_subordinate_clause_govern_nothing_after_its_comma(nlp):
    from spacy.tokens import Doc

    from briefing.analyse.quotes.attribution import _verb_subject_speaker
    from briefing.analyse.quotes.speakers import _Context, _Namer

    rows = [  # word, pos, head, dep, lemma: the model's parse of a press sentence of this shape, in which
        # "présidente" came out as an object of "considère" and "déclaré" without a subject
        ("Alors", "ADV", 4, "mark", "alors"), ("que", "SCONJ", 0, "fixed", "que"), ("la", "DET", 3, "det", "le"),
        ("direction", "NOUN", 4, "nsubj", "direction"), ("considère", "VERB", 4, "ROOT", "considérer"),
        ("le", "DET", 6, "det", "le"), ("projet", "NOUN", 4, "obj", "projet"), ("comme", "ADP", 8, "case", "comme"),
        ("fini", "ADJ", 4, "obl:mod", "fini"), (",", "PUNCT", 4, "punct", ","), ("la", "DET", 11, "det", "le"),
        ("présidente", "NOUN", 4, "obj", "présidente"), ("a", "AUX", 13, "aux:tense", "avoir"),
        ("déclaré", "VERB", 4, "advcl", "déclarer"), ("qu'", "SCONJ", 19, "mark", "que"),
        ("«", "PUNCT", 19, "punct", "«"), ("il", "PRON", 19, "expl:subj", "il"), ("n'", "ADV", 19, "advmod", "ne"),
        ("y", "PRON", 19, "expl:comp", "y"), ("aura", "VERB", 13, "ccomp", "avoir"), ("pas", "ADV", 19, "advmod", "pas"),
        ("d'", "DET", 22, "det", "de"), ("accord", "NOUN", 19, "obj", "accord"), ("»", "PUNCT", 19, "punct", "»"),
        (".", "PUNCT", 4, "punct", "."),
    ]
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], pos=[r[1] for r in rows], heads=[r[2] for r in rows],
              deps=[r[3] for r in rows], lemmas=[r[4] for r in rows])
    # "considère" is a verb of saying, but in "Alors que …," it cannot introduce the quotation
    assert _verb_subject_speaker(doc, 0, 15, [], _Namer((), {}), _Context(), quote_tok=doc[16]) is None


def test_selon_between_commas_before_the_quotation_names_its_source(nlp):
    qs = quotes_of(nlp, "En 2015, la société Valtel aurait recruté, selon plusieurs anciens employés, des « vigiles "
                        "sans aucune formation sérieuse » pour ses dépôts.")
    assert [q.speaker for q in qs if q.kind == "partial"] == ["plusieurs anciens employés"]


def test_object_controls_an_infinitive_adverbial_of_saying_in_the_clause_walk(nlp):
    from spacy.tokens import Doc

    from briefing.analyse.entities import article_spans
    from briefing.analyse.quotes.attribution import _clause_subject
    from briefing.analyse.quotes.speakers import _Context, _Namer

    rows = [  # the model's parse of a press sentence of this shape: "exprimer" an adverbial of "conduit"
        ("Ces", "DET", 1, "det", "ce"), ("votes", "NOUN", 3, "nsubj", "vote"), ("ont", "AUX", 3, "aux:tense", "avoir"),
        ("conduit", "VERB", 3, "ROOT", "conduire"), ("la", "DET", 5, "det", "le"),
        ("semaine", "NOUN", 3, "obj", "semaine"), ("dernière", "ADJ", 5, "amod", "dernier"),
        ("le", "DET", 8, "det", "le"), ("Conseil", "PROPN", 3, "obj", "Conseil"),
        ("Lunaire", "PROPN", 8, "flat:name", "Lunaire"), ("à", "ADP", 11, "mark", "à"),
        ("exprimer", "VERB", 3, "advcl", "exprimer"), ("sa", "DET", 14, "det", "son"), ("«", "PUNCT", 14, "punct", "«"),
        ("vive", "ADJ", 15, "amod", "vif"), ("inquiétude", "NOUN", 11, "obj", "inquiétude"),
        ("»", "PUNCT", 15, "punct", "»"), (".", "PUNCT", 3, "punct", "."),
    ]
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], pos=[r[1] for r in rows], heads=[r[2] for r in rows],
              deps=[r[3] for r in rows], lemmas=[r[4] for r in rows],
              morphs=["VerbForm=Inf" if r[0] == "exprimer" else "" for r in rows],
              ents=["O"] * 8 + ["B-ORG", "I-ORG"] + ["O"] * 8)
    mentions = article_spans([doc])[0]
    # the nearest object ("le Conseil Lunaire", not "la semaine dernière") expresses the worry
    assert _clause_subject(doc, doc[13], 0, len(doc), mentions, _Namer((), {}), _Context(), (13, 17)) == "Conseil Lunaire"


def test_the_agent_of_a_causative_is_its_object(nlp):
    (q,) = quotes_of(nlp, "La réforme a fait vivement réagir la Fédération Verte qui y voit une « attaque frontale "
                          "contre les petits producteurs » .")
    assert q.speaker == "Fédération Verte"  # not "La réforme", the subject of "faire"


# --- reported speech forms (issue 8; invented sentences) ---------------------------------


def test_reported_que_after_a_general_verb_of_asserting(nlp):
    (q,) = _reported_of(nlp, "Le recteur de Valbourg a ensuite certifié que les cours reprendraient lundi.")
    assert q.speaker == "Le recteur de Valbourg" and "les cours reprendraient lundi" in q.text


def test_reported_after_a_causative_of_knowing_and_a_spaced_qu(nlp):
    (q,) = _reported_of(nlp, "La préfecture a fait savoir dimanche soir qu' aucun blessé n'était à déplorer.")
    assert q.speaker == "La préfecture" and "aucun blessé n'était à déplorer" in q.text
    (q,) = _reported_of(nlp, "La mairie a laissé entendre que le marché serait fermé.")
    assert q.speaker == "La mairie"
    assert _reported_of(nlp, "La mesure a fait réagir les habitants du quartier.") == []


def test_reported_advice_to_someone_of_an_infinitive(nlp):
    (q,) = _reported_of(nlp, "Les autorités portuaires recommandent aux pêcheurs de ne pas sortir en mer avant jeudi.")
    assert q.speaker == "Les autorités portuaires" and "de ne pas sortir en mer avant jeudi" in q.text


def test_subject_description_stops_at_a_parenthesis(nlp):
    (q,) = _reported_of(nlp, "Le directeur régional du Tourisme (une région très visitée) conseille aux voyageurs de réserver tôt leurs billets.")
    assert q.speaker == "Le directeur régional du Tourisme"


def test_reported_selon_at_the_end_without_comma_names_an_organisation_or_a_place(nlp):
    (q,) = _reported_of(nlp, "Le ferry transportait deux cents passagers selon la compagnie.")
    assert q.speaker == "la compagnie"
    (q,) = _reported_of(nlp, "Le tir d'essai avait échoué après quelques secondes selon le Japon.")
    assert q.speaker == "Japon"
    assert _reported_of(nlp, "Le stade a été rénové selon les normes de la fédération.") == []


def test_reported_view_of_the_antecedent_of_pour_qui(nlp):
    (q,) = _reported_of(nlp, "« Nous avons tout perdu », a raconté la sœur du pêcheur, pour qui la digue a été construite trop bas.")
    assert q.speaker == "la sœur du pêcheur"
    (q,) = _reported_of(nlp, "Le barrage a cédé dans la nuit, selon la préfecture, pour qui la digue était trop basse.")
    assert q.speaker == "la préfecture"
    assert _reported_of(nlp, "La cantine a ouvert pour les enfants du village, pour qui le repas est gratuit.") == []


def test_reported_infinitive_after_a_time_adjunct(nlp):
    (q,) = _reported_of(nlp, "La compagnie Ferrovia a confirmé le 12 avril être responsable de la panne.")
    assert q.speaker == "Ferrovia" and "être responsable de la panne" in q.text


def test_description_speaker_keeps_its_participle(nlp):
    (q,) = _reported_of(nlp, "Au matin, selon le premier bilan transmis, deux skieurs étaient blessés.")
    assert q.speaker == "le premier bilan transmis"
    # whom it was said to is not part of the speaker
    (q,) = _reported_of(nlp, "Les routes restaient coupées dimanche, a indiqué un gendarme à l'AFP.")
    assert q.speaker == "un gendarme"


def test_inverted_reported_in_a_sentence_with_a_short_quotation(nlp):
    qs = _reported_of(nlp, "Le garçon, « très calme » selon ses voisins de palier, est parti en train vers Lyon avec son oncle, ajoute encore la gendarmerie.")
    assert [q.speaker for q in qs] == ["la gendarmerie"]


def test_reported_selon_ce_qu_a_dit_x_at_the_end(nlp):
    (q,) = _reported_of(nlp, "Le pont restera fermé jusqu'en mai, d'après ce qu'a indiqué le maire de Valbourg.")
    assert q.speaker == "le maire de Valbourg"


def test_pronoun_after_a_name_and_its_apposition_opening_the_sentence(nlp):
    # "X , le procureur …, s'est saisi": the name is the subject whatever the parse made of
    # it; the pronoun of the next sentence is X, not the organisation that spoke before
    qs = quotes_of(nlp, "La SNCF a fait savoir qu'il n'y avait aucun blessé dans le train.",
                   "Julien Verdier , le procureur de la République de Nantes, s'est saisi de l'enquête. "
                   "Il a indiqué que le conducteur du car avait été entendu.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "SNCF"), ("reported", "Julien Verdier")]


def test_reported_fait_savoir_with_the_causative_hung_on_the_infinitive(nlp):
    # the parse makes "savoir" the head of "fait": the subject of "fait" still speaks
    qs = quotes_of(nlp, "Xavier Moreau est arrivé sur place. Il a fait savoir vendredi soir que ni le bus ni le camion "
                        "ne roulaient trop vite.")
    assert ("reported", "Xavier Moreau") in [(q.kind, q.speaker) for q in qs]


def test_direct_quote_then_selon_ce_qu_a_confie_x(nlp):
    qs = quotes_of(nlp, "« Il nous avait dit qu'il partait le lendemain pour Lyon » , selon ce qu'a confié Paul Martin, "
                        "un voisin, à l'AFP.")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["Paul Martin"]


def test_ce_dernier_is_the_person_named_last_or_nobody(nlp):
    qs = quotes_of(nlp, "Le couple logeait chez un ami, Karim. Ce dernier n'était pas au courant : « je ne savais rien "
                        "de leurs projets » , déclare-t-il.")
    assert [q.speaker for q in qs] == ["Karim", "Karim"]  # the sentence reported, and its quotation
    # "ce dernier" after "le ministre": not the person named before it; nobody
    assert quotes_of(nlp, "Paul Durand a reçu le ministre. Ce dernier a indiqué que le projet était abandonné "
                          "depuis longtemps.") == ()
    (q,) = quotes_of(nlp, "Le ministre a reçu Paul Durand. Celui-ci a indiqué que le projet était abandonné depuis longtemps.")
    assert q.speaker == "Paul Durand"


def test_euphonic_t_is_not_the_subject_of_an_incise(nlp):
    # "déclare-t-il" parsed with "-t" as the subject: the clitic after it is
    qs = quotes_of(nlp, "Karim Benali habitait juste à côté. « Je l'avais laissé ici deux ou trois jours, il devait partir "
                        "jeudi. Jamais je n'aurais pensé qu'il allait faire ça chez moi » , déclare-t-il, "
                        "ajoutant qu' « [il] parlait religion mais c'était un peu évasif. » .")
    assert [q.speaker for q in qs] == ["Karim Benali"] * 2


def test_inverted_attribution_with_pour_sa_part_after_the_auxiliary(nlp):
    (q,) = quotes_of(nlp, "« Nous devons rester prudents face à cette menace » , a pour sa part déclaré le ministre Paul Girard.")
    assert (q.kind, q.speaker) == ("direct", "Paul Girard")


def test_pronoun_after_an_unnamed_person_subject(nlp):
    # "Le plombier" is the one who explains; the description is kept as written
    qs = quotes_of(nlp, "Le plombier a fermé sa boutique. Il explique que les clients ne venaient plus depuis des mois.")
    assert [(q.kind, q.speaker) for q in qs] == [("reported", "Le plombier")]


def test_par_la_voix_de_x_names_the_speaker(nlp):
    (q,) = quotes_of(nlp, "La mairie a répondu par la voix de Claire Petit, adjointe à la culture : « nous n'avons reçu "
                          "aucune demande de ce collectif » .")
    assert (q.kind, q.speaker) == ("direct", "Claire Petit")


def test_pronoun_falls_back_only_on_a_person_named_in_this_or_the_previous_paragraph(nlp):
    # a person named three paragraphs back, nobody salient since: "Elle" stays unknown
    qs = quotes_of(nlp, "La ministre Anne Morel a visité l'usine.", "Le bâtiment date de 1950.", "La production a repris.",
                   "Elle a indiqué que les travaux dureraient deux ans.")
    assert [q.speaker for q in qs] == []
    qs = quotes_of(nlp, "La ministre Anne Morel a visité l'usine. La production a repris.",
                   "Elle a indiqué que les travaux dureraient deux ans.")
    assert [q.speaker for q in qs] == ["Anne Morel"]
