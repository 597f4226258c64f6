"""Quotes: speakers, fourteenth round (issue 8). Made from the misses of a blind gold set of
real French press articles (40 articles of 40 outlets, kept outside the repository:
third-party text), read once it had been scored blind: one invented text per pattern."""

from __future__ import annotations

from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import said, speakers


def test_a_source_inside_what_the_main_verb_says_is_its_subjects(nlp):
    # "X a déclaré que …, selon un nouveau bilan": the figure's source is inside what X said;
    # the pronoun of the next incise goes on with X
    qs = quotes_of(nlp, "Le maire de Lyon Paul Durand a déclaré vendredi que douze personnes avaient été "
                        "blessées, selon un nouveau bilan. « Nous savons que trois d'entre elles sont dans un "
                        "état grave », a-t-il écrit sur le réseau social.")
    assert speakers(qs) == ["Paul Durand", "Paul Durand"]


def test_a_source_after_a_gerund_of_saying_still_speaks(nlp):
    # (a guard) the verb of saying is no main verb: "selon X" gives the whole sentence's source
    qs = quotes_of(nlp, "L'armée a pris le contrôle de la ville en affirmant qu'il ne s'agit pas d'un coup "
                        "d'État, selon le général Paul Durand.")
    assert speakers(qs) == ["Paul Durand"]


def test_elles_does_not_go_on_with_a_masculine_plural_subject(nlp):
    # "Les chantiers sont nombreux. … Elles sont dues à une « … »": no speaker, not "Les chantiers"
    qs = quotes_of(nlp, "Les chantiers sont nombreux pour offrir un service performant. Elles sont dues à une "
                        "« insuffisance de la production dans les usines », ou à une « casse sur le réseau "
                        "de la ville ».")
    assert "Les chantiers" not in speakers(qs)


def test_the_description_in_an_incise_is_whom_the_next_pronoun_designates(nlp):
    # "« … », a indiqué le ministre, mais « … », a-t-il ajouté": not the source of the
    # sentence before
    qs = quotes_of(nlp, "Le suspect a crié des menaces, selon le parquet de Lyon. « Nous avons connaissance de "
                        "plusieurs éléments inquiétants », a indiqué le ministre, mais « ce n'est pas le seul "
                        "élément du dossier », a-t-il ajouté.")
    assert said(qs, "plusieurs éléments") == "le ministre"
    assert said(qs, "pas le seul") == "le ministre"


def test_a_reflexive_clitic_after_a_quotation_opens_an_incise_verb(nlp):
    # "», s'inquiète X": "inquiète" is tagged an adjective; the clitic makes it a verb; the
    # quotation standing alone after it goes on with the same voice
    qs = quotes_of(nlp, "Le maire Jean Dupont a parlé hier. « C'est très affolant pour nous », s'inquiète "
                        "Jean Dupont. « C'est dramatique. Il faudra des années pour se relever ».")
    assert speakers(qs) == ["Jean Dupont", "Jean Dupont"]


def test_a_narrative_infinitive_of_saying_goes_on_with_the_voice_before(nlp):
    # "« … », a indiqué X. Avant d'ajouter : « … »" and "Et de conclure : « … »"
    for opener in ("Avant d'ajouter", "Et de conclure", "Puis de préciser"):
        qs = quotes_of(nlp, "« Nous sommes mal rentrés en deuxième mi-temps », a indiqué Paul Durand. "
                            f"{opener} : « On a perdu deux points ce soir, mais on laisse Reims à distance ».")
        assert speakers(qs) == ["Paul Durand", "Paul Durand"], opener


def test_a_colon_after_a_subject_and_infinitive_is_not_narration(nlp):
    # (a guard) "Avant de partir :" has no verb of saying: nothing is carried
    qs = quotes_of(nlp, "« Nous sommes mal rentrés en deuxième mi-temps », a indiqué Paul Durand. "
                        "Avant de partir : « On a perdu deux points ce soir, mais on laisse Reims à distance ».")
    assert said(qs, "deux points") is None


def test_a_plural_organisation_is_no_il(nlp):
    # "Les Voies lyonnaises s'installent … il défend un projet qui doit « … »": "il" is not the
    # plural organisation subject of the sentence before
    qs = quotes_of(nlp, "Les Voies Lyonnaises s'installent un peu partout sur le territoire. Il défend un projet "
                        "qui devrait permettre de « prendre soin de nos habitants ».")
    assert "Voies Lyonnaises" not in speakers(qs)


def test_a_ses_yeux_opening_the_sentence_is_selon_lui(nlp):
    # "À ses yeux, …": the owner of the possessive, the referent of "il" or "elle"
    qs = quotes_of(nlp, "« Nous devons agir vite », a martelé le président Paul Durand. À ses yeux, tant que "
                        "l'opposition reste républicaine, aucun comportement ne lui pose de problème.")
    assert speakers(qs) == ["Paul Durand", "Paul Durand"]


def test_selon_qui_after_a_name_gives_the_names_view(nlp):
    # ", selon qui <clause>": the relative reports its antecedent's view
    qs = quotes_of(nlp, "La réunion s'est terminée tard en présence du maire Paul Durand, selon qui la ville ne "
                        "pourra pas financer le stade avant 2030.")
    assert speakers(qs) == ["Paul Durand"]


def test_a_participle_inside_the_person_asked_and_a_verb_lemmatised_as_a_noun(nlp):
    # "demande même au nouveau premier ministre élu de …": "demande" lemmatised as the noun,
    # "élu" a participle inside the phrase of whom it is asked
    qs = quotes_of(nlp, "La députée Manon Massé demande même au nouveau premier ministre élu de l'inviter à "
                        "l'accompagner.")
    assert speakers(qs) == ["Manon Massé"]


def test_the_pronoun_of_a_final_incise_is_the_sentences_own_subject(nlp):
    # "L'association reconnaît …, considère-t-elle": not the man quoted before; also when the
    # incise closes the second of two main clauses
    for claim in ("une baisse des taux de nitrates dans les rivières bretonnes",
                  "une baisse des taux de nitrates, mais cette baisse reste insuffisante pour éradiquer le phénomène"):
        qs = quotes_of(nlp, "« Il faut contrôler et sanctionner ceux qui ne respectent pas les règles », a poursuivi "
                            f"Paul Durand. L'association Greenpeace reconnaît {claim}, considère-t-elle.")
        assert speakers(qs) == ["Paul Durand", "Greenpeace"], claim


def test_a_word_with_a_verbs_ending_before_a_determiner_after_a_quotation_is_an_incise(nlp):
    # "», soupire la jeune femme": "soupire" is tagged a noun
    qs = quotes_of(nlp, "« Ça nous a fait bizarre quand on est tombés sur la voiture », soupire la jeune femme, "
                        "qui garde le sourire malgré tout.")
    assert speakers(qs) == ["la jeune femme"]


def test_a_time_noun_after_a_quotation_opens_no_incise(nlp):
    # (a guard) "», lundi …" is no verb: the word's ending is not a verb's
    qs = quotes_of(nlp, "« Nous partirons bientôt », lundi la police a bloqué la route du col.")
    assert not any(speakers(qs))
