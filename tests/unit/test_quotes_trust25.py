"""Quotes: twenty-fifth round (issue 8). Quotation marks as the press sets them beyond « »:
straight marks running a quotation over paragraphs, and “ … ’’ (two apostrophes closing)."""

from __future__ import annotations

from briefing.analyse.quotes import find_quote_spans
from tests.unit.test_quotes import nlp, quotes_of  # noqa: F401  (fixture and helper)
from tests.unit.test_quotes_trust13 import speakers


def test_straight_marks_run_a_quotation_over_paragraphs_in_one_voice(nlp):
    # each paragraph of the quotation opens on a straight mark, only the last one closes it
    # (the English way, followed by some French outlets): every paragraph is the same voice's
    qs = quotes_of(nlp, "\"Nous avons mal commencé la rencontre\", a reconnu l'entraîneur Paul Giraud.",
                   "\"Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent.",
                   "\"On sait que c'est difficile de jouer tous les trois jours.\"")
    assert [q.text for q in qs] == ["Nous avons mal commencé la rencontre",
                                    "Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent.",
                                    "On sait que c'est difficile de jouer tous les trois jours."]
    assert speakers(qs) == ["Paul Giraud"] * 3


def test_an_unclosed_straight_mark_is_no_quotation_when_no_paragraph_goes_on_with_one():
    # (a guard) with no paragraph after it opening on a mark, an opening mark left unclosed
    # is a slip of the page: no quotation, as for «
    text = "\"Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent."
    assert find_quote_spans(text) == []
    (q,) = find_quote_spans(text, continued=True)
    assert q.inner(text) == "Après, il y a eu trop d'erreurs, on a perdu le ballon trop souvent."
    # a mark glued to the word before it opens nothing
    assert find_quote_spans("Le club a gagné 3-1\" hier soir et vise la montée.", continued=True) == []


def test_two_apostrophes_close_a_quotation_opened_by_a_left_double_mark():
    text = ("Le tribunal a prononcé vendredi “la mise en accusation’’ de l’ancien ministre et ordonné “son renvoi "
            "devant la cour’’ afin d’être jugé.")
    assert [q.inner(text) for q in find_quote_spans(text)] == ["la mise en accusation", "son renvoi devant la cour"]
    # (a guard) between digits they are seconds, not a mark: the quotation closes further on
    text = "Elle a couru en 11’’01 et a parlé d’une “course parfaite”."
    assert [q.inner(text) for q in find_quote_spans(text)] == ["course parfaite"]


def test_two_apostrophes_closing_a_quotation_leave_its_incise_to_name_the_speaker(nlp):
    qs = quotes_of(nlp, "“L’audience devant le tribunal est prévue le 19 mai’’, a déclaré le procureur Paul Adou.")
    assert [(q.text, q.speaker) for q in qs] == [("L’audience devant le tribunal est prévue le 19 mai", "Paul Adou")]


def test_a_name_all_a_pair_of_quotation_marks_holds_is_a_title_not_whom_elle_goes_on_with(nlp):
    # "l'émission "Top Singers" dont le deuxième épisode …" (an organisation to the tagger): the
    # title of a work is no subject a later "elle" can stand for
    qs = quotes_of(nlp, "Elle fait son grand retour dans les bacs. Elle y évoque sa participation à l’émission \"Top "
                        "Singers\" dont le deuxième épisode sera diffusé ce vendredi. Mais également son dernier "
                        "album, \"Croire\", dans lequel elle évoque la maternité qui l’a rendue \"plus humaine, moins "
                        "robot\". Et celle qui est également devenue professeure de yoga explique pourquoi. \"J’étais "
                        "quelqu’un de très axé sur la performance, l’accomplissement\", confie-t-elle.")
    assert "Top Singers" not in speakers(qs)
    assert len(qs) == 2


def test_a_first_person_plural_verb_after_a_comma_inside_a_quotation_is_no_incise(nlp):
    # "nous alarmons les instances": "nous" is the subject, not the object clitic of an incise
    # ("», nous a confié X"); the incise is further on
    qs = quotes_of(nlp, "« Notre région a été la première touchée. Depuis un mois, nous alarmons les différentes "
                        "instances sans être écoutés, regrette Paul Dejardin. Il a fallu que Paris soit touchée. »")
    assert speakers(qs) == ["Paul Dejardin"]
    # (a guard) "nous annonce X": a verb of the third person singular after the clitic
    qs = quotes_of(nlp, "« Le Maroc n'exporte pas son eau », nous annonce d'emblée Paul Dejardin, agronome.")
    assert speakers(qs) == ["Paul Dejardin"]


def test_spaces_before_a_closing_mark_still_end_the_sentence():
    from briefing.text import split_sentences

    text = "« On s’est vu refuser l’accès aux stations. Or, nous transportons du frais.  » Une incompréhension demeure."
    assert [s.text for s in split_sentences(text, find_quote_spans(text))] == [
        "« On s’est vu refuser l’accès aux stations. Or, nous transportons du frais.  »",
        "Une incompréhension demeure."]


def test_a_quotation_after_someone_who_would_not_speak_is_nobodys(nlp):
    # the sentence before has for subject a person who did not speak (its verb negated): the
    # exclamation after it is neither that person's nor the voice's before
    qs = quotes_of(nlp, "« Une décision incompréhensible ! » soulignaient les entrepreneurs éconduits. Contacté par "
                        "notre rédaction, l’administrateur n’avait pas souhaité s’expliquer… « Ni vu, ni connu, je "
                        "t’embrouille ! » L’opacité est la règle dans ce milieu.")
    assert speakers(qs) == ["les entrepreneurs éconduits", None]
    # (a guard) not negated, the person described is whose words follow
    qs = quotes_of(nlp, "Le maire du district de Bamako appelle à un changement de comportement. « La force de l’eau "
                        "est telle que rien ne peut résister. »")
    assert speakers(qs) == ["Le maire du district de Bamako"]


def test_a_quotation_between_dashes_is_an_aside_not_the_words_of_the_clause_around_it(nlp):
    qs = quotes_of(nlp, "Marie Lenoir a grandi à Lille.",
                   "Celle dont les instits se moquaient quand elle disait vouloir devenir footballeuse – « Mais non "
                   "Marie, ça n’existe pas ! » – avait 18 ans quand elle signa son premier contrat.")
    assert speakers(qs) == [None]


def test_a_line_that_is_only_a_name_heads_the_quotations_under_it(nlp):
    # a "reactions" article: each speaker's name (and a bracket or a description) on its own
    # line, then the quotations, one paragraph each
    qs = quotes_of(nlp, "Le rallye s'est terminé dimanche par la victoire de l'équipage français.",
                   "Paul Mercier (1er WRC)",
                   "\"C'est le rallye qui m'a donné le rêve de devenir pilote.\"",
                   "\"Après des soucis de freins le jeudi, nous avons réagi rapidement.\"",
                   "Hugo Lambert, deuxième",
                   "\"Par rapport à l'année dernière, je n'ai pas fait la comparaison avec les pneus.\"")
    assert speakers(qs) == ["Paul Mercier", "Paul Mercier", "Hugo Lambert"]


def test_a_pictures_caption_naming_someone_heads_no_quotation(nlp):
    # (a guard) the caption names who is in the picture; the quotation under it is the
    # words the next sentence gives them to
    from briefing.analyse.entities import article_entities
    from briefing.analyse.quotes import article_quotes
    from briefing.model import Article, Paragraph

    texts = ["Paul Mercier, président de la fédération © Jean Roux",
             "« Quand le bâtiment va, tout va. » La formule est attribuée au maçon Martin Nadaud, en 1850."]
    a = Article(id="a", source="a.txt", paragraphs=(Paragraph("p1", "caption", texts[0]),
                                                    Paragraph("p2", "body", texts[1])))
    docs = list(nlp.pipe(texts))
    ents, name_of = article_entities(a, docs)
    assert "Paul Mercier" not in [q.speaker for q in article_quotes(a, docs, ents, name_of)]


def test_an_auxiliary_and_any_participle_before_a_name_with_no_comma_is_an_incise(nlp):
    qs = quotes_of(nlp, "La séance s'est ouverte jeudi. \"Même si nous sommes heureux de nous retrouver, prenons "
                        "garde à ce que le plus ne devienne le trop\" a entamé Christian Roux.")
    assert speakers(qs) == ["Christian Roux"]
    # (a guard) a short quoted title before such a verb is its subject
    qs = quotes_of(nlp, "Le spectacle a conquis le public. « Les Misérables » a séduit Jean Valjean hier soir.")
    assert "Jean Valjean" not in speakers(qs)


def test_a_cleft_after_the_quotation_gives_who_used_the_words(nlp):
    qs = quotes_of(nlp, "“Le viaduc a placé Millau sur la carte du monde” : c’est la maire Marie Lenoir qui emploie "
                        "cette formule.")
    assert speakers(qs) == ["Marie Lenoir"]
    # (a guard) "c'est X qui" with a clause of no words said: not a speaker
    qs = quotes_of(nlp, "« Le pont va tomber » : c’est le maire Paul Roux qui a fait fermer la route.")
    assert speakers(qs) == [None]


def test_a_place_after_a_preposition_of_place_does_not_speak_the_relative_after_it(nlp):
    # "X, ouvrier dans une ONG à Ndélélé qui dit avoir payé …": the parse hangs "qui" on the
    # place; the person the description runs from speaks
    qs = quotes_of(nlp, "La route est coupée depuis des semaines. « Beaucoup de voyageurs ont passé trois jours sur "
                        "place », déclare Jean Salif, ouvrier dans une ONG à Batouri qui dit avoir payé les jeunes du "
                        "village pour porter sa moto.")
    assert "Batouri" not in speakers(qs)
    assert set(speakers(qs)) == {"Jean Salif"}
